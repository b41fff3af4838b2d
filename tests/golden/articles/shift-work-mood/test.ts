import type { ArticleCase } from '../types.ts';
/** Test half for shift-work-mood (a Ghost/Casper post saved from the browser, night and shift work, sleep and mood): blind, never tuned on. */
export const test: ArticleCase[] = [
  // plain
  { q: 'How long does it take your body clock to adjust to night shifts?', expect: 'answer', style: 'plain', headings: ['How shift work affects your body clock', 'Does your body ever get used to night shifts?'], evidence: ['by around an hour a day at best', "most people's body clocks never fully switch over"] },
  { q: 'What are the symptoms of shift work sleep disorder?', expect: 'answer', style: 'plain', headings: ['Signs of shift work sleep disorder'], evidence: ['trouble falling asleep or staying asleep when you have', 'feeling very sleepy at work, especially on night shifts'] },
  { q: 'What should I eat during a night shift?', expect: 'answer', style: 'plain', headings: ['Food on nights'], evidence: ['choose lighter snacks such as fruit, yoghurt, nuts, soup', 'Eat your main meal before your shift starts'] },
  // paraphrase
  { q: 'Why do I feel at my absolute worst in the small hours at work?', expect: 'answer', style: 'paraphrase', headings: ['How shift work affects your body clock'], evidence: ['natural low point in alertness between about 2am and 6am'] },
  { q: 'Are people who work overnight more prone to feeling down long term?', expect: 'answer', style: 'paraphrase', headings: ['Shift work, depression and anxiety'], evidence: ['report higher rates of depression than people who work regular days', 'the risk is around 30 to 40 percent higher'] },
  { q: 'how do I stop the morning sun keeping me up after I clock off', expect: 'answer', style: 'paraphrase', headings: ['Light', 'Light and caffeine timing'], evidence: ['Wearing sunglasses on the journey home and keeping lights low'] },
  // short
  { q: 'blackout blinds?', expect: 'answer', style: 'short', headings: ['Sleeping during the day'], evidence: ['use blackout blinds or curtains, or a comfortable eye mask'] },
  { q: 'napping on nights', expect: 'answer', style: 'short', headings: ['Is napping at work a good idea?'], evidence: ['a nap of 20 to 30 minutes during a break'] },
  { q: 'bedroom temperature', expect: 'answer', style: 'short', before: ['how do i sleep better in the day after nights'], headings: ['Sleeping during the day'], evidence: ['Keep it cool: a bedroom of around 16 to 19°C'] },
  // typo
  { q: 'how many hours befor bed shoud i stop drinkin coffee', expect: 'answer', style: 'typo', headings: ['Caffeine', 'Light and caffeine timing'], evidence: ['have your last caffeine drink about 6 hours before'] },
  { q: 'is it better to rotae shifts forwards or backwords', expect: 'answer', style: 'typo', headings: ['Rotating shifts'], evidence: ['Shifts that rotate forward, from days to evenings to nights', 'are easier to adjust to than ones that rotate backward'] },
  { q: 'is it safe to drvie home after nights im so tired', expect: 'answer', style: 'typo', headings: ['Is it safe to drive home after a night shift?'], evidence: ["If you feel very sleepy, don't drive: take a short nap"] },
  // phonetic
  { q: 'wot shud i do after my last nite shift 2 get back 2 normal', expect: 'answer', style: 'phonetic', headings: ['Rotating shifts'], evidence: ['a short sleep of 3 to 4 hours in the morning', 'helps most people get back to a daytime pattern'] },
  { q: 'cud i b getting depressed from nites or is it jus tiredness', expect: 'answer', style: 'phonetic', before: ["I've been on nights for 6 months and I'm knackered"], headings: ['Shift work, depression and anxiety'], evidence: ['Signs that your mood may be suffering, rather than just your energy', 'feeling low, flat or hopeless most days'] },
  { q: 'wen shud i c a doc about my sleep', expect: 'answer', style: 'phonetic', headings: ['When to see a doctor'], evidence: ['you struggle to sleep or stay awake most weeks, for a month'] },
  // emoji-filler
  { q: 'ngl my boss doesnt care at all lol 😩 what should employers actually do for ppl on nights', expect: 'answer', style: 'emoji-filler', headings: ['What employers should do'], evidence: ['planning rotas well in advance and rotating shifts forward', 'providing bright lighting, proper breaks and a quiet place'] },
  { q: 'sooo can i just have a glass of wine to knock me out after nights 🍷😴', expect: 'answer', style: 'emoji-filler', headings: ['Sleeping during the day'], evidence: ['Avoid using alcohol to help you sleep: it makes sleep lighter'] },
  // caregiver
  { q: 'My husband works nights and is grumpy and exhausted all the time, how can I support him?', expect: 'answer', style: 'caregiver', headings: ['Family life and relationships'], evidence: ['protecting their sleep time, keeping noise down and not taking it personally'] },
  { q: 'my wife is a nurse on nights and keeps nearly nodding off driving home, should I be worried?', expect: 'answer', style: 'caregiver', headings: ['Is it safe to drive home after a night shift?', 'When to see a doctor'], evidence: ['Drowsy driving is one of the biggest risks for night workers', 'you have fallen asleep, or nearly fallen asleep, while driving'] },
  { q: 'How do I explain to my kids why their dad sleeps all day?', expect: 'answer', style: 'caregiver', headings: ['Family life and relationships'], evidence: ['Children cope better when they understand why you sleep'] },
  // yes-no
  { q: 'Is shift work sleep disorder an actual medical thing?', expect: 'answer', style: 'yes-no', headings: ['Signs of shift work sleep disorder'], evidence: ['It is a recognised condition, not a sign of weakness.'] },
  { q: 'Can I take melatonin for day sleep without asking anyone?', expect: 'answer', style: 'yes-no', headings: ['Should I take sleeping tablets or melatonin?'], evidence: ["Don't start sleep medicines or melatonin without talking to a doctor"] },
  { q: 'does it matter if I have a big dinner at 3am?', expect: 'answer', style: 'yes-no', before: ["I'm starting nights next month as a care worker"], headings: ['Food on nights'], evidence: ['a big, heavy meal at 3am can leave you feeling sluggish', 'Try to avoid eating a large meal between midnight and 6am.'] },
  // comparison
  { q: 'Are fixed nights easier than rotating shifts?', expect: 'answer', style: 'comparison', headings: ['Rotating shifts'], evidence: ['can be harder on the body than fixed nights'] },
  { q: 'is sleeping in the day as good as sleeping at night', expect: 'answer', style: 'comparison', headings: ['Sleeping during the day'], evidence: ['Daytime sleep is usually shorter and lighter than night-time sleep'] },
  // two-part
  { q: 'How much caffeine is too much, and when should I have my coffee on a night shift?', expect: 'answer', style: 'two-part', headings: ['Caffeine', 'Light and caffeine timing'], evidence: ['stay under about 400mg of caffeine a day', 'A coffee at the start of a night shift can be useful'] },
  { q: 'What should I bring to the GP appointment and what treatment might they offer?', expect: 'answer', style: 'two-part', headings: ['When to see a doctor'], evidence: ['keep a sleep diary for 2 weeks before the appointment', 'talking therapy such as CBT for insomnia'] },
  // non-native
  { q: 'Please what is the percent of night workers who get this sleep disorder?', expect: 'answer', style: 'non-native', headings: ['Signs of shift work sleep disorder'], evidence: ['between 10 and 30 percent of people who work nights'] },
  { q: 'I am work in factory on nights, my family I never see them. How to keep family close?', expect: 'answer', style: 'non-native', headings: ['Family life and relationships'], evidence: ['share your rota with the people you live with', "Plan regular time together, even if it's breakfast instead of dinner."] },
  // long-personal
  { q: "I've been a paramedic for 12 years, always on rotating shifts. Lately I feel flat all the time, nothing I used to enjoy on my days off interests me and I snap at everyone. I assumed it was just tiredness. Could it be something more, and when should I get it looked at?", expect: 'answer', style: 'long-personal', headings: ['Shift work, depression and anxiety', 'When to see a doctor'], evidence: ['losing interest in things you normally enjoy, even on days off', 'you have felt low, anxious or hopeless for more than 2 weeks'] },
  { q: 'I started nights at a warehouse 3 weeks ago. I get home at 7am, have breakfast, watch telly and scroll my phone until about 11, then I only manage 3 hours of sleep. My flat is on a busy main road. What am I doing wrong?', expect: 'answer', style: 'long-personal', headings: ['Sleeping during the day'], evidence: ['Go to bed soon after you get home', 'earplugs, a fan or a white-noise app can mask traffic'] },
  { q: "I'm 47 and have worked nights as a security guard for most of my career. It never used to bother me, but now I feel wrecked after every shift and can't sleep properly in the day. Is this just getting older?", expect: 'answer', style: 'long-personal', headings: ['Does your body ever get used to night shifts?'], evidence: ['It tends to get harder with age', 'many people find nights tougher after their mid-40s'] },
  // out of scope
  { q: 'How many mg of melatonin should I take before my day sleep?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Do night shift workers have to be paid more by law?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can my employer force me to work nights if my contract says days?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does working nights give you cancer', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is modafinil any good for staying awake on nights?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i find a job with only day shifts', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is it safe to keep working nights while pregnant?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats the best app to track my sleep', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Which blackout curtains brand is best?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can a 16 year old legally work a night shift?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does a sleep clinic cost', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I cope with grief after losing my mum', expect: 'fallback', style: 'out-of-scope' },
];
