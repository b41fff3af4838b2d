import type { ArticleCase } from '../types.ts';

const TITLE = 'Self-Care Basics When Your Mood Is Low';
const WHAT = 'What self-care is (and what it is not)';
const BASICS = 'The small daily basics';
const SLEEP = 'Sleep';
const FOOD = 'Food and water';
const LIGHT = 'Light and fresh air';
const MOVE = 'Movement';
const ROUTINE = 'Keeping a simple routine';
const CONNECT = 'Staying connected';
const SMALL = 'Doing one small thing';
const KIND = 'Being kind to yourself';
const ALCOHOL = 'Going easy on alcohol';
const PLAN = 'A plan for bad days';
const GP = 'When self-care is not enough';
const HELP = 'Help lines and support';
const FAQ = 'Frequently asked questions';
const F_TREAT = 'Is self-care the same as treating myself?';
const F_ENERGY = 'What if I do not have the energy for any of this?';
const F_CURE = 'Can self-care cure depression?';
const F_LONG = 'How long before I notice a difference?';

/** Test half for the Canva Websites page "Self-Care Basics When Your Mood Is Low": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what does self-care actually mean', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['Self-care simply means the everyday things you do to look'] },
  { q: 'when should i see a gp about low mood', expect: 'answer', style: 'plain', headings: [GP], evidence: ['if your low mood has lasted more than two weeks'] },
  { q: 'what should go in a plan for bad days', expect: 'answer', style: 'plain', headings: [PLAN], evidence: ['the early signs that a bad day is starting', 'two or three things that usually help a little'] },
  { q: 'is it fine to spend my afternoons napping when im down', expect: 'answer', style: 'paraphrase', headings: [SLEEP, BASICS], evidence: ['Avoid long naps in the afternoon, and keep your bed'] },
  { q: 'i keep calling myself useless and lazy in my head', expect: 'answer', style: 'paraphrase', headings: [KIND], evidence: ['These thoughts are part of how low mood works, not the', 'Try talking to yourself the way you would talk to a'] },
  { q: 'i wait until i feel motivated but it never comes', expect: 'answer', style: 'paraphrase', headings: [SMALL], evidence: ['doing something first can help the feeling follow'] },
  { q: 'daylight', expect: 'answer', style: 'short', headings: [LIGHT, BASICS], evidence: ['Open the curtains as soon as you get up.', 'Daylight, especially in the morning, helps your body clock'] },
  { q: 'routine tips', expect: 'answer', style: 'short', headings: [ROUTINE], evidence: ['Get up and go to bed at similar times.', 'Plan one small task for the morning and one for the afternoon.'] },
  { q: 'samaritans number', expect: 'answer', style: 'short', headings: [HELP], evidence: ['call Samaritans free on 116 123 at any time'] },
  { q: 'shud i still get up at the same time after a terible nights sleep', expect: 'answer', style: 'typo', headings: [SLEEP, BASICS], evidence: ['Try to get up at roughly the same time every day'] },
  { q: 'does drinkin make depresion worse', expect: 'answer', style: 'typo', headings: [ALCOHOL], evidence: ['It can make low mood and anxiety worse over the following days'] },
  { q: 'is self care selfsh', expect: 'answer', style: 'typo', headings: [WHAT], evidence: ['Self-care is not selfish either.'] },
  { q: 'wot counts as exersize if i carnt be bothered wiv the gym', expect: 'answer', style: 'phonetic', headings: [MOVE, BASICS], evidence: ['You do not need to join a gym or go running.', 'dancing to one song in the kitchen all count as movement'] },
  { q: 'how long til i feel betta doin all this', expect: 'answer', style: 'phonetic', headings: [F_LONG, FAQ], evidence: ['for others it takes a few weeks', 'Some people feel a small lift within days of getting outside'] },
  { q: 'ugh 😩 literally zero energy for any of this stuff... now what??', expect: 'answer', style: 'emoji-filler', headings: [F_ENERGY, FAQ], evidence: ['Start smaller than you think you need to.', 'On very low days, getting through the day is enough.'] },
  { q: 'so um 🥲 i keep forgetting to eat lol, does that matter', expect: 'answer', style: 'emoji-filler', headings: [FOOD, BASICS], evidence: ['Try to have something at regular times, even if it is'] },
  { q: 'my flatmate has stopped going out and barely leaves her room, how can i help her keep in touch with people', expect: 'answer', style: 'caregiver', headings: [CONNECT], evidence: ['isolation usually makes low mood worse, so staying in touch matters', 'It can be a short text, sitting with a friend'] },
  { q: 'my dad has been low for about a month and it is affecting his work, should he see a doctor', expect: 'answer', style: 'caregiver', headings: [GP], evidence: ['if it is getting in the way of work, study, relationships', 'It is time to see your GP if your low mood'] },
  { q: 'can self-care cure depression on its own', expect: 'answer', style: 'yes-no', headings: [F_CURE, FAQ, GP], evidence: ['depression usually needs support from a GP or therapist as well', 'Self-care helps, but it cannot treat depression on its own.'] },
  { q: 'do i need a gp referral for nhs talking therapies', expect: 'answer', style: 'yes-no', headings: [HELP], evidence: ['refer yourself to NHS talking therapies in many areas without seeing'] },
  { q: 'is a bubble bath self-care', expect: 'answer', style: 'yes-no', headings: [WHAT, F_TREAT], evidence: ['Self-care is not bubble baths and face masks, unless those genuinely', 'Treats can be part of it, but self-care is mostly'] },
  { q: 'is a regular wake-up time more helpful than going to bed early', expect: 'answer', style: 'comparison', headings: [SLEEP, BASICS], evidence: ['A regular wake-up time helps to reset your body clock more'] },
  { q: 'is self-care the same thing as treatment', expect: 'answer', style: 'comparison', headings: [WHAT], evidence: ['It is also not the same as treatment.', 'self-care works alongside proper support rather than instead of it'] },
  { q: 'how much water should i drink and why does it matter', expect: 'answer', style: 'two-part', headings: [FOOD, BASICS], evidence: ['Keep a glass or bottle of water nearby.', 'can make tiredness and low concentration worse'] },
  { q: 'why is alcohol bad for low mood and what should i do about it', expect: 'answer', style: 'two-part', headings: [ALCOHOL], evidence: ['take the edge off, but alcohol is a depressant.', 'try to cut down or have a break from alcohol'] },
  { q: 'what can GP do for me and must I wait until very bad?', expect: 'answer', style: 'non-native', headings: [GP], evidence: ['check for physical causes and discuss options such as talking therapies', 'You do not have to wait until things are really bad'] },
  { q: 'I am not want talk to people about my feelings, how I stay connected?', expect: 'answer', style: 'non-native', headings: [CONNECT], evidence: ['Connection does not have to mean a long talk about how', 'tell one person you trust that you are having a hard'] },
  { q: "I've had a rough couple of weeks since losing my job. The flat is a mess, I haven't replied to anyone and I just lie in bed making huge to-do lists I never start. Where do I even begin?", expect: 'answer', style: 'long-personal', headings: [SMALL], evidence: ['Pick one small, doable thing each day, such as washing up', 'One small thing done is better than a big plan left untouched.'] },
  { q: "Most nights I have a few glasses of wine because it helps me drop off, but I wake up at 4am and feel awful the next day. I've been feeling flat for a while anyway. Is the wine actually helping or not?", expect: 'answer', style: 'long-personal', headings: [ALCOHOL], evidence: ['sleep after drinking is lighter and more broken'] },
  // follow-ups
  { q: 'and what if i skip a day of it?', before: ['how do i keep a routine when i feel low'], expect: 'answer', style: 'paraphrase', headings: [ROUTINE], evidence: ['just pick it up again at the next step rather than'] },
  { q: 'where should i keep it', before: ['how do i make a plan for bad days'], expect: 'answer', style: 'short', headings: [PLAN], evidence: ['keep it somewhere you will see it, like your phone'] },
  { q: 'what about a text service instead?', before: ['is there a phone line i can ring to talk to someone'], expect: 'answer', style: 'paraphrase', headings: [HELP], evidence: ['text SHOUT to 85258 for text support'] },
  // out of scope: same domain, not covered
  { q: 'which vitamins or supplements help low mood', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what are the side effects of sertraline', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does private therapy cost', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is a light therapy lamp worth buying for winter', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is behavioural activation in cbt', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is meditation better than yoga for depression', expect: 'fallback', style: 'comparison', why: 'neither is discussed' },
  { q: 'can i get sick pay from work for depression', expect: 'fallback', style: 'out-of-scope' },
  // out of scope: off-domain
  { q: 'how do i publish my canva site to a custom domain', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats a good recipe for lentil soup', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i renew my passport', expect: 'fallback', style: 'out-of-scope' },
  { q: 'wot time does the gym shut on sundays', expect: 'fallback', style: 'phonetic' },
  { q: 'best running shoes for beginners?', expect: 'fallback', style: 'out-of-scope' },
];
