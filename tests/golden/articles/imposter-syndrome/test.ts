import type { ArticleCase } from '../types.ts';
/** Test half for imposter-syndrome (an Obsidian vault note exported as Markdown): blind, never tuned on. */
export const test: ArticleCase[] = [
  // plain
  { q: 'What is imposter syndrome?', expect: 'answer', style: 'plain', headings: ['What is imposter syndrome?'], evidence: ['a pattern of thinking in which you doubt your abilities'] },
  { q: 'Who came up with the idea of imposter syndrome?', expect: 'answer', style: 'plain', headings: ['What is imposter syndrome?'], evidence: ['The idea was first described in 1978 by two psychologists'] },
  { q: 'What are the 5 types of imposter syndrome?', expect: 'answer', style: 'plain', headings: ['The five common types'], evidence: ['The writer and researcher Valerie Young describes five'] },
  // paraphrase
  { q: 'why does my confidence never grow even when things go well', expect: 'answer', style: 'paraphrase', headings: ['The imposter cycle'], evidence: ['Because each success gets explained away,', 'You put the success down to all that extra effort'] },
  { q: 'how can a boss support staff who think they do not deserve their job', expect: 'answer', style: 'paraphrase', headings: ['How managers and teachers can help'], evidence: ['Give specific feedback that names the skill, not just', 'If someone tells you they feel like a fraud, listen'] },
  { q: 'does it show up in the official psychiatric handbooks', expect: 'answer', style: 'paraphrase', headings: ['What is imposter syndrome?', 'Is imposter syndrome a mental illness?'], evidence: ['It does not appear as a condition in the main diagnostic manuals.', 'It is not a diagnosis on its own'] },
  // short
  { q: 'imposter cycle', expect: 'answer', style: 'short', headings: ['The imposter cycle'], evidence: ['Clance described a cycle that keeps imposter feelings going'] },
  { q: 'and the soloist?', before: ['are there different kinds of imposter syndrome'], expect: 'answer', style: 'short', headings: ['The soloist'], evidence: ['The soloist believes that real achievement has to be done alone.'] },
  { q: 'how common', expect: 'answer', style: 'short', headings: ['Who gets it?'], evidence: ['a large review of 62 studies found rates between 9% and 82%', 'around 70% of people have these feelings at some point'] },
  // typo
  { q: 'imposter sydrome and depresion link?', expect: 'answer', style: 'typo', headings: ['Imposter syndrome and depression'], evidence: ['people with strong imposter feelings are more likely to report symptoms', 'imposter feelings for a long time can wear down your mood'] },
  { q: 'is it basically the same thing as perfectionsim?', expect: 'answer', style: 'typo', headings: ['Imposter feelings, perfectionism and anxiety'], evidence: ['Imposter syndrome and perfectionism are closely linked.', 'Both involve very high standards and a harsh inner critic'] },
  { q: 'i keep avoding promotions bc im scared of being exposed, does that make it worse', expect: 'answer', style: 'typo', headings: ['Imposter feelings, perfectionism and anxiety'], evidence: ['Avoidance brings short-term relief, but it keeps the fear going'] },
  // phonetic
  { q: 'wot can i do 2 stop feelin like a fraud', expect: 'answer', style: 'phonetic', headings: ['What helps'], evidence: ['Feeling like a fraud does not mean you are one.', 'Noticing "this is the imposter feeling talking" can put', 'Write down positive feedback, thank-you messages and things you have done well'] },
  { q: 'cud therapy help wiv it', before: ['what helps with imposter syndrome'], expect: 'answer', style: 'phonetic', headings: ['What helps'], evidence: ['Cognitive behavioural therapy can help you spot and test the thoughts'] },
  { q: 'r kids able 2 get it 2?', expect: 'answer', style: 'phonetic', headings: ['Can children and teenagers get imposter feelings?'], evidence: ['Young people can feel like frauds at school'] },
  // emoji-filler
  { q: 'ngl i think im the expert type 😅 what even is that', expect: 'answer', style: 'emoji-filler', headings: ['The expert'], evidence: ['The expert focuses on how much they know.', 'They feel they should understand everything before they start'] },
  { q: 'sooo does it go away with more experience lol 🙃', before: ['is imposter syndrome a mental illness'], expect: 'answer', style: 'emoji-filler', headings: ['Will it go away once I have more experience?'], evidence: ['Many very senior people still have imposter feelings', 'more experience often brings bigger challenges'] },
  { q: 'ok but 🤔 is there any upside to feeling like this at all??', expect: 'answer', style: 'emoji-filler', headings: ['Does imposter syndrome ever help?'], evidence: ['A little self-doubt can keep you curious and careful.'] },
  // caregiver
  { q: "my daughter is in the top set and keeps saying she's not actually clever, how can i help her", expect: 'answer', style: 'caregiver', headings: ['Can children and teenagers get imposter feelings?'], evidence: ['Parents can help by praising effort and strategies rather than talent.'] },
  { q: "My husband just got promoted and is convinced he'll be found out. Can he get counselling through work?", expect: 'answer', style: 'caregiver', headings: ['When to talk to a professional'], evidence: ['Many universities and workplaces offer free, confidential counselling', 'often through an Employee Assistance Programme'] },
  { q: "my partner is a new teacher and preps lessons until midnight every night, she says it's the only way she won't get exposed. is that part of this?", expect: 'answer', style: 'caregiver', headings: ['The imposter cycle', 'What is imposter syndrome?'], evidence: ['You either over-prepare, working far longer than needed', 'Over-preparing for tasks, or putting them off until the last minute'] },
  // yes-no
  { q: 'Do men get imposter syndrome too?', expect: 'answer', style: 'yes-no', headings: ['What is imposter syndrome?'], evidence: ['it has been found in people of every gender, background and job'] },
  { q: 'Can I refer myself for therapy in the UK without going through my GP?', expect: 'answer', style: 'yes-no', headings: ['When to talk to a professional'], evidence: ['refer yourself to NHS Talking Therapies without seeing a GP first'] },
  // comparison
  { q: 'how do I tell normal imposter feelings apart from actual depression?', expect: 'answer', style: 'comparison', headings: ['Is it imposter syndrome or something more?'], evidence: ['Depression is different: it affects most of your day, most days.', 'Imposter feelings usually come and go with specific situations'] },
  { q: 'low self esteem vs imposter syndrome', expect: 'answer', style: 'comparison', headings: ['Is imposter syndrome the same as low self-esteem?'], evidence: ['imposter feelings usually focus on your skills and achievements', 'People with low self-esteem tend to feel bad about themselves in general'] },
  // two-part
  { q: "what's the superhero type and why do they end up feeling inadequate?", expect: 'answer', style: 'two-part', headings: ['The superhero'], evidence: ['measures their worth by how many roles they can juggle', 'feel inadequate if any of them slips'] },
  { q: "at what age does it usually start, and who's more prone to it?", expect: 'answer', style: 'two-part', headings: ['Who gets it?'], evidence: ['Imposter feelings often first appear in the late teens and early twenties', 'People who grew up with a strong focus on achievement'] },
  // non-native
  { q: 'Why I always think my success is only because of luck? Is normal?', expect: 'answer', style: 'non-native', headings: ['What is imposter syndrome?'], evidence: ['tend to put their successes down to luck, good timing'] },
  { q: 'what is small things I can try in this week for this problem', expect: 'answer', style: 'non-native', headings: ['Try this week', 'What helps'], evidence: ['Ask one person for help with something small', 'Write down three things you did well each evening'] },
  // long-personal
  { q: "I started my PhD last month. Everyone in my lab seems so much smarter than me and I'm sure the admissions panel made a mistake. I can't sleep the night before group meetings. Is this anxiety or what?", expect: 'answer', style: 'long-personal', headings: ['Imposter feelings, perfectionism and anxiety'], evidence: ['The fear of being exposed can lead to constant worry, trouble sleeping'] },
  { q: "I'm the only woman on my engineering team. I keep feeling like I don't belong and that they only hired me to tick a box. My friend says it's imposter syndrome, but honestly I think the place is just unwelcoming. Could it be both?", expect: 'answer', style: 'long-personal', headings: ['Who gets it?'], evidence: ['this is sometimes about real bias in the environment'] },
  { q: "I've been a nurse for years and I still get a sick feeling before every shift that someone will notice I'm useless. Lately I feel flat all the time and nothing is fun anymore, it's been about a month. When should I see someone?", expect: 'answer', style: 'long-personal', headings: ['Is it imposter syndrome or something more?', 'When to talk to a professional'], evidence: ['for two weeks or longer, that may be depression', 'felt anxious or low most days for two weeks or more'] },
  // out of scope
  { q: 'Is there a quiz I can take to find out if I have imposter syndrome?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What medication is best for imposter syndrome?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How much does a private therapist cost per session?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you recommend a good podcast about imposter syndrome', expect: 'fallback', style: 'out-of-scope' },
  { q: "how do I write a CV when I feel like I'm not qualified for anything", expect: 'fallback', style: 'out-of-scope' },
  { q: 'What is the Dunning-Kruger effect?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is imposter syndrome linked to ADHD?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i negotiate a pay rise', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what should I say in a job interview when they ask about my weaknesses', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Will my health insurance pay for therapy for imposter syndrome?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which famous people have said they have imposter syndrome', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Does Valerie Young run workshops I can book onto?', expect: 'fallback', style: 'out-of-scope' },
];
