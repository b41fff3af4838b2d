import type { ArticleCase } from '../types.ts';
/** Dev half for insomnia-mood-2 (second wording set for the insomnia-mood page): blind, written after the test half. */
export const dev: ArticleCase[] = [
  // plain
  { q: 'Does not sleeping properly make you more likely to get depressed?', expect: 'answer', style: 'plain', headings: ['Can insomnia cause depression?', 'How sleep and low mood feed each other'], evidence: ['Long-term insomnia does not always lead to depression', 'more likely to develop depression later on'] },
  { q: 'What should I stop doing an hour before bed?', expect: 'answer', style: 'plain', headings: ['A wind-down routine'], evidence: ['stop work, chores and difficult conversations', 'Write down anything you need to remember for tomorrow.'] },
  { q: 'What does CBT-I try to change about how I think about sleep?', expect: 'answer', style: 'plain', headings: ['CBT for insomnia (CBT-I)'], evidence: ['gently challenging beliefs such as the idea that one bad night', 'works on the habits and thoughts that keep insomnia going'] },
  // paraphrase
  { q: 'Why do my troubles seem so much huger once the lamp is off?', expect: 'answer', style: 'paraphrase', headings: ['Worrying at night'], evidence: ['Worries can feel much bigger in the dark.', 'things often look worse at 3am'] },
  { q: 'Do I really need a full 8 hours every single night?', expect: 'answer', style: 'paraphrase', headings: ['How much sleep do I actually need?'], evidence: ['The best guide is how you feel during the day', 'if you wake reasonably refreshed and can function well'] },
  { q: 'Should I turn in at a fixed hour even if I am wide awake?', expect: 'answer', style: 'paraphrase', headings: ['Sleep habits that help', 'A wind-down routine'], evidence: ['Go to bed when you feel sleepy, not just because', 'Head to bed when your eyes feel heavy.'] },
  // short
  { q: 'worry time', expect: 'answer', style: 'short', headings: ['Worrying at night'], evidence: ['one small next step for each worry', 'Spend 15 minutes writing down what is on your mind'] },
  { q: 'restless legs', expect: 'answer', style: 'short', headings: ['When to see a GP'], evidence: ['have an urge to move your legs at night'] },
  { q: 'mood and sleep link', expect: 'answer', style: 'short', headings: ['How sleep and low mood feed each other'], evidence: ['Sleep and mood are closely linked.', 'This is why the two can become a cycle.'] },
  // typo
  { q: 'waking up realy early every mornin, is that insomnia', expect: 'answer', style: 'typo', headings: ['Signs of insomnia'], evidence: ['waking up very early and not being able to get back'] },
  { q: 'can i nap late in the aftrenoon or is that bad', expect: 'answer', style: 'typo', headings: ['Naps, screens, caffeine and alcohol'], evidence: ['long or late naps can make it harder to sleep at night', 'If you need a nap, keep it short'] },
  { q: 'how do i stop overthinkng in bed', expect: 'answer', style: 'typo', headings: ['Worrying at night'], evidence: ['Try a calming focus, such as counting slow breaths', 'picturing a peaceful place in detail'] },
  // phonetic
  { q: 'wud a hot bath b gud b4 bed', expect: 'answer', style: 'phonetic', headings: ['A wind-down routine'], evidence: ['have a warm bath or shower, or try slow breathing'] },
  { q: 'cud it make things worse at first?', before: ['wot is cbt-i'], expect: 'answer', style: 'phonetic', headings: ['CBT for insomnia (CBT-I)'], evidence: ['The early weeks can feel harder before things improve'] },
  { q: 'cud my depression b y i keep wakin up at 4am', expect: 'answer', style: 'phonetic', headings: ['How sleep and low mood feed each other'], evidence: ['wake very early and cannot get back to sleep', 'Many people with low mood find it hard to drop off'] },
  // emoji-filler
  { q: 'ugh my brain is in overdrive every nite and now im anxious all day too 😩 when is it worth getting help lol', expect: 'answer', style: 'emoji-filler', headings: ['Worrying at night'], evidence: ['If worrying is taking over your days as well as your nights', 'it may be a sign of anxiety, and talking to your GP'] },
  { q: 'ok so like what even is CBT-I 🤔 lol', expect: 'answer', style: 'emoji-filler', headings: ['CBT for insomnia (CBT-I)'], evidence: ['a talking therapy designed specifically for sleep problems'] },
  { q: 'ngl i dread going to bed every single night 😬 is that normal', expect: 'answer', style: 'emoji-filler', headings: ['Signs of insomnia'], evidence: ['worrying about sleep and dreading going to bed'] },
  // caregiver
  { q: 'My dad keeps nodding off while driving since his sleep went bad. Is that something for the GP?', expect: 'answer', style: 'caregiver', headings: ['When to see a GP'], evidence: ['you feel so sleepy in the day that you worry about driving'] },
  { q: 'How can I help my partner, she is a new mum and shattered from the night feeds?', expect: 'answer', style: 'caregiver', headings: ['Shift workers and new parents'], evidence: ['share night feeds or settling with a partner or family member', 'broken nights are part of life with a baby'] },
  { q: 'My flatmate works from bed on his laptop every evening and then can\'t sleep. Is that part of the problem?', expect: 'answer', style: 'caregiver', headings: ['Sleep habits that help', 'CBT for insomnia (CBT-I)'], evidence: ['quiet and cool, and use the bed mainly for sleep', 'learning to use the bed only for sleep'] },
  // yes-no
  { q: 'is it bad to check the time on my phone when i wake up?', before: ['do screens affect sleep?'], expect: 'answer', style: 'yes-no', headings: ['Naps, screens, caffeine and alcohol'], evidence: ['avoid checking the time on your phone during the night'] },
  { q: 'Can I do CBT-I in a group instead of seeing a therapist on my own?', expect: 'answer', style: 'yes-no', headings: ['CBT for insomnia (CBT-I)'], evidence: ['CBT-I can be done one-to-one with a trained therapist, in a group'] },
  // comparison
  { q: 'Is waking up in the night different from actually having insomnia?', expect: 'answer', style: 'comparison', headings: ['Is it normal to wake up in the night?', 'Signs of insomnia'], evidence: ['Everyone wakes briefly several times a night, usually without remembering it', 'Insomnia means having trouble getting to sleep or staying asleep'] },
  { q: 'Which is worse for my sleep, a glass of wine or a coffee in the evening?', expect: 'answer', style: 'comparison', headings: ['Naps, screens, caffeine and alcohol'], evidence: ['can stay in your system for many hours', 'alcohol disturbs sleep later in the night and can make you'] },
  // two-part
  { q: 'Why does low mood mess up sleep, and could bad sleep bring the depression back later?', expect: 'answer', style: 'two-part', headings: ['How sleep and low mood feed each other'], evidence: ['low mood brings more worry and less activity during the day', 'can make it more likely to return'] },
  { q: 'How many new sleep habits should I start with, and how long before I know if they work?', expect: 'answer', style: 'two-part', headings: ['Sleep habits that help'], evidence: ['Pick one or two and give them a couple of weeks.'] },
  // non-native
  { q: 'In the bed I am awake too long time, maybe 30 minute every night, this is insomnia?', expect: 'answer', style: 'non-native', headings: ['Signs of insomnia'], evidence: ['often lying awake for half an hour or more', 'Insomnia means having trouble getting to sleep or staying asleep'] },
  { q: 'And heavy dinner late is bad? In my country we eat very late.', before: ['What habits are good for the sleep?'], expect: 'answer', style: 'non-native', headings: ['Sleep habits that help'], evidence: ['Avoid heavy meals late in the evening'] },
  // long-personal
  { q: 'I have been struggling for months. I wake up feeling like I have not slept at all even though I am in bed for 8 hours. My mood is flat and I have stopped enjoying football. I am not sure it is worth bothering the GP. Should I go?', expect: 'answer', style: 'long-personal', headings: ['When to see a GP', 'Signs of insomnia'], evidence: ['you have felt low, hopeless or lost interest in things', 'feeling unrefreshed after sleep, as if you have hardly rested'] },
  { q: 'I have tried everything. I cut out coffee, I have a bath every night, I bought a fancy pillow. Nothing works and I am getting desperate and low. Is there any proper treatment for this?', expect: 'answer', style: 'long-personal', headings: ['CBT for insomnia (CBT-I)', 'When to see a GP'], evidence: ['you have tried changing your sleep habits and nothing has helped', 'refer you to treatments such as CBT-I or talking therapies', 'It is recommended as the first treatment for long-term insomnia'] },
  { q: 'I work rotating shifts at a warehouse. Some weeks I am on nights, some on days, and I feel like a zombie. My mood has gone downhill since I started. Is the shift pattern actually affecting my mood or is it just me?', expect: 'answer', style: 'long-personal', headings: ['Shift workers and new parents'], evidence: ['puts your body clock out of step with daylight', 'which can affect both sleep and mood'] },
  // out-of-scope
  { q: 'Does melatonin work for jet lag?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is lavender oil good for sleep?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I know if I have narcolepsy?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What is the best sleep tracker to buy?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can my employer make me work nights?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I stop my partner snoring?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Do blue light glasses actually work?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How much does private CBT-I cost?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Are night terrors in adults dangerous?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I donate to Brightwell Mind?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'why do i get sleep paralysis', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Does warm milk or cherry juice help you sleep?', expect: 'fallback', style: 'out-of-scope' },
];
