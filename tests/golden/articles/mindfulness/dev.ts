import type { ArticleCase } from '../types.ts';

const TITLE = 'Mindfulness for Low Mood';
const WHAT = 'What is mindfulness?';
const HOW = 'How mindfulness can help low mood and anxiety';
const EVID = 'What does the evidence say?';
const MBCT = 'Mindfulness-based cognitive therapy (MBCT)';
const PRACT = 'Simple practices to try';
const BREATH = 'The three-minute breathing space';
const SCAN = 'The body scan';
const WALK = 'Mindful walking';
const DIFF = 'Common difficulties';
const WANDER = 'My mind keeps wandering';
const WORSE = 'I feel worse at first';
const TIME = 'I cannot find the time';
const NOT = 'When mindfulness is not enough';
const APPS = 'Apps and courses';
const FAQ = 'Frequently asked questions';
const F_LONG = 'How long does it take for mindfulness to work?';
const F_MED = 'Is mindfulness the same as meditation?';
const F_KIDS = 'Can children and teenagers practise mindfulness?';
const F_ANTI = 'Can I stop my antidepressants if I practise mindfulness?';
/** Dev half for the Docusaurus (MDX) page "Mindfulness for Low Mood": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'where does mindfulness come from originally', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['It has roots in Buddhist meditation'] },
  { q: 'how long is each MBCT session', expect: 'answer', style: 'plain', headings: [MBCT], evidence: ['each lasting around two hours, with a trained teacher'] },
  { q: 'what can my GP offer me for low mood', expect: 'answer', style: 'plain', headings: [NOT], evidence: ['talk through options such as talking therapies, medication or a combination'] },
  { q: 'what should I look for in a mindfulness app', expect: 'answer', style: 'plain', headings: [APPS], evidence: ['Look for ones that are simple, that let you choose short sessions'] },
  { q: 'what benefits do regular practisers report', expect: 'answer', style: 'paraphrase', headings: [HOW], evidence: ['notice early warning signs that their mood is dipping', 'sleep a bit better and cope with stress more easily'] },
  { q: 'why does anxiety make me keep imagining disasters ahead', expect: 'answer', style: 'paraphrase', headings: [HOW], evidence: ['Anxiety tends to pull us into the future'] },
  { q: 'who has the best proof of benefit from it', expect: 'answer', style: 'paraphrase', headings: [EVID], evidence: ['The strongest evidence is for preventing depression from coming back'] },
  { q: 'focusing on my body feels horrible, is there an easier way to do the scan', expect: 'answer', style: 'paraphrase', headings: [SCAN], evidence: ['shorten the practice to just your hands and feet'] },
  { q: 'free sessions', expect: 'answer', style: 'short', headings: [APPS], evidence: ['Some workplaces, universities and local libraries also run free introductory sessions.'] },
  { q: 'the walking one, how', before: ['what mindfulness practices are there apart from breathing'], expect: 'answer', style: 'short', headings: [WALK], evidence: ['notice the feeling of each foot touching the ground'] },
  { q: 'mbct cost', expect: 'answer', style: 'short', headings: [MBCT], evidence: ['Sometimes free through the NHS'] },
  { q: 'can i do the walking one on my way to wrok', expect: 'answer', style: 'typo', headings: [WALK], evidence: ['or on part of a journey you make every day'] },
  { q: 'does mindfulnes work for evryone', expect: 'answer', style: 'typo', headings: [EVID], evidence: ['results vary from person to person'] },
  { q: 'wat do i do wen my mind wanders off', expect: 'answer', style: 'typo', headings: [WANDER, DIFF], evidence: ['bring it back is the practice itself'] },
  { q: 'wot is the first step of the brething space', expect: 'answer', style: 'phonetic', headings: [BREATH], evidence: ['ask yourself what is going on for you right now'] },
  { q: 'do i av to sit cross legged', expect: 'answer', style: 'phonetic', headings: [WHAT], evidence: ['You do not need to sit cross-legged, empty your mind'] },
  { q: 'ok so umm is there like a timer thing for the breathing one ⏱️🙏', expect: 'answer', style: 'emoji-filler', headings: [BREATH], evidence: ['Use the timer below if you would like a gentle prompt'] },
  { q: 'soooo how long till i feel calmer?? 😅', expect: 'answer', style: 'emoji-filler', headings: [F_LONG, FAQ], evidence: ['Some people notice feeling a little calmer after a few sessions'] },
  { q: 'my daughter is 9, would mindfulness be too grown-up for her', expect: 'answer', style: 'caregiver', headings: [F_KIDS, FAQ], evidence: ['Many schools now teach simple mindfulness exercises'] },
  { q: 'my partner is always so hard on himself, could mindfulness help him with that', expect: 'answer', style: 'caregiver', headings: [HOW], evidence: ['are kinder to themselves when things go wrong'] },
  { q: 'do I need special equipment to start', expect: 'answer', style: 'yes-no', headings: [PRACT], evidence: ['You do not need any special equipment to start.'] },
  { q: 'is it fine to just do mindfulness during the washing up instead of sitting down', expect: 'answer', style: 'yes-no', headings: [F_MED, FAQ, WHAT], evidence: ['You can be mindful without ever sitting down to meditate.', 'bringing full attention to everyday activities such as washing up'] },
  { q: 'does mindfulness replace seeing a doctor', expect: 'answer', style: 'yes-no', headings: [NOT], evidence: ['it is not a substitute for treatment when you need it'] },
  { q: 'formal vs informal mindfulness practice', expect: 'answer', style: 'comparison', headings: [WHAT], evidence: ['by setting aside time for a guided exercise, or informally'] },
  { q: 'is one long session a week better than a few minutes daily', expect: 'answer', style: 'comparison', headings: [PRACT], evidence: ['A few minutes most days is more helpful than one long session'] },
  { q: 'what does MBCT combine and who developed it for', expect: 'answer', style: 'two-part', headings: [MBCT], evidence: ['combines mindfulness practice with ideas from cognitive behavioural therapy'] },
  { q: 'what is a body scan and what do you notice in it', expect: 'answer', style: 'two-part', headings: [SCAN], evidence: ['such as warmth, tingling, tightness or nothing at all'] },
  { q: 'what means "thoughts are not facts", please explain simple', expect: 'answer', style: 'non-native', headings: [HOW], evidence: ['You learn that thoughts are mental events, not facts'] },
  { q: 'I had bad experience in past, breathing focus make me panic, what I can do instead', expect: 'answer', style: 'non-native', headings: [DIFF, TIME], evidence: ['focus on sounds or your feet on the floor'] },
  { q: 'I have been feeling flat for about a month now, it is starting to affect my job and I snap at my partner, I tried some meditation videos but nothing really changes, is it time to do something else', expect: 'answer', style: 'long-personal', headings: [NOT], evidence: ['if it is affecting your work, relationships or daily life'] },
  { q: 'my doctor and I are slowly lowering my tablets and I have just started an eight week mindfulness group, is that a normal thing people do or am I being reckless', expect: 'answer', style: 'long-personal', headings: [F_ANTI, FAQ], evidence: ['Some people do reduce medication with their doctor\'s support while using MBCT'] },
  { q: 'and what else should I do alongside it?', before: ['is mindfulness enough on its own for low mood'], expect: 'answer', style: 'plain', headings: [EVID], evidence: ['alongside things like sleep, activity, contact with other people'] },
  // out of scope
  { q: 'what does the research say about mindfulness for psychosis', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is tai chi a form of mindfulness', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does the Headspace subscription cost', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is acceptance and commitment therapy', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I do MBCT one to one instead of in a group', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which essential oils help you relax', expect: 'fallback', style: 'out-of-scope' },
  { q: 'mindfulness courses in manchester', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does st johns wort help low mood', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i cancel my gym membership', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats the weather going to be like tomorrow', expect: 'fallback', style: 'out-of-scope' },
  { q: 'who invented the body scan', expect: 'fallback', style: 'out-of-scope' },
  { q: 'and can I claim it back on my work benefits?', before: ['tell me about mindfulness courses'], expect: 'fallback', style: 'out-of-scope' },
];
