import type { ArticleCase } from '../types.ts';

const TITLE = 'Supporting a Colleague With Depression';
const SIGNS = '1. Spotting the signs';
const CONV = '2. Starting a private conversation';
const SAY = 'What to say and what to avoid';
const CONF = '3. Confidentiality';
const ADJ = '4. Reasonable adjustments';
const WORK = '5. Workload and deadlines';
const LEAVE = '6. Keeping in touch during sick leave';
const RETURN = '7. Returning to work';
const PHASED = 'How to support a phased return step by step';
const SELF = '8. Looking after yourself';
const HR = '9. When to involve HR or occupational health';
const URGENT = 'Urgent help';
const FAQ = 'Frequently asked questions';
const F_TELL = 'Should I tell my manager that I think a colleague is depressed?';
const F_TALK = "What if my colleague doesn't want to talk?";
const F_ASK = 'Can a manager ask an employee if they have depression?';
const F_JOKE = 'Is it okay to joke around with a colleague who is depressed?';

/** Dev half for the Outlook-forwarded plain-text guide "Supporting a Colleague With Depression": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'who is this guide written for', expect: 'answer', style: 'plain', headings: [TITLE], evidence: ['This guide is for line managers and for colleagues who'] },
  { q: 'do I need to be an expert to help a depressed colleague', expect: 'answer', style: 'yes-no', headings: [TITLE], evidence: ['You do not need to be an expert to help.'] },
  { q: 'can people with depression keep working', expect: 'answer', style: 'plain', headings: [TITLE], evidence: ['many people keep working while they recover'] },
  { q: 'should I try to work out if my colleague has depression', expect: 'answer', style: 'plain', headings: [SIGNS], evidence: ['you should never try to diagnose a colleague'] },
  { q: 'what example sentence can I open with', expect: 'answer', style: 'plain', headings: [CONV], evidence: ['"You have seemed a bit quieter lately and I wanted'] },
  { q: 'how should I split up a big project for someone struggling', expect: 'answer', style: 'plain', headings: [WORK], evidence: ['Break large pieces of work into smaller steps with shorter'] },
  { q: 'is it ok to mention what happened to my friend with depression', expect: 'answer', style: 'paraphrase', headings: [SAY], evidence: ['Avoid comparing their experience with your own or with someone'] },
  { q: 'their work has slipped, do we start a capability process', expect: 'answer', style: 'paraphrase', headings: [WORK], evidence: ['separate support from any performance process and make sure health'] },
  { q: 'could there be a time I have to break confidence', expect: 'answer', style: 'paraphrase', headings: [CONF], evidence: ['The only time you may need to share something without', 'tell them what you are doing and why'] },
  { q: 'why does depression make ordinary work feel impossible', expect: 'answer', style: 'paraphrase', headings: [WORK], evidence: ['Depression can slow down thinking and make a normal workload'] },
  { q: 'sickness absence', expect: 'answer', style: 'short', headings: [SIGNS], evidence: ['more short-term sickness absence, often for headaches or stomach problems'] },
  { q: 'EAP', expect: 'answer', style: 'short', headings: [SELF], evidence: ['make use of an employee assistance programme if your organisation'] },
  { q: 'legal duty adjustments', expect: 'answer', style: 'short', headings: [ADJ], evidence: ['employers have a legal duty to consider reasonable adjustments'] },
  { q: 'shoud the adjustmens be reviewd', expect: 'answer', style: 'typo', headings: [ADJ], evidence: ['agreed with the person, not decided for them, and reviewed'] },
  { q: 'my colegue is alwys tierd and late', expect: 'answer', style: 'typo', headings: [SIGNS], evidence: ['seeming tired all the time, or arriving late more often'] },
  { q: 'wot do i tel the rest of the teem wen shes off', expect: 'answer', style: 'phonetic', headings: [CONF], evidence: ['Ask your colleague what they would like their co-workers to'] },
  { q: 'shud i keep invyting him to stuff if he wont tork', expect: 'answer', style: 'phonetic', headings: [F_TALK, FAQ], evidence: ['Keep treating them normally and include them as you always'] },
  { q: 'omg 😬 she cried at her desk today... is that a sign??', expect: 'answer', style: 'emoji-filler', headings: [SIGNS], evidence: ['being more irritable, tearful or easily upset'] },
  { q: 'hmm ok so what do i actually do on their first morning back 🙏', expect: 'answer', style: 'emoji-filler', headings: [RETURN], evidence: ['make sure someone greets them and that their equipment and'] },
  { q: 'my wife supervises a nurse who is struggling, what practical changes could she offer', expect: 'answer', style: 'caregiver', headings: [ADJ], evidence: ['time off for appointments with a doctor or therapist', 'a quieter place to work, or fewer open-plan interruptions'] },
  { q: 'my son is worried about his workmate but the workmate wont open up, what can he say', expect: 'answer', style: 'caregiver', headings: [F_TALK, FAQ], evidence: ['Let them know you have noticed, that you care and'] },
  { q: 'should the return plan be written down', expect: 'answer', style: 'yes-no', headings: [PHASED], evidence: ['Agree the plan in writing, including hours, duties and review dates.'] },
  { q: 'can I ask how someone is doing instead of asking about a diagnosis', expect: 'answer', style: 'yes-no', headings: [F_ASK, FAQ], evidence: ['ask how they are and whether anything at work is'] },
  { q: 'a message from the team or just from me, which is better when they are off', expect: 'answer', style: 'comparison', headings: [LEAVE], evidence: ['check first that your colleague is happy for people to'] },
  { q: 'is occupational health the same as HR making decisions about my job', expect: 'answer', style: 'comparison', headings: [HR], evidence: ['Occupational health advises; it does not make decisions about'] },
  { q: 'what happens in the return to work meeting and how long is a phased return', expect: 'answer', style: 'two-part', headings: [RETURN], evidence: ['A return-to-work meeting is a good chance to agree how', 'building up over a few weeks, often works well'] },
  { q: 'how do I notice if I am struggling too and what basics should I keep up', expect: 'answer', style: 'two-part', headings: [SELF], evidence: ['Notice if your own mood or sleep is suffering', 'breaks, time off and people you can talk to'] },
  { q: 'please when is right moment to tell HR about colleague long absence', expect: 'answer', style: 'non-native', headings: [HR], evidence: ['if absence is becoming long or frequent, or if you'] },
  { q: 'I am worry about do instructions only by speaking, is better write them?', expect: 'answer', style: 'non-native', headings: [ADJ], evidence: ['written instructions and clear priorities alongside verbal ones'] },
  { q: "I sit next to a guy who used to be the life of the office and now he barely says a word and eats lunch alone. I don't know him that well and I don't want to be nosy. Is it my place to say anything at all?", expect: 'answer', style: 'long-personal', headings: [SIGNS, CONV], evidence: ['They are simply a reason to check in.', 'Then stop and let them answer.'] },
  { q: 'and once they tell me, then what?', expect: 'answer', style: 'short', before: ['how do i bring up my worries with a teammate'], headings: [SAY], evidence: ['Let your colleague talk at their own pace, and do not'] },
  { q: 'who do I tell after that', expect: 'answer', style: 'short', before: ['my coworker said they might not be safe, what do I do'], headings: [URGENT], evidence: ['tell your manager or HR once your colleague is safe'] },
  // out of scope
  { q: 'how do I file a grievance against my manager', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what counts as a disability under the equality act', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I take annual leave during a phased return', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I support a colleague with an eating disorder', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what should be in a workplace wellbeing policy', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is CBT or counselling better for depression', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how many people in the uk have depression', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does brightside hr offer training for managers, how much is it', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what should i wear to an interview 🤔', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I manage a remote team across time zones', expect: 'fallback', style: 'out-of-scope' },
  { q: 'and can they claim benefits while off?', expect: 'fallback', style: 'out-of-scope', before: ['how do I keep in touch with someone on sick leave'] },
  { q: 'what are the side effects of sertraline', expect: 'fallback', style: 'out-of-scope' },
];
