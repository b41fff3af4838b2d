import type { ArticleCase } from '../types.ts';
/** Dev half for phobias-2 (second wording set for the phobias page): questions distinct from the test half. */
export const dev: ArticleCase[] = [
  // plain
  { q: "What's a specific phobia?", expect: 'answer', style: 'plain', headings: ['Specific phobias'], evidence: ['A specific phobia is a fear of one particular thing.'] },
  { q: 'What has fight or flight got to do with phobias?', expect: 'answer', style: 'plain', headings: ['Signs in your body and mind'], evidence: ['This is the same fight-or-flight response that would protect you'] },
  { q: 'At what point does a fear become a problem?', expect: 'answer', style: 'plain', headings: ['What is a phobia?'], evidence: ['It becomes a problem when the fear, or the effort of avoiding'] },
  // paraphrase
  { q: 'Why do I feel so much better the second I get out of the scary situation?', expect: 'answer', style: 'paraphrase', headings: ['Avoidance: why it keeps the fear going'], evidence: ['Avoiding the thing you fear makes perfect sense in the moment.', 'You feel relief straight away.'] },
  { q: 'Could chucking myself right into the thing that terrifies me backfire?', expect: 'answer', style: 'paraphrase', headings: ['Graded exposure with a therapist'], evidence: ['Being thrown in at the deep end can make a phobia worse.'] },
  { q: "My dread of heights means I've quietly stopped doing loads of things. How did my world get so small?", expect: 'answer', style: 'paraphrase', headings: ['Avoidance: why it keeps the fear going'], evidence: ['Small steps back add up to a smaller life.', 'Over time avoidance can spread.'] },
  // short
  { q: 'dog phobia exposure steps', expect: 'answer', style: 'short', headings: ['Graded exposure with a therapist'], evidence: ['For a fear of dogs, the first step might be looking'] },
  { q: 'support groups?', expect: 'answer', style: 'short', headings: ['Self-help you can try'], evidence: ['joining a support group to meet people with the same fear'] },
  { q: 'fear of being sick', expect: 'answer', style: 'short', headings: ['Specific phobias'], evidence: ['other triggers, such as being sick, choking or loud noises'] },
  // typo
  { q: 'does exersize help with phobias', expect: 'answer', style: 'typo', headings: ['Self-help you can try'], evidence: ['regular exercise, which helps burn off stress hormones'] },
  { q: 'is it ok to have a drink of alchohol to get thru it', expect: 'answer', style: 'typo', headings: ['Self-help you can try', 'Avoidance: why it keeps the fear going'], evidence: ['Try not to rely on avoidance or on alcohol to get through.', 'using alcohol to get through a situation'] },
  { q: 'are there any good boks or online corses for phobias', expect: 'answer', style: 'typo', headings: ['Self-help you can try'], evidence: ['a self-help book or online course based on CBT'] },
  // phonetic
  { q: 'wot if i tried self help n it didnt wrk', expect: 'answer', style: 'phonetic', before: ['i think i have a phobia of the dentist'], headings: ['When to see a GP'], evidence: ['you have tried self-help and it has not been enough'] },
  { q: 'r phobias rly that common or is it jus me', expect: 'answer', style: 'phonetic', headings: ['What is a phobia?'], evidence: ['They are very common, and many people live with a mild phobia'] },
  { q: 'wen shud i tell my gp im feelin down 2', expect: 'answer', style: 'phonetic', headings: ['Phobias, anxiety and low mood'], evidence: ['If you have felt down or lost interest in things', 'mention this to your GP as well'] },
  // emoji-filler
  { q: 'sooo my kid is scared of thunder 😬 is that just a phase lol', expect: 'answer', style: 'emoji-filler', headings: ['Helping a child with a phobia'], evidence: ['Many children go through phases of fear, such as being scared', 'This is a normal part of growing up.'] },
  { q: 'ngl 😭 i get this massive urge to leg it whenever i see a pigeon, is that part of it', expect: 'answer', style: 'emoji-filler', headings: ['Signs in your body and mind'], evidence: ['an overwhelming urge to get away'] },
  // caregiver
  { q: "Should I make my daughter stroke the neighbour's dog so she gets over her fear?", expect: 'answer', style: 'caregiver', headings: ['Helping a child with a phobia'], evidence: ['avoiding forcing them into the situation, which can make the fear worse'] },
  { q: 'Will I need to be part of it?', expect: 'answer', style: 'caregiver', before: ["My son has a phobia of dogs and we're thinking about therapy for him"], headings: ['Helping a child with a phobia'], evidence: ['Therapy for children often involves the parent too.'] },
  { q: "My wife will only leave the house if I'm with her. Is that a form of avoidance?", expect: 'answer', style: 'caregiver', headings: ['Avoidance: why it keeps the fear going'], evidence: ['only going out with a trusted person'] },
  // yes-no
  { q: 'Is it normal not to remember how my phobia started?', expect: 'answer', style: 'yes-no', headings: ['How phobias start'], evidence: ['Many people cannot remember how their phobia began at all.'] },
  { q: 'do I get a say in how fast it goes?', expect: 'answer', style: 'yes-no', before: ['How does graded exposure work?'], headings: ['Graded exposure with a therapist'], evidence: ['You are always in control of the pace', 'nothing happens without your agreement'] },
  { q: "Should I still get chest pain checked even if I'm pretty sure it's just my phobia?", expect: 'answer', style: 'yes-no', headings: ['Signs in your body and mind'], evidence: ['see a doctor to check for a physical cause before assuming'] },
  // comparison
  { q: 'Are complex phobias harder to live with than specific ones?', expect: 'answer', style: 'comparison', headings: ['Complex phobias'], evidence: ['Complex phobias tend to be more disabling because they are linked'] },
  { q: 'For a fear of heights, is graded exposure better than doing it on my own?', expect: 'answer', style: 'comparison', headings: ['Treatment for phobias', 'Graded exposure with a therapist'], evidence: ['Specific phobias such as animals or heights'] },
  // two-part
  { q: 'Can you have two phobias at once, and which one do you tackle first?', expect: 'answer', style: 'two-part', headings: ['Can I have more than one phobia?'], evidence: ['It is quite common to have more than one phobia', 'A therapist can help you decide which to work on first.'] },
  { q: 'Do phobias often come with other anxiety, and would a doctor give medication then?', expect: 'answer', style: 'two-part', headings: ['Phobias, anxiety and low mood', 'Cognitive behavioural therapy (CBT)'], evidence: ['Phobias often sit alongside other anxiety problems, such as generalised anxiety', 'when a phobia comes with other anxiety or depression'] },
  // non-native
  { q: 'I am very nervous person since always, this can make phobia for me?', expect: 'answer', style: 'non-native', headings: ['How phobias start'], evidence: ['being a naturally anxious or sensitive person'] },
  { q: 'Why phobia make me feel so sad and low, it is normal?', expect: 'answer', style: 'non-native', headings: ['Phobias, anxiety and low mood'], evidence: ['Living with a phobia can also wear down your mood.'] },
  // long-personal
  { q: "I've had a phobia of needles for years. Last month I skipped my blood test again and my GP wasn't happy. I'm also overdue for my flu jab. Is this kind of thing common with phobias?", expect: 'answer', style: 'long-personal', headings: ['Avoidance: why it keeps the fear going'], evidence: ['Someone who fears needles may put off blood tests or vaccinations.'] },
  { q: "I got offered a team lead job last week. It would mean running meetings and presenting to the board, and just thinking about it makes me feel sick. I'm about to say no. Is that my social anxiety talking?", expect: 'answer', style: 'long-personal', headings: ['Avoidance: why it keeps the fear going'], evidence: ['Someone with social phobia may turn down a job or a promotion.'] },
  { q: "Our son is 9 and he's terrified of wasps. We've let him stay indoors most of the summer so he doesn't get upset. My mum says we're making it worse. Is she right?", expect: 'answer', style: 'long-personal', headings: ['Helping a child with a phobia'], evidence: ['not letting them avoid everything either, because gentle practice helps'] },
  // out of scope
  { q: 'Is it safe to take diazepam before a flight?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can a phobia come back years after treatment?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is there such a thing as a phobia of phobias?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can propranolol help with stage fright?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I find a private CBT therapist near me?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is it true NLP can cure a phobia in one day?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How many people in the UK have a phobia?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I claim PIP or other benefits for agoraphobia?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Does the NHS offer virtual reality therapy for phobias?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Do you offer face-to-face counselling at Calmer Minds?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Are phobias more common in women than men?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I ask my employer for reasonable adjustments because of my phobia?', expect: 'fallback', style: 'out-of-scope' },
];
