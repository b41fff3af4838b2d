import type { ArticleCase } from '../types.ts';
/** Dev half for first-responders-ptsd (a peer-support network's GitHub README, raw): written after the test half, with different questions. */
export const dev: ArticleCase[] = [
  // plain
  { q: 'What is TRiM?', expect: 'answer', style: 'plain', headings: ['TRiM and peer support'], evidence: ['a peer-support system first developed in the UK Armed Forces'] },
  { q: 'Where can a firefighter get treatment for PTSD?', expect: 'answer', style: 'plain', headings: ['EMDR', 'Treatment: trauma-focused CBT and EMDR'], evidence: ['such as The Fire Fighters Charity, the Police Treatment Centres', 'your occupational health service, NHS Talking Therapies (you can refer yourself)'] },
  { q: "Why don't emergency workers ask for help?", expect: 'answer', style: 'plain', headings: ["Why people don't ask for help"], evidence: ['fear of being taken off frontline duties, or losing a driving', 'a belief that other people have been through worse'] },
  // paraphrase
  { q: 'What happens when something you had to do on shift clashes with your conscience?', expect: 'answer', style: 'paraphrase', headings: ['Moral injury'], evidence: ['Moral injury tends to show up as guilt, shame, anger or disgust', 'goes against your own sense of right and wrong'] },
  { q: "Why do I startle at every little noise and can't unwind even on rest days?", expect: 'answer', style: 'paraphrase', headings: ['Signs of PTSD'], evidence: ['being jumpy, irritable, hypervigilant, or unable to relax even on days off'] },
  { q: 'What sorts of things on the job slowly chip away at you?', expect: 'answer', style: 'paraphrase', headings: ['Cumulative trauma: it adds up'], evidence: ['repeated exposure to death, serious injury and distressed families', 'threats, verbal abuse and physical assaults while on duty'] },
  // short
  { q: 'moral injury', expect: 'answer', style: 'short', headings: ['Moral injury'], evidence: ['It can also come from feeling betrayed by people in charge', 'the distress that comes from doing, failing to prevent'] },
  { q: 'cptsd', expect: 'answer', style: 'short', headings: ['Complex PTSD'], evidence: ['can develop after trauma that is repeated or goes on', "recognised as a separate diagnosis in the World Health Organization's ICD-11"] },
  // typo
  { q: 'what dose trauma focused cbt actualy involve', expect: 'answer', style: 'typo', headings: ['Trauma-focused CBT'], evidence: ['sessions of around 60 to 90 minutes', 'change unhelpful beliefs such as'] },
  { q: 'i keep avoding certian call types is that ptsd', expect: 'answer', style: 'typo', headings: ['Signs of PTSD', 'Normal reaction, PTSD or depression?'], evidence: ['keeping away from places, call types or conversations that remind you', 'Avoiding reminders and call types'] },
  { q: 'any tips for sleeping beter after nigt shifts', expect: 'answer', style: 'typo', headings: ['Sleep, alcohol and shifts'], evidence: ['Give yourself at least 30 minutes to wind down after a shift', 'and use blackout blinds after nights'] },
  // phonetic
  { q: 'wot happens at the trim meetin', expect: 'answer', style: 'phonetic', headings: ['TRiM and peer support'], evidence: ['checks how you are doing against a list of known risk factors', 'the practitioner can help you get a referral for an assessment'] },
  { q: 'cn ptsd cum on l8r after u retire', expect: 'answer', style: 'phonetic', headings: ['Can PTSD start years after an incident?'], evidence: ['a life change such as retirement, or an anniversary'] },
  { q: 'bad dreams most nites 4 weeks now, shud i tell sum1', expect: 'answer', style: 'phonetic', before: ['cant sleep lately after work'], headings: ['Sleep, alcohol and shifts'], evidence: ['Tell someone if nightmares happen most nights for more than a month'] },
  // emoji-filler
  { q: 'ugh first shift back tmrw and im bricking it 😰😰 is that normal', expect: 'answer', style: 'emoji-filler', headings: ['Returning to duty'], evidence: ['It is normal to feel anxious before your first shift back', 'a difficult call in the first weeks does not mean'] },
  { q: 'my missus says im always snapping at the kids since that job 🙄 is she overreacting', expect: 'answer', style: 'emoji-filler', headings: ['Family and partners'], evidence: ['A partner may see more irritability, withdrawal, heavy drinking or a short', 'Families often notice changes before the responder does'] },
  { q: 'how does the eye movement therapy thing even work?? 🤔 sounds weird ngl', expect: 'answer', style: 'emoji-filler', headings: ['EMDR'], evidence: ['help the brain store the memory in a less distressing way'] },
  // caregiver
  { q: "My wife is a 999 call handler and she's been crying after shifts. Does she get the same support as the crews?", expect: 'answer', style: 'caregiver', headings: ['Can call handlers get PTSD without going to the scene?'], evidence: ['Call handlers and dispatchers are entitled to the same TRiM'] },
  { q: 'How do I look after myself while my partner is going through PTSD?', expect: 'answer', style: 'caregiver', headings: ['Family and partners'], evidence: ["look after yourself too, because living with someone's trauma symptoms is tiring"] },
  { q: "My dad's a retired copper and he's started having nightmares about old jobs, 20 years on. Could that be PTSD?", expect: 'answer', style: 'caregiver', headings: ['Can PTSD start years after an incident?', 'Signs of PTSD'], evidence: ['PTSD can also appear months or even years after an incident', 'It is treated in the same way.'] },
  // yes-no
  { q: 'Is Samaritans open in the middle of the night?', expect: 'answer', style: 'yes-no', headings: ['When to get urgent help'], evidence: ['are available 24 hours a day on 116 123'] },
  { q: 'can I still go back to the frontline after?', expect: 'answer', style: 'yes-no', before: ["I've been off for 3 months with PTSD"], headings: ['Returning to duty'], evidence: ['Many people who take time off with PTSD or depression'] },
  { q: 'Is asking for help still seen as weak in the service?', expect: 'answer', style: 'yes-no', headings: ["Why people don't ask for help"], evidence: ['treat asking for help early as a sign of professionalism, not weakness'] },
  // comparison
  { q: 'is moral injury different from PTSD?', expect: 'answer', style: 'comparison', headings: ['Moral injury'], evidence: ['guilt, shame, anger or disgust rather than fear', 'not a mental illness, but it can be just as painful'] },
  { q: 'complex ptsd vs normal ptsd', expect: 'answer', style: 'comparison', headings: ['Complex PTSD'], evidence: ['have the main symptoms of PTSD plus some extra difficulties'] },
  // two-part
  { q: 'What counts as a normal reaction after a bad job, and when does it become PTSD?', expect: 'answer', style: 'two-part', headings: ['Normal reaction, PTSD or depression?'], evidence: ['Eases over days to a few weeks', 'Lasts more than a month, or starts later'] },
  { q: "What should I do if I'm having suicidal thoughts, and is there somewhere I can text instead of calling?", expect: 'answer', style: 'two-part', headings: ['When to get urgent help'], evidence: ['you can text SHOUT to 85258 for free, confidential text support', 'If you might act on thoughts of suicide, call'] },
  // non-native
  { q: 'In my country we not speak about feelings. Alcohol every day after shift, this is problem?', expect: 'answer', style: 'non-native', headings: ['Sleep, alcohol and shifts', 'When to get urgent help'], evidence: ['tends to make anxiety and low mood worse the next day', 'you are drinking or using drugs every day to cope'] },
  { q: 'He is doctor, the TRiM practitioner?', expect: 'answer', style: 'non-native', before: ['What is TRiM?'], headings: ['TRiM and peer support'], evidence: ['colleagues trained as TRiM practitioners, not by therapists'] },
  // long-personal
  { q: "I'm a response officer. Last year at a crash I had to choose which of two casualties to help first and the other one died. I don't get flashbacks, but I feel disgusted with myself and angry at the bosses for sending us out single-crewed. What is this?", expect: 'answer', style: 'long-personal', headings: ['Moral injury'], evidence: ['having to leave one patient to treat another', 'feeling betrayed by people in charge'] },
  { q: "My partner has been a firefighter for 20 years. He used to be the life and soul but now he barely talks, drinks every night and says he's fine. I don't know whether to push him or leave it. What should I do?", expect: 'answer', style: 'long-personal', headings: ['Family and partners'], evidence: ['ask how they are, and be ready to listen', 'notice patterns, such as sleep, drinking or avoiding friends'] },
  { q: "I work nights in ambulance control. I keep hearing the screaming from one call when I try to sleep and I've started avoiding the radio at home. It's been about six weeks. Should I get this looked at?", expect: 'answer', style: 'long-personal', headings: ['Signs of PTSD'], evidence: ['it is worth asking for an assessment', 'are affecting your work, sleep or relationships'] },
  // out-of-scope
  { q: 'How long is paramedic training?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can you get PTSD from watching the news?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Which antidepressant is best for shift workers?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I report a colleague who is drinking on duty?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Do firefighters have a higher risk of cancer?', expect: 'fallback', style: 'out-of-scope' },
  { q: "What's the phone number for the Police Federation?", expect: 'fallback', style: 'out-of-scope' },
  { q: 'How much does private EMDR cost?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Does ADHD make PTSD worse?', expect: 'fallback', style: 'out-of-scope' },
  { q: "How do I write my statement for a coroner's inquest?", expect: 'fallback', style: 'out-of-scope' },
  { q: 'What is the retirement age for firefighters?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I still drive on blue lights while taking sertraline?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do we set up a TRiM programme in our own service?', expect: 'fallback', style: 'out-of-scope' },
];
