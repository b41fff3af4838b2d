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

export const dev: ArticleCase[] = [
  // in scope
  { q: 'why does money stress make decisions harder', expect: 'answer', style: 'plain', headings: [MOOD], evidence: ['Poor sleep then makes it harder to cope with stress, concentrate'] },
  { q: 'how do I bring up my debt with someone close to me', expect: 'answer', style: 'plain', headings: [TALK], evidence: ['really worried about money and it is getting me down.'] },
  { q: 'what does a debt adviser help with', expect: 'answer', style: 'plain', headings: [ADVICE], evidence: ['help you work out a budget and talk you through your options'] },
  { q: 'I get a sick feeling whenever the postman comes', expect: 'answer', style: 'paraphrase', headings: [MOOD], evidence: ['a knot in the stomach every time the post arrives'] },
  { q: 'I have stopped spending on food and seeing people to save cash, is that a problem', expect: 'answer', style: 'paraphrase', headings: [CYCLE], evidence: ['Others stop spending on things that help them stay well'] },
  { q: 'am I claiming everything I should be getting', expect: 'answer', style: 'paraphrase', headings: [STEPS], evidence: ['getting all the benefits and support you are entitled to'] },
  { q: 'hiding debt', expect: 'answer', style: 'short', headings: [TALK], evidence: ['many people keep it secret for months or even years', 'keeping it to yourself usually makes the worry heavier'] },
  { q: 'arguing about money', expect: 'answer', style: 'short', headings: [SIGNS, PARTNER], evidence: ['arguing more with a partner or family about money'] },
  { q: 'urgent help', expect: 'answer', style: 'short', headings: [OVER], evidence: ['call NHS 111 if you need urgent advice'] },
  { q: 'is it confidental to talk to a det charity', expect: 'answer', style: 'typo', headings: [ADVICE], evidence: ['Free, confidential debt advice is available from debt advice charities'] },
  { q: 'how long shoud the money stres last before i get help', expect: 'answer', style: 'typo', headings: [SIGNS], evidence: ['have lasted for a couple of weeks or more'] },
  { q: 'can they ring the peeple i owe for me', expect: 'answer', style: 'phonetic', headings: [ADVICE], evidence: ['contact the people you owe on your behalf'] },
  { q: 'wot cheap stuff can i do to feel a bit beta', expect: 'answer', style: 'phonetic', headings: [STEPS], evidence: ['do something you enjoy that costs little or nothing'] },
  { q: 'omg 😭 my bank keeps ringing and i just ignore it... is that a sign of something?', expect: 'answer', style: 'emoji-filler', headings: [SIGNS], evidence: ['not opening letters, ignoring calls or avoiding checking your bank balance'] },
  { q: 'soooo 🙃 can the bank pause interest if im struggling??', expect: 'answer', style: 'emoji-filler', headings: [OWE], evidence: ['may agree to lower payments or pause interest for a while'] },
  { q: 'my mum does all the budgeting alone and is worn out, how can the family help', expect: 'answer', style: 'caregiver', headings: [PARTNER], evidence: ['look at the household budget together so one person'] },
  { q: 'my son is in debt and very down, should I push him to see someone', expect: 'answer', style: 'caregiver', headings: [PARTNER], evidence: ['suggest they speak to a free debt adviser or their GP'] },
  { q: 'my sister is scared to open her post, what can I do', expect: 'answer', style: 'caregiver', headings: [PARTNER, STEPS], evidence: ['sit with them while they open post or make a call'] },
  { q: 'can my GP refer me for talking therapy', expect: 'answer', style: 'yes-no', headings: [GP], evidence: ['suggest support such as talking therapy'] },
  { q: 'does going into debt mean I was bad with money', expect: 'answer', style: 'yes-no', headings: [F_SHAME, FAQ], evidence: ['Job loss, illness, a relationship ending or rising prices'] },
  { q: 'will debt advisers judge me', expect: 'answer', style: 'yes-no', headings: [ADVICE], evidence: ['will never charge you a fee and will not judge you'] },
  { q: 'is advice by phone the same as going in person', expect: 'answer', style: 'comparison', headings: [ADVICE], evidence: ['Many services offer advice by phone, webchat or face to face'] },
  { q: 'is it more normal stress or something more serious', expect: 'answer', style: 'comparison', headings: [SIGNS], evidence: ['It is normal to feel some stress when money is tight.'] },
  { q: 'what is the cycle of low mood and spending and how do I break it', expect: 'answer', style: 'two-part', headings: [CYCLE], evidence: ['it can be harder to manage money', 'Breaking the cycle does not mean fixing everything at once.'] },
  { q: 'who do I call if I cant cope tonight and what if its an emergency', expect: 'answer', style: 'two-part', headings: [OVER], evidence: ['If you or someone else is in immediate danger', 'a free, confidential listening helpline at any time of day or night'] },
  { q: 'the debt advice it will change my credit score or not? I worry for this', expect: 'answer', style: 'non-native', headings: [F_CREDIT, FAQ], evidence: ['Simply talking to a debt adviser will not affect your credit rating.'] },
  { q: 'when I have the plan for pay, I will feel more calm?', expect: 'answer', style: 'non-native', headings: [F_BETTER, FAQ], evidence: ['Many people feel some relief as soon as they have a plan'] },
  { q: "Since my hours got cut I've had no appetite, my jaw aches from clenching and I get headaches most afternoons. My friend reckons it's all the money worry. Could stress about bills really do that to your body?", expect: 'answer', style: 'long-personal', headings: [SIGNS], evidence: ['headaches, a racing heart, tight muscles or changes in appetite'] },
  { q: "I've got bipolar and when I'm high I overspend, then I crash and can't face the bills. My energy company is chasing me. Is there any way they'd take my condition into account?", expect: 'answer', style: 'long-personal', headings: [F_OWED, OWE, FAQ], evidence: ['Many lenders and companies have policies for customers with mental health problems'] },
  // follow-ups
  { q: 'what else comes after that', before: ['what is the first thing to do about my debts'], expect: 'answer', style: 'short', headings: [STEPS], evidence: ['they can help you plan what to do next'] },
  { q: 'and if there is nobody', before: ['should I tell someone about my debt'], expect: 'answer', style: 'short', headings: [TALK], evidence: ['a debt adviser or your GP is a good place to start'] },
  { q: 'how would I know a service is genuine', before: ['is there free help with debt'], expect: 'answer', style: 'paraphrase', headings: [ADVICE], evidence: ['Look for services that are free and run by a charity'] },
  // out of scope: same domain, not covered
  { q: 'what is breathing space debt protection', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I get a hardship grant for my energy bill', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I write a budget spreadsheet', expect: 'fallback', style: 'out-of-scope' },
  { q: 'do debt collectors have to follow rules', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is a debt management plan better than a consolidation loan', expect: 'fallback', style: 'comparison' },
  { q: 'what happens if I get a county court judgment', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you get antidepressants for money anxiety', expect: 'fallback', style: 'out-of-scope' },
  // out of scope: off-domain
  { q: 'how do I get a mortgage with bad credit', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the minimum wage this year', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I cancel my gym membership', expect: 'fallback', style: 'out-of-scope' },
  { q: 'hw do i volunter for ur charity', expect: 'fallback', style: 'typo' },
  { q: 'where can I download your logo', expect: 'fallback', style: 'out-of-scope' },
];
