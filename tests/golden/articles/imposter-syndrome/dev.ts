import type { ArticleCase } from '../types.ts';
/** Dev half for imposter-syndrome (an Obsidian vault note exported as Markdown): questions different from the test half. */
export const dev: ArticleCase[] = [
  // plain
  { q: 'What are the signs of imposter syndrome?', expect: 'answer', style: 'plain', headings: ['What is imposter syndrome?'], evidence: ['Feeling that praise is undeserved and brushing compliments aside', 'Worrying that others will discover you are'] },
  { q: 'What is the natural genius type?', expect: 'answer', style: 'plain', headings: ['The natural genius'], evidence: ['truly able people get things right easily and on the first try'] },
  { q: 'What can teachers do to help students who feel like frauds?', expect: 'answer', style: 'plain', headings: ['How managers and teachers can help'], evidence: ['Pair new starters and students with a mentor or buddy', 'Say out loud that mistakes are part of learning'] },
  // paraphrase
  { q: 'I leave everything to the night before and then cram, is that connected?', expect: 'answer', style: 'paraphrase', headings: ['The imposter cycle', 'What is imposter syndrome?'], evidence: ['or put it off and then rush it at the end', 'Over-preparing for tasks, or putting them off until the last minute'] },
  { q: 'do sleep and exercise make any difference', expect: 'answer', style: 'paraphrase', headings: ['What helps'], evidence: ['Sleep, movement and time with people you trust all make anxious thoughts'] },
  { q: 'does being really hard on myself play into it', expect: 'answer', style: 'paraphrase', headings: ['Imposter feelings, perfectionism and anxiety'], evidence: ['Both involve very high standards and a harsh inner critic'] },
  // short
  { q: 'perfectionist?', before: ['are there different types of imposter syndrome'], expect: 'answer', style: 'short', headings: ['The perfectionist'], evidence: ['Anything less than 100% feels like failure', 'The perfectionist focuses on how something was done.'] },
  { q: 'evidence file', expect: 'answer', style: 'short', headings: ['What helps'], evidence: ['Write down positive feedback, thank-you messages and things you have done well'] },
  { q: 'helpline number?', before: ['when should i talk to a professional about this'], expect: 'answer', style: 'short', headings: ['Need help now?'], evidence: ['You can call Samaritans on 116 123, free, at any time.'] },
  // typo
  { q: 'does imposter syndrom lead to burnot', expect: 'answer', style: 'typo', headings: ['The imposter cycle'], evidence: ['the cycle can leave you tired and tense'] },
  { q: 'can depresion make the imposter feelings worse', expect: 'answer', style: 'typo', headings: ['Imposter syndrome and depression'], evidence: ['When you are depressed, your thinking becomes more negative', 'The link can go both ways.'] },
  { q: 'how do i stop aiming for perfecton on every task', expect: 'answer', style: 'typo', headings: ['What helps'], evidence: ['Decide in advance what "done" looks like, and stop there.'] },
  // phonetic
  { q: 'wot do i say 2 sum1 who tells me they feel like a fraud', expect: 'answer', style: 'phonetic', headings: ['How managers and teachers can help'], evidence: ['listen without rushing to reassure them', 'a lot of people feel this, and I can see'] },
  { q: 'shud i b worried if im drinkin more 2 cope', expect: 'answer', style: 'phonetic', headings: ['When to talk to a professional'], evidence: ['You are using alcohol or other substances to get through'] },
  { q: 'is it normal 2 get it wen u start uni', expect: 'answer', style: 'phonetic', headings: ['Who gets it?'], evidence: ['Starting university, a new school or an apprenticeship', 'It tends to show up at times of change or challenge'] },
  // emoji-filler
  { q: 'lol i literally over-prep for everything 😭 any tips', expect: 'answer', style: 'emoji-filler', headings: ['Try this week', 'What helps'], evidence: ['Set a time limit for one task and hand it in', 'Decide in advance what "done" looks like, and stop there.'] },
  { q: "ngl i won't apply for jobs unless i tick every box 🙈 is that a thing??", expect: 'answer', style: 'emoji-filler', headings: ['The expert'], evidence: ['may avoid applying for a job unless they meet every single requirement'] },
  { q: 'sooo my heart races in every meeting 😵 is that linked??', expect: 'answer', style: 'emoji-filler', headings: ['Imposter feelings, perfectionism and anxiety'], evidence: ['a racing heart in meetings, or replaying conversations afterwards'] },
  // caregiver
  { q: "My wife is juggling her job, our kids and a part-time degree and says she's failing at all of it. Is there a name for that?", expect: 'answer', style: 'caregiver', headings: ['The superhero'], evidence: ['push themselves to excel in every area', 'juggle at once: worker, parent, student, friend'] },
  { q: 'I manage a team and one of my juniors sends emails at 2am and redoes work nobody asked for. Should I be worried?', expect: 'answer', style: 'caregiver', headings: ['How managers and teachers can help'], evidence: ['Watch for signs of overwork, such as very late emails'] },
  { q: "my mum went back to work after a year off sick and keeps saying she's rubbish at her job now, could this be imposter feelings?", expect: 'answer', style: 'caregiver', headings: ['Who gets it?'], evidence: ['Returning to work after parental leave or illness'] },
  // yes-no
  { q: "can it come back when you're older?", before: ['who gets imposter syndrome'], expect: 'answer', style: 'yes-no', headings: ['Who gets it?'], evidence: ['can start at any age and may come back later in life'] },
  { q: "Is making mistakes a sign that I don't belong?", expect: 'answer', style: 'yes-no', headings: ['What helps'], evidence: ['Treat them as information about what to learn next'] },
  // comparison
  { q: "perfectionist vs natural genius type, what's the difference?", expect: 'answer', style: 'comparison', headings: ['The perfectionist', 'The natural genius'], evidence: ['The perfectionist focuses on how something was done.', 'If something takes effort or practice, they take that as proof'] },
  { q: 'is it better to talk about it or just keep it to myself', expect: 'answer', style: 'comparison', headings: ['What helps'], evidence: ['Sharing the feeling with a trusted friend, mentor or colleague often'] },
  // two-part
  { q: 'Does it mess with your sleep, and can it turn into depression?', expect: 'answer', style: 'two-part', headings: ['Imposter feelings, perfectionism and anxiety', 'Imposter syndrome and depression'], evidence: ['trouble sleeping before big days', 'it is easy to slide into hopelessness, guilt and low self-worth'] },
  { q: 'How do I know it is time to see a doctor, and who should I actually talk to?', expect: 'answer', style: 'two-part', headings: ['When to talk to a professional'], evidence: ['Talk to your GP, a doctor or a counsellor if', 'Imposter feelings are making you avoid work, study or opportunities'] },
  // non-native
  { q: 'In my work I am only foreigner and I feel I am not belong. Is this imposter also?', expect: 'answer', style: 'non-native', headings: ['Who gets it?'], evidence: ['Being one of very few people like you in a room', 'Being part of an under-represented group can add to the feeling'] },
  { q: 'For students in university, where they can find help for free?', expect: 'answer', style: 'non-native', headings: ['When to talk to a professional'], evidence: ['Many universities and workplaces offer free, confidential counselling'] },
  // long-personal
  { q: "I got promoted to team lead three months ago. Since then I check every email five times and work weekends so nobody spots that I don't know what I'm doing. It's gone fine so far, but I just think I got lucky. Why does it never feel like it's getting easier?", expect: 'answer', style: 'long-personal', headings: ['The imposter cycle'], evidence: ['The next task arrives and the anxiety starts again, often stronger', 'Because each success gets explained away,'] },
  { q: "My manager called me brilliant in my review, but honestly I think I fooled her. I've been reading about this online and apparently there are different types. I think I'm a mix of a few of them. Is that normal?", expect: 'answer', style: 'long-personal', headings: ['The five common types'], evidence: ['Most people recognise themselves in more than one.'] },
  { q: "I'm a mature student, I started my degree at 38 after years at home with the kids. Everyone else is 19 and seems to know what they're doing. Lately I feel bad at everything, not just uni, like I'm a rubbish mum and a rubbish person too. Is that still imposter syndrome?", expect: 'answer', style: 'long-personal', headings: ['Is imposter syndrome the same as low self-esteem?'], evidence: ['People with low self-esteem tend to feel bad about themselves in general'] },
  // out of scope
  { q: 'how many sessions of CBT does it usually take to sort out imposter syndrome', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you give me a script for asking my boss for feedback', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What score on the Clance Impostor Phenomenon Scale counts as high?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is imposter syndrome more common in autistic people?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I find a mentor at work', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what are some good books on building confidence?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Should I tell my employer that I have anxiety?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I get diagnosed with generalised anxiety disorder?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can hypnotherapy cure imposter syndrome', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i stop comparing myself to people on instagram', expect: 'fallback', style: 'out-of-scope' },
  { q: "what's the difference between imposter syndrome and narcissism?", expect: 'fallback', style: 'out-of-scope' },
  { q: 'Do online courses count as real qualifications for a job?', expect: 'fallback', style: 'out-of-scope' },
];
