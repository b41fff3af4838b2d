import type { ArticleCase } from '../types.ts';

const GB = 'Green and blue spaces';
const EV = 'What the evidence says';
const HOW = 'How time outdoors can lift your mood';
const TIME = 'If you have little time';
const CITY = 'Nature in the city';
const GARDEN = 'Gardening and growing things';
const MOB = 'Nature with limited mobility';
const WINTER = 'Winter and bad weather';
const KIDS = 'Nature for children';
const GP = 'When nature is not enough';
const FAQ = 'Frequently asked questions';
const F_TIME = 'How much time outdoors do I need to notice a difference?';
const F_WINDOW = 'Does it count if I just look at nature through a window?';
const F_REPLACE = 'Can time in nature replace therapy or medication?';
const F_EXERCISE = 'Do I need to exercise outdoors for it to help?';

/** Test half for the Medium post "Nature and Your Mental Health": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what are blue spaces', expect: 'answer', style: 'plain', headings: [GB], evidence: ['are places with water, such as the coast, rivers'] },
  { q: 'what counts as a green space', expect: 'answer', style: 'plain', headings: [GB], evidence: ['are anywhere with plants and trees: parks, woods, fields'] },
  { q: 'how does being outdoors help with stress', expect: 'answer', style: 'plain', headings: [HOW], evidence: ['linked to the body settling, with a slower heart rate'] },
  { q: 'can gardening help with depression', expect: 'answer', style: 'plain', headings: [GARDEN], evidence: ['Gardening combines several good things at once: fresh air', 'many people with low mood say they find helpful'] },
  { q: 'is there actual proof parks make people happier or is it just correlation', expect: 'answer', style: 'paraphrase', headings: [EV], evidence: ['Much of the research shows a link rather than proof of cause'] },
  { q: 'I rent a flat right in the middle of town with no countryside anywhere near, does any of this apply to me', expect: 'answer', style: 'paraphrase', headings: [CITY], evidence: ['Living in a city does not shut you out.', 'Cities are full of small natural pockets if you start looking'] },
  { q: 'what is the thing where your surgery sends you to outdoor volunteering groups', expect: 'answer', style: 'paraphrase', headings: [GARDEN], evidence: ['where a link worker can connect you with local gardening groups', 'Ask at your surgery whether anything like this runs near you.'] },
  { q: 'winter walks', expect: 'answer', style: 'short', headings: [WINTER], evidence: ['Get outside around the middle of the day', 'winter is when many of us need daylight most'] },
  { q: 'houseplants?', expect: 'answer', style: 'short', headings: [CITY], evidence: ['Houseplants, a window box of herbs or a bird feeder'] },
  { q: 'kids outdoors', expect: 'answer', style: 'short', headings: [KIDS], evidence: ['Children seem to benefit from time outdoors as much as adults do'] },
  { q: 'can natre stop my thoughts going round and round all day', expect: 'answer', style: 'typo', headings: [HOW], evidence: ['can interrupt the loop of worrying thoughts'] },
  { q: 'im in a wheelchiar, can i still get the benfits', expect: 'answer', style: 'typo', headings: [MOB], evidence: ['If walking is hard for you, or you use a wheelchair', 'Many parks and nature reserves now have step-free paths'] },
  { q: 'how many hours a weak outside is recomended', expect: 'answer', style: 'typo', headings: [TIME, F_TIME, FAQ], evidence: ['around two hours a week in nature, spread across the week', 'There is no magic number, and any amount is better than none.'] },
  { q: 'wot about wen its freezin an rainin all the time', expect: 'answer', style: 'phonetic', headings: [WINTER], evidence: ['Dress for the weather with layers, a waterproof and warm socks', 'Keep trips short on grim days.'] },
  { q: 'do i hafta go jogging or can i jus sit in the park', expect: 'answer', style: 'phonetic', headings: [F_EXERCISE, FAQ, MOB], evidence: ['simply sitting, strolling or pottering in natural surroundings can lift your mood'] },
  { q: 'ok so 🌳🌳 like… is staring out the window at trees a thing or nah 😂', expect: 'answer', style: 'emoji-filler', headings: [F_WINDOW, FAQ], evidence: ['A view of trees or sky from your desk or bed'] },
  { q: 'soooo busy 😩 work, kids, everything… any tiny ways to squeeze in outside time?? 🙏', expect: 'answer', style: 'emoji-filler', headings: [TIME], evidence: ['Take your lunch to the nearest bench with a view of trees.', 'The good news is that small amounts add up.'] },
  { q: 'my mum cannot walk far any more and she has been low, how can she still enjoy nature', expect: 'answer', style: 'caregiver', headings: [MOB], evidence: ['Time on a bench by a pond, in a garden', 'Raised beds make gardening possible from a seat.'] },
  { q: 'my 14 year old just sits in his room all weekend, how do I get him outside', expect: 'answer', style: 'caregiver', headings: [KIDS], evidence: ['Teenagers may be more willing if there is a purpose'] },
  { q: 'my partner says his walks used to help but now nothing does, what should we do', expect: 'answer', style: 'caregiver', headings: [GP], evidence: ['if a walk that used to help no longer makes any difference'], before: ['does walking in nature help with depression'] },
  { q: 'so can I come off my meds if I get outside every day', expect: 'answer', style: 'yes-no', headings: [F_REPLACE, FAQ], evidence: ['Please do not stop any treatment without talking to the person', 'it should not replace treatment that a doctor or therapist has recommended'], before: ['can nature help anxiety'] },
  { q: 'is it still worth going out for ten minutes if it is grey and wet', expect: 'answer', style: 'yes-no', headings: [WINTER], evidence: ['Ten minutes of fresh air still counts.'] },
  { q: 'do I need a garden for that', expect: 'answer', style: 'yes-no', headings: [GARDEN], evidence: ['You do not need a garden.', 'Pots on a balcony, a shared allotment or a community garden'], before: ['tell me about gardening and mood'] },
  { q: 'is a walk in the park really better than a walk down a busy road', expect: 'answer', style: 'comparison', headings: [EV], evidence: ['studies that send people for short walks in a park compared', 'usually find small but real improvements in mood afterwards'] },
  { q: 'is it better to do one big hike a month or a little bit every day', expect: 'answer', style: 'comparison', headings: [F_TIME, FAQ], evidence: ['Regular short visits through the week seem to help more'] },
  { q: 'would nature documentaries do anything or is it pointless compared to going out', expect: 'answer', style: 'comparison', headings: [MOB, F_WINDOW, FAQ], evidence: ['although they are not quite the same as being there', 'Being outside usually brings more benefit, because you also get'], before: ['I can hardly leave the house because of my arthritis'] },
  { q: 'what are green and blue spaces and do both of them help your mood', expect: 'answer', style: 'two-part', headings: [GB, EV], evidence: ['people who spend regular time in green or blue spaces', 'are places with water, such as the coast, rivers'] },
  { q: 'when should I see a GP about feeling low, and can I keep up my walks while I am being treated?', expect: 'answer', style: 'two-part', headings: [GP], evidence: ['If your low mood lasts more than two weeks', 'Nature can sit alongside any treatment you are offered'] },
  { q: 'please, why nature make the mood more good? what is the reason', expect: 'answer', style: 'non-native', headings: [HOW], evidence: ['Natural scenes hold your attention gently', 'gentle activity is good for mood in its own right'] },
  { q: 'I am living in big city, no have car, where I can find the nature?', expect: 'answer', style: 'non-native', headings: [CITY], evidence: ['street trees, churchyards, canal paths, city farms, pocket parks'] },
  { q: 'I have worked from home for two years and in winter I barely leave the house. By February I feel flat and I sleep badly. A friend keeps telling me daylight matters more than I think. Is she right?', expect: 'answer', style: 'long-personal', headings: [HOW, WINTER], evidence: ['Natural light helps set your body clock, which can improve sleep', 'winter is when many of us need daylight most'] },
  { q: 'single dad here with two little ones under six. money is tight and I want something outdoors at weekends that costs nothing and actually holds their attention, any ideas?', expect: 'answer', style: 'long-personal', headings: [KIDS], evidence: ['go on a simple scavenger hunt for a feather', 'Mud, sticks and puddles are often more absorbing than any toy.'] },
  // out of scope
  { q: 'is cold water swimming good for depression', expect: 'fallback', style: 'out-of-scope' },
  { q: 'do vitamin d tablets help in winter', expect: 'fallback', style: 'out-of-scope' },
  { q: 'are light therapy lamps worth buying', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which national park is best for a walking holiday', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which houseplants are poisonous to cats', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I cope with hay fever when I go outside', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does it cost to rent an allotment', expect: 'fallback', style: 'out-of-scope' },
  { q: 'would getting a dog help my depression', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I train to become a horticultural therapist', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what should I do about a tick bite', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is mindfullness meditaton better then yoga for stress', expect: 'fallback', style: 'typo' },
  { q: 'barefoot grounding?', expect: 'fallback', style: 'short' },
];
