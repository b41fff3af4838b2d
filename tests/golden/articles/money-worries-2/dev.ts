import type { ArticleCase } from '../types.ts';
/** Dev half for money-worries-2 (second wording set for the money-worries page): blind, written without reading the engine. */
export const dev: ArticleCase[] = [
  // plain
  { q: 'How long should I feel like this before I talk to someone?', expect: 'answer', style: 'plain', headings: ['Signs money is affecting your mental health'], evidence: ['If several of these have lasted for a couple of weeks'] },
  { q: 'What should I write down before I see my GP?', expect: 'answer', style: 'plain', headings: ['Talking to your GP'], evidence: ['write down a few notes before your appointment', 'how long you have felt this way and how it is affecting'] },
  { q: 'How do I get on top of who I owe what?', expect: 'answer', style: 'plain', headings: ['Practical first steps'], evidence: ['write down who you owe, how much, and when each payment'] },
  // paraphrase
  { q: "Why is it so hard to sort my finances when I'm feeling down?", expect: 'answer', style: 'paraphrase', headings: ['The cycle of low mood and spending'], evidence: ['it can be harder to manage money', 'planning ahead takes energy you do not have'] },
  { q: 'Can someone help me figure out a monthly spending plan?', expect: 'answer', style: 'paraphrase', headings: ['Free debt advice'], evidence: ['help you work out a budget and talk you through your options'] },
  { q: "Why can't I stop thinking about cash all day and all night?", expect: 'answer', style: 'paraphrase', headings: ['How money worries affect your mood and sleep'], evidence: ['It tends to follow you around during the day', 'Many people describe a constant background worry'] },
  // short
  { q: 'talking therapy', expect: 'answer', style: 'short', headings: ['Talking to your GP'], evidence: ['suggest support such as talking therapy'] },
  { q: 'affordable repayment plan', expect: 'answer', style: 'short', headings: ['Free debt advice'], evidence: ['help you set up an affordable plan'] },
  { q: 'keeping debt secret', expect: 'answer', style: 'short', headings: ['Talking to someone you trust'], evidence: ['many people keep it secret for months or even years', 'keeping it to yourself usually makes the worry heavier'] },
  // typo
  { q: 'can i ask the compnay to put a note on my acount', expect: 'answer', style: 'typo', headings: ['Let the people you owe know'], evidence: ['you can ask them to note this on your account'] },
  { q: 'i cant concentrate at wrok since the debts started', expect: 'answer', style: 'typo', headings: ['Signs money is affecting your mental health'], evidence: ['finding it hard to concentrate at work or on everyday tasks'] },
  { q: 'does bad sleap make the money stres worse', expect: 'answer', style: 'typo', headings: ['How money worries affect your mood and sleep'], evidence: ['Poor sleep then makes it harder to cope with stress'] },
  // phonetic
  { q: 'wot if i got no1 2 tell about my debts', expect: 'answer', style: 'phonetic', headings: ['Talking to someone you trust'], evidence: ['If there is nobody you feel able to tell'] },
  { q: 'shud i wait til fings get really bad b4 askin 4 help', expect: 'answer', style: 'phonetic', headings: ['When it feels overwhelming'], evidence: ['you do not have to wait until things get worse'] },
  { q: 'wen do i ring 111 insted of 999', expect: 'answer', style: 'phonetic', headings: ['When it feels overwhelming'], evidence: ['if you need urgent advice and it is not an emergency', 'If you or someone else is in immediate danger, call 999'] },
  // emoji-filler
  { q: 'ngl been so irritable and tearful lately 😔 could it be the money stuff??', expect: 'answer', style: 'emoji-filler', headings: ['Signs money is affecting your mental health'], evidence: ['feeling low, hopeless, irritable or tearful more days than not'] },
  { q: 'hiya 🙂 anything cheap i can do to look after myself while im skint?', expect: 'answer', style: 'emoji-filler', headings: ['Practical first steps'], evidence: ['go for a walk or do something you enjoy that costs little'] },
  { q: 'lol 😬 is it weird that i just shove the letters in a drawer unopened', expect: 'answer', style: 'emoji-filler', headings: ['Signs money is affecting your mental health', 'Talking to someone you trust'], evidence: ['not opening letters, ignoring calls or avoiding checking your bank balance', 'I spent a year hiding letters in a drawer.'] },
  // caregiver
  { q: "My dad's in debt but he won't even open his letters. How can I help him?", expect: 'answer', style: 'caregiver', headings: ['Supporting a partner with money worries', 'Practical first steps'], evidence: ['sit with them while they open post or make a call', 'perhaps with someone you trust beside you'] },
  { q: "how can i make sure she's not handling it all alone?", expect: 'answer', style: 'caregiver', before: ['my girlfriend is really stressed about our bills'], headings: ['Supporting a partner with money worries'], evidence: ['look at the household budget together so one person is not'] },
  { q: 'My son is 24 and in over his head with loans. Who should I tell him to speak to?', expect: 'answer', style: 'caregiver', headings: ['Supporting a partner with money worries', 'Free debt advice'], evidence: ['suggest they speak to a free debt adviser or their GP', 'Free, confidential debt advice is available from debt advice charities'] },
  // yes-no
  { q: 'will they need to know all the details of my debts?', expect: 'answer', style: 'yes-no', before: ["I'm thinking of booking a GP appointment about my money worries"], headings: ['Talking to your GP'], evidence: ['you do not have to give details about your debts'] },
  { q: 'Is it a good idea to keep the debt hidden from my partner?', expect: 'answer', style: 'yes-no', headings: ['Talking to someone you trust'], evidence: ['keeping it to yourself usually makes the worry heavier'] },
  // comparison
  { q: 'is it worse to overspend or to stop spending on everything?', expect: 'answer', style: 'comparison', headings: ['The cycle of low mood and spending'], evidence: ['The relief usually fades quickly, and the guilt and extra debt', 'Others stop spending on things that help them stay well'] },
  { q: 'Should I speak to a friend or to a professional first?', expect: 'answer', style: 'comparison', headings: ['Talking to someone you trust'], evidence: ['can bring real relief, even if they cannot help with the money', 'a debt adviser or your GP is a good place to start'] },
  // two-part
  { q: 'can they lower my payments, and can they freeze the interest too?', expect: 'answer', style: 'two-part', before: ["I'm behind on my credit card and a loan"], headings: ['Let the people you owe know'], evidence: ['may agree to lower payments or pause interest for a while'] },
  { q: 'Why do I keep arguing with my partner about money, and is that a sign something is wrong?', expect: 'answer', style: 'two-part', headings: ['Signs money is affecting your mental health'], evidence: ['arguing more with a partner or family about money'] },
  // non-native
  { q: 'I need tell my mental problem to my bank, who can help me do it?', expect: 'answer', style: 'non-native', headings: ['Can my mental health be taken into account by the people I owe?', 'Talking to your GP'], evidence: ['a debt adviser or your GP can help you share this information', 'Your GP may also be able to fill in a form'] },
  { q: 'In my country nobody speak about debt. Is ok to tell my friend?', expect: 'answer', style: 'non-native', headings: ['Talking to someone you trust'], evidence: ['can bring real relief, even if they cannot help with the money', 'Most people will be kinder than you expect.'] },
  // long-personal
  { q: "I've been ignoring calls from my bank for weeks. Every time my phone buzzes I feel sick. My mate says I should just answer and explain, but I'm scared they'll be horrible. Will they actually help me?", expect: 'answer', style: 'long-personal', headings: ['Let the people you owe know'], evidence: ['Many have teams that support customers in difficulty'] },
  { q: "I've never told anyone about my overdraft and loans, it's been two years now. Everyone else seems to have it together. Last night I finally looked at my balance and panicked. Where do I even begin?", expect: 'answer', style: 'long-personal', headings: ['Practical first steps', 'Free debt advice', 'Talking to someone you trust'], evidence: ['Contact a free debt advice service: they can help you plan', 'You do not have to sort out money problems on your own'] },
  { q: "My mum passed away last year and I've struggled since. Bills have piled up and I shop online at night just to feel something. My friend says I should see a doctor but I don't think I'm bad enough. Should I still go?", expect: 'answer', style: 'long-personal', headings: ['Talking to your GP'], evidence: ['be at breaking point to book an appointment'] },
  // out of scope
  { q: 'How do I set up a debt relief order?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Are payday loans ever a good idea?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What happens to my debts if I die?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I remortgage my house?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I get a hardship grant from my energy supplier?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I ask my employer for an advance on my wages?', expect: 'fallback', style: 'out-of-scope' },
  { q: "What's a good savings account for an emergency fund?", expect: 'fallback', style: 'out-of-scope' },
  { q: 'My partner controls all our money and checks my spending, is that abuse?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is buy now pay later bad for my credit?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I claim PIP for my mental health?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I get my student loan written off?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Do you offer free counselling sessions?', expect: 'fallback', style: 'out-of-scope' },
];
