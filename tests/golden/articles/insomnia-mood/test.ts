import type { ArticleCase } from '../types.ts';

const CYCLE = 'How sleep and low mood feed each other';
const KNOW = 'Did you know?';
const SIGNS = 'Signs of insomnia';
const HABITS = 'Sleep habits that help';
const WIND = 'A wind-down routine';
const CBT = 'CBT for insomnia (CBT-I)';
const WORRY = 'Worrying at night';
const NAPS = 'Naps, screens, caffeine and alcohol';
const MEDS = 'Sleeping tablets and other medicines';
const GP = 'When to see a GP';
const SHIFT = 'Shift workers and new parents';
const FAQ = 'Frequently asked questions';
const F_NEED = 'How much sleep do I actually need?';
const F_CAUSE = 'Can insomnia cause depression?';
const F_LIE = 'Should I stay in bed longer to catch up on lost sleep?';
const F_WAKE = 'Is it normal to wake up in the night?';
const F_MOOD = 'Will my sleep get better if my mood improves?';

/** Test half for the WordPress (Astra + Spectra blocks) post "Insomnia and Low Mood": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'how are sleep and depression connected', expect: 'answer', style: 'plain', headings: [CYCLE], evidence: ['Sleep and mood are closely linked.', 'This is why the two can become a cycle.'] },
  { q: 'what are the signs of insomnia', expect: 'answer', style: 'plain', headings: [SIGNS], evidence: ['taking a long time to fall asleep, often lying awake', 'waking up very early and not being able to get back'] },
  { q: 'what is CBT-I', expect: 'answer', style: 'plain', headings: [CBT], evidence: ['is a talking therapy designed specifically for sleep problems'] },
  { q: 'when should i see my GP about not sleeping', expect: 'answer', style: 'plain', headings: [GP], evidence: ['poor sleep has lasted more than a few weeks and is affecting', 'you have tried changing your sleep habits and nothing has helped'] },
  { q: 'what should I do if I cant get to sleep after lying there for ages', expect: 'answer', style: 'plain', headings: [HABITS], evidence: ['get up, go to another room and do something quiet'] },
  { q: 'why does everything seem so much harder to handle after a bad night', expect: 'answer', style: 'paraphrase', headings: [CYCLE], evidence: ['Small problems can feel bigger, and it gets harder to enjoy things'] },
  { q: 'my brain goes into overdrive the second I lie down, any tips', expect: 'answer', style: 'paraphrase', headings: [WORRY], evidence: ['Keep a notebook by the bed.', 'Spend 15 minutes writing down what is on your mind'] },
  { q: 'is a lie-in at the weekend a good way to make up for a rough week', expect: 'answer', style: 'paraphrase', headings: [F_LIE, FAQ, HABITS], evidence: ['going to bed very early can weaken your body clock', 'Get up at the same time every day, including weekends'] },
  { q: 'how long is a course of the sleep therapy', expect: 'answer', style: 'paraphrase', headings: [CBT], evidence: ['CBT-I usually takes around six to eight sessions.'], before: ['what is CBT-I'] },
  { q: 'naps', expect: 'answer', style: 'short', headings: [NAPS], evidence: ['around 20 to 30 minutes, and have it before mid-afternoon'] },
  { q: 'sleeping pills?', expect: 'answer', style: 'short', headings: [MEDS], evidence: ['talk to your GP about medicines and what might suit you', 'are not the first choice for long-term insomnia'] },
  { q: 'chronic insomnia meaning', expect: 'answer', style: 'short', headings: [SIGNS], evidence: ['doctors call it long-term or chronic insomnia'] },
  { q: 'wat time shud i stop drinkin coffee', expect: 'answer', style: 'typo', headings: [NAPS], evidence: ['Try to have your last caffeinated drink by early afternoon.'] },
  { q: 'does exercize help with sleeep', expect: 'answer', style: 'typo', headings: [HABITS], evidence: ['Regular exercise helps sleep, but try to finish vigorous workouts'] },
  { q: 'how many ours of sleep does a grown up need', expect: 'answer', style: 'typo', headings: [F_NEED, FAQ], evidence: ['Most adults need around seven to nine hours a night'] },
  { q: 'is it norml to wake up in the nite a few times', expect: 'answer', style: 'phonetic', headings: [F_WAKE, FAQ], evidence: ['Everyone wakes briefly several times a night, usually without remembering it.'] },
  { q: 'does a nitecap help u sleep or not', expect: 'answer', style: 'phonetic', headings: [NAPS], evidence: ['alcohol disturbs sleep later in the night'], before: ['wat time shud i stop drinkin coffee'] },
  { q: 'ugh 😩 phone in bed every night... is that why i cant sleep?? 📱', expect: 'answer', style: 'emoji-filler', headings: [NAPS, WIND], evidence: ['phones, tablets and laptops keep your brain alert', 'Try to stop using them about an hour before bed'] },
  { q: 'sooo like, what do I do in the hour before bed?? 🛌✨', expect: 'answer', style: 'emoji-filler', headings: [WIND], evidence: ['About an hour before bed, stop work, chores and difficult conversations.', 'Switch to lamps or softer lighting so the evening feels calmer'] },
  { q: 'my husband works nights and is always exhausted and down, what can he do about his sleep', expect: 'answer', style: 'caregiver', headings: [SHIFT], evidence: ['use blackout curtains and an eye mask for daytime sleep', 'Try to keep your sleep times as regular as your rota allows'] },
  { q: 'my mum keeps waking at 4am and seems really low lately, should she see a doctor', expect: 'answer', style: 'caregiver', headings: [GP], evidence: ['you have felt low, hopeless or lost interest in things for more', 'Your GP can check for physical causes, talk through your mood'] },
  { q: 'can insomnia actually lead to depression?', expect: 'answer', style: 'yes-no', headings: [F_CAUSE, FAQ, CYCLE], evidence: ['Long-term insomnia does not always lead to depression, but it does', 'are more likely to develop depression later on'] },
  { q: 'can i do cbt for insomnia on an app', expect: 'answer', style: 'yes-no', headings: [CBT], evidence: ['through a digital programme or app that follows the same approach'] },
  { q: 'is loud snoring something to mention to the doctor', expect: 'answer', style: 'yes-no', headings: [GP], evidence: ['you snore loudly, stop breathing or gasp during sleep'], before: ['when should i see my GP about not sleeping'] },
  { q: 'what is the difference between short-term and long-term insomnia', expect: 'answer', style: 'comparison', headings: [SIGNS], evidence: ['Short-term insomnia is common after a stressful event and usually settles', 'at least three nights a week and carry on for three months'] },
  { q: 'is it better to fix my sleep or wait for my mood to get better first', expect: 'answer', style: 'comparison', headings: [KNOW, F_MOOD, FAQ], evidence: ['Treating insomnia directly, rather than waiting for it to clear up', 'Sleep problems can hang on after mood lifts'] },
  { q: 'how long should a nap be and whats the latest I can have one', expect: 'answer', style: 'two-part', headings: [NAPS], evidence: ['around 20 to 30 minutes, and have it before mid-afternoon'] },
  { q: 'what happens in CBT-I and where do I find it', expect: 'answer', style: 'two-part', headings: [CBT], evidence: ['often using a sleep diary, and works on the habits', 'Your GP can tell you what is available where you live.'] },
  { q: 'please what I must bring to doctor for my sleep problem', expect: 'answer', style: 'non-native', headings: [GP], evidence: ['keep a sleep diary for a week or two beforehand'] },
  { q: 'the bedroom how it should be for good sleeping?', expect: 'answer', style: 'non-native', headings: [HABITS], evidence: ['Keep your bedroom dark, quiet and cool, and use the bed'] },
  { q: 'we had our baby 3 months ago and I know I wont get much sleep but even when she sleeps I just lie there wide awake, and I feel anxious all day. is that just part of being a new mum?', expect: 'answer', style: 'long-personal', headings: [SHIFT], evidence: ['If you cannot sleep even when the baby is sleeping, or you', 'speak to your GP or health visitor'] },
  { q: 'treatment that works best for long-term insomnia', expect: 'answer', style: 'short', headings: [CBT], evidence: ['It is recommended as the first treatment for long-term insomnia'], before: ['what are the signs of insomnia'] },
  // out of scope
  { q: 'what is the best mattress for back pain', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does melatonin work and can I buy it over the counter', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does private CBT-I cost', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is sleep apnoea and how is it treated', expect: 'fallback', style: 'out-of-scope' },
  { q: 'are weighted blankets good for anxiety', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i get my toddler to sleep through the night', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does lavender oil help you sleep', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what do dreams mean', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i claim sick pay for insomnia', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats the best smartwatch for tracking sleep', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is narcolepsy genetic', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long does jet lag last after flying to australia', expect: 'fallback', style: 'out-of-scope' },
];
