import type { ArticleCase } from '../types.ts';
/** Test half for suicide-bereavement (Kadence WordPress page "Grief after suicide"): blind, never tuned on. */
export const test: ArticleCase[] = [
  // plain
  { q: 'How is grief after suicide different from other kinds of grief?', expect: 'answer', style: 'plain', headings: ['How grief after suicide can be different'], evidence: ['people bereaved by suicide often say their grief feels different', 'The death is usually sudden and unexpected'] },
  { q: 'What does a coroner do after someone dies by suicide?', expect: 'answer', style: 'plain', headings: ['The inquest'], evidence: ['a coroner investigates any death that appears to be unnatural', 'Close family members can attend, ask questions through the coroner'] },
  { q: 'How can I support a friend whose brother died by suicide?', expect: 'answer', style: 'plain', headings: ['How to support a friend bereaved by suicide'], evidence: ['Saying something kind is almost always better than saying nothing', 'say the name of the person who died and share your memories'] },
  // paraphrase
  { q: 'Why do I keep blaming myself for not stopping it?', expect: 'answer', style: 'paraphrase', headings: ['Guilt and what-if thoughts'], evidence: ['you are looking back with information you did not have', 'Even trained professionals often cannot predict suicide'] },
  { q: 'Is it bad that part of me feels lighter now that the constant worrying is over?', expect: 'answer', style: 'paraphrase', headings: ['Relief and mixed feelings'], evidence: ['it is a very human reaction and says nothing bad about you', 'you may feel some relief that their suffering'] },
  { q: 'Which days of the year tend to hit hardest once someone is gone?', expect: 'answer', style: 'paraphrase', headings: ['Anniversaries, birthdays and other hard days'], evidence: ['Birthdays, holidays, the anniversary of the death and other special dates'] },
  // short
  { q: 'samaritans number', expect: 'answer', style: 'short', headings: ['When to get help', 'If you need to talk to someone now'], evidence: ['call Samaritans on 116 123, free from any phone, day or night', 'In the UK and Ireland, call Samaritans free on 116 123'] },
  { q: 'inquest attendance', expect: 'answer', style: 'short', headings: ['Do I have to go to the inquest?', 'The inquest'], evidence: ['Family members are entitled to attend but do not have to', 'Close family members can attend, ask questions through the coroner'] },
  { q: 'prolonged grief', expect: 'answer', style: 'short', headings: ['When grief needs more support'], evidence: ['This can be a sign of prolonged grief', 'which often responds well to specialist therapy'] },
  // typo
  { q: 'how do i explane death to my 4 yr old, what wrods should i use', expect: 'answer', style: 'typo', headings: ['Under 5s', 'Talking with children and teenagers'], evidence: ['Use clear words such as dead and died', 'Very young children do not yet understand that death is permanent'] },
  { q: 'peer suport groups for sucide loss, how often do they meet', expect: 'answer', style: 'typo', headings: ['Support groups and specialist services'], evidence: ['meet in person or online, often once a month', 'Peer support groups, where people bereaved by suicide meet'] },
  { q: 'is it normal to be angery at my husband for leaving us like this', expect: 'answer', style: 'typo', headings: ['Anger and feeling rejected'], evidence: ['It is common to feel angry with the person who died', 'Anger does not mean you loved the person any less'] },
  // phonetic
  { q: 'wot do i say 2 ppl at work wen they ask how my mum died', expect: 'answer', style: 'phonetic', headings: ['Stigma and what to tell people', 'Should I tell my employer how the person died?'], evidence: ['There is no obligation to tell everyone how the person died', 'Some people find it helps to prepare a few words in advance', 'Telling your manager or HR can help them understand'] },
  { q: 'cud i get counsellin thru my gp or sumthin', expect: 'answer', style: 'phonetic', headings: ['Support groups and specialist services'], evidence: ['Bereavement counselling, through your doctor, a local hospice'] },
  { q: 'wen does the numb feelin go away', expect: 'answer', style: 'phonetic', before: ['my uncle died by suicide last week and i just feel nothing at all'], headings: ['Shock and the question of why'], evidence: ['Numbness is one way the mind protects you', 'and it usually eases gradually'] },
  // emoji-filler
  { q: 'ngl i still cant stop asking WHY he did it 😭😭 will i ever actually get an answer', expect: 'answer', style: 'emoji-filler', headings: ['Shock and the question of why'], evidence: ['Suicide is rarely caused by one thing', 'the need for a full answer becomes less urgent'] },
  { q: 'is it ok that i laughed at a joke today?? feel so guilty 🙈 like is that bad', expect: 'answer', style: 'emoji-filler', headings: ['Is it okay to laugh or enjoy things again?'], evidence: ['Moments of happiness do not mean you have forgotten the person'] },
  // caregiver
  { q: 'My 15-year-old found out about his uncle on Instagram before we could tell him. What should I be watching out for?', expect: 'answer', style: 'caregiver', headings: ['Teenagers'], evidence: ['watch for changes such as withdrawal, falling grades or risk-taking', 'so always take any talk of wanting to die seriously'] },
  { q: 'How do I explain to my 8 year old what happened to her dad without going into detail?', expect: 'answer', style: 'caregiver', headings: ['Ages 5 to 11', 'Talking with children and teenagers'], evidence: ['an illness in their mind that made them so unwell', 'You do not need to share details of how the person died'] },
  { q: 'My mum is 9 months on from losing my brother and still says she cannot accept it, and she has stopped doing basic things at home. When should she see a doctor?', expect: 'answer', style: 'caregiver', headings: ['When grief needs more support'], evidence: ['cannot accept that the person has died', 'you still cannot manage daily tasks'] },
  // yes-no
  { q: 'Is suicide still a crime in the UK?', expect: 'answer', style: 'yes-no', headings: ['Stigma and what to tell people'], evidence: ['Suicide has not been a crime in England and Wales since 1961'] },
  { q: 'Does asking a friend if they are suicidal make it more likely?', expect: 'answer', style: 'yes-no', headings: ['How to support a friend bereaved by suicide'], evidence: ['does not put the idea in their head', 'Research shows it can bring relief'] },
  { q: 'what if it was my friend, not family, can I still go to one?', expect: 'answer', style: 'yes-no', before: ['are there support groups for people who lost someone to suicide?'], headings: ['Can I get support if the person was not a close relative?'], evidence: ['Most support groups and helplines welcome anyone bereaved by suicide', 'Friends, colleagues, classmates, neighbours and first responders'] },
  // comparison
  { q: 'Is it better to join a group straight away or wait a while?', expect: 'answer', style: 'comparison', headings: ['Support groups and specialist services'], evidence: ['others wait a year or more. Both are fine.'] },
  { q: 'Is the anniversary itself worse than the days before it?', expect: 'answer', style: 'comparison', headings: ['Anniversaries, birthdays and other hard days'], evidence: ['the days leading up to an anniversary harder than the day itself'] },
  // two-part
  { q: 'how long until it happens and can anyone go and watch?', expect: 'answer', style: 'two-part', before: ['what is an inquest?'], headings: ['The inquest'], evidence: ['often takes place 6 to 12 months after the death', 'Inquests are held in public.'] },
  { q: 'What number do I call in the US, and what if it is an emergency?', expect: 'answer', style: 'two-part', headings: ['When to get help', 'If you need to talk to someone now'], evidence: ['call or text 988, or chat online at 988lifeline.org', 'call 911 in the US or 999 in the UK'] },
  // non-native
  { q: 'My cousin is die by suicide. How long this pain is staying? It finish sometime?', expect: 'answer', style: 'non-native', headings: ['How long does grief after suicide last?'], evidence: ['Many people find the first 2 years are the hardest', 'the hardest, but grief changes rather than ending'] },
  { q: 'Please, what thing I can do every day for feel little better after death of my brother?', expect: 'answer', style: 'non-native', headings: ['Small things that can help', 'Looking after your own mood'], evidence: ['get outside for at least 20 minutes a day', 'eat regular meals, even if they are small'] },
  // long-personal
  { q: 'My partner died in March. Since then I have had headaches most days, I catch every cold going and I am exhausted all the time. Friends say it is just stress. Could this actually be the grief?', expect: 'answer', style: 'long-personal', headings: ['Looking after your own mood'], evidence: ['Grief affects the body as well as the mind', 'headaches and picking up every passing cold are all common'] },
  { q: 'My daughter died by suicide two years ago. Lately I catch myself thinking I would like to just be with her. I am not planning anything, but it frightens me. Do other bereaved parents get this?', expect: 'answer', style: 'long-personal', headings: ['If you have thoughts of suicide yourself'], evidence: ['thoughts of wanting to be with the person who died', 'it is a sign that you deserve support now'] },
  { q: 'I was the one who found my brother. It has been four months and I still get flashbacks of that moment. My sister seems to be coping so differently. Is this part of suicide grief?', expect: 'answer', style: 'long-personal', headings: ['How grief after suicide can be different'], evidence: ['trauma symptoms such as flashbacks, especially if you found the person'] },
  // out of scope
  { q: 'How do I claim bereavement support payment?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can the police give me back my son\'s phone?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i write a eulogy for my brother', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I sue the hospital that discharged my dad the day before?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I close my late husband\'s bank accounts?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is depression hereditary? will my kids get it too', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which antidepressant is best for grief', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I register a death in Scotland?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Should I read the note he left?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Does life insurance pay out after a suicide?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i get my wifes facebook turned into a memorial page', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is EMDR a good therapy for grief?', expect: 'fallback', style: 'out-of-scope' },
];
