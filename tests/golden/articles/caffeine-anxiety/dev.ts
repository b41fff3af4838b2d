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
const CUTTING = '8. Cutting down step by step';
const YOUNG = '9. Energy drinks and young people';
const MEDICINES = '10. Caffeine and medicines';
const FAQ = '11. Frequently asked questions';
const HELP = '12. When to get help';

/** Dev half for caffeine-anxiety (a Word leaflet pasted into a .txt file): written after the test half, with different questions. */
export const dev: ArticleCase[] = [
  // plain
  { q: 'How quickly does caffeine kick in after a drink?', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['Most people start to feel the effects within 15 to 45 minutes'] },
  { q: 'how long should I try going without it?', before: ['can caffeine make panic attacks worse?'], expect: 'answer', style: 'plain', headings: [PANIC], evidence: ['try a few weeks with little or no caffeine'] },
  { q: 'what times are your phone lines open?', before: ['can I refer myself to your service?'], expect: 'answer', style: 'plain', headings: [HELP], evidence: ['Our phone lines are open Monday to Friday, 9am to 5pm'] },
  // paraphrase
  { q: 'How does my morning cuppa actually wake me up?', expect: 'answer', style: 'paraphrase', headings: [WHAT], evidence: ['Caffeine works mainly by blocking adenosine', 'makes your body release more adrenaline'] },
  { q: 'Does being on the pill change how long my flat white stays in me?', expect: 'answer', style: 'paraphrase', headings: [SENSITIVE], evidence: ['take the combined contraceptive pill, which can roughly double the'] },
  { q: 'Why am I totally wiped out a couple of hours after my mid-morning brew?', expect: 'answer', style: 'paraphrase', headings: [SLEEP], evidence: ['the lift is often followed by a “crash” a few hours later'] },
  // short
  { q: 'espresso caffeine', expect: 'answer', style: 'short', headings: [ENERGY, DRINKS], evidence: ['Espresso Single shot 60–75 mg'] },
  { q: 'caffeine and sleep', expect: 'answer', style: 'short', headings: [SLEEP], evidence: ['caffeine taken 6 hours before bed cut total sleep', 'Caffeine can also make sleep lighter'] },
  { q: 'samaritans number', expect: 'answer', style: 'short', headings: [HELP], evidence: ['call Samaritans free, day or night, on 116 123'] },
  // typo
  { q: 'is 200mg of caffiene in one go to much', expect: 'answer', style: 'typo', headings: [SAFE], evidence: ['best to have no more than 200 mg at any one time'] },
  { q: 'does cola have alot of cafeine', expect: 'answer', style: 'typo', headings: [ENERGY, DRINKS], evidence: ['Cola 330 ml can 40 mg'] },
  { q: 'is it ok to mix energy drinks with alchohol', expect: 'answer', style: 'typo', headings: [YOUNG], evidence: ['Mixing energy drinks with alcohol is especially risky'] },
  // phonetic
  { q: 'r there painkillers wiv caffeine in them 2', expect: 'answer', style: 'phonetic', headings: [CUTTING, WHAT], evidence: ['Check the labels on painkillers and cold remedies, which can contain caffeine', 'added to cola, energy drinks and some painkillers'] },
  { q: 'wot if i still get panic attacks evry day even wiv no coffee', expect: 'answer', style: 'phonetic', headings: [HELP], evidence: ['panic attacks are stopping you from doing everyday things'] },
  { q: 'how many cups of tea cud i hav if im pregnant', expect: 'answer', style: 'phonetic', headings: [SAFE], evidence: ['or two and a half mugs of tea'] },
  // emoji-filler
  { q: 'lol i only have 1 coffee a day 😂 can i even get withdrawal from that', expect: 'answer', style: 'emoji-filler', headings: [WITHDRAWAL], evidence: ['even if you usually have only one or two cups a day'] },
  { q: 'ugh bad sleep so i drink more coffee so i sleep worse 😴🔁 its a whole thing isnt it', expect: 'answer', style: 'emoji-filler', headings: [SLEEP], evidence: ['many people reach for more coffee to get through the day', 'Over time this cycle can leave you tired, irritable and low'] },
  { q: 'so like 400mg is how many coffees 🤔', expect: 'answer', style: 'emoji-filler', headings: [SAFE], evidence: ['That is about four mugs of instant coffee'] },
  // caregiver
  { q: 'My grandma says coffee hits her harder now she’s in her eighties – is that a real thing?', expect: 'answer', style: 'caregiver', headings: [SENSITIVE], evidence: ['the body often clears caffeine more slowly with age'] },
  { q: 'can my 15 year old even buy them in shops?', before: ['are energy drinks bad for teenagers?'], expect: 'answer', style: 'caregiver', headings: [YOUNG], evidence: ['Many shops already refuse to sell energy drinks to under-16s'] },
  { q: 'My partner is on medication for anxiety and drinks loads of coffee. Who should we ask about whether that’s a problem?', expect: 'answer', style: 'caregiver', headings: [MEDICINES], evidence: ['please speak to a pharmacist or your GP before making big changes', 'A pharmacist can check your medicines for interactions without an appointment'] },
  // yes-no
  { q: 'Does coffee protect you from depression?', expect: 'answer', style: 'yes-no', headings: ['Can caffeine cause depression?', FAQ], evidence: ['this does not prove that coffee protects you'] },
  { q: 'Can too much coffee give me an anxiety disorder?', expect: 'answer', style: 'yes-no', headings: [ANXIETY], evidence: ['Caffeine does not cause an anxiety disorder on its own'] },
  // comparison
  { q: 'Is green tea lower in caffeine than ordinary tea?', expect: 'answer', style: 'comparison', headings: [COFFEE_TEA, ENERGY, DRINKS], evidence: ['green tea usually has a little less than black tea', 'Green tea 1 mug 30–50 mg'] },
  { q: 'big coffee shop latte vs instant coffee at home, which is stronger?', expect: 'answer', style: 'comparison', headings: [COFFEE_TEA, ENERGY, DRINKS], evidence: ['Coffee-shop drinks can contain much more, especially large sizes', 'Coffee-shop latte or cappuccino Large (about 450 ml) 150–300 mg'] },
  // two-part
  { q: 'What can I swap my coffees for when cutting down, and what if one of the steps is too hard?', expect: 'answer', style: 'two-part', headings: [CUTTING], evidence: ['Swap some drinks for half-caffeinated or decaf versions, herbal tea or water', 'stay at that level for a few more days'] },
  { q: 'What warning do high caffeine drinks have to carry, and at what amount?', expect: 'answer', style: 'two-part', headings: [ENERGY, DRINKS], evidence: ['more than 150 mg of caffeine per litre must carry the warning'] },
  // non-native
  { q: 'Caffeine can stop my calming medicine from working good?', expect: 'answer', style: 'non-native', headings: [MEDICINES], evidence: ['Caffeine can work against medicines that are meant to calm you'] },
  { q: 'Is dangerous the caffeine powder? My friend is using it for the gym.', expect: 'answer', style: 'non-native', headings: ['Are caffeine tablets or powders safe?', FAQ], evidence: ['Caffeine tablets and pure caffeine powders are not recommended', 'a single teaspoon can contain as much caffeine as about 28'] },
  // long-personal
  { q: 'Whenever I have a few coffees my heart starts pounding. Then I start thinking something is wrong with my heart and it just gets worse and worse. It happens most weeks now. Is the coffee what sets off this spiral?', expect: 'answer', style: 'long-personal', headings: [ANXIETY], evidence: ['read these sensations as a sign that something is wrong', 'the worry releases more adrenaline, and the symptoms grow'] },
  { q: 'I gave up coffee on Monday. Since then I have felt low and on edge, like my anxiety is back. I was doing so well in therapy and this is scaring me. Could this just be from stopping caffeine?', expect: 'answer', style: 'long-personal', headings: [WITHDRAWAL], evidence: ['Withdrawal can also feel like anxiety or low mood coming back'] },
  { q: 'My friend took a load of caffeine tablets before a night out. Now she is confused and keeps being sick. She says she will sleep it off. What should I do?', expect: 'answer', style: 'long-personal', headings: [HELP], evidence: ['Call 999 or go to A&E if you or someone else', 'has taken a large amount of caffeine, for example tablets, powders'] },

  // out of scope
  { q: 'Is decaf bad for you because of the chemicals used to make it?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Does caffeine affect fertility?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can coffee cause acid reflux?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is it dangerous if my dog drinks some coffee?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Does arabica have less caffeine than robusta?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can you recommend an app to track my caffeine?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is mindfulness good for anxiety?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I stop overthinking when I’m in bed?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Which antidepressant is best for anxiety?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can caffeine make tinnitus worse?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Does coffee stunt a child’s growth?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How much does a course of CBT cost privately?', expect: 'fallback', style: 'out-of-scope' },
];
