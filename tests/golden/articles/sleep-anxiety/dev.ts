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

/** Dev half for the plain-text scrape "Sleep and Anxiety: How Worry Keeps You Awake": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'what is this article about', expect: 'answer', style: 'plain', headings: [INTRO], evidence: ['we look at why worry keeps you awake'] },
  { q: 'are sleep problems a symptom of anxiety', expect: 'answer', style: 'yes-no', headings: [LINK], evidence: ['Sleep problems are one of the most common symptoms of anxiety disorders'] },
  { q: 'how are worry and sleep conected', expect: 'answer', style: 'typo', headings: [LINK], evidence: ['Anxiety makes it harder to fall asleep and stay asleep.', 'the link goes in both directions'] },
  { q: 'why poor sleeping make me more stressed next day?', expect: 'answer', style: 'non-native', headings: [LINK, CYCLE], evidence: ['a lack of sleep makes the brain more reactive to stress', 'leaves you tired and less able to cope'] },
  { q: 'fight or flight at night why', expect: 'answer', style: 'short', headings: [BODY], evidence: ['This is sometimes called the fight-or-flight response.', 'It is useful when you are in danger'] },
  { q: 'why is my heart racing when I try to sleep', expect: 'answer', style: 'paraphrase', headings: [BODY], evidence: ['Your heart beats faster, your breathing becomes quicker and your muscles tense.'] },
  { q: 'why do stressed people wake up super early and cant fall back asleep', expect: 'answer', style: 'plain', headings: [BODY, THREE_AM], evidence: ['some anxious people wake very early and cannot get back to sleep', 'Waking in the early hours is common when you are stressed.'] },
  { q: 'signs anxiety is ruining my sleep', expect: 'answer', style: 'short', headings: [SIGNS], evidence: ['Lying awake for more than 30 minutes with racing thoughts', 'Waking in the night with a pounding heart'] },
  { q: 'i lie there replaying every conversation from work 😩😩 is that anxiety??', expect: 'answer', style: 'emoji-filler', headings: [SIGNS], evidence: ['Replaying conversations or mistakes from the day'] },
  { q: 'when is it actual insomnia and not just a few bad nights', expect: 'answer', style: 'comparison', headings: [SIGNS, DOCTOR], evidence: ['at least three nights a week for three months or more', 'Occasional bad nights are normal'] },
  { q: 'why does my bed make me stressed now', expect: 'answer', style: 'paraphrase', headings: [CYCLE], evidence: ['The bed becomes linked with frustration instead of rest.'] },
  { q: 'does worry about sleep itself make it worse', expect: 'answer', style: 'yes-no', headings: [CYCLE], evidence: ['Over time many people start to worry about sleep itself.'] },
  { q: 'is using my phone in bed bad', expect: 'answer', style: 'yes-no', headings: [HABITS], evidence: ['Scrolling the news or social media in bed', 'Bright screens and upsetting news keep the brain alert'] },
  { q: 'are naps bad for sleep', expect: 'answer', style: 'yes-no', headings: [HABITS], evidence: ['Taking long naps during the day'] },
  { q: 'how long does caffeine stay in you', expect: 'answer', style: 'plain', headings: [HABITS], evidence: ['Caffeine can stay in your system for many hours'] },
  { q: 'wat can i do 2 stop overthinkin at nite', expect: 'answer', style: 'phonetic', headings: [CALM], evidence: ['Keep a worry journal and write down your concerns', 'Schedule a short daily worry time in the early evening'] },
  { q: 'what is progressive muscle relaxation', expect: 'answer', style: 'plain', headings: [CALM], evidence: ['tensing and releasing each muscle group in turn'] },
  { q: 'what should I do when I get up because I cant sleep', expect: 'answer', style: 'paraphrase', headings: [CALM], evidence: ['do something quiet and boring in low light'] },
  { q: 'should I only do these on bad nights', before: ['how can I calm my mind at night'], expect: 'answer', style: 'yes-no', headings: [CALM], evidence: ['when you use them regularly, not only on bad nights'] },
  { q: 'what treatment do experts recommend first for long term insomnia', expect: 'answer', style: 'plain', headings: [CBTI], evidence: ['cognitive behavioral therapy for insomnia, known as CBT-I'] },
  { q: 'what is stimulus control and can I do CBT-I online', expect: 'answer', style: 'two-part', headings: [CBTI], evidence: ['teaches you to use the bed only for sleep and sex', 'or through a digital programme'] },
  { q: 'my husband has been sleeping badly for a year because of stress at work, he nods off driving home sometimes. should he see someone?', expect: 'answer', style: 'caregiver', headings: [DOCTOR], evidence: ['This includes feeling drowsy while driving.', 'if poor sleep or worry is affecting your work'] },
  { q: 'what can a doctor do for anxiety and sleep', expect: 'answer', style: 'plain', headings: [DOCTOR], evidence: ['they may suggest talk therapy, medication or both'] },
  { q: 'I am 16, how much sleep do teens need', expect: 'answer', style: 'long-personal', headings: [HOURS], evidence: ['Teenagers need more, usually eight to ten hours.'] },
  { q: 'how much sleep is enough', expect: 'answer', style: 'paraphrase', headings: [HOURS], evidence: ['Most adults need at least seven hours of sleep a night.'] },
  { q: 'are sleeping pills safe', expect: 'answer', style: 'yes-no', headings: [PILLS, PILLS_SHORT, PILLS_RISKS], evidence: ['they are generally meant for short-term use only', 'Some sleeping pills can cause next-day drowsiness'] },
  { q: 'sleeping pill side efects', expect: 'answer', style: 'typo', headings: [PILLS_RISKS], evidence: ['Some sleeping pills can cause next-day drowsiness'] },
  { q: 'pills vs therapy for long term', expect: 'answer', style: 'comparison', headings: [PILLS_BETTER, CBTI], evidence: ['CBT-I and treating the underlying anxiety work better than pills'] },
  { q: 'I have been going to the gym at 9pm to tire myself out but I still lie awake, I read exercise helps sleep, am I doing it wrong?', expect: 'answer', style: 'long-personal', headings: [EXERCISE], evidence: ['Try to finish vigorous workouts a few hours before bedtime.'] },
  { q: 'so can the cycle actually be broken', expect: 'answer', style: 'yes-no', headings: [CONCL], evidence: ['The good news is that the cycle can be broken.'] },
  // out of scope: same domain, not covered
  { q: 'can antihistamines help me sleep', expect: 'fallback', style: 'out-of-scope', why: 'antihistamines never mentioned' },
  { q: 'does white noise help anxiety sleep', expect: 'fallback', style: 'out-of-scope', why: 'white noise never mentioned' },
  { q: 'what is the best sleep tracking app', expect: 'fallback', style: 'out-of-scope', why: 'no apps named' },
  { q: 'does lavender oil work for anxiety', expect: 'fallback', style: 'out-of-scope', why: 'lavender never mentioned' },
  { q: 'my husband grinds his teeth in his sleep, what can he do?', expect: 'fallback', style: 'caregiver', why: 'teeth grinding never mentioned' },
  { q: 'how long does it take to get a CBT-I appointment', expect: 'fallback', style: 'out-of-scope', why: 'no waiting times' },
  // out of scope: off domain
  { q: 'how do I get rid of bed bugs', expect: 'fallback', style: 'out-of-scope', why: 'off domain (pests)' },
  { q: 'what time does the pharmacy close', expect: 'fallback', style: 'out-of-scope', why: 'off domain (opening hours)' },
  { q: 'plz help me fix my wifi its so slow 😤', expect: 'fallback', style: 'emoji-filler', why: 'off domain (tech)' },
  { q: 'how tall is mount everest', expect: 'fallback', style: 'out-of-scope', why: 'off domain (geography)' },
  { q: 'best pizza topping?', expect: 'fallback', style: 'out-of-scope', why: 'off domain (food)' },
  { q: 'can you book me a taxi', expect: 'fallback', style: 'out-of-scope', why: 'off domain (services)' },
];
