import type { ArticleCase } from '../types.ts';

const TITLE = 'Exam Stress and Student Mental Health';
const SIGNS = 'What does exam stress look like?';
const WHY = 'Why exams feel so stressful';
const SLEEP = 'Sleep and revision';
const PERF = 'Perfectionism and high standards';
const PANIC = 'Panic in the exam room';
const TUTORS = 'Talking to your teachers or tutors';
const PARENTS = 'A note for parents and carers';
const VS = 'Stress, anxiety or depression?';
const HELP = 'Getting help from your GP or student services';
const FAQ = 'Frequently asked questions';
const F_CRY = 'Is it normal to cry before an exam?';
const F_NIGHT = 'Should I revise all night before a big exam?';
const F_MISS = 'What if I miss an exam because I am unwell?';
const F_RECORD = 'Will telling my tutor about my stress go on my record?';

/** Test half for the Word "Plain Text" (Windows-1252) page "Exam Stress and Student Mental Health": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what are the signs of exam stress', expect: 'answer', style: 'plain', headings: [SIGNS], evidence: ['headaches, stomach aches or feeling sick before a test', 'a racing heart or tight chest when you think about exams'] },
  { q: 'why do exams make people so stressed', expect: 'answer', style: 'plain', headings: [WHY], evidence: ['Exams often feel like they will decide your whole future.'] },
  { q: 'what can I do if I panic during an exam', expect: 'answer', style: 'plain', headings: [PANIC], evidence: ['Put your pen down and sit back in your chair.', 'Breathe in slowly through your nose, then breathe out'] },
  { q: 'where can i get counselling at university', expect: 'answer', style: 'plain', headings: [HELP], evidence: ['a student services or wellbeing team offering free, confidential counselling'] },
  { q: 'my mind just empties when I sit down with my notes', expect: 'answer', style: 'paraphrase', headings: [SIGNS], evidence: ['going blank when you try to revise or remember facts'] },
  { q: 'does pulling late nights to memorise stuff actually work', expect: 'answer', style: 'paraphrase', headings: [SLEEP, F_NIGHT, FAQ], evidence: ['staying up late to cram often means you remember less', 'usually helps more than a late cram'] },
  { q: 'i cant stand getting anything less than an A', expect: 'answer', style: 'paraphrase', headings: [PERF], evidence: ['anything less than perfect is a failure', 'try setting goals that are realistic rather than perfect'] },
  { q: 'extra time in exams', expect: 'answer', style: 'short', headings: [TUTORS], evidence: ['Most have ways to provide extra support, such as changes'] },
  { q: 'missed exam ill', expect: 'answer', style: 'short', headings: [F_MISS, FAQ], evidence: ['Contact your school, college or university as soon as you can'] },
  { q: 'how do i stop being a perfectionst about my grades', expect: 'answer', style: 'typo', headings: [PERF], evidence: ['try setting goals that are realistic rather than perfect'] },
  { q: 'best way to revize, rereading notes or pastpapers?', expect: 'answer', style: 'typo', headings: [SLEEP], evidence: ['testing yourself with past papers is usually more useful'] },
  { q: 'is it normel to cri before exams', expect: 'answer', style: 'typo', headings: [F_CRY, FAQ], evidence: ['Crying is a common way of releasing tension'] },
  { q: 'wot do i do if i get pannik in the exam hall', expect: 'answer', style: 'phonetic', headings: [PANIC], evidence: ['raise your hand and tell the invigilator', 'Put your pen down and sit back in your chair.'] },
  { q: 'shud i tel my tuter im strugglin', expect: 'answer', style: 'phonetic', headings: [TUTORS], evidence: ['would much rather hear about it early'] },
  { q: 'ugh 😩😩 cant sleep at all with exams coming up, any tips??', expect: 'answer', style: 'emoji-filler', headings: [SLEEP], evidence: ['Stop revising at least an hour before bed', 'Keep your phone out of reach at night'] },
  { q: 'sooo like... is stress before exams actually a bad thing lol 🤔', expect: 'answer', style: 'emoji-filler', headings: [TITLE], evidence: ['A little stress can even help you focus.'] },
  { q: 'how can I help my son who is stressed about his GCSEs', expect: 'answer', style: 'caregiver', headings: [PARENTS], evidence: ['stay calm and interested rather than add to the pressure', 'Ask how your child is feeling, not only how revision'] },
  { q: 'my daughter has gone really quiet and isnt sleeping, what should I do as her mum', expect: 'answer', style: 'caregiver', headings: [PARENTS], evidence: ['gently encourage them to talk to someone at school or their GP'] },
  { q: 'is it a good idea to compare my kid with her older brother to motivate her?', expect: 'answer', style: 'caregiver', headings: [PARENTS], evidence: ['Try not to compare them with brothers, sisters or classmates'] },
  { q: 'is panic in an exam dangerous?', expect: 'answer', style: 'yes-no', headings: [PANIC], evidence: ['This feeling is unpleasant but it is not dangerous'] },
  { q: 'can I refer myself to talking therapies?', expect: 'answer', style: 'yes-no', headings: [HELP], evidence: ['You can usually refer yourself to local NHS talking therapies too.'] },
  { q: 'will it count against me if I tell my tutor I am stressed?', expect: 'answer', style: 'yes-no', headings: [F_RECORD, FAQ], evidence: ['is not a mark against you'] },
  { q: 'how is exam stress different from depression', expect: 'answer', style: 'comparison', headings: [VS], evidence: ['Exam stress usually rises before exams and fades afterwards.', 'Weeks or months, even after exams end'] },
  { q: 'short revision blocks vs long sessions, which is better?', expect: 'answer', style: 'comparison', headings: [SLEEP], evidence: ['short focused sessions work better than long ones'] },
  { q: 'what are signs of depression and how long before I should talk to someone', expect: 'answer', style: 'two-part', headings: [VS], evidence: ['Signs of depression include feeling low or empty most of', 'lasted for more than two weeks, it is a good idea'] },
  { q: 'what can my GP do and do I have to be really bad before I go', expect: 'answer', style: 'two-part', headings: [HELP], evidence: ['check for any physical causes and tell you about options', 'you do not need to be at breaking point to use them'] },
  { q: 'please how I make timetable for study, I am international student', expect: 'answer', style: 'non-native', headings: [SLEEP], evidence: ['Make a simple timetable that includes time off, meals and exercise'] },
  { q: 'I have money problem and work job also, this make exam stress more?', expect: 'answer', style: 'non-native', headings: [WHY], evidence: ['money worries, a part-time job, problems at home or a break-up'] },
  { q: 'I got one bad mark in my mock and now I feel totally useless, like my whole plan to study medicine is ruined. My friends all did better and I keep going over it in my head. How do I stop feeling like this?', expect: 'answer', style: 'long-personal', headings: [PERF], evidence: ['one exam result does not define you', 'there are usually other routes to where you want to go'] },
  // follow-ups
  { q: 'and what about after the exam ends, does it go away?', before: ['what are the signs of exam stress'], expect: 'answer', style: 'paraphrase', headings: [SIGNS, VS], evidence: ['They usually ease once the exams are over.', 'Exam stress usually rises before exams and fades afterwards.'] },
  { q: 'what if that doesnt work?', before: ['what can I do if I panic during an exam'], expect: 'answer', style: 'short', headings: [PANIC], evidence: ['If you still feel unwell, raise your hand and tell the invigilator.'] },
  { q: 'and how can I get better at it beforehand', before: ['breathing tips for panic in an exam'], expect: 'answer', style: 'paraphrase', headings: [PANIC], evidence: ['Practising slow breathing at home before the exam makes it easier'] },
  // out of scope
  { q: 'what are the dates for this year\'s A level exams', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you recommend a good revision app', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I appeal my exam grade', expect: 'fallback', style: 'out-of-scope' },
  { q: 'are beta blockers safe for exam nerves', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does the student wellbeing service have opening hours on saturday', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does private tutoring cost', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does ADHD medication help with revision', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I apply for student finance', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats a good recipe for a quick dinner 🍝', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the capital of australia', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i reset my university email password', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which university is best for psychology', expect: 'fallback', style: 'out-of-scope' },
];
