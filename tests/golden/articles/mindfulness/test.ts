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

/** Test half for the Docusaurus (MDX) page "Mindfulness for Low Mood": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what is mindfulness', expect: 'answer', style: 'plain', headings: [WHAT, TITLE], evidence: ['Mindfulness means noticing your thoughts, feelings, body sensations and surroundings', 'a way of paying attention to what is happening right now'] },
  { q: 'how is an MBCT course usually run', expect: 'answer', style: 'plain', headings: [MBCT], evidence: ['usually run in a group over eight weekly sessions'] },
  { q: 'how do I do a body scan', expect: 'answer', style: 'plain', headings: [SCAN], evidence: ['you move your attention slowly through the body'] },
  { q: 'when should I see a GP instead of just doing mindfulness', expect: 'answer', style: 'plain', headings: [NOT], evidence: ['See your GP if your low mood has lasted more'] },
  { q: 'do I have to be religious or believe in buddhism to do it', expect: 'answer', style: 'paraphrase', headings: [WHAT], evidence: ['the way it is taught in health settings today is not religious'] },
  { q: 'I keep going over the same regrets in my head, can this stop the loop', expect: 'answer', style: 'paraphrase', headings: [HOW], evidence: ['Mindfulness can help you step out of that cycle.', 'You learn that thoughts are mental events, not facts'] },
  { q: 'sitting still drives me mad, is there something I can do while moving', expect: 'answer', style: 'paraphrase', headings: [WALK], evidence: ['Mindful walking is a good choice if sitting still feels difficult.'] },
  { q: 'what should I look for when picking a teacher-led class', expect: 'answer', style: 'paraphrase', headings: [APPS], evidence: ['check that the teacher is trained and follows recognised good practice'] },
  { q: 'breathing space steps', expect: 'answer', style: 'short', headings: [BREATH], evidence: ['Bring your attention to the breath, feeling each in-breath and out-breath'] },
  { q: 'mbct nhs?', expect: 'answer', style: 'short', headings: [MBCT], evidence: ['sometimes offered through NHS talking therapies services'] },
  { q: 'research evidence', expect: 'answer', style: 'short', headings: [EVID], evidence: ['structured mindfulness courses can reduce symptoms of stress, anxiety and depression'] },
  { q: 'my mind wandres all the time am i doin it rong', expect: 'answer', style: 'typo', headings: [WANDER, DIFF], evidence: ['A wandering mind does not mean you are doing it wrong.'] },
  { q: 'how much homework practise is there on the mbct corse', expect: 'answer', style: 'typo', headings: [MBCT], evidence: ['often for 30 to 40 minutes a day, using guided recordings'] },
  { q: 'i keep falling alseep during the bodyscan', expect: 'answer', style: 'typo', headings: [SCAN], evidence: ['If you fall asleep, that is fine, but you may find'] },
  { q: 'is mindfullness the same as medditation', expect: 'answer', style: 'phonetic', headings: [F_MED, FAQ], evidence: ['Meditation is one way to practise mindfulness, but mindfulness can also'] },
  { q: 'wot if i feel wurse wen i start', expect: 'answer', style: 'phonetic', headings: [WORSE, DIFF], evidence: ['This is common and often eases with time.', 'slowing down lets difficult feelings come to the surface'] },
  { q: 'ummm so like do i need to empty my mind?? 🤔🧘', expect: 'answer', style: 'emoji-filler', headings: [WHAT], evidence: ['Emptying your mind is not the goal at all.'] },
  { q: 'no time at all lol 😩 how do ppl fit this in', expect: 'answer', style: 'emoji-filler', headings: [TIME, DIFF], evidence: ['Try linking a short practice to something you already do each day'] },
  { q: 'my teenage son is stressed, can young people do mindfulness too', expect: 'answer', style: 'caregiver', headings: [F_KIDS, FAQ], evidence: ['there are courses and apps designed for young people', 'Shorter, more playful practices usually work best for this age group.'] },
  { q: 'my wife went through something traumatic, is it safe for her to try mindfulness', expect: 'answer', style: 'caregiver', headings: [DIFF, TIME], evidence: ['focusing inwards can sometimes bring up distressing memories or body sensations', 'A teacher with experience of trauma-sensitive approaches, or a therapist'] },
  { q: 'is mindfulness a cure for depression?', expect: 'answer', style: 'yes-no', headings: [EVID], evidence: ['Mindfulness is not a cure, and it does not suit everyone.'] },
  { q: 'can I come off my antidepressants now I do mindfulness every day', expect: 'answer', style: 'yes-no', headings: [F_ANTI, FAQ], evidence: ['Do not stop any medication without talking to your GP first.'] },
  { q: 'is it ok to keep doing mindfulness while having other treatment', expect: 'answer', style: 'yes-no', headings: [NOT], evidence: ['It is fine to keep practising mindfulness alongside other treatment'] },
  { q: 'is an mbct group better than just using an app on my own', expect: 'answer', style: 'comparison', headings: [MBCT, APPS], evidence: ['People who have had depression more than once', 'give you a trained teacher and the support of others'] },
  { q: 'whats the difference between the short and the long version', before: ['tell me about the three-minute breathing space'], expect: 'answer', style: 'comparison', headings: [BREATH], evidence: ['Follow the same three steps, but give each one more time.', 'Spend roughly one minute on each step.'] },
  { q: 'what is rumination and how does mindfulness help with it', expect: 'answer', style: 'two-part', headings: [HOW], evidence: ['the mind often goes over the same worries and regrets', 'you may start to notice a spiral of thoughts earlier'] },
  { q: 'how long does a body scan take and should i lie down', expect: 'answer', style: 'two-part', headings: [SCAN], evidence: ['usually done lying down and takes anywhere from 10 to 30 minutes'] },
  { q: 'please what is informal practice, I not understand this word', expect: 'answer', style: 'non-native', headings: [WHAT], evidence: ['bringing full attention to everyday activities such as washing up'] },
  { q: 'for what kind of people MBCT was made?', expect: 'answer', style: 'non-native', headings: [MBCT], evidence: ['It was developed for people who have had depression more than once'] },
  { q: 'I started doing a 20 minute practice every evening last week because a friend recommended it, and now I feel more restless and a bit tearful than before, should I just push through or what', expect: 'answer', style: 'long-personal', headings: [WORSE, DIFF], evidence: ['Keep practices short, keep your eyes open if that helps', 'If practising keeps making you feel much worse, stop and talk'] },
  { q: 'so ive been doing an app for about ten days and honestly cant tell if anything has changed, my partner says give up but I was hoping it would help with my moods, how long before I should know', expect: 'answer', style: 'long-personal', headings: [F_LONG, FAQ], evidence: ['practise for a few minutes most days for at least a month'] },
  { q: 'and how often should I do it?', before: ['what simple mindfulness practices can I start with'], expect: 'answer', style: 'plain', headings: [PRACT], evidence: ['A few minutes most days is more helpful than one long session'] },
  // out of scope
  { q: 'how much does a private mindfulness teacher charge per session', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is yoga better than mindfulness for depression', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the best mindfulness app to download', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can mindfulness help with ADHD', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I become a qualified mindfulness teacher', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is transcendental meditation', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I get MBCT covered by my health insurance', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what are the side effects of sertraline', expect: 'fallback', style: 'out-of-scope' },
  { q: 'where can I go on a silent meditation retreat', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats a good recipe for a healthy breakfast', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I reset my password', expect: 'fallback', style: 'out-of-scope' },
  { q: 'and is there a waiting list near me?', before: ['how do I get on an MBCT course'], expect: 'fallback', style: 'out-of-scope' },
];
