import type { ArticleCase } from '../types.ts';

const TITLE = 'Money Worries and Your Mental Health';
const MOOD = 'How money worries affect your mood and sleep';
const SIGNS = 'Signs money is affecting your mental health';
const CYCLE = 'The cycle of low mood and spending';
const TALK = 'Talking to someone you trust';
const ADVICE = 'Free debt advice';
const STEPS = 'Practical first steps';
const OWE = 'Let the people you owe know';
const GP = 'Talking to your GP';
const OVER = 'When it feels overwhelming';
const PARTNER = 'Supporting a partner with money worries';
const FAQ = 'Frequently asked questions';
const F_CREDIT = 'Will getting debt advice affect my credit rating?';
const F_SHAME = 'Is it normal to feel ashamed about being in debt?';
const F_OWED = 'Can my mental health be taken into account by the people I owe?';
const F_BETTER = 'Will I feel better once the debt is sorted?';

/** Test half for the Webflow CMS blog post "Money Worries and Your Mental Health": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'how can money problems affect my sleep', expect: 'answer', style: 'plain', headings: [MOOD], evidence: ['Worry about money often shows up in your sleep first.', 'wake in the early hours going over sums in your head'] },
  { q: 'what are the signs that money is affecting my mental health', expect: 'answer', style: 'plain', headings: [SIGNS], evidence: ['Avoidance: not opening letters, ignoring calls or avoiding checking your bank balance', 'Mood: feeling low, hopeless, irritable or tearful more days than not'] },
  { q: 'which bills should I pay first', expect: 'answer', style: 'plain', headings: [STEPS], evidence: ['council tax, energy and water come before credit cards and loans'] },
  { q: 'does debt cause depression or does depression cause debt', expect: 'answer', style: 'paraphrase', headings: [MOOD], evidence: ['The link works both ways.', 'mental health problem are more likely to fall into debt'] },
  { q: 'why do I keep buying stuff online at 2am when I feel rubbish', expect: 'answer', style: 'paraphrase', headings: [CYCLE], evidence: ['Some people spend to lift their mood for a while', 'The relief usually fades quickly, and the guilt and extra debt'] },
  { q: 'I have a drawer full of unopened envelopes, where do I even begin', expect: 'answer', style: 'paraphrase', headings: [STEPS, CYCLE], evidence: ['open letters, perhaps with someone you trust beside you', 'Small steps, such as opening one letter or making one phone call'] },
  { q: 'debt advice cost', expect: 'answer', style: 'short', headings: [ADVICE], evidence: ['A good debt advice service will never charge you a fee', 'you should not have to pay for advice'] },
  { q: 'gp appointment money stress', expect: 'answer', style: 'short', headings: [GP], evidence: ['it is a good idea to talk to your GP'] },
  { q: 'credit score?', expect: 'answer', style: 'short', headings: [F_CREDIT, FAQ], evidence: ['Simply talking to a debt adviser will not affect your credit rating.'] },
  { q: 'how do i tell my freinds im in det without being embarased', expect: 'answer', style: 'typo', headings: [TALK], evidence: ['You do not have to share every detail.', 'Most people will be kinder than you expect.'] },
  { q: 'can the compnies i owe lower my paymnets', expect: 'answer', style: 'typo', headings: [OWE], evidence: ['may agree to lower payments or pause interest for a while'] },
  { q: 'wot do debt advizers actually do for u', expect: 'answer', style: 'phonetic', headings: [ADVICE], evidence: ['A debt adviser can look at your whole situation', 'contact the people you owe on your behalf'] },
  { q: 'shud i be worried bout them debt help companys that want munny first', expect: 'answer', style: 'phonetic', headings: [ADVICE], evidence: ['companies that advertise debt help and then ask for money upfront'] },
  { q: 'ugh 😩 bills everywhere and I cant think straight... any first steps?? 🙏', expect: 'answer', style: 'emoji-filler', headings: [STEPS], evidence: ['who you owe, how much, and when each payment is due'] },
  { q: 'so like 😬 is it normal to feel super ashamed about owing money lol', expect: 'answer', style: 'emoji-filler', headings: [F_SHAME, FAQ], evidence: ['shame is a very common feeling, but debt can happen to anyone.'] },
  { q: 'my husband is stressed sick about our debts, how can I help him', expect: 'answer', style: 'caregiver', headings: [PARTNER], evidence: ['Listen without blame, and focus on finding a way forward together.', 'sit with them while they open post or make a call'] },
  { q: 'my dad has stopped going to the pub with his mates since he lost his job, could it be money worry', expect: 'answer', style: 'caregiver', headings: [SIGNS], evidence: ['turning down invitations because of the cost, or because you feel ashamed'] },
  { q: 'when is a good time to bring up money with my girlfriend', expect: 'answer', style: 'caregiver', headings: [PARTNER], evidence: ['Try to talk at a calm time, not in the middle'] },
  { q: 'do I need a diagnosis before I see my doctor about this', expect: 'answer', style: 'yes-no', headings: [GP], evidence: ['You do not need to have a diagnosis'] },
  { q: 'do I have to tell my GP exactly how much I owe', expect: 'answer', style: 'yes-no', headings: [GP], evidence: ['you do not have to give details about your debts'] },
  { q: 'can I ask a lender to note my depression on my account', expect: 'answer', style: 'yes-no', headings: [OWE, F_OWED, FAQ], evidence: ['you can ask them to note this on your account', 'Many lenders and companies have policies for customers with mental health problems'] },
  { q: 'is it better to call a debt charity or to speak to my GP first', expect: 'answer', style: 'comparison', headings: [TALK, GP], evidence: ['a debt adviser or your GP is a good place to start'] },
  { q: 'credit cards or council tax, which matters more', expect: 'answer', style: 'comparison', headings: [STEPS], evidence: ['council tax, energy and water come before credit cards and loans'] },
  { q: 'what physical symptoms can money stress cause and does it affect concentration', expect: 'answer', style: 'two-part', headings: [SIGNS], evidence: ['headaches, a racing heart, tight muscles or changes in appetite', 'finding it hard to concentrate at work or on everyday tasks'] },
  { q: 'what should I write down before seeing the GP and can they help with my creditors', expect: 'answer', style: 'two-part', headings: [GP], evidence: ['how long you have felt this way and how it is affecting', 'a form that tells the people you owe about your mental health'] },
  { q: 'please, where I can find advice for debt without paying? I am not speak English good', expect: 'answer', style: 'non-native', headings: [ADVICE], evidence: ['Free, confidential debt advice is available from debt advice charities'] },
  { q: 'if I feel too much overwhelm in the night, is someone I can call?', expect: 'answer', style: 'non-native', headings: [OVER], evidence: ['a free, confidential listening helpline at any time of day or night'] },
  { q: "I got made redundant in the spring and I've been living on credit cards since. I can't sleep, I snap at my kids and I haven't told my wife how bad it is. I feel like such a failure. Is it normal to get this low over money?", expect: 'answer', style: 'long-personal', headings: [MOOD, F_SHAME], evidence: ['ongoing money problems can lead to anxiety and depression', 'Job loss, illness, a relationship ending or rising prices'] },
  { q: "We finally set up a payment plan with a debt charity last month and the calls have stopped, but I still feel flat and anxious most days. I thought I'd feel fine once it was sorted. Should I be worried?", expect: 'answer', style: 'long-personal', headings: [F_BETTER, FAQ], evidence: ['If your low mood or anxiety carries on, talk to your GP'] },
  // follow-ups
  { q: 'and what about my partner, how do they stay ok', before: ['how can I support my partner who is in debt'], expect: 'answer', style: 'paraphrase', headings: [PARTNER], evidence: ['money stress affects the whole household, and you may need support too'] },
  { q: 'can I do it by webchat instead of phone', before: ['where can I get free debt advice'], expect: 'answer', style: 'yes-no', headings: [ADVICE], evidence: ['Many services offer advice by phone, webchat or face to face'] },
  { q: 'is there a way to stop myself doing that', before: ['why do I spend more when I am feeling down'], expect: 'answer', style: 'paraphrase', headings: [CYCLE], evidence: ['Some banks let you block spending on certain types of shops'] },
  // out of scope: same domain, not covered
  { q: 'how does an IVA work', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can bailiffs come into my house', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I apply for universal credit', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is declaring bankruptcy a good idea for me', expect: 'fallback', style: 'out-of-scope' },
  { q: 'wat is a debt relief order', expect: 'fallback', style: 'typo' },
  { q: 'how do I stop gambling', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is a credit union loan cheaper than a payday loan', expect: 'fallback', style: 'comparison' },
  // out of scope: off-domain
  { q: 'what is the best savings account interest rate right now', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I file my self assessment tax return', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you recommend a good budgeting app', expect: 'fallback', style: 'out-of-scope' },
  { q: 'should I invest in index funds', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what time does your office open', expect: 'fallback', style: 'out-of-scope' },
];
