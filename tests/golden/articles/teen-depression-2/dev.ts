import type { ArticleCase } from '../types.ts';
/** Dev half for teen-depression-2 (second wording set for "Depression in Teenagers: A Guide for Parents"): different questions from the test half. */
export const dev: ArticleCase[] = [
  // plain
  { q: 'How common is depression in teenagers?', expect: 'answer', style: 'plain', headings: ['Depression in Teenagers: A Guide for Parents'], evidence: ['it is more common than many parents realise'] },
  { q: 'How can I stop it coming back once my teen is better?', expect: 'answer', style: 'plain', headings: ['Can depression in teenagers come back?'], evidence: ['Learning to spot the early signs and knowing how to get help'] },
  // paraphrase
  { q: 'What if they clam up the first time I try?', expect: 'answer', style: 'paraphrase', before: ['my 14yo has been really withdrawn since christmas'], headings: ['How to talk to your teenager'], evidence: ['Let them know the door is open and try again another day'] },
  { q: "Is it worth getting it looked at even if I'm not sure it's serious?", expect: 'answer', style: 'paraphrase', headings: ['Normal moodiness or depression?'], evidence: ['It is better to check and be reassured than to wait', 'trust your instincts and ask for advice'] },
  { q: "What can I do if I'm scared about my kid's state of mind but it's not life or death?", expect: 'answer', style: 'paraphrase', headings: ['Crisis help'], evidence: ['contact your GP for an urgent appointment or call a crisis helpline'] },
  // short
  { q: 'grades dropping', expect: 'answer', style: 'short', headings: ['Warning signs to look out for'], evidence: ['falling grades, trouble concentrating or not wanting to go to school'] },
  { q: 'teen drinking', expect: 'answer', style: 'short', headings: ['Family and home life', 'What can cause depression in young people?'], evidence: ['long-term physical illness and drug or alcohol use'] },
  { q: 'text my teen', expect: 'answer', style: 'short', headings: ['How to talk to your teenager'], evidence: ['Sometimes a text message feels easier for a young person than'] },
  // typo
  { q: 'my sun says he feels numb and boored all the time is that normall', expect: 'answer', style: 'typo', headings: ['What does depression look like in teenagers?'], evidence: ['They may say they feel bored, empty or numb'] },
  { q: 'does my dauhgter get a say in waht the school gets told?', expect: 'answer', style: 'typo', headings: ["Should I tell my teenager's school?"], evidence: ['Talk to your teen first about who will be told'] },
  { q: 'she is eatting way less and lossing weight, sign of depresion?', expect: 'answer', style: 'typo', headings: ['Warning signs to look out for', 'What does depression look like in teenagers?'], evidence: ['eating a lot more or a lot less, or noticeable weight change', 'Changes in sleep and appetite are common too'] },
  // phonetic
  { q: 'do i hav 2 stay wiv her til the ambulance cums', expect: 'answer', style: 'phonetic', headings: ['Crisis help'], evidence: ['Stay with them until help arrives'] },
  { q: 'my boy puts loads of preshure on himself 2 get top marks, cud that b it', expect: 'answer', style: 'phonetic', headings: ['Exams and school pressure'], evidence: ['Some teenagers put enormous pressure on themselves to succeed'] },
  { q: 'is ther any1 i can tork 2 about my teen, like a fone call', expect: 'answer', style: 'phonetic', headings: ['Need to talk it through?', 'Crisis help', 'Looking after yourself as a parent'], evidence: ['Our family support team offers free, confidential phone calls for parents', 'Look for a parent support group or helpline'] },
  // emoji-filler
  { q: 'ugh he literally hates me rn 🙃 what do i actually say to him', expect: 'answer', style: 'emoji-filler', headings: ['How to talk to your teenager'], evidence: ['Say what you have noticed, gently and without judgement', 'Tell them you love them and that you are on their side'] },
  { q: 'sooo does firing loads of questions at her help or nah 😅', expect: 'answer', style: 'emoji-filler', headings: ['How to talk to your teenager'], evidence: ['Ask open questions, such as how things have been lately', 'Listen more than you talk, and let silences happen'] },
  { q: 'feeling so guilty lol 😔 is it normal to feel this helpless as a parent', expect: 'answer', style: 'emoji-filler', headings: ['Looking after yourself as a parent'], evidence: ['It is normal to feel worried, guilty or helpless at times'] },
  // caregiver
  { q: 'My granddaughter is 17 and her doctor mentioned medication. Who gets to decide on that?', expect: 'answer', style: 'caregiver', headings: ['Specialist mental health services'], evidence: ['should be made together with your teen and their doctor'] },
  { q: "My daughter's friend told me kids have been picking on her, but she hasn't said a word to us. Why would she hide it?", expect: 'answer', style: 'caregiver', headings: ['Bullying'], evidence: ['Young people often hide bullying because they feel ashamed'] },
  { q: "My son's dad died last year and he hasn't been the same since. Could grief lead to depression in a teen?", expect: 'answer', style: 'caregiver', headings: ['Family and home life'], evidence: ['or the death of someone close, can all affect a young person'] },
  // yes-no
  { q: 'Will she definitely get depression because I had it?', expect: 'answer', style: 'yes-no', headings: ['What can cause depression in young people?'], evidence: ['it does not mean they will definitely become unwell'] },
  { q: 'Is it true that hormones can make teenagers moody?', expect: 'answer', style: 'yes-no', headings: ['Normal moodiness or depression?'], evidence: ['Hormones, friendships, school and the search for independence'] },
  { q: "will they check it isn't something physical?", expect: 'answer', style: 'yes-no', before: ['my son is seeing the GP next week about his mood'], headings: ['Your GP'], evidence: ['check for any physical causes and explain the options'] },
  // comparison
  { q: 'Is it better to talk face to face or while we are doing something together?', expect: 'answer', style: 'comparison', headings: ['How to talk to your teenager'], evidence: ['often feel less intense than sitting face to face'] },
  { q: 'is that as bad as being picked on at school?', expect: 'answer', style: 'comparison', before: ['my son keeps getting nasty messages from kids in his year'], headings: ['Bullying'], evidence: ['Being bullied, in person or online, is one of the strongest'] },
  // two-part
  { q: 'How long should I wait before getting help, and can I go in with my teen?', expect: 'answer', style: 'two-part', headings: ['Getting professional help'], evidence: ['has lasted more than two weeks or is affecting their daily life', 'You can go with your teenager'] },
  { q: "What's the most useful thing I can do, and do I need to be some kind of expert?", expect: 'answer', style: 'two-part', headings: ['Depression in Teenagers: A Guide for Parents'], evidence: ['Noticing, listening and getting support are the most important things', 'You do not need to have all the answers'] },
  // non-native
  { q: 'My daughter she sleep all the day and say nothing is worth it. This is depression or she is lazy?', expect: 'answer', style: 'non-native', headings: ['Warning signs to look out for', 'What does depression look like in teenagers?'], evidence: ['sleeping much more or much less than usual', 'or that nothing seems worth the effort'] },
  { q: 'Why my son get so angry with family for small thing?', expect: 'answer', style: 'non-native', headings: ['What does depression look like in teenagers?'], evidence: ['They may snap at family members over small things'] },
  // long-personal
  { q: "I'm a single dad and I work long hours. My 15-year-old and I barely talk any more. When I asked, she said she was fine, but she's written in her notebook that she wants to disappear. What should I do?", expect: 'answer', style: 'long-personal', headings: ['Self-harm and suicide: signs to take seriously'], evidence: ['talking or writing about death, dying or wanting to disappear', 'It shows you care and gives them permission to talk'] },
  { q: "My son is 17. He used to love football and gaming but he's dropped both and just lies on his bed. I told him he has nothing to be sad about and he walked out. Did I make it worse?", expect: 'answer', style: 'long-personal', headings: ['What to avoid saying'], evidence: ['feel misunderstood and less likely to open up again'] },
  { q: "My daughter is 16. Last week she gave her favourite jewellery away to a friend for no reason. She's been low for months but now she suddenly seems oddly calm. Should I be worried?", expect: 'answer', style: 'long-personal', headings: ['Self-harm and suicide: signs to take seriously'], evidence: ['giving away belongings or saying goodbye in unusual ways', 'a sudden calm after a long period of distress'] },
  // out of scope
  { q: 'What is the best age to give a child a smartphone?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How can I tell if my teenager is taking drugs?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is sertraline addictive for teenagers?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What are the symptoms of bipolar disorder in teens?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I support my teen through a gender transition?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I talk to my teenager about sex and consent?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What is the legal age to leave school?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How many hours of screen time a day is recommended for a teenager?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can teenagers get seasonal affective disorder?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How can I help my child make friends at a new school?', expect: 'fallback', style: 'out-of-scope' },
  { q: "Is it OK to read my daughter's diary?", expect: 'fallback', style: 'out-of-scope' },
  { q: 'How much does private therapy cost for a teenager?', expect: 'fallback', style: 'out-of-scope' },
];
