import type { ArticleCase } from '../types.ts';

const WHAT = 'What is work stress?';
const PRESS = 'Pressure is not the same as stress';
const SIGNS = 'Signs of work stress';
const BODY = 'Signs in your body';
const MIND = 'Signs in your mind and feelings';
const BEH = 'Signs in your behaviour';
const CAUSES = 'Common causes of stress at work';
const VS = 'Stress, burnout or depression?';
const SELF = 'What you can do yourself';
const HABITS = 'Small daily habits';
const BOUND = 'Setting boundaries';
const MGR = 'Talking to your manager';
const RIGHTS = 'Your rights at work';
const DOC = 'When to see a doctor';
const HELP = 'Where to get help';
const FAQ = 'Frequently asked questions';
const F_SICK = "Can my employer ask why I'm off sick?";
const F_COLL = "Should I tell my colleagues I'm struggling?";
const F_ILL = 'Can stress make me physically ill?';
const F_OFF = 'Will taking time off make things worse?';

/** Test half for the Notion-exported page "Stress at Work and Your Mental Health": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what are the common causes of stress at work', expect: 'answer', style: 'plain', headings: [CAUSES], evidence: ['Too much work, unrealistic deadlines or long hours', 'Too little control over how and when you do your work'] },
  { q: 'when should I see a doctor about stress from my job', expect: 'answer', style: 'plain', headings: [DOC], evidence: ['See a doctor if stress is affecting your sleep', 'or if it has gone on for more than a few weeks'] },
  { q: 'my shoulders are rock solid and my head pounds every afternoon, could that be my job', expect: 'answer', style: 'paraphrase', headings: [BODY, SIGNS], evidence: ['Headaches, muscle tension or pain in your neck and shoulders'] },
  { q: "is it normal that my brain won't switch off on saturdays and sundays", expect: 'answer', style: 'paraphrase', headings: [MIND, SIGNS], evidence: ['Worrying about work in the evenings and at weekends'] },
  { q: 'what does my company owe me when it comes to keeping me well', expect: 'answer', style: 'paraphrase', headings: [RIGHTS], evidence: ['employers have a duty to protect the health and safety'] },
  { q: 'reasonable adjustments', expect: 'answer', style: 'short', headings: [RIGHTS], evidence: ['you may be entitled to reasonable adjustments', 'These are changes that help you do your job'] },
  { q: 'eap?', expect: 'answer', style: 'short', headings: [MGR, HELP], evidence: ['it may offer free and confidential counselling', 'Your employee assistance programme, if your workplace has one'] },
  { q: 'how do i tak to my manger about beeing stresed', expect: 'answer', style: 'typo', headings: [MGR], evidence: ['most managers would rather know early, while there is still time', 'write down what is causing you stress and one'] },
  { q: 'signs of stres in behavour', expect: 'answer', style: 'typo', headings: [BEH, SIGNS], evidence: ['Working longer hours but getting less done', 'Snapping at colleagues, friends or family'] },
  { q: 'can my employr ask why im of sick', expect: 'answer', style: 'typo', headings: [F_SICK, FAQ], evidence: ['Your employer can ask for a reason and may ask'] },
  { q: 'wot can i do myself to feel les stresst', expect: 'answer', style: 'phonetic', headings: [SELF, HABITS, BOUND], evidence: ['small changes can make a real difference to how you feel', 'Regular physical activity is one of the best ways to lower stress'] },
  { q: 'can stres make u fizically ill', expect: 'answer', style: 'phonetic', headings: [F_ILL, FAQ], evidence: ['Long-term stress can raise blood pressure, weaken your immune system'] },
  { q: 'ugh 😩😩 work is killing me lol, like what even helps?? 🙏', expect: 'answer', style: 'emoji-filler', headings: [SELF, HABITS], evidence: ['Take a proper lunch break away from your desk', 'Regular physical activity is one of the best ways to lower stress', 'small changes can make a real difference to how you feel'] },
  { q: "ok so 😅 basically i can't sleep bc of work stuff... is that a stress thing or what 🤷", expect: 'answer', style: 'emoji-filler', headings: [BODY, SIGNS], evidence: ['Trouble falling asleep, or waking early thinking about work'] },
  { q: 'my husband comes home from work and snaps at the kids every night, could it be stress', expect: 'answer', style: 'caregiver', headings: [BEH, SIGNS], evidence: ['Snapping at colleagues, friends or family'] },
  { q: 'my daughter works crazy hours and says she feels empty and detached, is that burnout', expect: 'answer', style: 'caregiver', headings: [VS], evidence: ['Exhausted, empty and detached from work', 'Mostly linked to work itself'] },
  { q: 'my dad is being picked on at work because of his depression, what should he do', expect: 'answer', style: 'caregiver', headings: [RIGHTS], evidence: ['keep a written record of what happened and when', 'A union, an employment advice service or a lawyer can explain'] },
  { q: 'is work stress a mental illness?', expect: 'answer', style: 'yes-no', headings: [WHAT], evidence: ['It is not a mental illness in itself'] },
  { q: 'do I have to tell my boss what my diagnosis is?', expect: 'answer', style: 'yes-no', headings: [MGR, F_SICK, FAQ], evidence: ['You do not have to share details of your health', 'You can decide how much detail to share about your health.'] },
  { q: "should I let people on my team know I'm not coping", expect: 'answer', style: 'yes-no', headings: [F_COLL, FAQ], evidence: ['Telling a colleague you trust can make work feel less lonely', 'but you do not have to tell anyone'] },
  { q: 'what is the difference between pressure and stress', expect: 'answer', style: 'comparison', headings: [PRESS], evidence: ['Pressure becomes stress when you feel you have lost control', 'Some pressure can help you focus and get things done.'] },
  { q: 'stress vs depression, how do I tell them apart', expect: 'answer', style: 'comparison', headings: [VS], evidence: ['Affects all areas of life, not just work', 'If your low mood stays the same on holidays and weekends'] },
  { q: 'what should i write down before meeting my manager, and should we meet again after?', expect: 'answer', style: 'two-part', headings: [MGR], evidence: ['write down what is causing you stress and one', 'meet again in a few weeks to see how things are going'] },
  { q: 'can my doctor sign me off work and what will they check', expect: 'answer', style: 'two-part', headings: [DOC], evidence: ['may give you a note for time off work', 'A doctor can check for other causes of your symptoms'] },
  { q: 'what causes work stress and can problems at home make it worse', expect: 'answer', style: 'two-part', headings: [CAUSES], evidence: ['Too much work, unrealistic deadlines or long hours', 'can make work stress harder to handle'] },
  { q: 'please what is meaning of phased return, I come back after sick leave', expect: 'answer', style: 'non-native', headings: [RIGHTS, F_OFF, FAQ], evidence: ['A phased return after time off sick', 'Planning your return with your manager can make going back easier'] },
  { q: 'I am working from home and I cannot stop to work in evening, what I can do', expect: 'answer', style: 'non-native', headings: [BOUND, HABITS], evidence: ['Try to keep a clear end to your working day', 'Switch off work notifications at a set time each evening'] },
  {
    q: "I've been at the same company 6 years and since the restructure last spring I'm basically doing two people's jobs. I'm wiped out every weekend, I've stopped seeing friends and I start dreading Monday on Saturday night. Part of me thinks I'm just weak and should cope better, is this actually a real thing?",
    expect: 'answer', style: 'long-personal', headings: [WHAT, CAUSES], evidence: ['It is not a sign of weakness', 'it is a real reaction with real effects', 'such as restructuring, or worries about losing your job'],
  },
  {
    q: "My GP offered me two weeks off for stress but honestly I'm scared I'll fall even further behind and it'll be worse going back. I've never taken sick leave in my life and my team is already stretched thin. Would time off just make it harder?",
    expect: 'answer', style: 'long-personal', headings: [F_OFF, FAQ], evidence: ['A short break can help you recover', 'Planning your return with your manager can make going back easier'],
  },
  // follow-ups
  { q: 'and in my body?', before: ['what are the signs of work stress'], expect: 'answer', style: 'short', headings: [BODY, SIGNS], evidence: ['Headaches, muscle tension or pain in your neck and shoulders', 'Feeling tired all the time, even after a day off'] },
  { q: 'ok and what helps with burnout then', before: ['how is burnout different from stress'], expect: 'answer', style: 'comparison', headings: [VS], evidence: ['Changes at work and a proper break'] },
  { q: "what if they're the one causing it tho 😬", before: ['how do I bring up stress with my manager'], expect: 'answer', style: 'emoji-filler', headings: [MGR], evidence: ['you can speak to another senior person, someone in human resources'] },
  // out of scope: same domain, not covered
  { q: 'how much does an employee assistance programme cost a small business', expect: 'fallback', style: 'out-of-scope', why: 'price; the page never gives one' },
  { q: 'how many weeks of statutory sick pay do I get in the UK', expect: 'fallback', style: 'out-of-scope', why: 'a named country\'s rules; the page keeps rights general' },
  { q: 'is sertraline good for work stress', expect: 'fallback', style: 'out-of-scope', why: 'named drug never in the text' },
  { q: 'does EMDR help with burnout', expect: 'fallback', style: 'out-of-scope', why: 'named therapy never in the text' },
  { q: 'where is the nearest occupational health clinic in Manchester', expect: 'fallback', style: 'out-of-scope', why: 'place' },
  { q: 'can I sue my employer under the Equality Act 2010 for stress', expect: 'fallback', style: 'out-of-scope', why: 'a named law; the page gives no legal specifics' },
  // out of scope: off-domain
  { q: 'how do I reset my password on this site', expect: 'fallback', style: 'out-of-scope' },
  { q: "what's a good recipe for banana bread", expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I write a cover letter for a new job', expect: 'fallback', style: 'out-of-scope', why: 'job-related wording, but not about stress' },
  { q: 'what time does the gym open on sundays', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I export a Notion page to PDF', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats the weather tomorrow 🌧️', expect: 'fallback', style: 'out-of-scope' },
];
