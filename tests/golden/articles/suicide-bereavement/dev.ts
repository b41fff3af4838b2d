import type { ArticleCase } from '../types.ts';
/** Dev half for suicide-bereavement (Kadence WordPress page "Grief after suicide"): written after the test half, with different questions. */
export const dev: ArticleCase[] = [
  // plain
  { q: 'What is International Survivors of Suicide Loss Day?', expect: 'answer', style: 'plain', headings: ['Anniversaries, birthdays and other hard days'], evidence: ['held every November, on the Saturday before US Thanksgiving'] },
  { q: 'What should I avoid saying to someone bereaved by suicide?', expect: 'answer', style: 'plain', headings: ['How to support a friend bereaved by suicide'], evidence: ['avoid the phrase committed suicide, and any comment that blames anyone'] },
  { q: 'How much compassionate leave do employers usually give?', expect: 'answer', style: 'plain', headings: ['Should I tell my employer how the person died?'], evidence: ['Many employers offer compassionate leave, often 3 to 5 days'] },
  // paraphrase
  { q: 'How many people does one death like this touch?', expect: 'answer', style: 'paraphrase', headings: ['How grief after suicide can be different'], evidence: ['around 135 people are affected by every suicide'] },
  { q: 'Who will I be dealing with while the death is being looked into officially?', expect: 'answer', style: 'paraphrase', headings: ['The inquest'], evidence: ['officer will be your main contact'] },
  { q: 'Why are my emotions all over the place, changing from one hour to the next?', expect: 'answer', style: 'paraphrase', headings: ['Guilt, anger and other feelings'], evidence: ['conflicting emotions are a normal part of this kind of loss', 'they may come and go in waves'] },
  // short
  { q: 'Help is at Hand', expect: 'answer', style: 'short', headings: ['Support groups and specialist services'], evidence: ['a free booklet written with people bereaved by suicide'] },
  { q: 'SOBS groups', expect: 'answer', style: 'short', headings: ['Support groups and specialist services'], evidence: ['Survivors of Bereavement by Suicide (SOBS) runs groups across the country'] },
  { q: 'and in the US?', expect: 'answer', style: 'short', before: ['who investigates a suicide in England?'], headings: ['The inquest'], evidence: ['a medical examiner or coroner carries out a similar role'] },
  // typo
  { q: 'shuold i tell my kids the truth about how there dad died', expect: 'answer', style: 'typo', headings: ['Talking with children and teenagers'], evidence: ['Experts generally advise telling children the truth in simple words', 'learning they were misled can make their grief harder'] },
  { q: 'my 7 year old keeps asking if im going to die too, is that normel', expect: 'answer', style: 'typo', headings: ['Ages 5 to 11'], evidence: ['may worry that other people they love will die too'] },
  { q: 'does drinking make grief wrose', expect: 'answer', style: 'typo', headings: ['Small things that can help'], evidence: ['go easy on alcohol, which can deepen low mood and disturb sleep'] },
  // phonetic
  { q: 'shud i tell the skool wot happened', expect: 'answer', style: 'phonetic', headings: ['Ages 5 to 11'], evidence: ['let their school know so teachers can offer support'] },
  { q: 'cant sleep at nite since he went, ne tips', expect: 'answer', style: 'phonetic', headings: ['Small things that can help'], evidence: ['keep to a regular time for going to bed and getting up'] },
  { q: 'r we s\'posed 2 say committed suicide or wot', expect: 'answer', style: 'phonetic', headings: ['Stigma and what to tell people'], evidence: ['Many families prefer the phrase died by suicide to older words'] },
  // emoji-filler
  { q: 'omg does my gp even need to know it was suicide?? 😕 or just say bereavement', expect: 'answer', style: 'emoji-filler', headings: ['When to get help'], evidence: ['Tell them you have been bereaved by suicide so they can offer'] },
  { q: 'honestly so angry rn 😤😤 what do i even do with it all', expect: 'answer', style: 'emoji-filler', before: ['my dad died by suicide in january'], headings: ['Anger and feeling rejected'], evidence: ['such as talking, writing or physical activity, can help'] },
  // caregiver
  { q: 'My teenage daughter\'s friend died by suicide. Does that put her at risk herself?', expect: 'answer', style: 'caregiver', headings: ['Teenagers'], evidence: ['Young people bereaved by suicide can be at higher risk themselves'] },
  { q: 'My 3 year old keeps asking when grandad will wake up. How should I handle it?', expect: 'answer', style: 'caregiver', headings: ['Under 5s'], evidence: ['rather than phrases like gone to sleep, which can make bedtime frightening'] },
  { q: 'My sister lost her husband to suicide and I am scared she is thinking about it too. Should I ask her straight out?', expect: 'answer', style: 'caregiver', headings: ['How to support a friend bereaved by suicide'], evidence: ['gently ask them directly if they are having thoughts of suicide'] },
  // yes-no
  { q: 'Do I have to give evidence at the inquest?', expect: 'answer', style: 'yes-no', headings: ['Do I have to go to the inquest?'], evidence: ['unless the coroner has asked you to give evidence'] },
  { q: 'Can family ask for copies of the documents the coroner has?', expect: 'answer', style: 'yes-no', headings: ['The inquest'], evidence: ['ask questions through the coroner, and request copies of documents'] },
  { q: 'Are people who lose someone to suicide more likely to have suicidal thoughts themselves?', expect: 'answer', style: 'yes-no', headings: ['If you have thoughts of suicide yourself'], evidence: ['at higher risk of suicidal thoughts than people bereaved in other ways'] },
  // comparison
  { q: 'is it better to spend the day alone or with people?', expect: 'answer', style: 'comparison', before: ['his first anniversary is next month and i am dreading it'], headings: ['Anniversaries, birthdays and other hard days'], evidence: ['decide whether you want company or time alone'] },
  { q: 'Do primary school kids understand death better than toddlers do?', expect: 'answer', style: 'comparison', headings: ['Ages 5 to 11', 'Under 5s'], evidence: ['Children of primary school age usually understand that death is permanent'] },
  // two-part
  { q: 'What are specialist suicide bereavement services and how quickly do they get in touch?', expect: 'answer', style: 'two-part', headings: ['Support groups and specialist services'], evidence: ['which in some areas contact families within days of a death'] },
  { q: 'What kind of help should I offer a bereaved friend, and should I try to explain why it happened?', expect: 'answer', style: 'two-part', headings: ['How to support a friend bereaved by suicide'], evidence: ['offer specific help, such as cooking a meal or collecting children', 'listen without trying to explain why it happened'] },
  // non-native
  { q: 'In my country suicide is big shame. Here people also judge? I must tell everybody?', expect: 'answer', style: 'non-native', headings: ['Stigma and what to tell people'], evidence: ['Although attitudes are changing, suicide still carries stigma', 'You can decide how much you want to share'] },
  { q: 'My husband die 3 week ago. I not feel anything, only like I watch my life from outside. This is normal?', expect: 'answer', style: 'non-native', headings: ['Shock and the question of why'], evidence: ['as if they are watching their life from the outside'] },
  // long-personal
  { q: 'My son died six months ago. Everyone tells me to eat properly and rest, but honestly it feels selfish to think about myself when he is gone, and my other kids need me. Is it wrong to focus on me?', expect: 'answer', style: 'long-personal', headings: ['Looking after your own mood'], evidence: ['Looking after your basic needs is not selfish', 'it gives you the strength to keep going'] },
  { q: 'My brother died by suicide last year and I have been really low lately. I feel safe, but my GP appointment is three weeks away. Is that okay or should I be getting help sooner?', expect: 'answer', style: 'long-personal', headings: ['When to get help'], evidence: ['For less urgent worries, make an appointment with your doctor or GP', 'you feel you cannot keep yourself safe'] },
  { q: 'My wife seemed completely fine at dinner that night. I had no idea anything was wrong and I keep replaying it. How could I have missed it?', expect: 'answer', style: 'long-personal', headings: ['Shock and the question of why', 'Guilt and what-if thoughts'], evidence: ['the person may have hidden how much they were struggling', 'the decision was not yours'] },
  // out of scope
  { q: 'Who cleans the house after someone has died there?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How long before the body is released for the funeral?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i apply for probate', expect: 'fallback', style: 'out-of-scope' },
  { q: 'A journalist keeps calling me about my daughter, what do I say?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What should I do with his clothes and belongings?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is it normal to dream about him every night?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I find a grief therapist that takes my insurance?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'should i take sleeping pills to get through this', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Why are suicide rates higher in men?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I pause my mortgage after my partner died?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I make a memory box with my kids?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Are there grief retreats for widows?', expect: 'fallback', style: 'out-of-scope' },
];
