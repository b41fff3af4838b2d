import type { ArticleCase } from '../types.ts';
/** Test half for money-worries-2 (second wording set for the money-worries page): blind, never tuned on. */
export const test: ArticleCase[] = [
  // plain
  { q: 'why do i keep waking up at 4am going over bills in my head?', expect: 'answer', style: 'plain', headings: ['How money worries affect your mood and sleep', 'Signs money is affecting your mental health'], evidence: ['wake in the early hours going over sums in your head', 'Worry about money often shows up in your sleep first.'] },
  { q: 'Will speaking to a debt adviser hurt my credit score?', expect: 'answer', style: 'plain', headings: ['Will getting debt advice affect my credit rating?'], evidence: ['Simply talking to a debt adviser will not affect your credit rating'] },
  { q: "What's the first thing I should do when the bills get too much?", expect: 'answer', style: 'plain', headings: ['Practical first steps'], evidence: ['it helps to break things down', 'set aside a short time to open letters, perhaps with someone'] },
  // paraphrase
  { q: "I get a little buzz ordering parcels when I'm down and then regret it after", expect: 'answer', style: 'paraphrase', headings: ['The cycle of low mood and spending'], evidence: ['Some people spend to lift their mood for a while', 'The relief usually fades quickly, and the guilt and extra debt'] },
  { q: 'Can my bank stop me from making purchases at certain stores?', expect: 'answer', style: 'paraphrase', headings: ['The cycle of low mood and spending'], evidence: ['Some banks let you block spending on certain types of shops'] },
  { q: "Is there anyone I can ring at 3am when I just can't cope with it all?", expect: 'answer', style: 'paraphrase', headings: ['When it feels overwhelming'], evidence: ['a free, confidential listening helpline at any time of day'] },
  // short
  { q: 'free debt help', expect: 'answer', style: 'short', headings: ['Free debt advice'], evidence: ['Free, confidential debt advice is available from debt advice charities'] },
  { q: 'benefits check', expect: 'answer', style: 'short', headings: ['Practical first steps'], evidence: ['make sure you are getting all the benefits and support'] },
  { q: 'GP debt form', expect: 'answer', style: 'short', headings: ['Talking to your GP'], evidence: ['Your GP may also be able to fill in a form'] },
  // typo
  { q: 'how do i tell my familly im in det', expect: 'answer', style: 'typo', headings: ['Talking to someone you trust'], evidence: ['a partner, friend or family member you trust can bring real relief', 'You do not have to share every detail.', 'You could start by saying something like'] },
  { q: 'wat are the sings that mony is effecting my mental helth', expect: 'answer', style: 'typo', headings: ['Signs money is affecting your mental health'], evidence: ['it may be time to take action if you notice', 'not opening letters, ignoring calls or avoiding checking your bank balance'] },
  { q: 'can lenders take my mental helth into acount', expect: 'answer', style: 'typo', headings: ['Can my mental health be taken into account by the people I owe?', 'Let the people you owe know'], evidence: ['Many lenders and companies have policies for customers with mental health problems', 'you can ask them to note this on your account'] },
  // phonetic
  { q: 'wot if i cant pay the ppl i owe, shud i tell em?', expect: 'answer', style: 'phonetic', headings: ['Let the people you owe know'], evidence: ['tell the companies you owe money to', 'may agree to lower payments or pause interest for a while'] },
  { q: 'cud my gp actually help wiv this or nah', expect: 'answer', style: 'phonetic', before: ['money stress is wrecking me tbh, cant sleep or think straight'], headings: ['Talking to your GP'], evidence: ['Your GP can talk with you about how you are feeling', 'it is a good idea to talk to your GP'] },
  { q: 'wil i feel betta wen the debt is payd off', expect: 'answer', style: 'phonetic', headings: ['Will I feel better once the debt is sorted?'], evidence: ['Many people feel some relief as soon as they have a plan'] },
  // emoji-filler
  { q: 'ngl i feel like such a failure for being in debt 😩 is that normal lol', expect: 'answer', style: 'emoji-filler', headings: ['Is it normal to feel ashamed about being in debt?'], evidence: ['shame is a very common feeling, but debt can happen to anyone'] },
  { q: 'ugh 😭 every time the phone rings my stomach drops, is that from money stress??', expect: 'answer', style: 'emoji-filler', headings: ['How money worries affect your mood and sleep'], evidence: ['a knot in the stomach every time the post arrives'] },
  { q: 'lol 🙃 how do i know if a debt company is legit, this one wants money upfront', expect: 'answer', style: 'emoji-filler', headings: ['Free debt advice'], evidence: ['Be careful of companies that advertise debt help and then ask', 'you should not have to pay for advice'] },
  // caregiver
  { q: "My husband is hiding bills and won't talk about it, how can I help him?", expect: 'answer', style: 'caregiver', headings: ['Supporting a partner with money worries'], evidence: ['Try to talk at a calm time, not in the middle', 'Listen without blame, and focus on finding a way forward together'] },
  { q: "My mum's been really low since her debts piled up, should she go and see her doctor about it?", expect: 'answer', style: 'caregiver', before: ['Can debt actually make you depressed?'], headings: ['Talking to your GP'], evidence: ['it is a good idea to talk to your GP'] },
  { q: "my partner's money stress is wearing me down too, what about me?", expect: 'answer', style: 'caregiver', headings: ['Supporting a partner with money worries'], evidence: ['money stress affects the whole household, and you may need support too'] },
  // yes-no
  { q: 'Do I need a diagnosis before seeing my GP about this?', expect: 'answer', style: 'yes-no', headings: ['Talking to your GP'], evidence: ['You do not need to have a diagnosis'] },
  { q: 'Can money problems actually cause depression?', expect: 'answer', style: 'yes-no', headings: ['How money worries affect your mood and sleep'], evidence: ['ongoing money problems can lead to anxiety and depression'] },
  // comparison
  { q: 'is it better to do it by phone or go in person?', expect: 'answer', style: 'comparison', before: ['where can i get free debt advice?'], headings: ['Free debt advice'], evidence: ['Many services offer advice by phone, webchat or face to face', 'so you can choose whatever feels easiest'] },
  { q: 'Should I pay my credit card or my rent first?', expect: 'answer', style: 'comparison', headings: ['Practical first steps'], evidence: ['rent or mortgage, council tax, energy and water come before'] },
  // two-part
  { q: 'Does debt cause mental health problems, or is it the other way round?', expect: 'answer', style: 'two-part', headings: ['How money worries affect your mood and sleep'], evidence: ['The link works both ways.', 'People with problem debt are more likely to experience'] },
  { q: 'What does a debt adviser actually do, and can they deal with the people I owe for me?', expect: 'answer', style: 'two-part', headings: ['Free debt advice'], evidence: ['A debt adviser can look at your whole situation', 'Advisers can often contact the people you owe on your behalf'] },
  // non-native
  { q: 'Why people fall in debt? It is my fault?', expect: 'answer', style: 'non-native', headings: ['Is it normal to feel ashamed about being in debt?'], evidence: ['Job loss, illness, a relationship ending or rising prices'] },
  { q: "I don't go out with friends anymore because no money, this is sign of problem?", expect: 'answer', style: 'non-native', headings: ['Signs money is affecting your mental health'], evidence: ['turning down invitations because of the cost, or because you feel ashamed'] },
  // long-personal
  { q: "I lost my job in the spring and the credit card bills have been piling up. I haven't told anyone, not even my sister, and I feel like such a failure. How do I even start that conversation?", expect: 'answer', style: 'long-personal', headings: ['Talking to someone you trust'], evidence: ['You could start by saying something like', 'Most people will be kinder than you expect.'] },
  { q: "I've stopped sleeping properly and I get headaches most days. My appetite has gone too and my heart races when I check my account. Is this all just from the debt stress?", expect: 'answer', style: 'long-personal', headings: ['Signs money is affecting your mental health'], evidence: ['headaches, a racing heart, tight muscles or changes in appetite'] },
  { q: "I've had a payment plan sorted for three months now and the letters have stopped. But I still feel flat and anxious most of the time. Should I be worried about that?", expect: 'answer', style: 'long-personal', headings: ['Will I feel better once the debt is sorted?'], evidence: ['If your low mood or anxiety carries on, talk to your GP'] },
  // out of scope
  { q: 'How do I apply for bankruptcy?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What is an IVA and is it a good idea?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can bailiffs come into my house?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I improve my credit score?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Should I take out a consolidation loan to pay everything off?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Which budgeting app is best?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How much universal credit will I get a month?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I get a food bank voucher from you?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i stop gambling', expect: 'fallback', style: 'out-of-scope' },
  { q: "What's StepChange's phone number?", expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can my landlord evict me for rent arrears?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Does your charity give out grants or loans?', expect: 'fallback', style: 'out-of-scope' },
];
