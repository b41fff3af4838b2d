import type { ArticleCase } from '../types.ts';

const WHAT = 'What is social anxiety?';
const SHY = 'Social anxiety or shyness?';
const BODY = 'In your body';
const THOUGHTS = 'In your thoughts';
const DO = 'In what you do';
const TRIG = 'Common triggers';
const CAUSE = 'What causes it?';
const MOOD = 'Social anxiety and low mood';
const SELF = 'Self-help steps you can try';
const CBT = 'CBT and other help';
const GP = 'Talking to your GP';
const FRIEND = 'Supporting a friend';
const FAQ = 'Frequently asked questions';
const F_AWAY = 'Will social anxiety go away on its own?';
const F_KIDS = 'Can children and teenagers have social anxiety?';
const F_INTRO = 'Is it the same as being an introvert?';
const F_ALC = 'Does alcohol help with social anxiety?';

/** Test half for the Google Docs "Web page" export "Social Anxiety: When Everyday Situations Feel Hard": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what is social anxiety disorder', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['a strong and lasting fear of social situations'] },
  { q: 'what are the common triggers for social anxiety', expect: 'answer', style: 'plain', headings: [TRIG], evidence: ['Meeting new people or making small talk', 'Speaking up in meetings or classes, or giving a presentation'] },
  { q: 'what causes social anxiety', expect: 'answer', style: 'plain', headings: [CAUSE], evidence: ['Social anxiety seems to come from a mix of things'] },
  { q: 'why do I keep going over what I said in my head for days after', expect: 'answer', style: 'paraphrase', headings: [THOUGHTS, SHY], evidence: ['Replaying conversations afterwards and picking out every mistake', 'Going over every word for hours or days'] },
  { q: 'can getting picked on as a kid leave you scared of people later on', expect: 'answer', style: 'paraphrase', headings: [CAUSE], evidence: ['Being bullied, teased, left out or humiliated, especially at school'] },
  { q: 'do i need my doctor to sign me up for therapy', expect: 'answer', style: 'paraphrase', headings: [CBT], evidence: ['you can refer yourself to NHS Talking Therapies'] },
  { q: 'blushing', expect: 'answer', style: 'short', headings: [BODY], evidence: ['Blushing, sweating or shaking when people look at you'] },
  { q: 'safety behaviours?', expect: 'answer', style: 'short', headings: [DO], evidence: ['They feel helpful in the moment, but they keep the fear'] },
  { q: 'cbt', expect: 'answer', style: 'short', headings: [CBT], evidence: ['The best-known treatment for social anxiety is', 'work with a therapist to spot the thoughts and habits'] },
  { q: 'is social anxiety diffrent from just being shy', expect: 'answer', style: 'typo', headings: [SHY], evidence: ['Social anxiety is different because the fear is intense'] },
  { q: 'how do i supprot my freind who gets anxous around peolpe', expect: 'answer', style: 'typo', headings: [FRIEND], evidence: ['Be patient and do not push them into situations', 'Invite them to small, low-key plans, like a walk'] },
  { q: 'how long dose cbt take for soical anxiety', expect: 'answer', style: 'typo', headings: [CBT], evidence: ['usually involves weekly sessions over a few months'] },
  { q: 'wot r the sines in ur body', expect: 'answer', style: 'phonetic', headings: [BODY], evidence: ['A racing heart or a tight feeling in the chest', 'Blushing, sweating or shaking when people look at you'] },
  { q: 'duz it go away by itself', before: ['what is social anxiety'], expect: 'answer', style: 'phonetic', headings: [F_AWAY, FAQ], evidence: ['For some people it eases with time, but for many'] },
  { q: "ugh 😩 work xmas party next week and i'm already dreading it... is this normal or is it social anxiety??", expect: 'answer', style: 'emoji-filler', headings: [SHY, THOUGHTS], evidence: ['Dread for days or weeks beforehand', 'Worrying for days before an event that you will say something stupid'] },
  { q: '🙈 how do i even start helping myself with this lol', expect: 'answer', style: 'emoji-filler', headings: [SELF], evidence: ['Make a list of situations from least to most scary', 'Self-help works best for milder social anxiety'] },
  { q: "my 12 year old cries and clings every morning before school and won't talk in class, could it be social anxiety?", expect: 'answer', style: 'caregiver', headings: [F_KIDS, FAQ], evidence: ['refusing to speak in class, or tummy aches on school days', 'It often begins between the ages of 10 and 20.'] },
  { q: 'my partner always makes excuses to skip parties and work dos, how can I help him', expect: 'answer', style: 'caregiver', headings: [FRIEND], evidence: ['Invite them to small, low-key plans, like a walk', 'Praise small steps, such as making a phone call'] },
  { q: 'my flatmate gets me to do all the talking in shops for her, should I keep doing that', expect: 'answer', style: 'caregiver', headings: [FRIEND], evidence: ['Do not speak for them or answer questions on their behalf'] },
  { q: 'is social anxiety common', expect: 'answer', style: 'yes-no', headings: [WHAT], evidence: ['It is one of the most common anxiety problems.'] },
  { q: 'does having a few drinks before a party help with the nerves', expect: 'answer', style: 'yes-no', headings: [F_ALC, FAQ], evidence: ['but it does not help in the long run', 'Relying on alcohol can become another safety behaviour'] },
  { q: 'can i do cbt online', expect: 'answer', style: 'yes-no', headings: [CBT], evidence: ['It can be done one to one, in a group or online.'] },
  { q: 'what is the difference between being an introvert and having social anxiety', expect: 'answer', style: 'comparison', headings: [F_INTRO, FAQ], evidence: ['Introverts enjoy quiet time and recharge on their own', 'may long to be around people but feel held back by fear'] },
  { q: 'shy vs socially anxious - how do they feel once the event is over', expect: 'answer', style: 'comparison', headings: [SHY], evidence: ['Going over every word for hours or days'] },
  { q: 'what is social anxiety and how is it treated', expect: 'answer', style: 'two-part', headings: [WHAT, CBT], evidence: ['a strong and lasting fear of social situations', 'The best-known treatment for social anxiety is'] },
  { q: 'how is social anxiety linked to depression, and when should i see a gp about my mood', expect: 'answer', style: 'two-part', headings: [MOOD], evidence: ['Social anxiety and depression often go together.', 'most days for more than two weeks, it is worth talking'] },
  { q: 'I am too afraid for make appointment with doctor because of anxiety, what I can do?', expect: 'answer', style: 'non-native', headings: [GP], evidence: ['book online, or to ask for a phone appointment'] },
  { q: 'when I am in shop and must talk with the staff I feel very bad, is this one trigger?', expect: 'answer', style: 'non-native', headings: [TRIG], evidence: ['Dealing with shop staff, receptionists or anyone in authority'] },
  { q: "I've always been the quiet one, but since I moved cities for a new job it's got so much worse. I can't eat lunch in the staff room because I feel like everyone is watching me chew, so I've started eating in my car. Why has it suddenly got worse now?", expect: 'answer', style: 'long-personal', headings: [CAUSE], evidence: ['Starting a new job, moving to a new area, or a change', 'bring social anxiety to the surface, even if you coped well before.'] },
  { q: "I finally booked a GP appointment about my fear of people but I'm terrified I'll freeze and not be able to explain. Last time I just said I was fine and walked out. What should I do this time?", expect: 'answer', style: 'long-personal', headings: [GP], evidence: ['write a few notes beforehand about what you avoid', 'You can hand the notes to the GP or read from them.'] },
  // follow-ups
  { q: 'what if that doesnt work', before: ['what is cbt for social anxiety'], expect: 'answer', style: 'short', headings: [CBT], evidence: ['If talking therapy on its own does not help enough'] },
  { q: 'and what about the thinking side of it', before: ['what are the signs of social anxiety'], expect: 'answer', style: 'paraphrase', headings: [THOUGHTS], evidence: ['Feeling sure that everyone is watching you and noticing your nerves'] },
  // out of scope: same domain, not covered
  { q: 'how much does private cbt cost for social anxiety', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which antidepressant works best for social anxiety', expect: 'fallback', style: 'out-of-scope', why: 'medication is mentioned, never named' },
  { q: 'does propranolol stop blushing', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is hypnotherapy any good for social anxiety', expect: 'fallback', style: 'out-of-scope' },
  { q: 'where is there a social anxiety support group in manchester', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is selective mutism', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i claim benefits if social anxiety stops me working', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is social anxiety a sign of autism', expect: 'fallback', style: 'yes-no', why: 'autism is never mentioned' },
  // out of scope: off-domain
  { q: 'what time does the pharmacy on the high street close', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i reset my account password', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats the weather like in leeds this weekend', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i make a sourdough starter', expect: 'fallback', style: 'out-of-scope' },
];
