import type { ArticleCase } from '../types.ts';

const TITLE = 'OCD: Understanding Obsessions and Compulsions';
const WHAT = 'What is OCD?';
const OBS = 'Obsessions and compulsions';
const TYPES = 'Common types of OCD';
const TIDY = 'OCD or everyday tidiness and worry?';
const CAUSES = 'What causes OCD?';
const DEP = 'OCD and depression';
const ERP = 'Treatment: ERP and CBT';
const MEDS = 'Medication';
const SELF = 'Self-help';
const SUPPORT = 'Supporting someone with OCD';
const FAQ = 'Frequently asked questions';
const F_ACT = 'Does having intrusive thoughts mean I will act on them?';
const F_KIDS = 'Can children have OCD?';
const F_AWAY = 'Can OCD go away on its own?';
const F_ANX = 'Is OCD a type of anxiety?';

/** Test half for the browser Ctrl+A copy of a charity page "OCD: Understanding Obsessions and Compulsions": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what is obsessive compulsive disorder', expect: 'answer', style: 'plain', headings: [WHAT, TITLE], evidence: ['Obsessive-compulsive disorder (OCD) is a common mental health condition.', 'Obsessions are unwanted thoughts, images or urges that keep coming back'] },
  { q: 'what are some examples of compulsions', expect: 'answer', style: 'plain', headings: [OBS], evidence: ['washing or cleaning again and again', 'counting, tapping or repeating words'] },
  { q: 'what causes OCD', expect: 'answer', style: 'plain', headings: [CAUSES], evidence: ['There is no single cause of OCD.', 'family history, as OCD can run in families'] },
  { q: 'how does exposure and response prevention work', expect: 'answer', style: 'plain', headings: [ERP], evidence: ['you work with a therapist to face the things that trigger', 'At the same time, you practise not doing the compulsion.'] },
  { q: 'how many therapy sessions will I need for OCD', expect: 'answer', style: 'plain', headings: [ERP], evidence: ['Most people have a course of around 10 to 20 sessions.'] },
  { q: 'why does the urge to do the ritual keep coming back after i do it', expect: 'answer', style: 'paraphrase', headings: [WHAT], evidence: ['The relief from a compulsion is usually short-lived.', 'The anxiety soon comes back, so the person feels they'] },
  { q: 'my mum keeps answering the same question for my brother over and over, is that actually helping him', expect: 'answer', style: 'caregiver', headings: [SUPPORT], evidence: ['although it comes from kindness, it can keep OCD going'] },
  { q: 'is it bad that i stay away from places that set off my thoughts', expect: 'answer', style: 'paraphrase', headings: [OBS], evidence: ['Avoidance is part of OCD too.', 'This can make life smaller over time.'] },
  { q: 'what is pure o', expect: 'answer', style: 'short', headings: [TYPES], evidence: ['sometimes called "Pure O" because the compulsions are mostly mental'] },
  { q: 'ocd depression link', expect: 'answer', style: 'short', headings: [DEP], evidence: ['OCD and depression often happen together.', 'Many people with OCD will experience depression at some point'] },
  { q: 'self refer', before: ['what treatment is there for OCD'], expect: 'answer', style: 'short', headings: [ERP], evidence: ['refer yourself to NHS Talking Therapies without seeing a GP first'] },
  { q: 'wat are the diffrent tipes of ocd', expect: 'answer', style: 'typo', headings: [TYPES], evidence: ['Contamination: worry about germs, dirt or becoming ill', 'Checking: doubt about whether something has been done safely'] },
  { q: 'how long do the medicnes take to wrok for ocd', expect: 'answer', style: 'typo', headings: [MEDS], evidence: ['They can take several weeks to start working'] },
  { q: 'how comon is ocd', expect: 'answer', style: 'typo', headings: [WHAT], evidence: ['It affects around 1 to 2 people in every 100'] },
  { q: 'is it my fawlt i got ocd, did my parrents cause it', expect: 'answer', style: 'phonetic', headings: [CAUSES], evidence: ['it is not the result of bad parenting'] },
  { q: 'can kidz get ocd', expect: 'answer', style: 'phonetic', headings: [F_KIDS, FAQ], evidence: ['OCD can start in childhood.', 'Children may hide their rituals or not have the words'] },
  { q: 'ugh 😩 i keep checking the oven like 10 times... how do i stop lol', expect: 'answer', style: 'emoji-filler', headings: [SELF, ERP], evidence: ['try to delay a compulsion for a few minutes', 'At the same time, you practise not doing the compulsion.'] },
  { q: 'sooo um what actually counts as an obsession?? 🤔', expect: 'answer', style: 'emoji-filler', headings: [OBS, WHAT], evidence: ['They pop into your mind without being invited', 'Obsessions are unwanted thoughts, images or urges that keep coming back'] },
  { q: 'my teenage daughter washes her hands constantly, how can I support her without making it worse', expect: 'answer', style: 'caregiver', headings: [SUPPORT], evidence: ['encourage them to get professional help', 'gently reduce how much you join in with rituals'] },
  { q: 'caring for my husband with OCD is wearing me out, what about me', before: ['how can I help my partner with OCD'], expect: 'answer', style: 'caregiver', headings: [SUPPORT], evidence: ['Looking after someone with OCD can be tiring.', 'Make sure you take time for yourself and get support too'] },
  { q: 'if I have a horrible thought about hurting someone does it mean I will do it?', expect: 'answer', style: 'yes-no', headings: [F_ACT, FAQ], evidence: ['Having a thought is not the same as wanting it'] },
  { q: 'will OCD just go away if I ignore it', expect: 'answer', style: 'yes-no', headings: [F_AWAY, FAQ], evidence: ['It rarely goes away completely without treatment'] },
  { q: 'can I just stop my OCD tablets if I feel better', expect: 'answer', style: 'yes-no', headings: [MEDS], evidence: ["Don't stop taking any prescribed medicine suddenly."] },
  { q: 'whats the difference between being a neat freak and having OCD', expect: 'answer', style: 'comparison', headings: [TIDY], evidence: ['OCD is not about enjoying tidiness.', 'It is driven by anxiety, and the rituals usually feel'] },
  { q: 'is OCD an anxiety disorder or something separate', expect: 'answer', style: 'comparison', headings: [F_ANX, FAQ], evidence: ['OCD is closely linked to anxiety', 'usually grouped on its own as an obsessive-compulsive related condition'] },
  { q: 'what is ERP and will the therapist make me do things I am not ready for', expect: 'answer', style: 'two-part', headings: [ERP], evidence: ['Your therapist will go at a pace you agree on', 'you will never be forced to do anything'] },
  { q: 'can OCD make you depressed and what signs should I watch for', expect: 'answer', style: 'two-part', headings: [DEP], evidence: ['losing interest in things you used to enjoy, feeling low most days'] },
  { q: 'please what age the OCD is starting usually', expect: 'answer', style: 'non-native', headings: [WHAT], evidence: ['it often begins in the teenage years or early adulthood'] },
  { q: 'doctor can give me some medicine for ocd or only talking is possible?', expect: 'answer', style: 'non-native', headings: [MEDS], evidence: ['A doctor may suggest medication, either on its own or alongside therapy.', 'The medicines most often used for OCD are a type of antidepressant.'] },
  { q: 'I have always been a careful person with really high standards at work, and since my new job started last month I have been checking emails again and again before I send them. Could my personality and the job change have something to do with it?', expect: 'answer', style: 'long-personal', headings: [CAUSES], evidence: ['personality traits, such as being very careful or having high standards', 'started or got worse during a big life change'] },
  { q: 'I spend about two hours every morning arranging things and checking the locks, I am late for work most days and I feel silly about it. My friend says everyone does this. When should I actually see someone?', expect: 'answer', style: 'long-personal', headings: [TIDY], evidence: ['take up more than an hour a day', 'it is worth talking to a GP'] },
  // follow-ups
  { q: 'and what does therapy for it involve?', before: ['what is OCD'], expect: 'answer', style: 'paraphrase', headings: [ERP], evidence: ['The main talking therapy for OCD is cognitive behavioural therapy (CBT)', 'you work with a therapist to face the things that trigger'] },
  // out of scope
  { q: 'how much does private OCD therapy cost', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the best dose of sertraline for OCD', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is deep brain stimulation used for OCD', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I get disability benefits for OCD', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does OCD show up on a brain scan', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what are your shop opening hours', expect: 'fallback', style: 'out-of-scope' },
  { q: 'recommend me a good book on OCD pls 📚', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I cancel my monthly donation', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats the weather like in bristol tomorrow', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can my employer sack me for having OCD', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is there an OCD app you recommend', expect: 'fallback', style: 'out-of-scope' },
  { q: 'and is it ok to take it while pregnant?', before: ['what medication is used for OCD'], expect: 'fallback', style: 'out-of-scope' },
];
