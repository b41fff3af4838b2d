import type { ArticleCase } from '../types.ts';

const PLAN = 'Planning your return';
const MANAGER = 'Talking to your manager';
const PHASED = 'Phased return';
const ADJ = 'Reasonable adjustments';
const COLL = 'What to tell colleagues';
const FIRST = 'Coping with the first days';
const KEEP = 'Keeping well at work';
const HABITS = 'Everyday habits';
const CHECKINS = 'Regular check-ins';
const RELAPSE = 'Signs of relapse';
const OH = 'Occupational health';
const EAP = 'Employee assistance programme (EAP)';
const GP = 'Your GP';
const FAQ = 'Frequently asked questions';
const F_TELL = 'Do I have to tell my manager I had depression?';
const F_FIT = 'What if I am not ready when my fit note ends?';
const F_CAREER = 'Will my absence affect my career or performance review?';
const F_THERAPY = 'Can I take time off for therapy appointments?';

/** Test half for the Confluence "Export to HTML" page "Returning to Work After Depression": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'how do I know when I am ready to go back to work after depression', expect: 'answer', style: 'plain', headings: [PLAN], evidence: ['feeling completely better is not a requirement', 'they feel ready when their sleep has settled'] },
  { q: 'what is a phased return', expect: 'answer', style: 'plain', headings: [PHASED], evidence: ['building back up to your usual hours and duties'] },
  { q: 'what does occupational health do', expect: 'answer', style: 'plain', headings: [OH], evidence: ['independent, confidential service that advises on health and work', 'can recommend a phased return plan and adjustments'] },
  { q: 'what should we talk about in the return to work meeting', expect: 'answer', style: 'plain', headings: [MANAGER], evidence: ['any changes to your hours, duties or workload', 'how often you will meet in the first weeks'] },
  { q: 'how can i stop it coming back once i am working normal hours again', expect: 'answer', style: 'paraphrase', headings: [KEEP, HABITS], evidence: ['The habits that helped your recovery still matter.', 'Keep regular hours and avoid routinely working late or at weekends.'] },
  { q: 'what could they change about my job so it is easier to manage', expect: 'answer', style: 'paraphrase', headings: [ADJ], evidence: ['flexible start and finish times', 'a temporary change of duties or a lighter caseload'] },
  { q: 'how will I tell if things are sliding downhill again', expect: 'answer', style: 'paraphrase', headings: [RELAPSE], evidence: ['sleeping badly again, or much more than usual', 'withdrawing from colleagues or avoiding meetings'] },
  { q: 'is there somewhere free and private I can ring for counselling', expect: 'answer', style: 'paraphrase', headings: [EAP], evidence: ['a free, confidential phone and online service for all staff', 'short-term counselling and practical advice'] },
  { q: 'wellness action plan', expect: 'answer', style: 'short', headings: [MANAGER, CHECKINS], evidence: ['a short document you fill in yourself'] },
  { q: 'paid?', before: ['tell me about phased returns'], expect: 'answer', style: 'short', headings: [PHASED], evidence: ['normally paid your full salary for the hours you would usually work'] },
  { q: 'fit note', expect: 'answer', style: 'short', headings: [GP, F_FIT, FAQ], evidence: ['may be fit for work with changes is a good starting point', 'Speak to your GP before the fit note ends'] },
  { q: 'how long dose a phased retrun usualy last', expect: 'answer', style: 'typo', headings: [PHASED], evidence: ['It normally lasts between two and six weeks'] },
  { q: 'can my manger tell my collegues why i was off', expect: 'answer', style: 'typo', headings: [COLL], evidence: ['Your manager must not share details of your health without your permission.'] },
  { q: 'do i need to be compleetly better befor i go bak', expect: 'answer', style: 'typo', headings: [PLAN], evidence: ['feeling completely better is not a requirement'] },
  { q: 'whats the employee assistanse progam', expect: 'answer', style: 'phonetic', headings: [EAP], evidence: ['a free, confidential phone and online service for all staff'] },
  { q: 'reesonable ajustments for depreshun', expect: 'answer', style: 'phonetic', headings: [ADJ], evidence: ['changes to how, when or where you work'] },
  { q: 'ugh first day back tomorrow 😬😬 any tips??', expect: 'answer', style: 'emoji-filler', headings: [FIRST], evidence: ['arrive a little early so you are not rushed', 'Start with simple tasks you know well'] },
  { q: 'sooo um what if I just have one really awful day early on lol 😅', expect: 'answer', style: 'emoji-filler', headings: [FIRST], evidence: ['One difficult day does not mean the return is failing.'] },
  { q: 'I manage someone coming back from depression next week, what should I say to the rest of the team?', expect: 'answer', style: 'caregiver', headings: [COLL], evidence: ['do not tell the team why a colleague has been off', 'say that they are coming back'] },
  { q: 'my husband is going back to work after being off with depression, can he keep going to therapy during work hours?', expect: 'answer', style: 'caregiver', headings: [F_THERAPY, FAQ, ADJ], evidence: ['one of the most common adjustments', 'time off for therapy or medical appointments'] },
  { q: 'can I refer myself to the EAP without asking my manager?', expect: 'answer', style: 'yes-no', headings: [EAP], evidence: ['without going through your manager'] },
  { q: 'will HR find out if I use the counselling line?', expect: 'answer', style: 'yes-no', headings: [EAP], evidence: ['We do not find out who has used it.'] },
  { q: 'does occupational health give you treatment?', expect: 'answer', style: 'yes-no', headings: [OH], evidence: ['but they do not provide treatment'] },
  { q: 'should I see occupational health or my GP about changing my duties, which one does what?', expect: 'answer', style: 'comparison', headings: [OH, GP], evidence: ['An occupational health adviser can recommend a phased return plan and adjustments', 'Your GP remains your main source of medical care.'] },
  { q: 'is it better to go back full time straight away or build up slowly?', expect: 'answer', style: 'comparison', headings: [PHASED], evidence: ['rather than going straight back full time', 'less likely that you will become unwell again'] },
  { q: 'how long is a phased return and who decides the plan?', expect: 'answer', style: 'two-part', headings: [PHASED], evidence: ['It normally lasts between two and six weeks', 'usually agreed between you, your manager and, where involved, occupational health'] },
  { q: 'what are warning signs of depression coming back and what should i do if i see them', expect: 'answer', style: 'two-part', headings: [RELAPSE], evidence: ['finding it hard to concentrate or make decisions', 'Speak to your GP or your treating clinician'] },
  { q: 'please, the sickness time off, it will be bad for my promotion later?', expect: 'answer', style: 'non-native', headings: [F_CAREER, FAQ], evidence: ['Your sickness absence should not be held against you.'] },
  { q: 'my doctor paper finish next week but I am not ready still, what I do', expect: 'answer', style: 'non-native', headings: [F_FIT, FAQ], evidence: ['Speak to your GP before the fit note ends', 'better to agree a later date or a slower return'] },
  { q: "I've been off for three months and I'm dreading people at work asking me where I've been. I don't really want everyone knowing it was depression but I also hate lying. How do other people handle it?", expect: 'answer', style: 'long-personal', headings: [COLL], evidence: ['say they have been off for health reasons and leave it there', 'have a short, simple answer ready for when people ask'] },
  // follow-ups
  { q: 'and how often should we meet after that?', before: ['what happens at the return to work meeting?'], expect: 'answer', style: 'short', headings: [CHECKINS], evidence: ['short, regular one-to-ones with your manager for the first few months'] },
  { q: 'what if it does happen, who do I talk to?', before: ['what are the signs that my depression is coming back?'], expect: 'answer', style: 'paraphrase', headings: [RELAPSE], evidence: ['Speak to your GP or your treating clinician', 'let your manager know if you need more support at work'] },
  // out of scope
  { q: 'how much statutory sick pay will I get?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I be dismissed for having too many sick days?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which antidepressant is best for going back to work?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I apply for ill health early retirement?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how many counselling sessions does the EAP give you?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I book annual leave in the HR system?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I claim universal credit while I am off sick?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I make a grievance complaint about my manager?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is mindfulness training available for staff?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'wat time does the canteen open 🍕', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how does returning to work after maternity leave work?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i reset my laptop password', expect: 'fallback', style: 'out-of-scope' },
];
