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

/** Test half for the GitBook page "Sleep and Mood in Teenagers": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'why do teenagers go to sleep so late', expect: 'answer', style: 'plain', headings: [CLOCK], evidence: ['During puberty this clock moves later.', 'many teenagers genuinely do not feel tired until late at night'] },
  { q: 'how many hours of sleep does a teenager need', expect: 'answer', style: 'plain', headings: [NEED], evidence: ['need somewhere between 8 and 10 hours a night'] },
  { q: 'how does lack of sleep affect a teenagers mood', expect: 'answer', style: 'plain', headings: [MOOD], evidence: ['A tired teenager may be snappy, quick to cry, easily frustrated', 'ongoing poor sleep is linked with a higher risk'] },
  { q: 'when should i take my teen to the doctor about sleep', expect: 'answer', style: 'plain', headings: [GP], evidence: ['sleep problems have gone on for more than a month', 'your teenager is missing school or falling behind because of tiredness'] },
  { q: 'is staying up till all hours just my son being lazy or is it hormones', expect: 'answer', style: 'paraphrase', headings: [CLOCK, TITLE], evidence: ['This is a normal part of development and not a choice', 'later in the evening than it did in childhood'] },
  { q: 'does pulling all-nighters to study actually help with tests', expect: 'answer', style: 'paraphrase', headings: [SCHOOL], evidence: ['Cutting sleep to revise usually means remembering less, not more.'] },
  { q: 'how do we stop sunday nights being a nightmare after sleeping till noon on saturday', expect: 'answer', style: 'paraphrase', headings: [LIEINS], evidence: ['very long lie-ins push the body clock even later', 'within about two hours of school-day wake-up times'] },
  { q: 'energy drinks', expect: 'answer', style: 'short', headings: [CAFF], evidence: ['Energy drinks are not recommended for children and young people.'] },
  { q: 'sleep diary', expect: 'answer', style: 'short', headings: [GP], evidence: ['keep a simple sleep diary for a week or two'] },
  { q: 'naps?', expect: 'answer', style: 'short', headings: [F_NAPS, FAQ], evidence: ['A short nap of around 20 minutes in the early afternoon'] },
  { q: 'my daugher is alwasy snappy and cryng in the afternoons, could it be tiredness', expect: 'answer', style: 'typo', headings: [MOOD], evidence: ['A tired teenager may be snappy, quick to cry, easily frustrated'] },
  { q: 'shud i confiscate his fone at nite', expect: 'answer', style: 'phonetic', headings: [F_PHONE, FAQ, PHONES], evidence: ['Taking it away as a punishment can make things worse.', 'Banning devices outright often leads to arguments and secret use.'] },
  { q: 'wil she ever grow owt of bein a nite owl', expect: 'answer', style: 'phonetic', headings: [F_GROW, FAQ], evidence: ['The body clock tends to shift back earlier in the early twenties.'] },
  { q: 'ugh 🙄 my 15yo plays xbox till 1am every night 🎮😩 any tips??', expect: 'answer', style: 'emoji-filler', headings: [PHONES], evidence: ['agree a screens-off time together, ideally an hour before sleep', 'A game that has no natural ending'] },
  { q: 'sooo… is it bad if he sleeps till like 2pm on weekends lol 😴', expect: 'answer', style: 'emoji-filler', headings: [LIEINS], evidence: ['very long lie-ins push the body clock even later'] },
  { q: 'my granddaughter lives with me and barely sleeps during her GCSEs, what can I do', expect: 'answer', style: 'caregiver', headings: [SCHOOL], evidence: ['agree a time when schoolwork stops for the evening', 'it is worth talking to the school'] },
  { q: 'my stepson has stopped seeing his mates and just stays in bed all weekend, should I be worried', expect: 'answer', style: 'caregiver', headings: [SIGN], evidence: ['Stays in bed and loses interest in friends and hobbies', 'If you notice several of these for two weeks or more'] },
  { q: 'as a parent what can i actually do to help my teen sleep better', expect: 'answer', style: 'caregiver', headings: [PARENTS], evidence: ['Agree a regular wake-up time for the whole week', 'Set a good example with your own phone use and bedtime.'] },
  { q: 'can my teenager see the GP without me', expect: 'answer', style: 'yes-no', headings: [GP], evidence: ['Teenagers can also see a GP on their own'] },
  { q: 'is it ok for my 14 year old to drink coffee after school', expect: 'answer', style: 'yes-no', headings: [CAFF], evidence: ['a drink at lunchtime or after school can still make it harder', 'switching to water or decaf drinks from the afternoon onwards'] },
  { q: 'should i buy melatonin online for my son', expect: 'answer', style: 'yes-no', headings: [F_PILLS, FAQ], evidence: ['Do not buy melatonin or sleep aids online.'] },
  { q: 'is the blue light from the screen worse than the actual apps', expect: 'answer', style: 'comparison', headings: [PHONES], evidence: ['the bigger problem is usually what is on the screen'] },
  { q: 'how do i tell normal teenage tiredness apart from depression', expect: 'answer', style: 'comparison', headings: [SIGN], evidence: ['Low, flat or tearful for most of the day, every day', 'Mood stays low even after rest and time off school'] },
  { q: 'what matters more, a fixed bedtime or a fixed wake up time', expect: 'answer', style: 'comparison', headings: [PARENTS], evidence: ['as this matters more than a strict bedtime'] },
  { q: 'why is my teen so tired and how much sleep should they be getting', expect: 'answer', style: 'two-part', headings: [CLOCK, NEED], evidence: ['need somewhere between 8 and 10 hours a night', 'can build up a large sleep debt over the school week'] },
  { q: 'how does anxiety affect sleep and what does depression do to sleep', expect: 'answer', style: 'two-part', headings: [SIGN], evidence: ['Anxiety often shows up as lying awake for a long time', 'Depression can show up as sleeping far more than usual'] },
  { q: 'my son he is 16, he is sleep in the class many times. this is normal or he not sleep enough?', expect: 'answer', style: 'non-native', headings: [NEED], evidence: ['falling asleep in lessons, on the bus'] },
  { q: 'what doctor can do for teenager who not sleep good?', expect: 'answer', style: 'non-native', headings: [GP], evidence: ['The GP can check for physical causes, talk through sleep habits'] },
  { q: "I'm 15 and honestly I can't switch off at night. I lie there thinking about coursework and everything I haven't done and then I'm wrecked the next day and snap at everyone. My mum thinks I'm on my phone but I'm not. What can I do?", expect: 'answer', style: 'long-personal', headings: [SCHOOL], evidence: ['to-do list on paper can stop thoughts about schoolwork going round', 'at least an hour of winding down before bed'] },
  // follow-ups
  { q: 'and what about at the weekends?', before: ['what can my teen do to sleep better'], expect: 'answer', style: 'short', headings: [PARENTS, LIEINS], evidence: ['getting up at roughly the same time every day, even at weekends', 'within about two hours of school-day wake-up times'] },
  { q: 'what if they still cant drop off', before: ['any tips for teens to wind down before bed'], expect: 'answer', style: 'paraphrase', headings: [PARENTS], evidence: ['do something quiet in dim light until you feel sleepy'] },
  { q: 'do supermarkets even sell them to kids', before: ['are energy drinks bad for teenagers'], expect: 'answer', style: 'yes-no', headings: [CAFF], evidence: ['Most UK supermarkets will not sell them to under-16s.'] },
  // out of scope: same domain, not covered
  { q: 'what is the best mattress for a teenager', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i get my school to start later', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can teenagers get sleep apnoea surgery', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is restless legs syndrome', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long is the waiting list for camhs', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is a weighted blanket better than white noise for sleep', expect: 'fallback', style: 'comparison', why: 'neither is mentioned' },
  { q: 'my toddler wakes up at 5am every day, what can i do', expect: 'fallback', style: 'caregiver', why: 'toddlers, not teenagers' },
  // out of scope: off-domain
  { q: 'how do i set up parental controls on an iphone', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what time does the school bus run', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you recommend a good revision app for gcse maths', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does a gaming pc cost', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats the weather tomorrow', expect: 'fallback', style: 'out-of-scope' },
];
