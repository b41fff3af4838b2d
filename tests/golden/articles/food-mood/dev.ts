import type { ArticleCase } from '../types.ts';

const TITLE = 'Food, Caffeine and Your Mood';
const WHY = 'Why food and drink matter for how you feel';
const MEALS = 'Regular meals and steady energy';
const CAF = 'Caffeine, anxiety and sleep';
const CSIGNS = 'Signs caffeine might be affecting you';
const ALC = 'A word on alcohol';
const GUT = 'Your gut and your mood';
const LOW = 'Eating when you feel low';
const NOAPP = 'When you have no appetite';
const COMFORT = 'When you turn to comfort eating';
const IDEAS = 'Simple meal ideas for low-energy days';
const WATER = "Don't forget to drink water";
const DEP = 'When appetite changes may be a sign of depression';
const ED = 'Eating disorders: where to get support';
const FAQ = 'Frequently asked questions';
const F_DECAF = 'Is decaf a good swap if I love my coffee?';
const F_SUGAR = 'Does sugar cause depression?';
const F_TEA = 'Can your herbal teas treat anxiety?';
const F_CUT = 'How long does it take to feel better after cutting down on caffeine?';
/** Dev half for the Shopify (Dawn theme) blog article "Food, Caffeine and Your Mood": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'what foods give slow release energy', expect: 'answer', style: 'plain', headings: [MEALS], evidence: ['like oats, wholegrain bread, beans and lentils'] },
  { q: 'what are the signs that caffeine is affecting me', expect: 'answer', style: 'plain', headings: [CSIGNS], evidence: ['You feel jittery, on edge or shaky after your usual cup.', 'You find it hard to switch off at night'] },
  { q: 'is it normal to eat less when you are down', expect: 'answer', style: 'paraphrase', headings: [LOW], evidence: ['Some people lose their appetite completely', 'Both are very common and neither is a failing.'] },
  { q: 'should i be having something soon after i get up', expect: 'answer', style: 'paraphrase', headings: [MEALS], evidence: ['Try to have something to eat within a few hours of waking'] },
  { q: 'what does hangxiety mean', expect: 'answer', style: 'paraphrase', headings: [ALC], evidence: ['Some people call this hangxiety.', 'anxiety and low mood often feel worse the next day'] },
  { q: 'hangry', expect: 'answer', style: 'short', headings: [MEALS], evidence: ['the feeling some people call being hangry'] },
  { q: 'fibre', expect: 'answer', style: 'short', headings: [GUT], evidence: ['a varied diet with plenty of fibre', 'is good for your gut and for your general health'] },
  { q: 'wich herbal teas have no caffine', expect: 'answer', style: 'typo', headings: [CAF], evidence: ['Rooibos, chamomile and peppermint are naturally caffeine-free'] },
  { q: 'whats in the calm evning blend', expect: 'answer', style: 'typo', headings: [CAF], evidence: ['of chamomile, lemon balm and lavender'] },
  { q: 'do i get hedaches when i miss my coffe', expect: 'answer', style: 'typo', headings: [CSIGNS, CAF], evidence: ['You get headaches or feel very flat when you miss'] },
  { q: 'i keep forgettin to eet wen im low', expect: 'answer', style: 'phonetic', headings: [NOAPP], evidence: ['Set a gentle reminder on your phone'] },
  { q: 'is decaf totaly caffeen free', expect: 'answer', style: 'phonetic', headings: [F_DECAF, FAQ], evidence: ['Decaf coffee and tea still contain a small amount of caffeine'] },
  { q: 'omg 🍫🍪 i ate a whole pack of biscuits after a rubbish day 🙈 am i terrible', expect: 'answer', style: 'emoji-filler', headings: [COMFORT], evidence: ['is a normal human thing to do', 'Being harsh with yourself tends to make comfort eating worse'] },
  { q: 'hmm 🤔 my stomach is always playing up, should i just try a gut tea or what', expect: 'answer', style: 'emoji-filler', headings: [GUT], evidence: ['If you have ongoing stomach problems, see your GP', 'We would be wary of any product, including teas'] },
  { q: 'my dad relies on a whisky every night to unwind from stress, is that a worry', expect: 'answer', style: 'caregiver', headings: [ALC], evidence: ['If you notice you are drinking to cope with stress or sadness'] },
  { q: 'my partner is exhausted and depressed, what easy food can i keep in for her', expect: 'answer', style: 'caregiver', headings: [NOAPP, IDEAS], evidence: ['like yoghurt, bananas, crackers or a handful of nuts', 'Frozen vegetables stirred into microwave rice or noodles.'] },
  { q: 'my daughter has stopped eating much and seems flat for weeks, should she see someone', expect: 'answer', style: 'caregiver', headings: [DEP], evidence: ['a change in appetite that lasts for more than two weeks', 'please book an appointment with your GP'] },
  { q: 'is one sweet treat going to make me depressed', expect: 'answer', style: 'yes-no', headings: [F_SUGAR, FAQ], evidence: ['enjoying a sweet treat is not going to make you depressed'] },
  { q: 'does chocolate have caffeine in it', expect: 'answer', style: 'yes-no', headings: [CAF], evidence: ['Caffeine is found in coffee, tea, cola, energy drinks and chocolate.'] },
  { q: 'is this blog post medical advice', expect: 'answer', style: 'yes-no', headings: [TITLE], evidence: ['It is not medical advice, and it is not about diets'] },
  { q: 'can a smoothie count instead of a meal if i cant face food', expect: 'answer', style: 'yes-no', headings: [NOAPP], evidence: ['Drinks can help when food feels like too much'] },
  { q: 'what is the difference between losing your appetite and comfort eating when stressed', expect: 'answer', style: 'comparison', headings: [LOW], evidence: ['Some people lose their appetite completely', 'others find themselves eating more than usual, often for comfort'] },
  { q: 'is tiredness from not drinking water different from being depressed', expect: 'answer', style: 'comparison', headings: [WATER], evidence: ['it is easy to mistake those feelings for low mood or stress'] },
  { q: 'what other signs of depression are there besides appetite and who do i tell', expect: 'answer', style: 'two-part', headings: [DEP], evidence: ['sleeping much more or less than usual, feeling tired all the time', 'please book an appointment with your GP'] },
  { q: 'why does caffeine feel like anxiety and what should i swap it for', expect: 'answer', style: 'two-part', headings: [CAF], evidence: ['the same body signals as anxiety', 'Swap one drink at a time for a decaf version'] },
  { q: 'when I am stress, I forget eating. Why stress change eating?', expect: 'answer', style: 'non-native', headings: [WHY, LOW], evidence: ['When you feel stressed or low, eating well is often one', 'Low mood, stress and anxiety change how people eat'] },
  { q: 'the brain is need much energy from food, true?', expect: 'answer', style: 'non-native', headings: [WHY], evidence: ['Your brain uses a lot of the energy your body gets'] },
  { q: "I work nights in a care home and I live on energy drinks and vending machine snacks. On my days off I feel wired but flat and my sleep is all over the place. I'm not after a diet plan, I just want to feel steadier. What would actually help?", expect: 'answer', style: 'long-personal', headings: [MEALS, CAF], evidence: ['Eating at fairly regular times helps keep your energy', 'try to keep caffeine to the morning'] },
  { q: "My sister has always been a bit funny about food but lately she's skipping meals and getting upset if anyone comments. I don't want to overreact and this article seems to be more about everyday eating. Is there anywhere I can point her to?", expect: 'answer', style: 'long-personal', headings: [ED], evidence: ['It is not the right place for advice about eating disorders.', "contact Beat, the UK's eating disorder charity"] },
  // follow-ups
  { q: 'what about in the evening', before: ['should i cut down on tea and coffee'], expect: 'answer', style: 'short', headings: [CAF], evidence: ['a warm mug can still be a lovely evening ritual', 'try to keep caffeine to the morning'] },
  { q: 'so is there any point drinking it', before: ['can herbal tea treat anxiety'], expect: 'answer', style: 'paraphrase', headings: [F_TEA, FAQ], evidence: ['A caffeine-free brew can be a calming part of a routine'] },
  { q: 'and if someone offers to cook for me?', before: ['easy meals when i have no energy'], expect: 'answer', style: 'paraphrase', headings: [IDEAS], evidence: ['If a friend offers to drop round a meal'] },
  // out of scope: same domain, not covered
  { q: 'is it bad to drink coffee on an empty stomach', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can vitamin d tablets help with winter low mood', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does matcha give you a calmer buzz than coffee', expect: 'fallback', style: 'comparison', why: 'matcha is never named' },
  { q: 'is intermittent fasting good for mental health', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which talking therapy is best for emotional eating', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does gluten cause anxiety', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is a healthy bmi', expect: 'fallback', style: 'out-of-scope' },
  // out of scope: off-domain
  { q: 'how long does delivery take', expect: 'fallback', style: 'out-of-scope' },
  { q: 'do you sell gift cards', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is the packaging plastic free', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i change my email subscription preferences', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i descale my kettle', expect: 'fallback', style: 'out-of-scope' },
];
