import type { ArticleCase } from '../types.ts';
/** Test half for hobbies-mood (an iPhone Notes handout on hobbies, creativity and mood, shared as plain text): blind, never tuned on. */
const WHY = '🎨 Why hobbies help';
const FLOW = '🌊 WHAT IS “FLOW”?';
const MUSIC = '🎵 Music';
const GARDEN = '🌱 Gardening';
const CRAFTS = '🧶 Crafts and making things';
const GROUP = '👥 GROUP HOBBIES AND LONELINESS';
const START = '🔋 Starting when you have no energy';
const PERFECT = '🎯 Perfectionism and hobbies';
const SP = '🤝 SOCIAL PRESCRIBING – HOW TO GET REFERRED';
const COST = '💷 Cost and free options';
const HELP = '🚩 WHEN A HOBBY IS NOT ENOUGH';
const NUMBERS = '📞 Useful numbers';
export const test: ArticleCase[] = [
  // plain
  { q: 'Why do hobbies help when you are feeling down?', expect: 'answer', style: 'plain', headings: [WHY], evidence: ['A hobby is a small, gentle way of breaking the cycle', 'It gives your day some shape and something to look forward to'] },
  { q: 'How do I get referred to a social prescriber?', expect: 'answer', style: 'plain', headings: [SP], evidence: ['to refer you to the social prescribing link worker', 'Or refer yourself by calling the surgery or filling in'] },
  { q: 'Are there any free activities I could do?', expect: 'answer', style: 'plain', headings: [COST], evidence: ['Lots of activities are free or cheap:', 'Walking groups and parkrun (free, every Saturday morning)'] },
  // paraphrase
  { q: "what's that thing where you get so lost in doing something that the hours just disappear", expect: 'answer', style: 'paraphrase', headings: [FLOW], evidence: ['being so absorbed in something that you lose track of time'] },
  { q: 'I live in a flat with no outdoor space. Can growing things still lift my spirits?', expect: 'answer', style: 'paraphrase', headings: [GARDEN], evidence: ['You don’t need a garden.', 'A window box, a few pots of herbs on a sill'] },
  { q: "my brain tells me I'll be rubbish at anything new so why even bother trying", expect: 'answer', style: 'paraphrase', headings: [PERFECT], evidence: ['The point of a hobby is the doing, not the result.', 'Some people never start because they worry they won’t be any good.'] },
  // short
  { q: 'choir', expect: 'answer', style: 'short', headings: [MUSIC], evidence: ['Singing in a group can lift mood', 'many community choirs are “no audition, no reading music needed”'] },
  { q: 'how much is one', expect: 'answer', style: 'short', headings: [MUSIC], evidence: ['A ukulele is cheap (around £25–£40)'], before: ['I want to learn an instrument, is a ukulele a good one to start with?'] },
  { q: 'samaritans number', expect: 'answer', style: 'short', headings: [NUMBERS], evidence: ['Samaritans – 116 123 (free, 24/7)'] },
  // typo
  { q: 'how long till i feel a diffrence from doing a hobbie', expect: 'answer', style: 'typo', headings: ['How long before I feel a difference?'], evidence: ['give it 4 to 6 weeks of doing something regularly', 'Some people feel a bit better after the first session.'] },
  { q: 'is there any mony to help me buy materails for a new hobby', expect: 'answer', style: 'typo', headings: [COST], evidence: ['a small hobby starter fund of up to £50 per person'] },
  { q: 'whats the first apointment with the link worker like and how long dose it take', expect: 'answer', style: 'typo', headings: [SP], evidence: ['The first appointment usually lasts 45–60 minutes'] },
  // phonetic
  { q: 'wot if i try it n dont like it', expect: 'answer', style: 'phonetic', headings: ['What if I start something and don’t like it?'], evidence: ['Try something different – it often takes a few goes', 'That’s fine, and it’s useful to know.'], before: ['I’ve signed up for a pottery class next month'] },
  { q: 'cud knitting help wiv my anxiety 2', expect: 'answer', style: 'phonetic', headings: [CRAFTS], evidence: ['Repetitive crafts like knitting and crochet have a calming rhythm', 'Some people find they help to settle anxious thoughts too.'] },
  { q: 'r u allowed 2 do it on ur own or do u hav 2 join sumthin', expect: 'answer', style: 'phonetic', headings: ['Is it OK to do a hobby on my own?'], evidence: ['Solo hobbies are good for flow and calm.'] },
  // emoji-filler
  { q: 'ngl i have literally zero energy for anything 😩 how am i meant to even start lol', expect: 'answer', style: 'emoji-filler', headings: [START], evidence: ['Start smaller than you think you need to:', 'Put it in your diary like an appointment'] },
  { q: 'sooo nervous about going to a group for the first time 😬😬 any tips??', expect: 'answer', style: 'emoji-filler', headings: [GROUP], evidence: ['Ask the organiser if you can arrive 10 minutes early', 'It’s normal to feel nervous before the first session.'] },
  { q: '🎶 does music actually help ur mood or is that a myth lol', expect: 'answer', style: 'emoji-filler', headings: [MUSIC], evidence: ['Music is one of the quickest ways to shift how you feel.'] },
  // caregiver
  { q: "My mum has been really lonely since dad died and she won't go out. Would joining some kind of group activity help her?", expect: 'answer', style: 'caregiver', headings: [GROUP], evidence: ['Loneliness and low mood often go together', 'gives you a reason to see the same people regularly'] },
  { q: 'my husband is really depressed, can I just get him into woodwork instead of him seeing a doctor?', expect: 'answer', style: 'caregiver', headings: ['Can hobbies cure depression?', SP], evidence: ['Hobbies can help, but they aren’t a cure on their own.', 'It’s not a replacement for treatment.'] },
  { q: 'My son is 17 and has been really low. Can he see the link worker about getting into hobbies?', expect: 'answer', style: 'caregiver', headings: [SP], evidence: ['ask the surgery about our young people’s worker', 'is for anyone aged 18 or over'] },
  // yes-no
  { q: 'can I keep taking my antidepressants while doing this?', expect: 'answer', style: 'yes-no', headings: [SP], evidence: ['If you’re on antidepressants or having therapy, carry on', 'hobbies can work alongside them'], before: ['what does a link worker actually do?'] },
  { q: 'Do I have to be artistic to get anything out of this?', expect: 'answer', style: 'yes-no', headings: ['Do I need to be creative or “arty”?'], evidence: ['Creativity isn’t a talent you either have or don’t.'] },
  // comparison
  { q: 'is it better to do a hobby by myself or with other people?', expect: 'answer', style: 'comparison', headings: ['Is it OK to do a hobby on my own?', GROUP], evidence: ['try to add at least one activity with other people each week'] },
  { q: 'are online groups as good as actually going in person?', expect: 'answer', style: 'comparison', headings: [GROUP], evidence: ['Online groups are a good first step', 'try to build up to meeting people in person'] },
  // two-part
  { q: 'What is social prescribing and who can get it?', expect: 'answer', style: 'two-part', headings: [SP], evidence: ['connects you with local, non-medical support', 'is for anyone aged 18 or over who is registered'] },
  { q: 'how long does it take to get into that absorbed state, and how long should I set aside?', expect: 'answer', style: 'two-part', headings: [FLOW], evidence: ['It tends to turn up after 10–20 minutes', 'give yourself at least half an hour if you can'] },
  // non-native
  { q: 'How many hour in one week I should be outside in the green place?', expect: 'answer', style: 'non-native', headings: [GARDEN], evidence: ['Aim for around 2 hours a week outside in green space'] },
  { q: 'My english not so good. When I must go to doctor for my sad feeling?', expect: 'answer', style: 'non-native', headings: [HELP], evidence: ['Your low mood has lasted more than 2 weeks and isn’t lifting'] },
  // long-personal
  { q: "I used to paint all the time before my divorce. Now I just sit on the sofa every evening scrolling my phone. I keep telling myself I'll start again once I feel better. Is that the right way round?", expect: 'answer', style: 'long-personal', headings: [WHY], evidence: ['you plan small activities first and the motivation often follows later', 'You don’t have to feel like it to start.'] },
  { q: "I went to a book club at the library last week and hardly said a word, I felt so awkward. Everyone else seemed to know each other already. I'm thinking of not going back. Is that normal?", expect: 'answer', style: 'long-personal', headings: [GROUP], evidence: ['try to give a new group three goes before you decide', 'Most people need 3 or 4 visits before a group feels familiar'] },
  { q: "Since my operation I've been stuck at home and I've started crocheting blankets. It's the only time I stop worrying. But I haven't slept properly for a month and I've mostly stopped eating. Is the crochet enough?", expect: 'answer', style: 'long-personal', headings: [HELP], evidence: ['You can’t sleep, eat or look after yourself like you usually do', 'Hobbies are one part of looking after your mood'] },
  // out of scope
  { q: 'Can you recommend a good pottery class near Leeds?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What is the best brand of acrylic paint for beginners?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Does the NHS pay for art therapy sessions?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which benefits do I need to be on to get the cheaper college courses?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is sertraline or citalopram better for depression?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I get an allotment and how long is the waiting list', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what chords should i learn first on the ukulele', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does playing video games count as a hobby for mental health?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How long is the waiting list for NHS Talking Therapies?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what are the signs of bipolar disorder', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I bring my dog to the gardening group?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i sign up to be one of the volunteer buddies?', expect: 'fallback', style: 'out-of-scope' },
];
