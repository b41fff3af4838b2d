import type { ArticleCase } from '../types.ts';

const TITLE = 'Wellbeing : Returning to Work After Depression';
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
const SUPPORT = 'Support available';
const OH = 'Occupational health';
const EAP = 'Employee assistance programme (EAP)';
const GP = 'Your GP';
const FAQ = 'Frequently asked questions';
const F_TELL = 'Do I have to tell my manager I had depression?';
const F_FIT = 'What if I am not ready when my fit note ends?';
const F_CAREER = 'Will my absence affect my career or performance review?';
const F_THERAPY = 'Can I take time off for therapy appointments?';

/** Dev half for the Confluence "Export to HTML" page "Returning to Work After Depression": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'what can I do while I am still off sick to prepare for going back', expect: 'answer', style: 'plain', headings: [PLAN], evidence: ['practise your work routine at home', 'how and how often you would like to keep in touch'] },
  { q: 'is depression classed as a disability', expect: 'answer', style: 'plain', headings: [ADJ], evidence: ['may count as a disability under equality law'] },
  { q: 'what does the EAP help with', expect: 'answer', style: 'plain', headings: [EAP], evidence: ['practical advice on things like money, housing and relationships'] },
  { q: 'can my GP help with going back to work', expect: 'answer', style: 'plain', headings: [GP], evidence: ['review your treatment, issue a fit note'] },
  { q: 'I always go blank in meetings, how do I get my points across to my boss', expect: 'answer', style: 'paraphrase', headings: [MANAGER], evidence: ['write down a few points beforehand, especially if you tend to freeze'] },
  { q: 'is going back good for you or should you stay home until totally well', expect: 'answer', style: 'paraphrase', headings: [TITLE, PLAN], evidence: ['Work can be good for recovery when the return is planned', 'feeling completely better is not a requirement'] },
  { q: 'who gets to read what the work doctor writes about me', expect: 'answer', style: 'paraphrase', headings: [OH], evidence: ['you will see the report before it is shared'] },
  { q: 'I am staying later and later just to keep on top of things', expect: 'answer', style: 'paraphrase', headings: [RELAPSE], evidence: ['working longer and longer hours to keep up'] },
  { q: 'home working', expect: 'answer', style: 'short', headings: [ADJ], evidence: ['more home working for a while'] },
  { q: 'lunch breaks', expect: 'answer', style: 'short', headings: [FIRST], evidence: ['including a proper lunch break away from your desk'] },
  { q: 'return meeting by video?', expect: 'answer', style: 'short', headings: [PLAN], evidence: ['ask to hold the meeting somewhere private or by video call'] },
  { q: 'can my diagnossis stay privat from my boss', expect: 'answer', style: 'typo', headings: [MANAGER, F_TELL, FAQ], evidence: ['You do not have to share your diagnosis'] },
  { q: 'i feel so tierd and slow in my first week bak is that normal', expect: 'answer', style: 'typo', headings: [FIRST], evidence: ['You may feel tired, self-conscious or slower than you used to be.'] },
  { q: 'can the phaced return plan be chanjed if its not wurking', expect: 'answer', style: 'typo', headings: [PHASED], evidence: ['it can be changed if it is not working'] },
  { q: 'ockupayshunal helth refferal', expect: 'answer', style: 'phonetic', headings: [OH, PLAN], evidence: ['Your manager can refer you, with your agreement', 'ask for an occupational health referral'] },
  { q: 'wot habbits shud i keep up wen im bak at wurk', expect: 'answer', style: 'phonetic', headings: [HABITS, KEEP], evidence: ['Move during the day, even a short walk at lunchtime.'] },
  { q: 'honestly kinda relieved AND terrified about going back 🙃 is that weird', expect: 'answer', style: 'emoji-filler', headings: [TITLE], evidence: ['Many people feel a mix of relief and worry'] },
  { q: 'ok so like... what do I even do in the evenings the first week?? 😴', expect: 'answer', style: 'emoji-filler', headings: [FIRST], evidence: ['Keep your evenings quiet at first'] },
  { q: 'as a team leader, how should I support someone on a phased return week to week?', expect: 'answer', style: 'caregiver', headings: [PHASED, CHECKINS], evidence: ['Review it with your manager at the end of each week.', 'short, regular one-to-ones with your manager'] },
  { q: 'my daughter is anxious her performance review will suffer because she was off with depression', expect: 'answer', style: 'caregiver', headings: [F_CAREER, FAQ], evidence: ['take your health and any adjustments into account'] },
  { q: 'do I have to go through my manager to get counselling?', expect: 'answer', style: 'yes-no', headings: [EAP], evidence: ['without going through your manager'] },
  { q: 'will my manager keep my wellness plan confidential?', expect: 'answer', style: 'yes-no', headings: [MANAGER], evidence: ['Your manager keeps it confidential'] },
  { q: 'are they only temporary?', before: ['what reasonable adjustments could I ask for?'], expect: 'answer', style: 'yes-no', headings: [ADJ], evidence: ['Adjustments can be temporary or longer term.'] },
  { q: 'what is the difference between the EAP and occupational health', expect: 'answer', style: 'comparison', headings: [EAP, OH, SUPPORT], evidence: ['short-term counselling and practical advice', 'advises on health and work'] },
  { q: 'is it smarter to tell the team it was depression or just say health reasons?', expect: 'answer', style: 'comparison', headings: [COLL], evidence: ['Some people are happy for the team to know', 'say they have been off for health reasons and leave it there'] },
  { q: 'what would a first week on a phased return look like, and what jobs would I do?', expect: 'answer', style: 'two-part', headings: [PHASED], evidence: ['Catching up on emails, meeting the team, training'] },
  { q: 'can I get time off for my therapy and do I need to tell my manager in advance?', expect: 'answer', style: 'two-part', headings: [F_THERAPY, FAQ], evidence: ['Try to give your manager notice where you can'] },
  { q: 'my medicine make me very sleepy in morning, I can start work later?', expect: 'answer', style: 'non-native', headings: [ADJ], evidence: ['flexible start and finish times, for example if your medication'] },
  { q: 'how I say no when too much work is given to me after I come back', expect: 'answer', style: 'non-native', headings: [HABITS], evidence: ['ask for help with priorities, when your workload grows too big'] },
  { q: "Last time I went back after being off I tried to prove I was fine, took on everything and ended up signed off again within two months. I'm due back in a few weeks and really don't want a repeat. What should I be doing differently?", expect: 'answer', style: 'long-personal', headings: [PHASED, RELAPSE], evidence: ['less likely that you will become unwell again', 'Acting early often means a short adjustment rather than more time off.'] },
  // follow-ups
  { q: 'what goes in it?', before: ['what is a wellness action plan'], expect: 'answer', style: 'short', headings: [MANAGER], evidence: ['what keeps you well at work, early warning signs'] },
  { q: 'and what if several days feel too much?', before: ['how do I cope with the first few days back'], expect: 'answer', style: 'paraphrase', headings: [FIRST], evidence: ['Talk to your manager if several days in a row'] },
  // out of scope
  { q: 'how many sick days am I allowed before a formal review?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I get a grant for a standing desk?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'should I come off my antidepressants before going back to work?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I apply for Access to Work funding?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I change to a different team permanently?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'where is the occupational health office?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does private medical insurance cover therapy?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I become a mental health first aider?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what are the symptoms of bipolar disorder', expect: 'fallback', style: 'out-of-scope' },
  { q: 'when is the christmas party 🎄', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I submit an expenses claim?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'my son has depression and is off school, how do i get him back into classes?', expect: 'fallback', style: 'out-of-scope' },
];
