import type { ArticleCase } from '../types.ts';

const TITLE = 'Sleep and Mood in Teenagers';
const CLOCK = "Why teenagers' body clocks shift later";
const NEED = 'How much sleep do teenagers need?';
const MOOD = 'How poor sleep affects mood';
const SCHOOL = 'School and exam stress';
const PHONES = 'Phones and gaming at night';
const CAFF = 'Caffeine and energy drinks';
const LIEINS = 'Weekend lie-ins';
const PARENTS = 'What parents can do';
const SIGN = 'When sleep problems may be a sign of depression or anxiety';
const GP = 'When to see a GP';
const FAQ = 'Frequently asked questions';
const F_PHONE = "Should I take my teenager's phone away at night?";
const F_NAPS = 'Are naps after school a good idea?';
const F_PILLS = 'Can my teenager take sleeping pills or melatonin?';
const F_GROW = 'Will my teenager grow out of staying up late?';

/** Dev half for the GitBook page "Sleep and Mood in Teenagers": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'what is melatonin and why does it come later in teens', expect: 'answer', style: 'plain', headings: [CLOCK], evidence: ['the hormone that makes us feel sleepy, later in the evening'] },
  { q: 'what is social jet lag', expect: 'answer', style: 'plain', headings: [LIEINS], evidence: ['Some people call this social jet lag.', 'very long lie-ins push the body clock even later'] },
  { q: 'does worry make it harder to sleep or does bad sleep cause worry', expect: 'answer', style: 'plain', headings: [MOOD], evidence: ['The link works in both directions.', 'Worry and low mood can make it harder to fall asleep'] },
  { q: 'why do late night messages keep kids awake', expect: 'answer', style: 'paraphrase', headings: [PHONES], evidence: ['a message that arrives at midnight, keeps the brain alert'] },
  { q: 'my kid seems to overreact to every little thing when shattered, why', expect: 'answer', style: 'paraphrase', headings: [MOOD], evidence: ['the part of the brain that reacts to emotions becomes more', 'this can make ordinary setbacks feel much bigger'] },
  { q: 'why does my son find it impossible to get up for school', expect: 'answer', style: 'paraphrase', headings: [CLOCK], evidence: ['The problem is that school still starts early.', 'can build up a large sleep debt over the school week'] },
  { q: 'loud snoring', expect: 'answer', style: 'short', headings: [GP], evidence: ['they snore loudly, seem to stop breathing in their sleep'] },
  { q: 'morning daylight', expect: 'answer', style: 'short', headings: [LIEINS], evidence: ['Getting outside into daylight soon after waking'] },
  { q: 'sleeping pills?', expect: 'answer', style: 'short', headings: [F_PILLS, FAQ], evidence: ['Sleep medicines are rarely used for teenagers'] },
  { q: 'does caffiene stay in your sistem for a long time', expect: 'answer', style: 'typo', headings: [CAFF], evidence: ['Caffeine stays in the body for many hours'] },
  { q: 'my sons allways falling asleep infront of the telly after school', expect: 'answer', style: 'typo', headings: [NEED], evidence: ['falling asleep in lessons, on the bus'] },
  { q: 'iz it normul for teens to need mor sleep than grown ups', expect: 'answer', style: 'phonetic', headings: [NEED], evidence: ['teenagers need more sleep than adults, not less'] },
  { q: 'wot shud we do b4 seein the doc', expect: 'answer', style: 'phonetic', headings: [GP], evidence: ['keep a simple sleep diary for a week or two'] },
  { q: 'omg 😫 every night is a war over bedtime in our house 😤 help', expect: 'answer', style: 'emoji-filler', headings: [PARENTS], evidence: ['Teenagers respond better to being involved in decisions than to', 'Keep the evening calm, with dimmer lights and fewer arguments'] },
  { q: 'hmm 🤔 she drinks monster before school every day… is that why shes so jittery??', expect: 'answer', style: 'emoji-filler', headings: [CAFF], evidence: ['they can leave teenagers feeling jittery, anxious or low'] },
  { q: 'my nephew says he wakes at 4am and cant get back to sleep and seems really down, what could that mean', expect: 'answer', style: 'caregiver', headings: [SIGN], evidence: ['waking very early and being unable to get back to sleep'] },
  { q: 'im a foster carer and my teen keeps her phone under the pillow, how do i handle it without a row', expect: 'answer', style: 'caregiver', headings: [F_PHONE, FAQ, PHONES], evidence: ['all phones in the house, including yours, are charged downstairs', 'charge phones outside the bedroom overnight'] },
  { q: 'will what my 16 year old tells the gp be kept private', expect: 'answer', style: 'yes-no', headings: [GP], evidence: ['they can usually expect what they say to be kept confidential'] },
  { q: 'is a nap when she gets home from school ok', expect: 'answer', style: 'yes-no', headings: [F_NAPS, FAQ], evidence: ['Long naps or naps in the evening make it harder'] },
  { q: 'is it true that staying up late is just a phase', expect: 'answer', style: 'yes-no', headings: [F_GROW, FAQ], evidence: ['The body clock tends to shift back earlier in the early twenties.'] },
  { q: 'is a ban on gaming better than agreeing a time limit', expect: 'answer', style: 'comparison', headings: [PHONES], evidence: ['Banning devices outright often leads to arguments and secret use.', 'agree a screens-off time together, ideally an hour before sleep'] },
  { q: 'difference between a grumpy teen in the morning and one who is actually depressed', expect: 'answer', style: 'comparison', headings: [SIGN], evidence: ['Grumpy in the morning but brighter by the evening', 'Low, flat or tearful for most of the day, every day'] },
  { q: 'what should my teen do to wind down and where should the phone go', expect: 'answer', style: 'two-part', headings: [PARENTS], evidence: ['Find a wind-down routine you enjoy, such as music', 'Leave your phone to charge outside your room'] },
  { q: 'what other signs point to depression and how long before i get help', expect: 'answer', style: 'two-part', headings: [SIGN], evidence: ['losing interest in things they used to enjoy, changes in eating', 'If you notice several of these for two weeks or more'] },
  { q: 'my girl she is 13, she say she feel not tired until midnight. why like this?', expect: 'answer', style: 'non-native', headings: [CLOCK], evidence: ['many teenagers genuinely do not feel tired until late at night'] },
  { q: 'the GP can send my son to other service for mental health?', expect: 'answer', style: 'non-native', headings: [GP], evidence: ['refer your teenager to other services if needed'] },
  { q: "My daughter's in year 11 and she's been staying up revising until 1 or 2 most nights. She says she has no choice because there's so much to learn, but she's exhausted and in tears on the way to school. How do I convince her sleep matters?", expect: 'answer', style: 'long-personal', headings: [SCHOOL], evidence: ['sleep is when the brain sorts and stores what was learned', 'Cutting sleep to revise usually means remembering less, not more.'] },
  { q: "We've tried everything at home for ages: no screens, earlier dinner, the lot. My son still can't sleep, he's missing school and he's just not himself any more. I don't know if it's a sleep thing or something more. Is it time to get him seen?", expect: 'answer', style: 'long-personal', headings: [GP, SIGN], evidence: ['sleep problems have gone on for more than a month', 'you are worried that low mood or anxiety is behind the sleep'] },
  { q: 'what is this page about', expect: 'answer', style: 'plain', headings: [TITLE], evidence: ['This page explains why sleep changes in the teenage years'] },
  // follow-ups
  { q: 'and if we think its urgent?', before: ['when should my teen see a gp about sleep and mood'], expect: 'answer', style: 'short', headings: [SIGN], evidence: ['Call NHS 111, or 999 in an emergency.'] },
  { q: 'why does that matter for mood then', before: ['how much sleep does a teen need'], expect: 'answer', style: 'paraphrase', headings: [MOOD], evidence: ['Sleep and mood are closely connected.'] },
  { q: 'what can the school do', before: ['my son is stressed about exams and cant sleep'], expect: 'answer', style: 'plain', headings: [SCHOOL], evidence: ['teachers and pastoral staff can often ease the pressure'] },
  // out of scope: same domain, not covered
  { q: 'how do i get a sleep study referral for my teen', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is delayed sleep phase disorder treatment', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does sleeping with the window open help', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can night terrors happen in teenagers', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is cbt for insomnia available for under 18s', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which is healthier, tea or hot chocolate before bed', expect: 'fallback', style: 'comparison', why: 'neither drink is discussed' },
  { q: 'my husband snores and keeps me awake, what can he do', expect: 'fallback', style: 'caregiver', why: 'an adult partner, not a teenager' },
  // out of scope: off-domain
  { q: 'how do i turn off notifications on android', expect: 'fallback', style: 'out-of-scope' },
  { q: 'when are the gcse results published', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much caffeine is in a can of cola', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what age can kids get a part-time job', expect: 'fallback', style: 'out-of-scope' },
  { q: 'recommend a good book for a 14 year old', expect: 'fallback', style: 'out-of-scope' },
];
