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

/** Test half for the Outlook-forwarded plain-text guide "Supporting a Colleague With Depression": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what are the signs that a coworker might be depressed', expect: 'answer', style: 'plain', headings: [SIGNS], evidence: ['finding it hard to concentrate or make decisions', 'being more withdrawn, quieter in meetings or skipping social moments'] },
  { q: 'how do I start a conversation with a colleague I am worried about', expect: 'answer', style: 'plain', headings: [CONV], evidence: ['Choose a quiet, private place and a time when neither', 'Open with what you have noticed, in a neutral way'] },
  { q: 'what examples of reasonable adjustments are there for depression', expect: 'answer', style: 'plain', headings: [ADJ], evidence: ['flexible start and finish times, especially if mornings are hard', 'a temporary change to duties, such as less customer-facing work'] },
  { q: 'how often should I contact someone who is off sick with depression', expect: 'answer', style: 'plain', headings: [LEAVE], evidence: ['Some people like a short message every week or two', 'agree before they go, or soon after, how and how often'] },
  { q: 'what is a phased return', expect: 'answer', style: 'plain', headings: [RETURN], evidence: ['starting with fewer hours or days and building up over'] },
  { q: 'what does occupational health actually do', expect: 'answer', style: 'plain', headings: [HR], evidence: ['An occupational health referral can give independent advice on what', 'Occupational health advises; it does not make decisions about'] },
  { q: 'they keep saying everything is fine but clearly it isnt, should I drop it', expect: 'answer', style: 'paraphrase', headings: [CONV], evidence: ['Many people need to be asked more than once before', 'If they say they are fine, accept it and leave'] },
  { q: 'which well meaning comments tend to backfire', expect: 'answer', style: 'paraphrase', headings: [SAY], evidence: ['can make someone feel dismissed, such as "cheer up"'] },
  { q: 'my teammate is drowning in tasks, how do I lighten the load without making them feel pushed aside', expect: 'answer', style: 'paraphrase', headings: [WORK], evidence: ['Be careful not to remove so much work that the', 'Agree which tasks matter most and which can be paused'] },
  { q: 'is it my job to be their counsellor', expect: 'answer', style: 'paraphrase', headings: [SELF], evidence: ['You are a colleague or a manager, not their therapist'] },
  { q: 'confidentiality', expect: 'answer', style: 'short', headings: [CONF], evidence: ['is personal and should be treated as confidential', 'Agree with them what, if anything, will be shared and'] },
  { q: 'first day back', expect: 'answer', style: 'short', headings: [RETURN], evidence: ['On the first day, make sure someone greets them and'] },
  { q: 'adjustments cost?', expect: 'answer', style: 'short', before: ['what adjustments can a manager offer someone with depression'], headings: [ADJ], evidence: ['Adjustments do not need to be expensive.', 'Most cost little or nothing.'] },
  { q: 'wat shud i say when a colegue tells me there depressed', expect: 'answer', style: 'typo', headings: [SAY], evidence: ['"Thank you for telling me."', 'Listening matters more than having the right words.'] },
  { q: 'can we sned a card to somone on sick leve', expect: 'answer', style: 'typo', headings: [LEAVE], evidence: ['The team can send a card or a short message'] },
  { q: 'ockupational helth referal do they have to agree', expect: 'answer', style: 'phonetic', headings: [HR], evidence: ['they have to agree to it, and they can see'] },
  { q: 'wot if they dont wanna tork about it', expect: 'answer', style: 'phonetic', headings: [F_TALK, FAQ], evidence: ['Respect that. Let them know you have noticed, that you care'] },
  { q: 'ugh 😩 supporting my coworker is wiping me out lol, any tips for me??', expect: 'answer', style: 'emoji-filler', headings: [SELF], evidence: ['Supporting someone with depression can be tiring, especially if you', 'It is fine to set limits.'] },
  { q: 'sooo umm can i still have a laugh with them 😅', expect: 'answer', style: 'emoji-filler', headings: [F_JOKE, FAQ], evidence: ['Treating someone as normal is often what they want most.', 'Just avoid jokes about mental health or about their absence.'] },
  { q: 'my husband manages a team and one of his staff has gone quiet and keeps missing deadlines, what should he look for', expect: 'answer', style: 'caregiver', headings: [SIGNS], evidence: ['missing deadlines or making mistakes that are out of character', 'so the most useful thing you can notice is a'] },
  { q: 'my daughter is a team leader and her colleague told her something worrying about not feeling safe, what should she do', expect: 'answer', style: 'caregiver', headings: [URGENT], evidence: ['stay with them, stay calm and help them get urgent', 'call the emergency services, or use a national crisis'] },
  { q: 'can my manager ask me straight out whether I have depression?', expect: 'answer', style: 'yes-no', headings: [F_ASK, FAQ], evidence: ['A manager should not ask directly whether someone has a'] },
  { q: 'does the whole team have to be told why someone is working different hours', expect: 'answer', style: 'yes-no', headings: [CONF], evidence: ['the reason does not have to be shared with the'] },
  { q: 'is one bad week after coming back a sign it has failed', expect: 'answer', style: 'yes-no', before: ['my colleague just came back to work after depression'], headings: [RETURN], evidence: ['A bad week does not mean the return has failed.', 'remember that recovery is not always a straight line'] },
  { q: 'is it better to tell our boss I think my colleague is depressed or talk to the colleague first', expect: 'answer', style: 'comparison', headings: [F_TELL, FAQ], evidence: ['It is usually better to talk to your colleague first'] },
  { q: 'meeting room or going for a walk, which is better for the chat', expect: 'answer', style: 'comparison', headings: [CONV], evidence: ['A walk or a coffee away from the desk can'] },
  { q: 'what should the first week back look like and when do we review the adjustments', expect: 'answer', style: 'two-part', headings: [PHASED, RETURN], evidence: ['Keep the first week light and free of urgent deadlines.', 'Review the adjustments after a month and change what is'] },
  { q: 'when should I go to HR and can I get advice for myself too', expect: 'answer', style: 'two-part', headings: [HR, SELF], evidence: ['Involve HR early if adjustments are needed, if absence is', 'Talk to your own manager or HR in confidence if'] },
  { q: 'please what I must not ask about his health and medicine', expect: 'answer', style: 'non-native', headings: [SAY], evidence: ['Do not press for details about their health or treatment'] },
  { q: 'is possible colleague work from home some days because the depression', expect: 'answer', style: 'non-native', headings: [ADJ], evidence: ['working from home on some days'] },
  { q: "I manage a small team and one of my best people has been off for six weeks. I don't want to hassle her but I also don't want her to think we've forgotten about her. What's the right balance?", expect: 'answer', style: 'long-personal', headings: [LEAVE], evidence: ['Let them know they are missed and that their job', 'Keep contact friendly and brief, and do not ask about'] },
  { q: 'and do they get to read what it says about them?', expect: 'answer', style: 'yes-no', before: ['should we refer my colleague to occupational health'], headings: [HR], evidence: ['and they can see the report before it is shared'] },
  // out of scope
  { q: 'how much statutory sick pay is someone entitled to', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can my employer sack me for being off with depression', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which antidepressant works best for people who work night shifts', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I support a colleague going through a divorce', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the best mental health first aid course to book', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I write a fit note', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long is the waiting list for therapy on the nhs', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats the brightside office address for visitors parking', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I claim the cost of a standing desk on expenses', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I ask for a pay rise 😬', expect: 'fallback', style: 'out-of-scope' },
  { q: 'and what about bipolar disorder, how is it different', expect: 'fallback', style: 'out-of-scope', before: ['what are the signs a coworker is depressed'] },
  { q: 'do employers have to pay for private counselling sessions', expect: 'fallback', style: 'out-of-scope' },
];
