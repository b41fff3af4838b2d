import type { ArticleCase } from '../types.ts';

const INTRO = 'Seasonal Affective Disorder';
const WHAT = 'What Is Seasonal Affective Disorder?';
const SIGNS = 'Signs and Symptoms';
const WINTER = 'Winter-pattern symptoms';
const SUMMER = 'Summer-pattern symptoms';
const WHO = 'Who Gets SAD?';
const CAUSES = 'What Causes SAD?';
const DIAG = 'How Is SAD Diagnosed?';
const TREAT = 'Treatments for SAD';
const LIGHT = 'Light Therapy';
const TALK = 'Talk Therapy';
const MEDS = 'Antidepressant Medicines';
const VITD = 'Vitamin D';
const BOX = 'Getting Started With a Light Box';
const DAILY = 'Everyday Steps That Help';
const BLUES = 'Is SAD the same as the winter blues?';
const KIDS = 'Can children and teenagers get SAD?';
const PREVENT = 'Can SAD be prevented?';
const DOCTOR = 'When should I see a doctor?';

/** Blind test half for the HTML page "Seasonal Affective Disorder". Never tune on it. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'does it come back every single year??', expect: 'answer', style: 'yes-no', headings: [INTRO, WHAT], evidence: ['it comes back at about the same time every year', 'The symptoms start and stop around the same time each year.'] },
  { q: 'What is seasonal affective disorder?', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['Seasonal affective disorder is a type of depression', 'major depression with a seasonal pattern'] },
  { q: 'is winter depression an actual diagnosis or just a mood thing', expect: 'answer', style: 'paraphrase', headings: [WHAT], evidence: ['doctors now describe it as major depression with a seasonal pattern'] },
  { q: 'how many years of this before it counts as SAD', expect: 'answer', style: 'paraphrase', headings: [WHAT], evidence: ['need to repeat for at least two years in a row'] },
  { q: 'symptoms?', expect: 'answer', style: 'short', headings: [SIGNS], evidence: ['Feeling sad, low or empty most of the day', 'Losing interest in activities you used to enjoy'] },
  { q: 'wat r the signs of sad', expect: 'answer', style: 'phonetic', headings: [SIGNS], evidence: ['Feeling sad, low or empty most of the day', 'Low energy and feeling slowed down'] },
  { q: 'why do I sleep so much and want carbs all winter 😩 is that part of it??', expect: 'answer', style: 'emoji-filler', headings: [WINTER], evidence: ['often sleep much more than usual', 'Many crave carbohydrates such as bread, pasta and sweets'] },
  { q: 'can you get SAD in summer instead of winter', expect: 'answer', style: 'yes-no', headings: [WHAT, SUMMER], evidence: ['A smaller group has the opposite summer pattern', 'The summer pattern looks different.'] },
  { q: 'how is the summer kind different from the winter kind', expect: 'answer', style: 'comparison', headings: [SUMMER, WINTER], evidence: ['Instead of sleeping more, people tend to have trouble sleeping', 'A poor appetite leading to weight loss is typical'] },
  { q: 'are women more likley to get it than men', expect: 'answer', style: 'typo', headings: [WHO], evidence: ['It is much more common in women than in men.'] },
  { q: 'at what age does it usually begin', expect: 'answer', style: 'paraphrase', headings: [WHO], evidence: ['It usually starts in young adulthood'] },
  { q: 'does living up north make it more likely', expect: 'answer', style: 'yes-no', headings: [WHO], evidence: ['more common in people who live far north or far south', 'living in a northern state is more likely to have winter-pattern SAD'] },
  { q: 'wht causes seasonal depresion', expect: 'answer', style: 'typo', headings: [CAUSES], evidence: ['Researchers do not yet know exactly what causes SAD', 'may have reduced activity of serotonin during the darker months'] },
  { q: 'what does melatonin have to do with it', expect: 'answer', style: 'plain', headings: [CAUSES], evidence: ['People with winter-pattern SAD may produce too much melatonin', 'Melatonin is a hormone that controls the sleep-wake cycle.'] },
  { q: 'is there a blood test that shows if you have SAD', expect: 'answer', style: 'yes-no', headings: [DIAG], evidence: ['There is no blood test or scan for SAD.'] },
  { q: 'my daughter is 15 and every winter her grades drop and she sleeps through her alarm, could this be SAD?', expect: 'answer', style: 'caregiver', headings: [KIDS], evidence: ['SAD may show up as irritability, falling grades or sleeping through alarms', 'Yes, although it is less common than in adults.'] },
  { q: 'how do you treat it', expect: 'answer', style: 'plain', headings: [TREAT, LIGHT, TALK, MEDS], evidence: ['There are four main types of treatment', 'Light therapy has been a mainstay of treatment'] },
  { q: 'how bright does the lamp need to be', expect: 'answer', style: 'paraphrase', headings: [LIGHT, BOX], evidence: ['The light box gives off 10,000 lux', 'Choose a light box that provides 10,000 lux'] },
  { q: 'hw lng b4 lite therapy wrks', expect: 'answer', style: 'phonetic', headings: [LIGHT], evidence: ['start to feel better within one to two weeks of daily use'] },
  { q: 'light box side effects', expect: 'answer', style: 'short', headings: [LIGHT], evidence: ['such as eyestrain, headache or feeling jittery'] },
  { q: 'I have tried light therapy two winters now and it helps but the symptoms keep coming back every year, I am getting tired of it. is therapy any better than the lamp in the long run?', expect: 'answer', style: 'long-personal', headings: [TALK], evidence: ['CBT-SAD gave longer-lasting benefits than light therapy'] },
  { q: 'how many sessions is the CBT for SAD and how long does it last', expect: 'answer', style: 'two-part', headings: [TALK], evidence: ['usually involves two group sessions a week for six weeks'] },
  { q: 'which antidepressants are used', expect: 'answer', style: 'plain', headings: [MEDS], evidence: ['selective serotonin reuptake inhibitors (SSRIs) are often used to treat SAD', 'Another antidepressant, bupropion, is approved in an extended-release form'] },
  { q: 'should I just take vitamin D pills?', expect: 'answer', style: 'yes-no', headings: [VITD], evidence: ['not considered an effective treatment for SAD', 'So far, the research results have been mixed'] },
  { q: 'how far away from my face I must to put the light box?', expect: 'answer', style: 'non-native', headings: [BOX], evidence: ['Place the box about 16 to 24 inches from your face'] },
  { q: 'and what time of day should I use it', before: ['I just bought a light box'], expect: 'answer', style: 'plain', headings: [BOX, LIGHT], evidence: ['Use it within the first hour after waking', 'usually for about 30 minutes in the morning'] },
  { q: 'besides treatment is there stuff I can do myself every day', expect: 'answer', style: 'paraphrase', headings: [DAILY], evidence: ['Getting outside in natural daylight, even on cloudy days', 'Regular physical activity lifts mood and energy'] },
  { q: 'whats the difference between SAD and just the winter blues', expect: 'answer', style: 'comparison', headings: [BLUES], evidence: ['the winter blues are mild and do not stop you from functioning'] },
  { q: 'is it possible to stop it before it starts', before: ['what is SAD'], expect: 'answer', style: 'paraphrase', headings: [PREVENT], evidence: ['may prevent an episode or make it milder'] },
  { q: 'my husband gets so down every november he barely talks to anyone, when should he see a doctor?', expect: 'answer', style: 'caregiver', headings: [DOCTOR], evidence: ['See a doctor if you feel down for days at a time'] },
  { q: 'ok soooo when do i actually need to go to a doctor about this lol 🙃', expect: 'answer', style: 'emoji-filler', headings: [DOCTOR], evidence: ['See a doctor if you feel down for days at a time'] },
  // out of scope: same domain, not covered
  { q: 'how much does a light box cost', expect: 'fallback', style: 'out-of-scope', why: 'no prices in the article' },
  { q: 'can I get a light box on the NHS or through my insurance', expect: 'fallback', style: 'out-of-scope', why: 'no insurance or NHS' },
  { q: 'does St John\'s wort help with SAD', expect: 'fallback', style: 'out-of-scope', why: 'herbal remedy never mentioned' },
  { q: 'is a dawn simulator alarm clock as good as a light box', expect: 'fallback', style: 'comparison', why: 'dawn simulators never mentioned' },
  { q: 'what dose of bupropion do people take for SAD', expect: 'fallback', style: 'out-of-scope', why: 'bupropion named but no dose given' },
  { q: 'can i use my light box while pregnant', expect: 'fallback', style: 'out-of-scope', why: 'pregnancy never mentioned' },
  { q: 'wich countries have the most SAD', expect: 'fallback', style: 'typo', why: 'no countries or rates by country' },
  // out of scope: off domain
  { q: 'what time does the sun set in december in london', expect: 'fallback', style: 'out-of-scope', why: 'off domain (astronomy/location)' },
  { q: 'best winter coat for really cold weather?', expect: 'fallback', style: 'out-of-scope', why: 'off domain (shopping)' },
  { q: 'how do i reset my password on this site', expect: 'fallback', style: 'out-of-scope', why: 'off domain (site account)' },
  { q: 'give me a recipe for pumpkin soup 🎃', expect: 'fallback', style: 'emoji-filler', why: 'off domain (cooking)' },
  { q: 'who won the world cup in 2018', expect: 'fallback', style: 'out-of-scope', why: 'off domain (sport)' },
  { q: 'can you write my essay on climate change', expect: 'fallback', style: 'out-of-scope', why: 'off domain (homework)' },
];
