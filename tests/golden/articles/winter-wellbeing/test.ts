import type { ArticleCase } from '../types.ts';

const INTRO = 'LOOKING AFTER YOUR MOOD THIS WINTER';
const WHY = 'WHY WINTER CAN AFFECT YOUR MOOD';
const SAD = 'Seasonal affective disorder in brief';
const SIX = 'SIX THINGS THAT CAN HELP';
const LIGHT = '1. Get as much daylight as you can';
const SLEEP = '2. Protect your sleep';
const MOVE = '3. Keep moving';
const EAT = '4. Eat regularly and well';
const CONN = '5. Stay connected';
const MONEY = 'MONEY WORRIES AND WINTER';
const TIPS = 'Quick tips';
const MORE = 'WHEN IT IS MORE THAN THE WINTER BLUES';
const HELP = 'GETTING HELP';
const FAQ = 'YOUR QUESTIONS ANSWERED';
const F_BLUES = 'Is the winter blues the same as SAD?';
const F_LIGHT = 'Do light boxes work?';
const F_VITD = 'Should I take vitamin D in winter?';
const F_KIDS = 'Can children get SAD?';
const NOW = 'NEED HELP NOW?';

/** Test half (blind) for the Mailchimp plain-text newsletter "Looking After Your Mood This Winter": never tune on it. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what is seasonal affective disorder', expect: 'answer', style: 'plain', headings: [SAD], evidence: ['is a type of depression that comes'] },
  { q: 'what are the symptoms of SAD', expect: 'answer', style: 'plain', headings: [SAD], evidence: ['feeling lethargic and sleepy during the day', 'craving carbohydrates and putting on weight', 'a low mood that lasts most of the day, most days'] },
  { q: 'why does winter make people feel down', expect: 'answer', style: 'plain', headings: [WHY, INTRO], evidence: ['In winter there is less daylight', 'Light helps to set your body clock'] },
  { q: 'and what about caffeine', before: ['how can i sleep better in winter'], expect: 'answer', style: 'plain', headings: [SLEEP], evidence: ['Cut down on caffeine after'], why: 'follow-up' },
  { q: 'is it normal to feel sluggish and gloomy once the clocks go back', expect: 'answer', style: 'paraphrase', headings: [WHY], evidence: ['Lots of people feel a bit lower in winter.'] },
  { q: "what's going on chemically in the brain that brings it on", expect: 'answer', style: 'paraphrase', headings: [SAD], evidence: ['affects the hormones melatonin and serotonin, and upsets your body clock.', 'The exact cause is not fully understood.'] },
  { q: 'does scrolling on my phone late at night make things worse', expect: 'answer', style: 'paraphrase', headings: [SLEEP], evidence: ['put screens away for an hour before bed.'] },
  { q: 'light box', expect: 'answer', style: 'short', headings: [F_LIGHT, FAQ], evidence: ['Light therapy uses a special lamp, called a light box,', 'when used for about 30 minutes each morning.'] },
  { q: 'kids too?', before: ['what is SAD'], expect: 'answer', style: 'short', headings: [F_KIDS, FAQ], evidence: ['Yes, although it is less common.'], why: 'follow-up' },
  { q: 'samaritans number', expect: 'answer', style: 'short', headings: [NOW], evidence: ['Call Samaritans free on 116 123, any time of day or night.'] },
  { q: 'how do i knwo if its depresion and not just winter bleus', expect: 'answer', style: 'typo', headings: [MORE], evidence: ['if you have felt low or hopeless for more than', 'and it is affecting your daily life, it may be depression.'] },
  { q: 'shoud i take vitamn d supplments', expect: 'answer', style: 'typo', headings: [F_VITD, FAQ], evidence: ['everyone is advised to consider taking a daily vitamin D', 'supplement of 10 micrograms during autumn and winter.'] },
  { q: 'wat food shud i eat wen im feelin low', expect: 'answer', style: 'phonetic', headings: [EAT], evidence: ['Eating regular meals helps to keep your energy steady through the day.', 'to include fruit, vegetables and wholegrains, and drink plenty of water.'] },
  { q: 'seezonal afective disorda treetment', expect: 'answer', style: 'phonetic', headings: [HELP], evidence: ['Treatment for depression and SAD may include', 'talking therapy such as cognitive behavioural therapy (CBT),', 'antidepressant medicine or light therapy.'] },
  { q: 'ugh 😩 so like… does exercise actually help or nah?? 🏃', expect: 'answer', style: 'emoji-filler', headings: [MOVE], evidence: ['Regular physical activity is one of the best things'] },
  { q: 'hiii 👋 any quick tips for the dark months pls ❄️❄️', expect: 'answer', style: 'emoji-filler', headings: [TIPS, SIX], evidence: ['Open the curtains as soon as you get up.', 'Take a ten-minute walk outside before midday.'] },
  { q: 'my mum has been really withdrawn and sleeping all day since november, could it be SAD?', expect: 'answer', style: 'caregiver', headings: [SAD], evidence: ['sleeping for longer than usual and finding it hard to wake up', 'SAD can be diagnosed by a GP, and it can be treated'] },
  { q: 'my teenage son seems tired and low every winter, what should I do', expect: 'answer', style: 'caregiver', headings: [F_KIDS, FAQ], evidence: ['tired or withdrawn in winter, speak to their GP or school nurse.'] },
  { q: "I'm scared my flatmate might hurt himself tonight, what do I do", expect: 'answer', style: 'caregiver', headings: [NOW], evidence: ['stay with them and help them to get', 'danger, call 999 or go to your nearest A&E now.'] },
  { q: 'can you refer yourself for therapy without going to the GP?', expect: 'answer', style: 'yes-no', headings: [HELP], evidence: ['NHS Talking Therapies without seeing a GP first.'] },
  { q: 'is lying in at the weekend a good idea when its dark?', expect: 'answer', style: 'yes-no', headings: [SLEEP], evidence: ['lie-ins can leave you feeling more tired.', 'It is tempting to sleep in when it is dark outside,'] },
  { q: "what's the difference between the winter blues and SAD", expect: 'answer', style: 'comparison', headings: [F_BLUES, FAQ, WHY], evidence: ['The winter blues is a mild dip in mood', 'SAD is a form of depression that affects your daily life'] },
  { q: 'is going outside better than sitting under the lights indoors', expect: 'answer', style: 'comparison', headings: [LIGHT], evidence: ['Even on a cloudy day, outdoor light is far brighter than the'] },
  { q: 'when should I see a doctor and what treatments are there?', expect: 'answer', style: 'two-part', headings: [MORE, HELP], evidence: ['and it is affecting your daily life, it may be depression.', 'antidepressant medicine or light therapy.'] },
  { q: 'how long do you sit in front of a light box and is it safe for everyone', expect: 'answer', style: 'two-part', headings: [F_LIGHT, FAQ], evidence: ['when used for about 30 minutes each morning.', 'especially if you have an eye condition or bipolar'] },
  { q: 'please, in winter I am always alone and feel very sad, what I can do for meet people', expect: 'answer', style: 'non-native', headings: [CONN], evidence: ['Arrange to see a friend, join a local group', 'If you live alone, plan a few things'] },
  { q: 'how I can pay my heating bill, I have not enough money and I am very stress', expect: 'answer', style: 'non-native', headings: [MONEY], evidence: ['contact your energy supplier early, as they may'] },
  { q: "So every year around October I start to feel heavy, I eat way more bread and pasta than usual, I put on weight and I just want to sleep all the time. By April I'm fine again. Is this a known thing?", expect: 'answer', style: 'long-personal', headings: [SAD], evidence: ['craving carbohydrates and putting on weight', 'and gets better in spring and summer.'] },
  { q: "I lost my dad last year and this will be my first Christmas without him. I live on my own and I'm already dreading the whole winter. Is it just me?", expect: 'answer', style: 'long-personal', headings: [WHY, CONN], evidence: ['their own it can be a lonely time.', 'If you live alone, plan a few things'] },
  { q: "I've felt rubbish for about a month now, I can't concentrate at work and I've stopped seeing my friends. I just assumed it's the weather and it'll lift. Should I just wait till spring?", expect: 'answer', style: 'long-personal', headings: [MORE], evidence: ['Please do not wait for spring to see if it passes.', 'you are struggling to cope with work, studies or home life'] },
  { q: 'how quickly does it start working?', before: ['do light boxes actually help with SAD'], expect: 'answer', style: 'paraphrase', headings: [F_LIGHT, FAQ], evidence: ['Some people with SAD find it helps, often within a week or'], why: 'follow-up' },
  { q: "what if I can't afford presents for everyone", before: ['what helps with money stress in winter'], expect: 'answer', style: 'plain', headings: [MONEY], evidence: ['let people know if you cannot afford to join in with gifts'], why: 'follow-up' },

  // out of scope: same domain, not covered
  { q: 'how much does a light box cost', expect: 'fallback', style: 'out-of-scope', why: 'price never given' },
  { q: 'is sertraline good for seasonal depression', expect: 'fallback', style: 'out-of-scope', why: 'no antidepressant is named' },
  { q: "does St John's wort help with the winter blues", expect: 'fallback', style: 'out-of-scope', why: 'herbal remedy never named' },
  { q: 'do you run a support group in Leeds', expect: 'fallback', style: 'out-of-scope', why: 'places not covered' },
  { q: 'can I get a light box on prescription for free', expect: 'fallback', style: 'out-of-scope', why: 'funding/prescription not covered' },
  { q: 'are dawn simulator alarm clocks any gud', expect: 'fallback', style: 'typo', why: 'product never named' },
  // out of scope: off-domain
  { q: "what's the weather forecast for this weekend", expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I stop my pipes freezing', expect: 'fallback', style: 'out-of-scope' },
  { q: 'good recipe for a winter soup?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'when do the clocks go back this year', expect: 'fallback', style: 'out-of-scope' },
  { q: 'best ski resorts in europe for beginners', expect: 'fallback', style: 'out-of-scope' },
  { q: 'do I need winter tyres to drive in snow 🚗❄️', expect: 'fallback', style: 'emoji-filler' },
];
