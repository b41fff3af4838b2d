import type { ArticleCase } from '../types.ts';

const WHAT = '1. What is caffeine?';
const DRINKS = '2. How much caffeine is in common drinks?';
const COFFEE_TEA = '2.1 Coffee and tea';
const ENERGY = '2.2 Energy drinks, cola and chocolate';
const ANXIETY = '3. How caffeine affects anxiety';
const PANIC = '3.1 Caffeine and panic attacks';
const SLEEP = '4. Caffeine, sleep and mood';
const SAFE = '5. How much is safe?';
const SENSITIVE = '6. Who is more sensitive to caffeine?';
const WITHDRAWAL = '7. Caffeine withdrawal';
const HOW_LONG = '7.1 How long does caffeine withdrawal last?';
const CUTTING = '8. Cutting down step by step';
const YOUNG = '9. Energy drinks and young people';
const MEDICINES = '10. Caffeine and medicines';
const FAQ = '11. Frequently asked questions';
const HELP = '12. When to get help';

/** Test half for caffeine-anxiety (a Word leaflet pasted into a .txt file): blind, never tuned on. */
export const test: ArticleCase[] = [
  // plain
  { q: 'How much caffeine is safe to have in a day?', expect: 'answer', style: 'plain', headings: [SAFE], evidence: ['up to 400 mg of caffeine a day is not linked'] },
  { q: 'and how long does that last?', before: ['what are the symptoms of caffeine withdrawal?'], expect: 'answer', style: 'plain', headings: [HOW_LONG], evidence: ['For most people they fade within 2 to 9 days'] },
  { q: 'what about if you are pregnant?', before: ['how much caffeine is ok per day?'], expect: 'answer', style: 'plain', headings: [SAFE], evidence: ['the NHS recommends no more than 200 mg a day'] },
  // paraphrase
  { q: 'Why do I get sweaty and jumpy after my morning brew?', expect: 'answer', style: 'paraphrase', headings: [ANXIETY], evidence: ['Caffeine and anxiety cause many of the same feelings in the body', 'feeling shaky, restless or “wired”'] },
  { q: 'Does the buzz from a latte hang around in your system for long?', expect: 'answer', style: 'paraphrase', headings: [WHAT, SLEEP], evidence: ['half of the caffeine from a drink is still in your body', 'a cup in the afternoon can still be working at bedtime'] },
  { q: 'Since giving up cigs I feel wired all the time on the same number of cuppas, is that linked?', expect: 'answer', style: 'paraphrase', headings: [SENSITIVE], evidence: ['Smoking makes the body clear caffeine faster', 'lead to roughly twice as much caffeine in their blood'] },
  // short
  { q: 'decaf caffeine?', expect: 'answer', style: 'short', headings: ['Is decaf completely caffeine-free?', FAQ, COFFEE_TEA], evidence: ['a cup usually still contains a few milligrams', 'still contain a small amount of caffeine, usually less than 10 mg'] },
  { q: 'energy drink caffeine content', expect: 'answer', style: 'short', headings: [ENERGY, DRINKS, YOUNG], evidence: ['Energy drink 500 ml can 160 mg', 'Energy drink 250 ml can 80 mg'] },
  { q: 'withdrawal symptoms', expect: 'answer', style: 'short', headings: [WITHDRAWAL], evidence: ['headache, which is the most common symptom', 'stopping suddenly can cause withdrawal symptoms'] },
  // typo
  { q: 'how much cafeine is in a mug of tea', expect: 'answer', style: 'typo', headings: [ENERGY, COFFEE_TEA, DRINKS], evidence: ['Mug of tea 1 mug 75 mg', 'A mug of tea has roughly half the caffeine'] },
  { q: 'can caffiene make my anxeity worse', expect: 'answer', style: 'typo', headings: [ANXIETY], evidence: ['it can make existing anxiety worse'] },
  { q: 'does caffine mess with antidepresants', expect: 'answer', style: 'typo', headings: [MEDICINES], evidence: ['Caffeine can interact with some medicines used for depression and anxiety', 'side effects such as feeling jittery or sleeping badly can feel worse'] },
  // phonetic
  { q: 'wot happens if u stop coffee 2 quick', expect: 'answer', style: 'phonetic', headings: [WITHDRAWAL, HOW_LONG], evidence: ['stopping suddenly can cause withdrawal symptoms', 'About half of people who stop caffeine suddenly get a headache'] },
  { q: 'cud caffeine b whats givin me panic attax', expect: 'answer', style: 'phonetic', headings: [PANIC], evidence: ['brought on panic attacks in some people with panic disorder', 'People with panic disorder seem to be especially sensitive to caffeine'] },
  { q: 'wot time shud i stop havin coffee so i can sleep at nite', expect: 'answer', style: 'phonetic', headings: [SLEEP], evidence: ['at least 6 hours before you go to bed', 'no coffee, tea or cola after about 2pm'] },
  // emoji-filler
  { q: 'ngl i live on big cans of monster lol 😅 how many is too much in a day', expect: 'answer', style: 'emoji-filler', headings: [SAFE, ENERGY], evidence: ['up to 400 mg of caffeine a day is not linked', 'Energy drink 500 ml can 160 mg'] },
  { q: 'sooo tired since i cut out coffee 😩😩 is that normal??', expect: 'answer', style: 'emoji-filler', headings: ['Will I feel more tired when I cut down?', FAQ, WITHDRAWAL], evidence: ['You may feel more tired for a few days', 'This usually settles within 1 to 2 weeks'] },
  { q: 'omg are caffeine pills ok for pulling an all nighter 💊 lol', expect: 'answer', style: 'emoji-filler', headings: ['Are caffeine tablets or powders safe?', FAQ], evidence: ['Caffeine tablets and pure caffeine powders are not recommended'] },
  // caregiver
  { q: 'My 14 year old has an energy drink every day before school. How do I get him to cut back without a huge row?', expect: 'answer', style: 'caregiver', headings: [YOUNG], evidence: ['Explain the effects calmly rather than banning them outright', 'ask your child why they drink energy drinks'] },
  { q: 'my dad downed loads of energy drinks and now he has chest pain and his heart is racing, what should we do?', expect: 'answer', style: 'caregiver', headings: [HELP], evidence: ['Call 999 or go to A&E if you or someone else', 'chest pain or a very fast or irregular heartbeat'] },
  { q: 'and what if it’s my teenager drinking them?', before: ['how much caffeine is in a big can of energy drink?'], expect: 'answer', style: 'caregiver', headings: [YOUNG, SAFE], evidence: ['a single large can may contain more caffeine than a child', 'no more than about 3 mg per kilogram per day'] },
  // yes-no
  { q: 'Can drinking coffee actually make you depressed?', expect: 'answer', style: 'yes-no', headings: ['Can caffeine cause depression?', FAQ], evidence: ['There is no good evidence that caffeine causes depression'] },
  { q: 'Is it ok to drink coffee while I’m on fluvoxamine?', expect: 'answer', style: 'yes-no', headings: [MEDICINES], evidence: ['greatly slow down how quickly your body clears caffeine', 'please speak to a pharmacist or your GP'] },
  // comparison
  { q: 'Which has more caffeine, instant coffee or filter coffee?', expect: 'answer', style: 'comparison', headings: [COFFEE_TEA, ENERGY, DRINKS], evidence: ['A mug of filter coffee usually contains more caffeine than a mug', 'Mug of filter coffee 1 mug 140 mg'] },
  { q: 'dark chocolate vs milk chocolate, which has more caffeine?', expect: 'answer', style: 'comparison', headings: [ENERGY, DRINKS], evidence: ['Plain (dark) chocolate 50 g bar up to 25 mg', 'Milk chocolate 50 g bar up to 10 mg'] },
  // two-part
  { q: 'What is the first step to cutting down on caffeine, and how long does it usually take?', expect: 'answer', style: 'two-part', headings: [CUTTING], evidence: ['Keep a caffeine diary for one week', 'Most people can reach their goal in 2 to 4 weeks'] },
  { q: 'When do the withdrawal headaches start and when are they at their worst?', expect: 'answer', style: 'two-part', headings: [HOW_LONG], evidence: ['Symptoms usually begin 12 to 24 hours after your last caffeine', 'are at their worst after 1 to 2 days'] },
  // non-native
  { q: 'I am taking lithium, the caffeine is changing something for me?', expect: 'answer', style: 'non-native', headings: [MEDICINES], evidence: ['change the level of lithium in your blood', 'Cutting down caffeine suddenly can make lithium levels rise'] },
  { q: 'Why coffee in the afternoon is making my sleep bad also in the night?', expect: 'answer', style: 'non-native', headings: [SLEEP], evidence: ['a cup in the afternoon can still be working at bedtime', 'Caffeine can also make sleep lighter'] },
  // long-personal
  { q: 'I have had anxiety for years and I drink about six coffees a day to get through work. My therapist said caffeine might be part of the problem. I tried going cold turkey once and the headaches were awful. How should I actually cut down?', expect: 'answer', style: 'long-personal', headings: [CUTTING, HOW_LONG], evidence: ['reduce your total by about one drink every 3 to 4 days', 'Start by cutting out caffeine after 2pm', 'Cutting down slowly, as described below, makes withdrawal much milder'] },
  { q: 'I stopped drinking coffee three weeks ago. The headaches have gone but I still feel anxious and flat most days. I honestly thought giving up caffeine would fix it. Should I be getting some help?', expect: 'answer', style: 'long-personal', headings: [HELP], evidence: ['anxiety or low mood carries on for more than 2 weeks', 'You can refer yourself to NHS Talking Therapies'] },
  { q: 'My sister can have an espresso after dinner and sleep like a baby. I have one cup of tea and I am buzzing for hours. We are the same age. Why are some people so much more affected?', expect: 'answer', style: 'long-personal', headings: [SENSITIVE], evidence: ['react to caffeine in very different ways, partly because of their genes'] },

  // out of scope
  { q: 'Is coffee bad for my blood pressure in the long run?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Does caffeine help with ADHD?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I drink coffee while breastfeeding?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Which herbal teas are best for calming anxiety?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Does caffeine help you lose weight?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Should I take magnesium for anxiety?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can you teach me a breathing exercise for a panic attack?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How long is the waiting list for talking therapies?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Does coffee dehydrate you?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Does nicotine make anxiety worse too?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What painkiller is best for a caffeine withdrawal headache?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I have coffee before a fasting blood test?', expect: 'fallback', style: 'out-of-scope' },
];
