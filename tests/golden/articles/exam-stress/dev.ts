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

/** Dev half for the Word "Plain Text" (Windows-1252) page "Exam Stress and Student Mental Health": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'what happens to eating when you are stressed about exams', expect: 'answer', style: 'plain', headings: [SIGNS], evidence: ['eating much more or much less than usual'] },
  { q: 'what should I do with my phone at night during exams', expect: 'answer', style: 'plain', headings: [SLEEP], evidence: ['Keep your phone out of reach at night so messages'] },
  { q: 'what is the fight or flight response', expect: 'answer', style: 'plain', headings: [WHY], evidence: ['Stress hormones make your heart beat faster and your muscles tense.'] },
  { q: 'what does a school counsellor or pastoral team do', expect: 'answer', style: 'plain', headings: [HELP], evidence: ['Schools often have a pastoral team or school counsellor.'] },
  { q: 'I keep putting off starting my essay because it has to be flawless', expect: 'answer', style: 'paraphrase', headings: [PERF], evidence: ['find it hard to start in case you get it wrong'] },
  { q: 'I just dont open my books at all, I avoid it', expect: 'answer', style: 'paraphrase', headings: [SIGNS], evidence: ['avoiding revision altogether, or revising non-stop without breaks'] },
  { q: 'I worry my family will be disappointed in me', expect: 'answer', style: 'paraphrase', headings: [WHY], evidence: ['Many students worry about letting down their family'] },
  { q: 'bedtime routine', expect: 'answer', style: 'short', headings: [SLEEP], evidence: ['go to bed and get up at roughly the same time'] },
  { q: 'resits', expect: 'answer', style: 'short', headings: [PERF], evidence: ['including resits and different courses'] },
  { q: 'exam day tips', expect: 'answer', style: 'short', headings: [PANIC], evidence: ['Arriving in good time, having water with you'] },
  { q: 'my hart races wen i think abot exams', expect: 'answer', style: 'typo', headings: [SIGNS], evidence: ['a racing heart or tight chest when you think about exams'] },
  { q: 'shoud I start with the eassiest question', expect: 'answer', style: 'typo', headings: [PANIC], evidence: ['start with one you feel more confident about'] },
  { q: 'is my colege counseling free', before: ['what help is there at college for stress'], expect: 'answer', style: 'typo', headings: [HELP], evidence: ['a student services or wellbeing team offering free, confidential counselling'] },
  { q: 'wot if im 2 ill to do my exam', expect: 'answer', style: 'phonetic', headings: [F_MISS, FAQ], evidence: ['There is usually a process for this'] },
  { q: 'shud i go 2 the doktor about stress', expect: 'answer', style: 'phonetic', headings: [HELP], evidence: ['Your GP is a good place to start if stress'] },
  { q: 'omg 😫 my friends all seem so chill and im freaking out, why is that', expect: 'answer', style: 'emoji-filler', headings: [WHY], evidence: ['comparing themselves with friends, or not getting the grades'] },
  { q: 'hmm so um... how do i even tell my teacher im behind 🙈', expect: 'answer', style: 'emoji-filler', headings: [TUTORS], evidence: ['ask them to go over a topic you are stuck on'] },
  { q: 'as a dad, should I be pushing my son to revise more?', expect: 'answer', style: 'caregiver', headings: [PARENTS], evidence: ['stay calm and interested rather than add to the pressure'] },
  { q: 'my step daughter skips meals when revising, how do I support her', expect: 'answer', style: 'caregiver', headings: [PARENTS], evidence: ['Help them keep regular meals, sleep and some time'] },
  { q: 'what should I say to my teenager before results day', expect: 'answer', style: 'caregiver', headings: [PARENTS], evidence: ['you will love and support them whatever their results'] },
  { q: 'is some exam stress actually normal?', expect: 'answer', style: 'yes-no', headings: [TITLE, SIGNS], evidence: ['almost everyone feels some pressure around them', 'these signs are very common in the weeks before exams'] },
  { q: 'can my tutor help me plan revision?', expect: 'answer', style: 'yes-no', headings: [TUTORS], evidence: ['help you plan your revision or explain what to expect'] },
  { q: 'do I need to know who sees what I tell my tutor?', expect: 'answer', style: 'yes-no', headings: [F_RECORD, FAQ], evidence: ['ask them how the information will be kept'] },
  { q: 'exam nerves versus an anxiety problem, how do I tell?', expect: 'answer', style: 'comparison', headings: [VS], evidence: ['if worry feels constant and hard to control', 'if you have panic attacks outside exams'] },
  { q: 'rereading notes or testing myself, which works better', expect: 'answer', style: 'comparison', headings: [SLEEP], evidence: ['more useful than rereading notes again and again'] },
  { q: 'what support can uni give if I have a disability and who do I ask', expect: 'answer', style: 'two-part', headings: [TUTORS], evidence: ['changes to exam arrangements or extra time to submit work', 'ask your tutor, head of year or student support team'] },
  { q: 'why is sleep important for memory and when should I stop revising at night', expect: 'answer', style: 'two-part', headings: [SLEEP], evidence: ['Your brain uses sleep to store what you learned', 'Stop revising at least an hour before bed'] },
  { q: 'I feel very hard on myself, more than to my friend. Is this perfectionism?', expect: 'answer', style: 'non-native', headings: [PERF], evidence: ['much harsher on yourself than you would be on a friend'] },
  { q: 'please what is the invigilator can do if I feel bad in exam', expect: 'answer', style: 'non-native', headings: [PANIC], evidence: ['raise your hand and tell the invigilator'] },
  { q: 'Since my exams finished a month ago I still cant get out of bed most days and I dont enjoy football or gaming anymore, which I used to love. I thought it was just exam pressure but it hasnt stopped. Is this still exam stress?', expect: 'answer', style: 'long-personal', headings: [VS], evidence: ['Weeks or months, even after exams end', 'losing interest in things you used to enjoy'] },
  // follow-ups
  { q: 'and when should I worry about them?', before: ['what are the physical signs of exam stress'], expect: 'answer', style: 'paraphrase', headings: [SIGNS], evidence: ['if they last a long time or stop you doing everyday things'] },
  { q: 'can I go without being referred?', before: ['where can I get talking therapy'], expect: 'answer', style: 'yes-no', headings: [HELP], evidence: ['You can usually refer yourself to local NHS talking therapies too.'] },
  // out of scope
  { q: 'what grade do I need to get into medicine', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is CBD oil good for exam anxiety', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I register with a GP as a new student', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the pomodoro technique invented by', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I take my exams online from home', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long is the waiting list for student counselling', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does hypnotherapy help exam nerves', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i cite a website in harvard style', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what time does the library close tonight', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I cope with homesickness in first year', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats the best laptop for students 💻', expect: 'fallback', style: 'out-of-scope' },
  { q: 'will the weather be nice this weekend', expect: 'fallback', style: 'out-of-scope' },
];
