import type { ArticleCase } from '../types.ts';

const INTRO = 'Introduction';
const LINK = 'Why Anxiety and Sleep Are Linked';
const BODY = 'What Happens in the Body When You Worry at Night';
const SIGNS = 'Signs That Anxiety Is Keeping You Awake';
const CYCLE = 'The Cycle of Poor Sleep and More Worry';
const HABITS = 'Habits That Make Night-Time Worry Worse';
const CALM = 'Techniques to Calm a Racing Mind';
const CBTI = 'Cognitive Behavioral Therapy for Insomnia (CBT-I)';
const DOCTOR = 'When to Talk to a Doctor';
const CONCL = 'Conclusion';
const HOURS = 'How much sleep do adults need?';
const THREE_AM = 'Why do I wake up at 3 am with anxiety?';
const PILLS = 'Is it safe to take sleeping pills for anxiety?';
const PILLS_SHORT = 'Short-term use';
const PILLS_RISKS = 'Risks to know about';
const PILLS_BETTER = 'Better long-term options';
const EXERCISE = 'Can exercise help with anxiety and sleep?';

/** Blind test half for the plain-text scrape "Sleep and Anxiety: How Worry Keeps You Awake". Never tune on it. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'is it normal to lie awake the night before something big', expect: 'answer', style: 'yes-no', headings: [INTRO], evidence: ['Almost everyone has lain awake the night before a big event'] },
  { q: 'why does anxiety keep me awake at night', expect: 'answer', style: 'plain', headings: [LINK, BODY], evidence: ['that state of alert is the opposite of the calm you need', 'the body stays too alert to drift into sleep'] },
  { q: 'does bad sleep make anxiety worse too or is it only one way', expect: 'answer', style: 'two-part', headings: [LINK], evidence: ['the link goes in both directions', 'a lack of sleep makes the brain more reactive to stress'] },
  { q: 'can 1 bad night really make u more anxious', expect: 'answer', style: 'yes-no', headings: [LINK], evidence: ['even one night of lost sleep can raise anxiety levels'] },
  { q: 'which anxiety disorders mess with sleep', expect: 'answer', style: 'paraphrase', headings: [LINK], evidence: ['including generalized anxiety disorder, panic disorder and post-traumatic stress disorder'] },
  { q: 'what happens in my body when i worry in bed', expect: 'answer', style: 'plain', headings: [BODY], evidence: ['your body releases stress hormones such as adrenaline and cortisol', 'Your heart beats faster, your breathing becomes quicker'] },
  { q: 'hyperarousal?', expect: 'answer', style: 'short', headings: [BODY], evidence: ['Doctors call this state of being switched on hyperarousal.'] },
  { q: 'wat duz cortisol do at nite', expect: 'answer', style: 'phonetic', headings: [BODY, THREE_AM], evidence: ['Cortisol normally falls in the evening and rises in the early morning'] },
  { q: 'how do i know if its anxiety thats stopping me sleeping', expect: 'answer', style: 'paraphrase', headings: [SIGNS], evidence: ['Lying awake for more than 30 minutes with racing thoughts', 'Replaying conversations or mistakes from the day'] },
  { q: 'tired but wired at bedtime, is that a sign 😵‍💫', expect: 'answer', style: 'emoji-filler', headings: [SIGNS], evidence: ['Feeling tired but wired at bedtime'] },
  { q: 'how often does it have to happen to be insomnia', expect: 'answer', style: 'plain', headings: [SIGNS], evidence: ['at least three nights a week for three months or more'] },
  { q: 'why do I keep looking at the clock and panicking about how many hours are left', expect: 'answer', style: 'long-personal', headings: [CYCLE], evidence: ['Over time many people start to worry about sleep itself.', 'They watch the clock, calculate how many hours are left'] },
  { q: 'hwo do you break the cycle', before: ['does poor sleep make worry worse?'], expect: 'answer', style: 'typo', headings: [CYCLE, CONCL], evidence: ['working on both the anxiety and the sleep habits', 'the cycle can be broken'] },
  { q: 'does a glass of wine before bed help me relax and sleep?', expect: 'answer', style: 'yes-no', headings: [HABITS], evidence: ['but it breaks up sleep later in the night'] },
  { q: 'coffee in the afternoon ok?', expect: 'answer', style: 'short', headings: [HABITS], evidence: ['an afternoon coffee may still be active at bedtime', 'Drinking coffee, tea or energy drinks after lunchtime'] },
  { q: 'what habbits make night time worrying worse', expect: 'answer', style: 'typo', headings: [HABITS], evidence: ['Scrolling the news or social media in bed', 'Having alcohol to relax before bed'] },
  { q: 'how can I quiet my thoughts when I lie down', expect: 'answer', style: 'paraphrase', headings: [CALM], evidence: ['Keep a worry journal and write down your concerns', 'Practise slow breathing, such as breathing in for four counts'] },
  { q: 'what breathing exercise can I do for sleep', expect: 'answer', style: 'plain', headings: [CALM], evidence: ['breathing in for four counts and out for six'] },
  { q: 'is it better to stay in bed or get up if I cannot sleep?', expect: 'answer', style: 'comparison', headings: [CALM], evidence: ['Get out of bed if you cannot sleep after about 20 minutes'] },
  { q: 'why writing worries down is helping? I do not understand', expect: 'answer', style: 'non-native', headings: [CALM], evidence: ['it moves them out of your head and onto paper'] },
  { q: 'what is CBT-I', expect: 'answer', style: 'short', headings: [CBTI], evidence: ['cognitive behavioral therapy for insomnia, known as CBT-I'] },
  { q: 'CBT for insomnia or sleeping pills, which works longer?', expect: 'answer', style: 'comparison', headings: [CBTI, PILLS_BETTER], evidence: ['its benefits tend to last longer than those of sleeping pills', 'CBT-I and treating the underlying anxiety work better than pills'] },
  { q: 'how many sessions is it', before: ['what is CBT-I?'], expect: 'answer', style: 'plain', headings: [CBTI], evidence: ['usually lasting six to eight sessions'] },
  { q: 'what is sleep restriction, sounds scary', expect: 'answer', style: 'plain', headings: [CBTI], evidence: ['Sleep restriction limits the time you spend in bed at first'] },
  { q: 'my teenage son is up all night worrying about exams and falls asleep in class. when should we take him to a doctor?', expect: 'answer', style: 'caregiver', headings: [DOCTOR], evidence: ['if poor sleep or worry is affecting your work'] },
  { q: 'could it be something else like sleep apnea', expect: 'answer', style: 'yes-no', headings: [DOCTOR], evidence: ['such as sleep apnea, restless legs or thyroid problems'] },
  { q: 'how many hours sleep does an adult need', expect: 'answer', style: 'plain', headings: [HOURS], evidence: ['Most adults need at least seven hours of sleep a night.'] },
  { q: 'y do i always wake up at 3am', expect: 'answer', style: 'phonetic', headings: [THREE_AM], evidence: ['Sleep gets lighter in the second half of the night', 'Waking in the early hours is common when you are stressed.'] },
  { q: 'my mother has bad anxiety and her doctor gave her sleeping tablets. she has been taking them every night for months now. is this ok, what are the risks?', expect: 'answer', style: 'caregiver', headings: [PILLS, PILLS_SHORT, PILLS_RISKS], evidence: ['some can lead to dependence if used for a long time', 'they are generally meant for short-term use only'] },
  { q: 'can I drink when on sleeping pills', expect: 'answer', style: 'yes-no', headings: [PILLS, PILLS_RISKS], evidence: ['They should not be mixed with alcohol.'] },
  { q: 'ok and does working out help me sleep?? or keep me up lol', expect: 'answer', style: 'emoji-filler', headings: [EXERCISE], evidence: ['Regular exercise can reduce anxiety and help you fall asleep faster.'] },
  // out of scope: same domain, not covered
  { q: 'is melatonin safe to take for anxiety', expect: 'fallback', style: 'out-of-scope', why: 'melatonin never mentioned in this article' },
  { q: 'what is the best sleeping pill name', expect: 'fallback', style: 'out-of-scope', why: 'no drug names' },
  { q: 'does CBD oil help with sleep', expect: 'fallback', style: 'out-of-scope', why: 'CBD never mentioned' },
  { q: 'how much does CBT-I cost', expect: 'fallback', style: 'out-of-scope', why: 'no costs' },
  { q: 'is weighted blanket good for anxiety', expect: 'fallback', style: 'non-native', why: 'weighted blankets never mentioned' },
  { q: 'where can i find a sleep clinic in manchester', expect: 'fallback', style: 'out-of-scope', why: 'no locations' },
  // out of scope: off domain
  { q: 'what mattress should i buy', expect: 'fallback', style: 'out-of-scope', why: 'off domain (shopping)' },
  { q: 'how do I get my baby to sleep through the night', expect: 'fallback', style: 'caregiver', why: 'infant sleep training is not covered' },
  { q: 'what is the time in tokyo right now', expect: 'fallback', style: 'out-of-scope', why: 'off domain' },
  { q: 'how to make cold brew coffee ☕', expect: 'fallback', style: 'emoji-filler', why: 'off domain (cooking); coffee is only mentioned as a habit' },
  { q: 'who wrote pride and prejudice', expect: 'fallback', style: 'out-of-scope', why: 'off domain (literature)' },
  { q: 'convert 50 dollars to euros', expect: 'fallback', style: 'out-of-scope', why: 'off domain (currency)' },
];
