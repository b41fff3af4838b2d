import type { ArticleCase } from '../types.ts';

const WHAT = '1. What is adult ADHD?';
const SIGNS = '2. Signs and symptoms';
const INATT = '2.1 Inattention';
const HYPER = '2.2 Hyperactivity and impulsivity';
const EMO = '2.3 Emotional dysregulation';
const MOOD = '3. ADHD, anxiety and depression';
const ASSESS = '4. Getting assessed';
const WHO = '4.1 Who can diagnose ADHD?';
const HAPPENS = '4.2 What happens at an assessment';
const TREAT = '5. Treatment and support';
const MEDS = '5.1 Medication';
const CBT = '5.2 Talking therapy and coaching';
const EVERY = '6.1 Everyday strategies';
const WORK = '6.2 Work and relationships';
const FAQ = '7. Frequently asked questions';
const F_ADULT = 'Can you develop ADHD as an adult?';
const F_WOMEN = 'Is ADHD different in women?';
const F_SCHOOL = 'Can I have ADHD if I did well at school?';
const URGENT = 'If you are struggling';

/** Test half for the Google Docs plain-text export "ADHD in Adults: Focus, Mood and Getting Help": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what are the symptoms of adhd in adults', expect: 'answer', style: 'plain', headings: [SIGNS, INATT, HYPER], evidence: ['Finding it hard to stay focused on tasks that are dull', 'In adults, hyperactivity is often felt more than seen.'] },
  { q: 'who can diagnose adhd in adults', expect: 'answer', style: 'plain', headings: [WHO], evidence: ['such as a psychiatrist, a specialist ADHD nurse or'] },
  { q: 'what can I do about it at work', before: ['i think i have adhd, i keep missing deadlines'], expect: 'answer', style: 'plain', headings: [WORK], evidence: ['ask for changes that suit the way you work', 'your employer may have to make reasonable adjustments for you'], why: '"it" = the ADHD from the earlier message' },
  { q: 'why do my feelings blow up so fast and take forever to settle', expect: 'answer', style: 'paraphrase', headings: [EMO], evidence: ['emotions come on quickly, feel intense and are hard to calm down'] },
  { q: 'is there a lab check or imaging that proves it', expect: 'answer', style: 'paraphrase', headings: [HAPPENS], evidence: ['There is no blood test or brain scan that can diagnose ADHD.'] },
  { q: 'does it come from how my parents raised me', expect: 'answer', style: 'paraphrase', headings: [WHAT], evidence: ['not caused by laziness, bad parenting or a lack of intelligence', 'It runs strongly in families'] },
  { q: 'rejection sensitivity', expect: 'answer', style: 'short', headings: [EMO], evidence: ['very sensitive to criticism or rejection'] },
  { q: 'hyperfocus?', expect: 'answer', style: 'short', headings: [INATT], evidence: ['becoming so absorbed in something they enjoy that they lose track'] },
  { q: 'what about side effects?', before: ['what medication is there for adhd'], expect: 'answer', style: 'short', headings: [MEDS], evidence: ['Common side effects include a reduced appetite, trouble sleeping, headaches'], why: 'side effects of the ADHD medicines asked about before' },
  { q: 'who dose the adhd assesment, a psycologist?', expect: 'answer', style: 'typo', headings: [WHO], evidence: ['in some countries, a clinical psychologist', 'should be diagnosed by a specialist trained in the condition'] },
  { q: 'tips for remebering apointments and not loosing my keys', expect: 'answer', style: 'typo', headings: [EVERY], evidence: ['set phone reminders for anything with a time', 'Keep a set place near the door for your keys'] },
  { q: 'wot r stimulents n non stimulents', expect: 'answer', style: 'phonetic', headings: [MEDS], evidence: ['There are two main groups of ADHD medicine: stimulants and non-stimulants.', 'Non-stimulants work more gradually and may be an option'] },
  { q: 'can u get adhd wen ur grown up', expect: 'answer', style: 'phonetic', headings: [F_ADULT, FAQ], evidence: ['ADHD starts in childhood, even if it is only recognised later'] },
  { q: 'ugh 😩 so um how do i actually get tested for adhd lol', expect: 'answer', style: 'emoji-filler', headings: [ASSESS], evidence: ['a good first step is to see your GP or family doctor', 'refer you to a specialist'] },
  { q: 'okay so like 🙈 procrastinating on literally everything rn, any tricks??', expect: 'answer', style: 'emoji-filler', headings: [EVERY, CBT], evidence: ['Break big tasks into small steps and start with one', 'Use a timer to work in short bursts', 'manage time, tackle procrastination and challenge the harsh self-criticism'] },
  { q: '🤔🤔 is adhd in girls different or nah', expect: 'answer', style: 'emoji-filler', headings: [F_WOMEN, FAQ], evidence: ['ADHD is often missed in girls and women.', 'more likely to have the inattentive presentation and to hide'] },
  { q: 'my husband forgets everything i tell him and zones out when i talk, it is driving me mad. how do we deal with this as a couple', expect: 'answer', style: 'caregiver', headings: [WORK], evidence: ['A partner may feel ignored when you forget plans', 'Talking openly about ADHD, sharing a family calendar'] },
  { q: "i think my adult son has adhd but he won't see anyone, what can i do", expect: 'answer', style: 'caregiver', headings: [WORK], evidence: ['try to talk about what you have noticed without blame', 'only they can decide whether to seek an assessment'] },
  { q: 'my sister was diagnosed last week and wants to stop her pills because she feels fine, is that ok', expect: 'answer', style: 'caregiver', headings: [MEDS], evidence: ['Never change or stop your medicine without talking to them first'] },
  { q: 'can i have adhd if i got good grades', expect: 'answer', style: 'yes-no', headings: [F_SCHOOL, FAQ], evidence: ['Intelligence, structure and support at home can hide ADHD in childhood.'] },
  { q: 'does that help with the anxiety too', before: ['what is cbt for adhd'], expect: 'answer', style: 'yes-no', headings: [CBT], evidence: ['It can also help with anxiety and low mood.'], why: '"that" = CBT adapted for ADHD' },
  { q: 'will adhd meds cure it', expect: 'answer', style: 'yes-no', headings: [TREAT], evidence: ['It does not cure ADHD, but it can make symptoms'] },
  { q: 'how can i tell if its adhd or anxiety that stops me concentrating', expect: 'answer', style: 'comparison', headings: [MOOD], evidence: ['A key question is timing: ADHD symptoms have been there since childhood', 'while anxiety and depression usually start later or come and go', 'The mind wanders to whatever is more interesting'] },
  { q: 'coaching vs cbt for adhd, whats the difference', expect: 'answer', style: 'comparison', headings: [CBT], evidence: ['ADHD coaching is more practical and focuses on setting goals', 'Cognitive behavioural therapy (CBT) adapted for ADHD can help you build routines'] },
  { q: 'what happens at the assessment and do they talk to my parents?', expect: 'answer', style: 'two-part', headings: [HAPPENS], evidence: ['Ask about your childhood, often using old school reports or talking', 'Ask about your current difficulties and how they affect your daily life.'] },
  { q: 'which type of adhd medicine do they try first and how quickly does it work', expect: 'answer', style: 'two-part', headings: [MEDS], evidence: ['Stimulants are usually tried first and help most adults, often within days.'] },
  { q: 'please what is the meaning of adhd, it is a illness of childrens only?', expect: 'answer', style: 'non-native', headings: [WHAT], evidence: ['It starts in childhood, but for many people it carries on', 'a neurodevelopmental condition that affects attention, activity levels and self-control'] },
  { q: 'my doctor of family can make diagnose of adhd or no?', expect: 'answer', style: 'non-native', headings: [ASSESS], evidence: ['Your doctor usually cannot diagnose ADHD themselves, but they can check'] },
  { q: 'the medicine for adhd, it make problem with heart? they will check?', expect: 'answer', style: 'non-native', headings: [MEDS], evidence: ['so your blood pressure and pulse will be checked before', 'headaches and a faster heart rate'] },
  { q: "I'm 34 and I've always been the one who forgets birthdays, loses keys, starts ten hobbies and drops them. At work I leave everything to the night before and then panic. A friend said it sounds like ADHD but I thought only hyper kids get that, and I was a really quiet, dreamy kid. Could it still be ADHD?", expect: 'answer', style: 'long-personal', headings: [WHAT], evidence: ['Mainly inattentive, where focus and organisation are the main problems.', 'In adults, ADHD often looks different from the restless child people picture.'] },
  { q: "Got diagnosed at 41 last month. I've been on antidepressants on and off for 15 years and nobody ever picked this up, and honestly I feel angry about it. How did everyone miss it, and will the depression go away now that I know?", expect: 'answer', style: 'long-personal', headings: [MOOD], evidence: ['ADHD is sometimes missed in someone who has been treated for anxiety', 'Treating ADHD alone does not always lift low mood'] },
  { q: "i have adhd and everything keeps falling apart, lost another job today, my partner left last month, i honestly don't see the point of anything anymore and i keep thinking everyone would be better off without me", expect: 'answer', style: 'long-personal', headings: [URGENT], evidence: ['Get help straight away if you are thinking about harming yourself', 'In the US, call or text 988', 'call Samaritans free on 116 123, any time'], why: 'suicidal thoughts: the crisis box' },

  // out of scope: same domain, not covered
  { q: 'how much does a private adhd assessment cost', expect: 'fallback', style: 'out-of-scope', why: 'no prices in the article' },
  { q: 'is adderal better then ritalin', expect: 'fallback', style: 'typo', why: 'the article names no medicine' },
  { q: 'does neurofeedback work for adhd', expect: 'fallback', style: 'out-of-scope', why: 'therapy never named' },
  { q: 'where is the nearest adult adhd clinic in manchester', expect: 'fallback', style: 'out-of-scope', why: 'no places or services listed' },
  { q: 'what dose of elvanse should a 70kg adult take', expect: 'fallback', style: 'out-of-scope', why: 'named drug and personal dosing' },
  { q: 'does my health insurance cover adhd coaching', expect: 'fallback', style: 'out-of-scope', why: 'insurance not covered' },
  // out of scope: off-domain
  { q: "what's the weather in london tomorrow", expect: 'fallback', style: 'out-of-scope' },
  { q: 'easy recipe for banana bread', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i reset my wifi router', expect: 'fallback', style: 'out-of-scope' },
  { q: 'who won the champions league last year', expect: 'fallback', style: 'out-of-scope' },
  { q: 'translate good morning into spanish pls 🙏', expect: 'fallback', style: 'out-of-scope' },
  { q: 'best laptop for uni under 500', expect: 'fallback', style: 'out-of-scope' },
];
