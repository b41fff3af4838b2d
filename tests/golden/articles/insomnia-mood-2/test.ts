import type { ArticleCase } from '../types.ts';
/** Test half for insomnia-mood-2 (second wording set for the insomnia-mood page): blind, never tuned on. */
export const test: ArticleCase[] = [
  // plain
  { q: 'How long should a nap be if I am exhausted in the day?', expect: 'answer', style: 'plain', headings: ['Naps, screens, caffeine and alcohol'], evidence: ['keep it short, around 20 to 30 minutes'] },
  { q: 'how many sessions does it usually take?', before: ['is there a therapy for insomnia?'], expect: 'answer', style: 'plain', headings: ['CBT for insomnia (CBT-I)'], evidence: ['CBT-I usually takes around six to eight sessions'] },
  { q: 'What should I do if I have been lying in bed for ages and still can\'t drop off?', expect: 'answer', style: 'plain', headings: ['Sleep habits that help'], evidence: ['go to another room and do something quiet and dull'] },
  // paraphrase
  { q: 'What kind of psychological help is advised first when bad nights drag on for months?', expect: 'answer', style: 'paraphrase', headings: ['CBT for insomnia (CBT-I)'], evidence: ['It is recommended as the first treatment for long-term insomnia'] },
  { q: 'Why do little annoyances feel massive after a rotten night?', expect: 'answer', style: 'paraphrase', headings: ['How sleep and low mood feed each other'], evidence: ['Small problems can feel bigger, and it gets harder to enjoy things', 'the part of the brain that handles emotions becomes more reactive'] },
  { q: 'so what time should my final cuppa be?', before: ['does caffeine affect sleep?'], expect: 'answer', style: 'paraphrase', headings: ['Naps, screens, caffeine and alcohol'], evidence: ['Try to have your last caffeinated drink by early afternoon'] },
  // short
  { q: 'sleeping pills', expect: 'answer', style: 'short', headings: ['Sleeping tablets and other medicines'], evidence: ['Medicines for sleep are usually only considered for short periods'] },
  { q: 'CBT-I app', expect: 'answer', style: 'short', headings: ['CBT for insomnia (CBT-I)'], evidence: ['through a digital programme or app that follows the same approach'] },
  { q: 'hours of sleep needed', expect: 'answer', style: 'short', headings: ['How much sleep do I actually need?'], evidence: ['Most adults need around seven to nine hours a night'] },
  // typo
  { q: 'whats the signs of insomina', expect: 'answer', style: 'typo', headings: ['Signs of insomnia'], evidence: ['taking a long time to fall asleep, often lying awake', 'waking several times in the night and struggling to drop off'] },
  { q: 'does alchohol help u sleep beter', expect: 'answer', style: 'typo', headings: ['Naps, screens, caffeine and alcohol'], evidence: ['alcohol disturbs sleep later in the night', 'a drink may help you nod off'] },
  { q: 'can exersise help me sleep or make it wose at night', expect: 'answer', style: 'typo', headings: ['Sleep habits that help'], evidence: ['Regular exercise helps sleep, but try to finish vigorous workouts'] },
  // phonetic
  { q: 'wot shud i do wen my brain wont shut up at nite', expect: 'answer', style: 'phonetic', headings: ['Worrying at night'], evidence: ['jot it down so you can let it go until morning', 'Spend 15 minutes writing down what is on your mind'] },
  { q: 'cud my snoring b a reason 2 c the doc', expect: 'answer', style: 'phonetic', headings: ['When to see a GP'], evidence: ['you snore loudly, stop breathing or gasp during sleep'] },
  { q: 'wot time shud i get up if i slept rubbish', expect: 'answer', style: 'phonetic', headings: ['Sleep habits that help', 'Should I stay in bed longer to catch up on lost sleep?'], evidence: ['Get up at the same time every day, including weekends', 'Keep your wake-up time steady instead.'] },
  // emoji-filler
  { q: 'ngl my phone is basically glued to my hand in bed 😅 is that why i cant sleep lol', expect: 'answer', style: 'emoji-filler', headings: ['Naps, screens, caffeine and alcohol', 'A wind-down routine'], evidence: ['phones, tablets and laptops keep your brain alert', 'Leave your phone to charge outside the bedroom'] },
  { q: 'sooo is waking up at like 3am every night normal?? 😩', expect: 'answer', style: 'emoji-filler', headings: ['Is it normal to wake up in the night?'], evidence: ['Everyone wakes briefly several times a night', 'It only becomes a problem when you regularly struggle'] },
  { q: 'lol ok so what is a good bedtime routine then 🛁😴', expect: 'answer', style: 'emoji-filler', headings: ['A wind-down routine'], evidence: ['Read a paper book, listen to calm music, have a warm bath', 'About an hour before bed, stop work, chores and difficult conversations'] },
  // caregiver
  { q: 'My husband does night shifts and barely sleeps in the day, what can he do?', expect: 'answer', style: 'caregiver', headings: ['Shift workers and new parents'], evidence: ['keep your sleep times as regular as your rota allows', 'use blackout curtains and an eye mask for daytime sleep'] },
  { q: 'My daughter just had a baby and can\'t sleep even when the baby is asleep. Should she get help?', expect: 'answer', style: 'caregiver', headings: ['Shift workers and new parents'], evidence: ['If you cannot sleep even when the baby is sleeping', 'speak to your GP or health visitor'] },
  { q: 'My mum has been sleeping badly for months and seems really down. When should she see a doctor?', expect: 'answer', style: 'caregiver', headings: ['When to see a GP'], evidence: ['poor sleep has lasted more than a few weeks and is affecting', 'you have felt low, hopeless or lost interest in things'] },
  // yes-no
  { q: 'is a snack before bed ok?', before: ['what habits help with sleep?'], expect: 'answer', style: 'yes-no', headings: ['Sleep habits that help'], evidence: ['a light snack is fine if you are hungry'] },
  { q: 'Can I just stop taking my sleeping tablets on my own?', expect: 'answer', style: 'yes-no', headings: ['Sleeping tablets and other medicines'], evidence: ['Do not start, stop or change any medicine without speaking'] },
  // comparison
  { q: 'Are sleeping pills or CBT better for long-term insomnia?', expect: 'answer', style: 'comparison', headings: ['CBT for insomnia (CBT-I)', 'Sleeping tablets and other medicines'], evidence: ['It is recommended as the first treatment for long-term insomnia', 'are not the first choice for long-term insomnia'] },
  { q: 'What is the difference between short-term insomnia and chronic insomnia?', expect: 'answer', style: 'comparison', headings: ['Signs of insomnia'], evidence: ['Short-term insomnia is common after a stressful event', 'doctors call it long-term or chronic insomnia'] },
  // two-part
  { q: 'What does CBT-I actually involve and where can I get it?', expect: 'answer', style: 'two-part', headings: ['CBT for insomnia (CBT-I)'], evidence: ['often using a sleep diary, and works on the habits and thoughts', 'Your GP can tell you what is available where you live'] },
  { q: 'What will the GP actually do about my sleep, and should I bring anything with me?', expect: 'answer', style: 'two-part', headings: ['When to see a GP'], evidence: ['Your GP can check for physical causes, talk through your mood', 'keep a sleep diary for a week or two beforehand'] },
  // non-native
  { q: 'Please, the depression it can make my sleep bad also? I sleep too much but always I am tired.', expect: 'answer', style: 'non-native', headings: ['How sleep and low mood feed each other'], evidence: ['Others sleep far more than usual but still wake up exhausted', 'Depression often changes sleep. Many people with low mood'] },
  { q: 'In the morning I must go outside for the light? Somebody say me this help the sleep.', expect: 'answer', style: 'non-native', headings: ['Sleep habits that help'], evidence: ['Get outside in daylight in the morning if you can', 'natural light helps set your body clock'] },
  // long-personal
  { q: 'I have had awful sleep since I started a new job in January. I lie awake for hours, then I am useless and snappy at work. My mood has really dipped too. Will sorting out my sleep actually help how I feel, or do I need to fix the depression first?', expect: 'answer', style: 'long-personal', headings: ['Did you know?', 'How sleep and low mood feed each other'], evidence: ['Treating insomnia directly, rather than waiting for it to clear up', 'breaking the cycle at either end can help both'] },
  { q: 'I was diagnosed with depression last year and I am on the mend now, my mood is much better. But my sleep is still rubbish and I wake at 4am most days. I assumed it would fix itself once I felt better. Is that normal?', expect: 'answer', style: 'long-personal', headings: ['Will my sleep get better if my mood improves?', 'How sleep and low mood feed each other'], evidence: ['Sleep problems can hang on after mood lifts', 'sleep problems that carry on after depression lifts'] },
  { q: 'My sleep has been bad for about a year. I keep going to bed at 9 hoping to get more rest, then lie there for hours. My friends say I just need to give myself more time in bed. Is going to bed earlier a good idea?', expect: 'answer', style: 'long-personal', headings: ['Should I stay in bed longer to catch up on lost sleep?', 'Sleep habits that help'], evidence: ['going to bed very early can weaken your body clock', 'Go to bed when you feel sleepy, not just because'] },
  // out-of-scope
  { q: 'Do weighted blankets help with insomnia?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is sleep apnoea treated with a CPAP machine?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What is the best mattress for a bad back?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can CBD oil help me sleep?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I get my toddler to sleep through the night?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Does magnesium help with sleep?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What do my dreams mean?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is white noise or rain sounds good for sleeping', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I sign up for the Brightwell Mind newsletter?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Does sertraline cause vivid dreams?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I stop sleepwalking?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I get sick pay if insomnia stops me working?', expect: 'fallback', style: 'out-of-scope' },
];
