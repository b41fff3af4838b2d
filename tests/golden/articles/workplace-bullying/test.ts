import type { ArticleCase } from '../types.ts';
/** Test half for workplace-bullying (an Outlook staff-wellbeing bulletin saved as HTML): blind, never tuned on. */
export const test: ArticleCase[] = [
  // plain
  { q: 'What counts as workplace bullying?', expect: 'answer', style: 'plain', headings: ['What counts as bullying?'], evidence: ['is behaviour that is offensive, intimidating, malicious or insulting, or an'] },
  { q: 'How long does a formal bullying investigation take?', expect: 'answer', style: 'plain', headings: ['Making a formal complaint', 'Informal and formal routes'], evidence: ['Most investigations take 4 to 8 weeks, and you will'] },
  { q: 'What is the number for Samaritans?', expect: 'answer', style: 'plain', headings: ['When to get help'], evidence: ['Call Samaritans free, day or night, on 116 123'] },
  // paraphrase
  { q: 'Is a boss who sets hard goals and points out my mistakes automatically picking on me?', expect: 'answer', style: 'paraphrase', headings: ['What counts as bullying?', 'Is it bullying if my manager is just strict?'], evidence: ['is not the same as a manager giving fair feedback, setting reasonable', 'Clear expectations, fair feedback and managing performance are'] },
  { q: "Ever since the trouble with my team lead started I can't drop off at night. Is that connected?", expect: 'answer', style: 'paraphrase', headings: ['Sleep'], evidence: ['is often the first thing to suffer. You might lie awake replaying', 'is a common sign that stress has followed you'] },
  { q: 'Who is allowed to come along with me to the hearing about my complaint?', expect: 'answer', style: 'paraphrase', headings: ['Talking to HR or a union'], evidence: ['right to be accompanied by a union representative or a colleague'] },
  // short
  { q: 'what to write down', expect: 'answer', style: 'short', headings: ['Keeping a record'], evidence: ['was said or done, using the exact words if you can remember', 'each incident, try to write down:'] },
  { q: 'mediation?', expect: 'answer', style: 'short', before: ["I don't want to make a formal complaint against my colleague yet"], headings: ['Resolving things informally', 'Informal and formal routes'], evidence: ['neutral mediator is also available and is voluntary for both'] },
  { q: 'acas number', expect: 'answer', style: 'short', headings: ['Talking to HR or a union'], evidence: ['If you are not in a union, Acas offers free, confidential', 'advice on 0300 123 1100.'] },
  // typo
  { q: 'can i get bulied by someone below me in the compnay', expect: 'answer', style: 'typo', headings: ['Can I be bullied by someone junior to me?', 'What counts as bullying?'], evidence: ['Bullying is about behaviour, not job titles', 'junior to you, or a group of people acting together.'] },
  { q: 'how long do i have to put in a grievence after it happend', expect: 'answer', style: 'typo', headings: ['Making a formal complaint', 'Informal and formal routes'], evidence: ['Try to do this within 3'] },
  { q: 'wat happens if im the one acused of bulying someone', expect: 'answer', style: 'typo', headings: ['What if I am accused of bullying?'], evidence: ['treated fairly, told what the concerns are and given a chance to'] },
  // phonetic
  { q: 'wot shud i do if sum1 is bullyin me on teams chat', expect: 'answer', style: 'phonetic', headings: ['Working from home and online bullying'], evidence: ['screenshots that show the date and the sender before anything is deleted.', 'same routes apply to online behaviour as to'] },
  { q: 'cud bullying at wrk giv me depreshun', expect: 'answer', style: 'phonetic', headings: ['Low mood and depression'], evidence: ['bullying can wear away your confidence and self-esteem and', 'Signs include feeling low or hopeless most of the day,'] },
  { q: 'r they gonna tell the person i complaind about them', expect: 'answer', style: 'phonetic', before: ['thinking of putting in a formal complaint about my supervisor'], headings: ['Will the person find out that I complained?'], evidence: ['allegations are so that they can respond fairly', 'the person will need to be told what the'] },
  // emoji-filler
  { q: "ngl my heart literally pounds every time my boss's name pops up in my emails 😰 is that anxiety lol", expect: 'answer', style: 'emoji-filler', headings: ['Anxiety'], evidence: ['a racing heart when a certain name appears in your inbox'] },
  { q: 'sooo can i actually go off sick cos of this?? 🤒🙏', expect: 'answer', style: 'emoji-filler', before: ["my line manager has been bullying me for months and i'm exhausted"], headings: ['Can I take sick leave because of bullying?'], evidence: ['can self-certify for up to 7 days and then get a fit'] },
  { q: 'any tips for not letting work stuff take over my whole evening?? 😩 pls', expect: 'answer', style: 'emoji-filler', headings: ['Looking after yourself', 'Working from home and online bullying'], evidence: ['checking e-mails and messages in the evening', 'so that your home stays a place where you can'] },
  // caregiver
  { q: "My husband is being bullied by his manager and now he's not sleeping and drinks more every night. When should he see a doctor?", expect: 'answer', style: 'caregiver', headings: ['When to get help'], evidence: ['are drinking more alcohol or using other substances to', 'speak to your GP, or call NHS 111, if:'] },
  { q: 'My son is 17 and an apprentice, and an older worker keeps picking on him. Does his manager have to do anything extra because of his age?', expect: 'answer', style: 'caregiver', headings: ['What managers must do'], evidence: ['If a young worker aged under 18 is involved, such', 'as an apprentice, you must also inform the safeguarding lead.'] },
  { q: "My partner is being bullied at work and it's affecting me too. Since we live together, can I use her employer's support line?", expect: 'answer', style: 'caregiver', headings: ['Looking after yourself'], evidence: ['members who live with you can use it too.'] },
  // yes-no
  { q: 'Does it still count as bullying if it only happened once?', expect: 'answer', style: 'yes-no', headings: ['What counts as bullying?'], evidence: ['usually repeated over time, but a single serious incident can also count.'] },
  { q: 'Will HR start an official investigation as soon as I speak to them?', expect: 'answer', style: 'yes-no', headings: ['Talking to HR or a union'], evidence: ['will not start a formal process without talking to you first'] },
  // comparison
  { q: "What's the difference between bullying and harassment?", expect: 'answer', style: 'comparison', headings: ['What counts as bullying?'], evidence: ['Under the Equality Act 2010, harassment is unwanted', 'conduct linked to a protected characteristic, such as age, disability, race,'] },
  { q: 'Should I try sorting it out informally first or go straight to a formal grievance?', expect: 'answer', style: 'comparison', headings: ['Informal and formal routes', 'Resolving things informally', 'Making a formal complaint'], evidence: ['concerns can be sorted out early', 'informal steps have not worked, or the behaviour is too serious'] },
  // two-part
  { q: 'Who are the Dignity at Work advisers and do they investigate complaints?', expect: 'answer', style: 'two-part', headings: ['Talking to HR or a union'], evidence: ['Dignity at Work advisers are trained volunteers from across the', 'next steps, but they do not investigate complaints.'] },
  { q: 'How soon will HR reply to my grievance, and can I appeal the result?', expect: 'answer', style: 'two-part', headings: ['Making a formal complaint', 'Informal and formal routes'], evidence: ['HR will acknowledge your grievance within 5', 'with the right to appeal within 10 working'] },
  // non-native
  { q: 'Please, what is example of bullying in the work? I am not sure if my situation is bullying.', expect: 'answer', style: 'non-native', headings: ['Examples of bullying behaviour'], evidence: ['criticism that is unfair, personal or made in public', 'swearing at them or losing your temper with them'] },
  { q: 'The person who bully me is very liked by the boss and is good worker. Manager must still act for this?', expect: 'answer', style: 'non-native', headings: ['What managers must do'], evidence: ['even when the person complained about is popular or a high'] },
  // long-personal
  { q: "I started a new job six months ago. My team leader leaves me out of the weekly planning chat and then says in calls that I never know what's going on. Everyone else gets added. Is this online stuff really bullying or am I being oversensitive?", expect: 'answer', style: 'long-personal', headings: ['Working from home and online bullying', 'Examples of bullying behaviour'], evidence: ['left off group chats and channels where decisions are', 'someone out of meetings, e-mails or social events on'] },
  { q: "A colleague has been mocking me for about a year and I've kept quiet. Now I want to do something, but I never wrote anything down and I'm scared nobody will believe me. Is it too late to start keeping notes, and where should I keep them?", expect: 'answer', style: 'long-personal', headings: ['Keeping a record'], evidence: ['Start it as soon as you can, even if you are not', 'home or a personal e-mail account, not only on a work'] },
  { q: 'I manage a small team. One of my staff came to me in tears yesterday saying another team member is bullying her. I want to handle it well and not make things worse. What should I do in that first conversation?', expect: 'answer', style: 'long-personal', headings: ['What managers must do'], evidence: ['listen without judging, take notes, and', 'agree with them what happens next. Do not promise total confidentiality,'] },
  // out of scope
  { q: 'Can I take my employer to an employment tribunal for bullying?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How much compensation do people usually get for being bullied at work?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What is constructive dismissal?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Am I allowed to secretly record my manager on my phone?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I join a trade union and how much are the fees?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Which antidepressant is best for stress caused by work?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How many weeks of statutory sick pay can I get?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'my daughter is being bullied at school, what should i say to her teacher', expect: 'fallback', style: 'out-of-scope' },
  { q: 'A tenant keeps shouting and swearing at me on home visits, how do I report that?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Does the bullying policy cover agency workers and contractors?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Do I get paid time off to go to counselling appointments?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what are the HR office opening hours', expect: 'fallback', style: 'out-of-scope' },
];
