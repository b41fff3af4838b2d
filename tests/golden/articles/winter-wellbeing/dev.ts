import type { ArticleCase } from '../types.ts';

const WHY = 'WHY WINTER CAN AFFECT YOUR MOOD';
const SAD = 'Seasonal affective disorder in brief';
const SIX = 'SIX THINGS THAT CAN HELP';
const LIGHT = '1. Get as much daylight as you can';
const SLEEP = '2. Protect your sleep';
const MOVE = '3. Keep moving';
const EAT = '4. Eat regularly and well';
const CONN = '5. Stay connected';
const ENJOY = '6. Do something you enjoy';
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

/** Dev half for the Mailchimp plain-text newsletter "Looking After Your Mood This Winter": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'can SAD happen in summer', expect: 'answer', style: 'plain', headings: [SAD], evidence: ['other way round, with symptoms in the summer months.'] },
  { q: 'what should I say to the GP at my appointment', expect: 'answer', style: 'plain', headings: [HELP], evidence: ['Tell them how you have been feeling', 'It can help to write a few notes beforehand.'] },
  { q: 'what if I feel too anxious to open my bills', expect: 'answer', style: 'plain', headings: [MONEY], evidence: ['hard to open letters or make calls when you feel this way.', 'You do not have to sort everything out at once.'] },
  { q: 'what if the weather is awful', before: ['any tips for staying active in winter'], expect: 'answer', style: 'plain', headings: [MOVE], evidence: ['or a gentle online exercise video all count.'], why: 'follow-up' },
  { q: 'I feel like a bear that wants to hole up until March', expect: 'answer', style: 'paraphrase', headings: [CONN], evidence: ['It is natural to want to hibernate,'] },
  { q: "what if treatment isn't doing anything after a while", expect: 'answer', style: 'paraphrase', headings: [HELP], evidence: ['Go back to your GP if things do not improve'] },
  { q: 'I get grumpy and weepy every January, is that part of it', expect: 'answer', style: 'paraphrase', headings: [SAD], evidence: ['feeling irritable, tearful or hopeless'] },
  { q: "where's the best spot to sit at my desk", expect: 'answer', style: 'paraphrase', headings: [LIGHT], evidence: ['sit near a window when you can and keep blinds open'] },
  { q: 'crisis text line', expect: 'answer', style: 'short', headings: [NOW], evidence: ['Text SHOUT to 85258 to chat by text with a trained volunteer.'] },
  { q: 'how much per day', before: ['should I take vitamin D'], expect: 'answer', style: 'short', headings: [F_VITD, FAQ], evidence: ['supplement of 10 micrograms during autumn and winter.'], why: 'follow-up' },
  { q: 'do i hav to go to the gym to get the benifits', expect: 'answer', style: 'typo', headings: [MOVE], evidence: ['You do not need to join a gym.'] },
  { q: 'when do ur peer suport grups meet', expect: 'answer', style: 'typo', headings: [CONN], evidence: ['every week and everyone is welcome.'] },
  { q: 'wot iz the winta bloos', expect: 'answer', style: 'phonetic', headings: [WHY, F_BLUES, FAQ], evidence: ['This is sometimes called the', 'The winter blues is a mild dip in mood'] },
  { q: 'wot sorta fings can i do to feel a bit beta', expect: 'answer', style: 'phonetic', headings: [ENJOY, SIX, TIPS], evidence: ['Make time each day for something that gives you', 'Reading, music, a hobby or helping someone'] },
  { q: '😴😴 always tired in winter lol, why tho', expect: 'answer', style: 'emoji-filler', headings: [WHY, SAD], evidence: ['you may feel groggy and flat for much of the day.'] },
  { q: "um so what's like one small thing i can do today? 🙏", expect: 'answer', style: 'emoji-filler', headings: [TIPS], evidence: ['Message one person today, just to say hello.', 'Write down three things that went well this week.'] },
  { q: 'my elderly neighbour lives alone and hardly goes out in winter, what could help her', expect: 'answer', style: 'caregiver', headings: [CONN], evidence: ['or simply phone someone for a chat.', 'If you live alone, plan a few things'] },
  { q: 'my husband has been drinking a lot more since the dark nights, should he see someone?', expect: 'answer', style: 'caregiver', headings: [MORE, EAT], evidence: ['you are drinking more or using drugs to get through the day'] },
  { q: 'is SAD a real illness or just an excuse?', expect: 'answer', style: 'yes-no', headings: [SAD], evidence: ['is a type of depression that comes', 'SAD can be diagnosed by a GP, and it can be treated'] },
  { q: 'should I still go for walks if I am on antidepressants?', expect: 'answer', style: 'yes-no', headings: [HELP], evidence: ['Keep going with self-care alongside any treatment.'] },
  { q: 'is it OK to borrow money to cover Christmas?', expect: 'answer', style: 'yes-no', headings: [MONEY], evidence: ['independent debt advice service before taking out a'] },
  { q: 'sugary snacks vs proper meals for energy', expect: 'answer', style: 'comparison', headings: [EAT], evidence: ['it is easy to skip meals or reach for sugary snacks.', 'Eating regular meals helps to keep your energy steady'] },
  { q: 'is SAD more common in adults or in children', expect: 'answer', style: 'comparison', headings: [F_KIDS, FAQ], evidence: ['Yes, although it is less common.'] },
  { q: 'what is a light box, and does vitamin D help as well?', expect: 'answer', style: 'two-part', headings: [F_LIGHT, F_VITD, FAQ], evidence: ['Light therapy uses a special lamp', 'There is no clear evidence that vitamin D treats low'] },
  { q: 'what counts as an emergency and who do I call', expect: 'answer', style: 'two-part', headings: [NOW], evidence: ['If you feel you might act on thoughts of suicide,', 'danger, call 999 or go to your nearest A&E now.'] },
  { q: 'what kind of sport I must do, I not like the gym', expect: 'answer', style: 'non-native', headings: [MOVE], evidence: ['A brisk walk, dancing in the kitchen'] },
  { q: 'in my country is sunny always, here is dark at 4pm, this is why I am so sleepy?', expect: 'answer', style: 'non-native', headings: [WHY], evidence: ['When mornings are dark, that clock can', 'awake and when to feel sleepy.'] },
  { q: "I'm a student and money is really tight this winter. My friends keep planning nights out and I keep making excuses because I can't pay, and now I feel like I'm drifting away from everyone. What can I do?", expect: 'answer', style: 'long-personal', headings: [MONEY, CONN], evidence: ['let people know if you cannot afford to join in with gifts', 'Arrange to see a friend, join a local group'] },
  { q: "Since I started working from home I barely leave the flat. Some days I don't go outside at all and by the evening I feel foggy and flat. My sister says I need more light. Is she right?", expect: 'answer', style: 'long-personal', headings: [LIGHT], evidence: ['Even on a cloudy day, outdoor light is far brighter than the', 'Try to get outside in natural daylight every day,'] },
  { q: "I had SAD last winter and got better in the spring. Now it's October and I can feel it creeping back. I really don't want to go through all that again, what can I do early on?", expect: 'answer', style: 'long-personal', headings: [SIX, HELP], evidence: ['These ideas will not suit everyone, and small steps count.', 'Make an appointment with your GP.'] },
  { q: 'do I have to pay for it', before: ['who can I ring in the middle of the night'], expect: 'answer', style: 'short', headings: [NOW], evidence: ['Call Samaritans free on 116 123, any time of day or night.'], why: 'follow-up' },
  { q: 'and booze?', before: ['what should I eat and drink when I feel low'], expect: 'answer', style: 'short', headings: [EAT], evidence: ['Alcohol can feel like it lifts your mood at first,', 'and it disturbs your sleep.'], why: 'follow-up' },

  // out of scope: same domain, not covered
  { q: 'how much is a session with your counsellor', expect: 'fallback', style: 'out-of-scope', why: 'price never given' },
  { q: 'does fluoxetine work for SAD', expect: 'fallback', style: 'out-of-scope', why: 'no medicine is named' },
  { q: 'is EMDR any good for winter depression', expect: 'fallback', style: 'out-of-scope', why: 'therapy never named' },
  { q: 'which brand of light box should I buy', expect: 'fallback', style: 'out-of-scope', why: 'no product named' },
  { q: 'is there a talking therapies office in Manchester', expect: 'fallback', style: 'out-of-scope', why: 'places not covered' },
  { q: 'does my health insurance pay for light therapy', expect: 'fallback', style: 'out-of-scope', why: 'insurance not covered' },
  // out of scope: off-domain
  { q: 'how do I bleed a radiator', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what time is sunset today', expect: 'fallback', style: 'out-of-scope' },
  { q: 'christmas gift ideas for my dad', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do you make mulled wine', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is it going to snow at christmas this year?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'please which is the cheapest flight to somewhere warm in january', expect: 'fallback', style: 'non-native' },
];
