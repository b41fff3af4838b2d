import type { ArticleCase } from '../types.ts';

const HELPS = 'How exercise helps your mood';
const RESEARCH = 'What the research shows';
const ENOUGH = 'How much is enough?';
const START = 'Starting when you feel low';
const TYPES = 'Types of activity to try';
const WALK = 'Walking and everyday movement';
const OUT = 'Exercise outdoors';
const YOGA = 'Yoga and gentle exercise';
const TEAM = 'Team sports and classes';
const BARRIERS = 'Barriers and how to get past them';
const TIME = '"I don\'t have time"';
const TIRED = '"I\'m too tired"';
const SHY = '"I feel self-conscious"';
const COST = '"It costs too much"';
const TREAT = 'Exercise alongside treatment';
const DOC = 'When to talk to a doctor';
const FAQ = 'Frequently asked questions';
const F_WHEN = 'What time of day is best to exercise for mood?';
const F_SOON = 'How soon will I feel better?';
const F_MUCH = 'Can I exercise too much?';
const F_ANX = 'Does exercise help with anxiety as well?';

/** Test half for the Ghost (Casper) post "Exercise and Your Mood: What Helps and How to Start": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'why does exercise make you feel happier', expect: 'answer', style: 'plain', headings: [HELPS], evidence: ['the body releases endorphins and other chemicals that can lift your mood'] },
  { q: 'how many minutes of exercise a week do adults need', expect: 'answer', style: 'plain', headings: [ENOUGH], evidence: ['at least 150 minutes of moderate activity a week'] },
  { q: 'is exercise as good as therapy for depression according to studies', expect: 'answer', style: 'plain', headings: [RESEARCH], evidence: ['the effect was similar to that of talking therapy or medication'] },
  { q: 'how do i get myself moving when i have zero motivation', expect: 'answer', style: 'paraphrase', headings: [START], evidence: ['motivation often comes after you start moving, not before', 'make the first step so small that it feels almost too easy'] },
  { q: 'i skipped my walk yesterday, have i ruined everything', expect: 'answer', style: 'paraphrase', headings: [START], evidence: ['One missed walk does not undo your progress'] },
  { q: 'does being around trees and water make workouts better for your head', expect: 'answer', style: 'paraphrase', headings: [OUT], evidence: ['may give an extra boost to mood'] },
  { q: 'can working out calm my stress chemicals down', expect: 'answer', style: 'paraphrase', headings: [HELPS], evidence: ['lowers levels of stress hormones such as cortisol over time'] },
  { q: 'muscle strengthening', expect: 'answer', style: 'short', headings: [ENOUGH], evidence: ['activities that strengthen your muscles on at least two days a week'] },
  { q: 'too tired to exercise', expect: 'answer', style: 'short', headings: [TIRED, BARRIERS], evidence: ['gentle movement often gives you more energy rather than less'] },
  { q: 'free exercise options', expect: 'answer', style: 'short', headings: [COST, BARRIERS], evidence: ['Walking, running and home workouts cost nothing.'] },
  { q: 'how long untill exersise improves depresion', expect: 'answer', style: 'typo', headings: [F_SOON, FAQ], evidence: ['usually take a few weeks of regular activity'] },
  { q: 'is it safe to work out with a hart condition', expect: 'answer', style: 'typo', headings: [TREAT], evidence: ['ask your doctor or nurse which activities are safe for you'] },
  { q: 'wot time of day shud i do exersize', expect: 'answer', style: 'phonetic', headings: [F_WHEN, FAQ], evidence: ['There is no single best time.', 'the best time is the one you can stick to'] },
  { q: 'can u overdo it wiv trainin', expect: 'answer', style: 'phonetic', headings: [F_MUCH, FAQ], evidence: ['Too much hard training without rest can leave you exhausted'] },
  { q: 'ugh 😩 so embarrassed to go to the gym lol, everyone stares 🙈 any ideas??', expect: 'answer', style: 'emoji-filler', headings: [SHY, BARRIERS], evidence: ['Try exercising at home with a free online video'] },
  { q: 'ok so like 🤔 does dancing around my kitchen even count haha', expect: 'answer', style: 'emoji-filler', headings: [WALK], evidence: ['Gardening, housework, dancing in the kitchen and taking the stairs'] },
  { q: 'my son has been depressed and now he runs every day and wants to stop his antidepressants, is that ok', expect: 'answer', style: 'caregiver', headings: [TREAT], evidence: ['Do not stop taking antidepressants because you have started exercising'] },
  { q: 'my wife seems to exercise for hours after every meal and gets upset if she misses it, should i be worried', expect: 'answer', style: 'caregiver', headings: [DOC], evidence: ['Some people use exercise in an unhealthy way'] },
  { q: 'my dad has bad knees and gets anxious, what kind of exercise would suit him', expect: 'answer', style: 'caregiver', headings: [YOGA], evidence: ['Yoga, tai chi and Pilates combine movement with slow breathing'] },
  { q: 'does exercise help anxiety', expect: 'answer', style: 'yes-no', headings: [F_ANX, FAQ], evidence: ['Activity burns off some of the physical tension of anxiety'] },
  { q: 'do i have to do the full 150 minutes to feel any benefit', expect: 'answer', style: 'yes-no', headings: [ENOUGH], evidence: ['you do not have to reach these targets to benefit'] },
  { q: 'can exercise cure depression', expect: 'answer', style: 'yes-no', headings: [RESEARCH], evidence: ['it does not work for everyone and it is not a cure'] },
  { q: 'is a class better than exercising on my own', expect: 'answer', style: 'comparison', headings: [TEAM, HELPS], evidence: ['Having someone expect you makes it easier to turn up', 'A walking group or a class gives you contact with people'] },
  { q: 'running vs brisk walking, how many minutes of each', expect: 'answer', style: 'comparison', headings: [ENOUGH], evidence: ['You can also do 75 minutes of vigorous activity'] },
  { q: 'how does exercise help my sleep and why does that matter for mood', expect: 'answer', style: 'two-part', headings: [HELPS], evidence: ['Regular activity helps you sleep better, and better sleep makes low mood'] },
  { q: 'when should i stop exercising straight away and who do i see', expect: 'answer', style: 'two-part', headings: [DOC], evidence: ['chest pain, faintness or severe breathlessness during exercise'] },
  { q: 'I have not time for sport because of work. how I can do it?', expect: 'answer', style: 'non-native', headings: [TIME, BARRIERS], evidence: ['Break activity into short blocks through the day.', 'get off the bus one stop early'] },
  { q: 'the doctor can send me to some programme of sport, is true?', expect: 'answer', style: 'non-native', headings: [COST], evidence: ['some doctors can refer you to an exercise scheme'] },
  { q: "I've been going to the gym three times a week for two months and I really enjoy it, but my mood is still flat most days and I've stopped seeing my friends. I thought exercise was meant to fix this. What should I do?", expect: 'answer', style: 'long-personal', headings: [DOC], evidence: ['for more than two weeks, even if you are staying active', 'Low mood that lasts may be depression, and it can be treated.'] },
  // follow-ups
  { q: 'and how do i keep track of it?', before: ['how do i start exercising when im depressed'], expect: 'answer', style: 'short', headings: [START], evidence: ['Keep a simple note of how you felt before and after'] },
  { q: 'what if i cant afford that', before: ['should i join a running club or a gym class'], expect: 'answer', style: 'paraphrase', headings: [COST, BARRIERS], evidence: ['Many councils and community centres run free or low-cost sessions'], why: '"that" = the club or class from the earlier question' },
  { q: 'does it work for older people too', before: ['is there evidence exercise helps depression'], expect: 'answer', style: 'yes-no', headings: [RESEARCH], evidence: ['they have been found at every age and fitness level'] },
  // out of scope: same domain, not covered
  { q: 'how much does a personal trainer cost', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is creatine safe to take with sertraline', expect: 'fallback', style: 'out-of-scope', why: 'antidepressants are mentioned, no drug or supplement is named' },
  { q: 'what is the best couch to 5k app', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how many calories does swimming burn', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is there a free walking group in leeds', expect: 'fallback', style: 'out-of-scope', why: 'walking groups are mentioned, no places are named' },
  { q: 'is hiit or weightlifting better for building muscle', expect: 'fallback', style: 'comparison' },
  // out of scope: off-domain
  { q: 'how do i reset my router', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the capital of australia', expect: 'fallback', style: 'out-of-scope' },
  { q: 'best way to cook rice in a microwave', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i renew my passport', expect: 'fallback', style: 'out-of-scope' },
  { q: 'who won the premier league last year', expect: 'fallback', style: 'out-of-scope' },
  { q: 'wats the wether tomoro', expect: 'fallback', style: 'phonetic' },
];
