import type { ArticleCase } from '../types.ts';
/** Test half for teen-depression-2 (second wording set for "Depression in Teenagers: A Guide for Parents"): blind, never tuned on. */
export const test: ArticleCase[] = [
  // plain
  { q: 'What are the signs of depression in a teenager?', expect: 'answer', style: 'plain', headings: ['Warning signs to look out for', 'What does depression look like in teenagers?'], evidence: ['losing interest in hobbies, friends or activities they used to love', 'a low, sad or irritable mood most of the day'] },
  { q: 'Can social media make teens depressed?', expect: 'answer', style: 'plain', headings: ['Social media and screens'], evidence: ['expose them to comparison, pressure to look a certain way'] },
  { q: 'Where do I go first to get help for my son?', expect: 'answer', style: 'plain', headings: ['Your GP', 'Getting professional help'], evidence: ['Your family doctor is usually the first place to start'] },
  // paraphrase
  { q: 'Can a kid who is grumpy and short-tempered instead of weepy really be that low?', expect: 'answer', style: 'paraphrase', headings: ['What does depression look like in teenagers?'], evidence: ['seem irritable, angry or easily frustrated rather than tearful'] },
  { q: 'If I ask straight out whether they want to kill themselves, will that plant the idea?', expect: 'answer', style: 'paraphrase', headings: ['Self-harm and suicide: signs to take seriously'], evidence: ['Asking about suicide does not put the idea into their head'] },
  { q: 'Did I do something as a mum to make my kid end up like this?', expect: 'answer', style: 'paraphrase', headings: ['Is it my fault that my child is depressed?', 'Family and home life'], evidence: ['Depression has many causes, and parents are not to blame', "This does not mean parents are to blame for their child's depression"] },
  // short
  { q: 'bullying', expect: 'answer', style: 'short', headings: ['Bullying'], evidence: ['one of the strongest risk factors for depression in teenagers'] },
  { q: 'teen self harm signs', expect: 'answer', style: 'short', headings: ['Self-harm and suicide: signs to take seriously'], evidence: ['unexplained cuts, bruises or burns, or covering up in hot weather'] },
  { q: 'school counsellor', expect: 'answer', style: 'short', headings: ['School counsellors and pastoral staff'], evidence: ['Many schools and colleges have a counsellor, a pastoral lead'] },
  // typo
  { q: 'what shuold i not say to my depresed son', expect: 'answer', style: 'typo', headings: ['What to avoid saying'], evidence: ['tell your teen to cheer up or snap out of it', "Avoid comparing their problems to other people's"] },
  { q: 'is it likley to come back agian?', expect: 'answer', style: 'typo', before: ['My daughter got over her depression last year'], headings: ['Can depression in teenagers come back?'], evidence: ['Some young people have more than one episode of depression'] },
  { q: 'can exmas and shcool stress cause depresion', expect: 'answer', style: 'typo', headings: ['Exams and school pressure'], evidence: ['Exams, coursework and worries about the future can pile up', 'can wear down their mood and confidence'] },
  // phonetic
  { q: 'wot do i do if my kid sez every1 wud be beta off without them', expect: 'answer', style: 'phonetic', headings: ['Self-harm and suicide: signs to take seriously', 'Crisis help'], evidence: ['ask your teenager directly whether they are thinking about suicide', 'contact your GP for an urgent appointment'] },
  { q: 'shud i tel the skool my dorter is depressed', expect: 'answer', style: 'phonetic', headings: ["Should I tell my teenager's school?"], evidence: ['It is usually helpful for the school to know'] },
  { q: 'my lad is up all nite on his fone, cud that b making him low', expect: 'answer', style: 'phonetic', headings: ['Social media and screens'], evidence: ['Scrolling late at night can cut into sleep, which affects mood'] },
  // emoji-filler
  { q: "ngl i'm sooo scared to bring it up with my teen 😭 how do i even start", expect: 'answer', style: 'emoji-filler', headings: ['How to talk to your teenager'], evidence: ['Choose a calm moment when neither of you is rushed', 'such as in the car or while walking the dog'] },
  { q: 'lol ok so is this just a phase theyll grow out of?? 🙄', expect: 'answer', style: 'emoji-filler', headings: ['Will my teenager grow out of depression?'], evidence: ['Depression is not just a phase that young people grow out of'] },
  { q: 'honestly im wiped out 😩 how do i look after myself while my kid is struggling', expect: 'answer', style: 'emoji-filler', headings: ['Looking after yourself as a parent'], evidence: ['Looking after your own wellbeing is not selfish', 'Look for a parent support group or helpline'] },
  // caregiver
  { q: 'My 15 year old keeps saying his stomach hurts and the doctor found nothing wrong. Could it be depression?', expect: 'answer', style: 'caregiver', headings: ['What does depression look like in teenagers?'], evidence: ['Some young people complain of headaches, stomach aches or tiredness'] },
  { q: "My stepdaughter won't come out of her room and has stopped seeing her mates. How long before I should worry?", expect: 'answer', style: 'caregiver', headings: ['Warning signs to look out for', 'Getting professional help'], evidence: ['notice several of these lasting for two weeks or more', 'pulling away from friends and spending long periods alone in their room', "If your teen's low mood has lasted more than two weeks"] },
  // yes-no
  { q: "can he go on his own? he's 17", expect: 'answer', style: 'yes-no', before: ['where should we start for getting help for our son?'], headings: ['Your GP'], evidence: ['Older teenagers can see a GP without a parent if they prefer'] },
  { q: 'Is depression in teens treatable?', expect: 'answer', style: 'yes-no', headings: ['What does depression look like in teenagers?', 'Will my teenager grow out of depression?'], evidence: ['Depression is treatable, and most young people recover with the right support', 'With the right treatment and support, most teenagers do recover'] },
  { q: 'should I just take it off her?', expect: 'answer', style: 'yes-no', before: ['my daughter is on her phone till 2am every night and seems really down'], headings: ['Social media and screens'], evidence: ['Rather than banning phones outright, talk with your teen'] },
  // comparison
  { q: 'how do i know if its normal teenage moodiness or actual depression', expect: 'answer', style: 'comparison', headings: ['Normal moodiness or depression?'], evidence: ['Ordinary moodiness tends to come and go', 'The low or irritable mood lasts for weeks rather than days'] },
  { q: 'Is therapy or medication better for a depressed teenager?', expect: 'answer', style: 'comparison', headings: ['Specialist mental health services'], evidence: ['Talking therapies are usually the first treatment for depression in young people', 'For moderate or severe depression, a specialist may also discuss medicine'] },
  // two-part
  { q: 'What causes depression in teenagers, and does it run in families?', expect: 'answer', style: 'two-part', headings: ['What can cause depression in young people?'], evidence: ['Depression usually develops from a mix of things, including genes', 'A family history of depression can make a young person more vulnerable'] },
  { q: 'Who would my son actually see at CAMHS and how long is the wait?', expect: 'answer', style: 'two-part', headings: ['Specialist mental health services'], evidence: ['These teams include psychologists, therapists and psychiatrists who work with young people', 'Waiting times vary, so ask what support is available'] },
  // non-native
  { q: 'My son he is cutting himself, what I must do when he tell me?', expect: 'answer', style: 'non-native', headings: ['Self-harm and suicide: signs to take seriously'], evidence: ['try to stay calm and thank them for telling you', 'Focus on how they are feeling rather than on the injury itself'] },
  { q: 'Where we go if my daughter hurt herself very bad right now?', expect: 'answer', style: 'non-native', headings: ['Crisis help'], evidence: ['call your local emergency number or go to the nearest emergency department'] },
  // long-personal
  { q: "My daughter is 14. For the last month she keeps saying she's useless and that everything is her fault. She gets upset over the smallest comment from a teacher. Is this something I should worry about?", expect: 'answer', style: 'long-personal', headings: ['Warning signs to look out for'], evidence: ['saying they feel worthless, guilty or like a burden', 'being very self-critical or sensitive to criticism'] },
  { q: "Our eldest was diagnosed with depression in the spring and he's getting help now. His little sister is confused and feels left out. I'm barely sleeping myself. What can I do for the rest of us?", expect: 'answer', style: 'long-personal', headings: ['Looking after yourself as a parent'], evidence: ['Brothers and sisters may also be affected', 'Keep up small routines that help you rest and recharge'] },
  { q: 'My husband and I split up last year and we had to move house. Since then my 13-year-old has gone quiet and flat. Did the break-up cause this?', expect: 'answer', style: 'long-personal', headings: ['Family and home life'], evidence: ['Changes at home, such as parents separating, a house move, money worries', "This does not mean parents are to blame for their child's depression"] },
  // out of scope
  { q: 'Which antidepressants are safe for a 15 year old?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Does ADHD make teenagers more likely to get depressed?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I get my teen to do their homework without a fight?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is vaping bad for a teenager’s brain?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How many hours of sleep does a 16 year old need?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can a lack of vitamin D cause low mood in teens?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What should I do when my teen is having a panic attack?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I set up parental controls on an iPhone?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Are eating disorders common in teenage boys?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can toddlers get depression?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'My teenager got caught shoplifting, what are our legal rights?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What time is your office open on Saturdays?', expect: 'fallback', style: 'out-of-scope' },
];
