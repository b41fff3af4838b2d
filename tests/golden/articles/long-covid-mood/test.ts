import type { ArticleCase } from '../types.ts';

const FAQ = 'Frequently asked questions';
const HELP = 'When to see a GP or get urgent help';

/** Test half for long-covid-mood (a Framer charity page on long COVID, fatigue and mood): blind, never tuned on. */
export const test: ArticleCase[] = [
  // plain
  { q: 'How long after doing something does PEM kick in?', expect: 'answer', style: 'plain', headings: ['Post-exertional malaise (PEM)'], evidence: ['it usually starts 12 to 48 hours after the activity'] },
  { q: 'Can I refer myself to NHS Talking Therapies?', expect: 'answer', style: 'plain', headings: ['Talking therapies and other treatment'], evidence: ['if you are 18 or over and registered with a GP'] },
  { q: 'Why does long covid make people anxious or depressed?', expect: 'answer', style: 'plain', headings: ['Why long COVID can affect your mood'], evidence: ['You may have lost work, income, hobbies or time with friends', 'Not knowing how long it will last is hard'] },
  // paraphrase
  { q: 'my head feels like cotton wool and I lose my words halfway through talking, is that part of it?', expect: 'answer', style: 'paraphrase', headings: ['Fatigue and brain fog'], evidence: ['You might lose words mid-sentence, forget why you walked into a room', 'Brain fog is real and common'] },
  { q: 'how do I stop overdoing it when I feel okay and then paying for it for days after', expect: 'answer', style: 'paraphrase', headings: ['Pacing: living within your energy envelope'], evidence: ['rather than doing a lot on good days and crashing afterwards', 'plan rest breaks before you need them'] },
  { q: 'Why would being physically unwell for ages leave me feeling so flat?', expect: 'answer', style: 'paraphrase', headings: ['Why long COVID can affect your mood'], evidence: ['Poor sleep, inactivity and worry can make fatigue feel heavier', 'inflammation in the body after the infection may affect mood directly'] },
  // short
  { q: 'brain fog tips', expect: 'answer', style: 'short', headings: ['Fatigue and brain fog'], evidence: ['using phone reminders and doing one thing at a time'] },
  { q: 'naps ok?', expect: 'answer', style: 'short', before: ['i cant sleep properly since having covid'], headings: ['Sleep and long COVID'], evidence: ['keeping daytime naps short, ideally under 30 minutes and before 3pm', 'using planned rest breaks instead of long naps where you can'] },
  { q: 'samaritans number', expect: 'answer', style: 'short', headings: [HELP], evidence: ['call Samaritans free on 116 123 at any time'] },
  // typo
  { q: 'how many poeple in the uk actualy have long covid', expect: 'answer', style: 'typo', headings: ['How common is it?'], evidence: ['around 3 in every 100 people said they were living'] },
  { q: 'is long covid all in my heaad? my family think im making it up', expect: 'answer', style: 'typo', headings: ['Is long COVID all in my head?', FAQ], evidence: ['Long COVID is a recognised condition with physical symptoms', 'it is not caused by anxiety or depression'] },
  { q: 'shoud i do graded excercise to get my fitness back', expect: 'answer', style: 'typo', headings: ['Should I try graded exercise to build up my fitness?', FAQ], evidence: ['are not recommended for people with long COVID fatigue or PEM', 'because they can trigger crashes'] },
  // phonetic
  { q: 'wot can i do 2 sleep better, i wake up shattered every day', expect: 'answer', style: 'phonetic', headings: ['Sleep and long COVID'], evidence: ['getting up at roughly the same time each day', 'avoiding caffeine after midday and alcohol in the evening'] },
  { q: 'im scared 2 do anything in case i crash again, is dat normal', expect: 'answer', style: 'phonetic', headings: ['Health anxiety and fear of crashing'], evidence: ['Some people become afraid to do anything in case they crash'] },
  { q: 'r there any groups 4 ppl wiv long covid', expect: 'answer', style: 'phonetic', headings: ['Support groups'], evidence: ['Peer support groups, online or in person', 'a slower-paced Thursday morning group for people with severe fatigue'] },
  // emoji-filler
  { q: 'ngl my heart keeps racing and idk if its anxiety or the covid 😩😩', expect: 'answer', style: 'emoji-filler', headings: ['Health anxiety and fear of crashing'], evidence: ['caused by long COVID can also feel just like anxiety'] },
  { q: 'sooo tired all the time lol, is this just normal tiredness or something else 🥱', expect: 'answer', style: 'emoji-filler', headings: ['Fatigue and brain fog'], evidence: ['Long COVID fatigue is not the same as ordinary tiredness'] },
  { q: 'omg how much should i actually do on a good day?? 🤔', expect: 'answer', style: 'emoji-filler', headings: ['Pacing: living within your energy envelope'], evidence: ['use only around 70% of the energy you think you have'] },
  // caregiver
  { q: "My husband has long covid, he looks fine but he's wiped out all the time. How can I help him?", expect: 'answer', style: 'caregiver', headings: ['If you are supporting someone with long COVID'], evidence: ['take their limits seriously, even when they look well', 'Offer practical help, such as cooking, shopping or dealing with forms'] },
  { q: 'my 14 year old had covid months ago and now cant concentrate at school. can kids get long covid?', expect: 'answer', style: 'caregiver', headings: ['Can children and teenagers get long COVID?', FAQ], evidence: ['Young people may have fatigue, headaches and trouble concentrating at school', 'it seems to be less common in children than in adults'] },
  { q: "My mum has long covid and keeps saying she's a burden to us all. Should I be worried?", expect: 'answer', style: 'caregiver', headings: ['If you are supporting someone with long COVID'], evidence: ['such as withdrawing from everyone or talking about being a burden', 'Watch for signs that their mood is getting worse'] },
  // yes-no
  { q: 'Do you need a positive covid test to have long covid?', expect: 'answer', style: 'yes-no', headings: ['What is long COVID?'], evidence: ['You do not need to have had a positive test'] },
  { q: 'and can it actually cure it?', expect: 'answer', style: 'yes-no', before: ['what kind of talking therapy is there for long covid?'], headings: ['Talking therapies and other treatment'], evidence: ['will not cure long COVID, but they can help you cope'] },
  // comparison
  { q: "what's the difference between CBT and ACT for long covid?", expect: 'answer', style: 'comparison', headings: ['Talking therapies and other treatment'], evidence: ['Acceptance and commitment therapy (ACT) focuses on living well alongside symptoms', 'helps you notice unhelpful thinking patterns, manage worry and plan activity'] },
  { q: 'is it better to go straight back full time or build my hours up slowly?', expect: 'answer', style: 'comparison', before: ["I've been off work for 5 months with long covid"], headings: ['Going back to work or study'], evidence: ['usually safer than going straight back full time', 'Returning too fast is one of the most common causes of relapse'] },
  // two-part
  { q: 'When should I see a GP about feeling low, and what do I do if I start thinking about ending it?', expect: 'answer', style: 'two-part', headings: [HELP], evidence: ['felt low, hopeless or anxious most days for 2 weeks or more', 'If you are thinking about ending your life', 'choose the mental health option'] },
  { q: 'what are the main symptoms of long covid and how long do they have to last before it counts?', expect: 'answer', style: 'two-part', headings: ['What is long COVID?'], evidence: ['Doctors in the UK call symptoms that last more than 12 weeks', 'extreme tiredness (fatigue) that does not get better with rest'] },
  // non-native
  { q: 'Please what is meaning of pacing? I am not understand this word.', expect: 'answer', style: 'non-native', headings: ['Pacing: living within your energy envelope'], evidence: ['Pacing means planning your activity so that you stay within'] },
  { q: 'My boss want me back full time. Doctor can give paper for work less hours?', expect: 'answer', style: 'non-native', headings: ['Going back to work or study'], evidence: ['Your GP can write a fit note that suggests changes', 'such as reduced hours or working from home'] },
  // long-personal
  { q: "I caught covid in 2022 and was never properly ill with it. Before that I ran 10k every weekend, now walking to the shops wipes me out for two days. My friends keep telling me to push through it. Is that actually a good idea?", expect: 'answer', style: 'long-personal', headings: ['Post-exertional malaise (PEM)'], evidence: ['PEM is an important reason why pushing through is not recommended'] },
  { q: "I had to give up my job as a nurse because of long covid. Some days I just sit and cry about everything I've lost. Then I feel stupid because nobody actually died. Is it normal to feel like this?", expect: 'answer', style: 'long-personal', headings: ['Grieving your old life'], evidence: ['This loss is real, even though nobody has died', 'Many people with long COVID describe a sense of grief'] },
  { q: "It's been 8 months since I had covid. I'm still exhausted and my brain doesn't work like it did. I'm starting to lose hope. Do people actually get better from this?", expect: 'answer', style: 'long-personal', headings: ['Will I ever feel like myself again?', FAQ, 'How common is it?'], evidence: ['Most people with long COVID improve over time', 'Many people improve gradually over the first 6 to 12 months'] },
  // out of scope
  { q: 'Does the covid vaccine stop you getting long covid?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is Paxlovid a treatment for long covid?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i claim PIP for long covid', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What is POTS and how do they test for it?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you get long covid twice if you catch covid again?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does low dose naltrexone help brain fog', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long is the waiting list for a long covid clinic', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which supplements are good for post viral fatigue?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is long COVID the same thing as ME/CFS?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I set up a monthly donation to you', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much statutory sick pay will I get while off with long covid?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i do smell training to get my smell back', expect: 'fallback', style: 'out-of-scope' },
];
