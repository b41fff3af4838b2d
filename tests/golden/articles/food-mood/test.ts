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

/** Test half for the Shopify (Dawn theme) blog article "Food, Caffeine and Your Mood": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'why do i get so irritable when i skip lunch', expect: 'answer', style: 'plain', headings: [MEALS], evidence: ['the sugar level in your blood drops', 'Many people notice this as feeling shaky, tired, foggy or snappy'] },
  { q: 'how can i cut down on coffee without feeling awful', expect: 'answer', style: 'plain', headings: [CAF], evidence: ['do it gradually over a week or two', 'Swap one drink at a time for a decaf version'] },
  { q: 'can what i eat cure my depression', expect: 'answer', style: 'paraphrase', headings: [WHY], evidence: ['will not cause or cure a mental health problem on its own'] },
  { q: 'my tummy goes funny whenever i am worried, is there a connection between the two', expect: 'answer', style: 'paraphrase', headings: [GUT], evidence: ['worry can give you butterflies or an upset stomach'] },
  { q: 'the morning after a few glasses of wine i feel really on edge, why', expect: 'answer', style: 'paraphrase', headings: [ALC], evidence: ['anxiety and low mood often feel worse the next day', 'Alcohol can feel like it helps you relax'] },
  { q: 'no appetite', expect: 'answer', style: 'short', headings: [NOAPP, LOW], evidence: ['Eat little and often. A few bites every couple of hours', 'Keep easy foods to hand that need no cooking'] },
  { q: 'quick dinners', expect: 'answer', style: 'short', headings: [IDEAS], evidence: ['Beans or scrambled eggs on toast.', 'A jacket potato in the microwave with cheese, tuna or beans.'] },
  { q: 'dehydration', expect: 'answer', style: 'short', headings: [WATER], evidence: ['Even mild dehydration can leave you tired, headachy and struggling to concentrate'] },
  { q: 'does cafeine make anxeity worse', expect: 'answer', style: 'typo', headings: [CAF], evidence: ['caffeine can make those feelings more likely or more intense'] },
  { q: 'how do i no if im drinking enuff water', expect: 'answer', style: 'typo', headings: [WATER], evidence: ['Pale yellow urine is a simple sign you are drinking enough.'] },
  { q: 'i keep comfrot eating wen im stressed what shud i do', expect: 'answer', style: 'typo', headings: [COMFORT], evidence: ['Try to notice what you are feeling before you eat', 'a short walk, a phone call to a friend'] },
  { q: 'wot about decaff is that any gud', expect: 'answer', style: 'phonetic', headings: [F_DECAF, FAQ], evidence: ['Yes, for many people it is.', 'let you keep the ritual and the taste while cutting down'] },
  { q: 'does shuga giv u depreshun', expect: 'answer', style: 'phonetic', headings: [F_SUGAR, FAQ], evidence: ['No single food causes depression.'] },
  { q: 'ugh ☕☕☕ 3rd coffee and my heart is going like mad 😬 is that the caffeine??', expect: 'answer', style: 'emoji-filler', headings: [CSIGNS, CAF], evidence: ['Your heart races or thumps and there is no other obvious reason.', 'a racing heart, jitters, restlessness and a churning stomach'] },
  { q: 'soooo tired 😴 what can i eat that is like zero effort lol', expect: 'answer', style: 'emoji-filler', headings: [IDEAS], evidence: ['Shop-bought soup with a bread roll.', 'Porridge made with milk, topped with a sliced banana.'] },
  { q: 'my mum has barely eaten since she got low, how can i help her eat something', expect: 'answer', style: 'caregiver', headings: [NOAPP, IDEAS], evidence: ['A few bites every couple of hours can feel less daunting', 'If a friend offers to drop round a meal'] },
  { q: 'i think my flatmate might have an eating disorder, where can she get help', expect: 'answer', style: 'caregiver', headings: [ED], evidence: ["speak to your GP, or contact Beat, the UK's eating disorder charity", 'which runs a helpline for anyone affected, including family and friends'] },
  { q: 'my teenage son drinks energy drinks all day and then cant sleep, could they be the problem', expect: 'answer', style: 'caregiver', headings: [CAF], evidence: ['Caffeine is found in coffee, tea, cola, energy drinks and chocolate.', 'Caffeine also stays in your body for many hours.'] },
  { q: 'is it ok to stop caffeine all in one go', expect: 'answer', style: 'yes-no', headings: [CAF], evidence: ['stopping suddenly can bring on headaches, tiredness and low mood'] },
  { q: 'will your calm evening tea cure my anxiety', expect: 'answer', style: 'yes-no', headings: [F_TEA, FAQ, CAF], evidence: ['no tea can treat anxiety or any other mental health problem', 'A herbal tea is a comforting habit, not a treatment.'] },
  { q: 'is using frozen veg and tins cheating', expect: 'answer', style: 'yes-no', headings: [IDEAS], evidence: ['Tins, frozen vegetables and ready-cooked grains are not cheating.'] },
  { q: 'is it better to have one big meal or snacks through the day', expect: 'answer', style: 'comparison', headings: [MEALS], evidence: ['meals or snacks rather than long gaps followed by one big meal'] },
  { q: 'porridge vs a chocolate bar for keeping my energy up', expect: 'answer', style: 'comparison', headings: [MEALS], evidence: ['Foods that release energy slowly, like oats, wholegrain bread, beans and lentils', 'Very sugary snacks on their own can give a quick lift'] },
  { q: 'when should i see a doctor about my eating changing and what will they do', expect: 'answer', style: 'two-part', headings: [DEP], evidence: ['a change in appetite that lasts for more than two weeks', 'they can talk through the support available, such as talking therapies'] },
  { q: 'what is the gut brain axis and is there a food that fixes anxiety', expect: 'answer', style: 'two-part', headings: [GUT], evidence: ['sometimes called the gut-brain axis', 'no single food that has been shown to treat anxiety'] },
  { q: 'I am drink coffee in afternoon and sleep is bad, it is related?', expect: 'answer', style: 'non-native', headings: [CAF], evidence: ['can still be keeping you alert at bedtime'] },
  { q: 'which things is count as drink, only water?', expect: 'answer', style: 'non-native', headings: [WATER], evidence: ['Water, milk, herbal teas and decaf drinks all count.'] },
  { q: "Since I split up with my partner I've been living on crisps and takeaways and I just feel sluggish and sad all the time. I can't face cooking and I don't want a diet, I just want to feel a bit more human. Where do I even start?", expect: 'answer', style: 'long-personal', headings: [IDEAS, MEALS], evidence: ['It just needs to be something.', 'Stocking up on a few easy basics on a better day'] },
  { q: "For about a month now I've hardly been hungry, I sleep till lunchtime and nothing really interests me anymore, not even seeing friends. I put it down to work being busy. Is it just stress or could it be something more?", expect: 'answer', style: 'long-personal', headings: [DEP], evidence: ['can be a sign of depression', 'please book an appointment with your GP'] },
  // follow-ups
  { q: 'and how long till i feel the benefit', before: ['how do i cut back on caffeine'], expect: 'answer', style: 'short', headings: [F_CUT, FAQ], evidence: ['usually ease within a week or so', 'Many people notice they sleep better and feel less jittery'] },
  { q: 'does it mess with sleep too', before: ['is alcohol bad for anxiety'], expect: 'answer', style: 'yes-no', headings: [ALC], evidence: ['Alcohol also breaks up your sleep in the second half'] },
  { q: 'what should i do if i keep forgetting', before: ['how much should i be drinking during the day'], expect: 'answer', style: 'paraphrase', headings: [WATER], evidence: ['Keeping a glass or a bottle within reach'] },
  // out of scope: same domain, not covered
  { q: 'how many cups of coffee a day is safe', expect: 'fallback', style: 'out-of-scope', why: 'no amounts are given' },
  { q: 'which probiotic should i take for anxiety', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is the mediterranean diet good for depression', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can omega 3 fish oil help low mood', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does green tea have more caffeine than black tea', expect: 'fallback', style: 'comparison', why: 'tea types are never compared' },
  { q: 'what is the beat helpline phone number', expect: 'fallback', style: 'out-of-scope', why: 'Beat is named, its number is not given' },
  { q: 'can antidepressants change your appetite', expect: 'fallback', style: 'out-of-scope' },
  // out of scope: off-domain
  { q: 'do you deliver to ireland', expect: 'fallback', style: 'out-of-scope', why: 'only free UK delivery over £30 is mentioned, in the page chrome' },
  { q: 'how do i brew loose leaf tea properly', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i return an opened pouch of tea', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats a good recipe for banana bread', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is lavender safe for cats', expect: 'fallback', style: 'out-of-scope' },
];
