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
const F_REPLACE = 'Can time in nature replace therapy or medication?';

/** Dev half for the Medium post "Nature and Your Mental Health": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'does a canal towpath count as nature', expect: 'answer', style: 'plain', headings: [GB], evidence: ['A canal towpath or a patch of grass with a few trees'] },
  { q: 'how long have scientists been studying this', expect: 'answer', style: 'plain', headings: [EV], evidence: ['Over the last twenty years, a growing number of studies'] },
  { q: 'how does nature help with loneliness', expect: 'answer', style: 'plain', headings: [HOW], evidence: ['Parks and community gardens are places where people meet'] },
  { q: 'should I take my phone on a nature walk', expect: 'answer', style: 'plain', headings: [TIME], evidence: ['Try to leave your phone in your pocket for at least part', 'Paying attention to what is around you seems to matter'] },
  { q: 'does the place have to be wild and remote to do me any good', expect: 'answer', style: 'paraphrase', headings: [GB], evidence: ['You do not need a national park to benefit.', 'the place feels natural to you and that you can reach it'] },
  { q: 'my head is fried from concentrating at a screen all day, does greenery give it a rest', expect: 'answer', style: 'paraphrase', headings: [HOW], evidence: ['gives the part of your brain that concentrates a chance to recover'] },
  { q: 'does paying attention to little things like birds singing actually do anything', expect: 'answer', style: 'paraphrase', headings: [HOW], evidence: ['Noticing birdsong or the shape of clouds'] },
  { q: 'free guided walks', expect: 'answer', style: 'short', headings: [CITY], evidence: ['Many towns have local wildlife groups that run free guided walks.'] },
  { q: 'commute ideas', expect: 'answer', style: 'short', headings: [TIME], evidence: ['Walk or cycle part of your commute along a greener route'] },
  { q: 'icy days?', expect: 'answer', style: 'short', headings: [WINTER], evidence: ['Stay safe in icy or stormy conditions.', 'sit by the brightest window you have'] },
  { q: 'do people who already feel good just go outside more, is that the reson', expect: 'answer', style: 'typo', headings: [EV], evidence: ['people who already feel well may simply get outside more'] },
  { q: 'dose looking after plants give you hope or somthing', expect: 'answer', style: 'typo', headings: [GARDEN], evidence: ['a seed turn into a plant gives a quiet sense of hope'] },
  { q: 'my toddler loves puddels is that actualy good for him', expect: 'answer', style: 'typo', headings: [KIDS], evidence: ['Unstructured play in natural places is linked with better attention', 'Mud, sticks and puddles are often more absorbing than any toy.'] },
  { q: 'wat if i cant get out the house at all, is there nuffin', expect: 'answer', style: 'phonetic', headings: [MOB], evidence: ['views of nature, nature sounds and even good-quality nature films'] },
  { q: 'iz a walkin phone call a gud idea', expect: 'answer', style: 'phonetic', headings: [TIME], evidence: ['Swap one phone call a week for a walking call'], before: ['i dont have much time, what can i do'] },
  { q: 'hmm 🤔 what do you even look at on a winter walk lol everything is dead 🥶', expect: 'answer', style: 'emoji-filler', headings: [WINTER], evidence: ['frost on leaves, winter birds, bare trees against the sky'] },
  { q: 'ugh 😞 so is nature like a cure or what?? asking for me lol', expect: 'answer', style: 'emoji-filler', headings: [GP, F_REPLACE, FAQ], evidence: ['it is not a treatment for depression or anxiety on its own'] },
  { q: 'my dad lives on his own and gets lonely, would a gardening group be good for him', expect: 'answer', style: 'caregiver', headings: [GARDEN, HOW], evidence: ['where a link worker can connect you with local gardening groups', 'a sense of achievement and something to look after'] },
  { q: 'how can I get my 8 year old to enjoy walks, she moans the whole way', expect: 'answer', style: 'caregiver', headings: [KIDS], evidence: ['Let children lead the pace on walks'] },
  { q: 'my wife has lost interest in everything she used to love for a month now, will a weekend in the countryside sort it', expect: 'answer', style: 'caregiver', headings: [GP], evidence: ['if you have lost interest in things you used to enjoy'] },
  { q: 'does a tree-lined street count as green space', expect: 'answer', style: 'yes-no', headings: [GB], evidence: ['fields, allotments, gardens and even tree-lined streets'] },
  { q: 'will they check if something physical is behind it', expect: 'answer', style: 'yes-no', headings: [GP], evidence: ['check for physical causes and discuss options such as talking therapies'], before: ['when should I see a doctor about low mood'] },
  { q: 'can one walk on its own make any difference', expect: 'answer', style: 'yes-no', headings: [F_TIME, FAQ], evidence: ['Many people feel a little better after a single walk'], before: ['how much time outside do I need'] },
  { q: 'is the seaside better than a forest for your mental health', expect: 'answer', style: 'comparison', headings: [GB], evidence: ['What seems to matter most is that the place feels natural'] },
  { q: 'is gardening better than just going for a walk', expect: 'answer', style: 'comparison', headings: [GARDEN], evidence: ['Gardening combines several good things at once: fresh air'] },
  { q: 'do kids get more out of nature than grown ups do', expect: 'answer', style: 'comparison', headings: [KIDS], evidence: ['as much as adults do, and perhaps more'] },
  { q: 'what do the studies actually find, and is it only for certain kinds of people?', expect: 'answer', style: 'two-part', headings: [EV], evidence: ['tend to report lower stress, better mood and a greater sense', 'The benefits appear for people of all ages and backgrounds'] },
  { q: 'are there paths she can use and will there be toilets and places to rest', expect: 'answer', style: 'two-part', headings: [MOB], evidence: ['step-free paths, accessible toilets and benches at regular intervals'], before: ['my mum uses a wheelchair'] },
  { q: 'Balcony is very small. I can grow something there or no?', expect: 'answer', style: 'non-native', headings: [GARDEN], evidence: ['Pots on a balcony, a shared allotment or a community garden'] },
  { q: 'Why people in poor area get more benefit from the park? I read this but not understand', expect: 'answer', style: 'non-native', headings: [EV], evidence: ['strongest for people living in the most deprived areas', 'who often have the least access to green space'] },
  { q: 'I started walking by the river every morning in January and honestly it has helped a bit, but I still feel sad most evenings, I cancel on friends and my work is slipping. It has been about six weeks now. Am I overthinking it or should I get it looked at?', expect: 'answer', style: 'long-personal', headings: [GP], evidence: ['If your low mood lasts more than two weeks', 'or if worry or sadness is getting in the way of work'] },
  { q: 'I look after my husband who has MS and we both feel stuck indoors. He cannot manage rough ground and tires quickly, and I want to get us both somewhere green without it turning into an ordeal. Where do we even start?', expect: 'answer', style: 'long-personal', headings: [MOB], evidence: ['their websites often list routes by surface and gradient', 'Many parks and nature reserves now have step-free paths'] },
  // out of scope
  { q: 'is it safe to eat wild mushrooms I find on walks', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I get a blue badge for parking', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is it safe to walk alone in the park at night', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what factor sunscreen should I wear outside', expect: 'fallback', style: 'out-of-scope' },
  { q: 'do I need council permission to start a community garden', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the best app for identifying birds', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does air pollution affect mental health', expect: 'fallback', style: 'out-of-scope' },
  { q: 'my son is scared of dogs at the park, how do I help him', expect: 'fallback', style: 'out-of-scope' },
  { q: 'when should I plant tomatoes', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does too much screen time cause depression in kids', expect: 'fallback', style: 'out-of-scope' },
  { q: 'best hiking boots under £100?? 🥾🙏', expect: 'fallback', style: 'emoji-filler' },
  { q: 'wot iz the best vitamin for stress', expect: 'fallback', style: 'phonetic' },
];
