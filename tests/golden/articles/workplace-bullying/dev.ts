import type { ArticleCase } from '../types.ts';
/** Dev half for workplace-bullying (an Outlook staff-wellbeing bulletin saved as HTML): questions different from the test half. */
export const dev: ArticleCase[] = [
  // plain
  { q: 'How do I deal with self-critical thoughts after being bullied?', expect: 'answer', style: 'plain', headings: ['Looking after yourself'], evidence: ['self-critical thoughts and ask whether you would say the same to a'] },
  { q: 'What if the bully is my own manager?', expect: 'answer', style: 'plain', headings: ['Resolving things informally', 'Informal and formal routes'], evidence: ['Another option is to ask your manager, or another manager if your', 'own manager is involved, to have a quiet word.'] },
  { q: "What should I do if I'm worried about a colleague?", expect: 'answer', style: 'plain', headings: ['When to get help'], evidence: ['gently ask how they are doing and let them'] },
  // paraphrase
  { q: 'Does being treated badly by co-workers mess with your body as well as your head?', expect: 'answer', style: 'paraphrase', headings: ['How bullying can affect your mood'], evidence: ['ongoing stress, and ongoing stress affects both the'] },
  { q: "Since all this started I keep dodging the staff kitchen and certain people's calls. Why am I doing that?", expect: 'answer', style: 'paraphrase', headings: ['Anxiety'], evidence: ['Some people start avoiding the office, the'] },
  { q: 'I keep second-guessing whether things really happened the way I remember. Is that common?', expect: 'answer', style: 'paraphrase', headings: ['How bullying can affect your mood'], evidence: ['Many start to doubt their own memory of what'] },
  // short
  { q: 'counselling sessions', expect: 'answer', style: 'short', before: ["is there any support from work if I'm being bullied?"], headings: ['Looking after yourself'], evidence: ['and can offer up to 6 sessions of counselling'] },
  { q: 'manager duty of care', expect: 'answer', style: 'short', headings: ['What managers must do'], evidence: ['have a duty of care to the people in their teams.'] },
  { q: 'tired all the time', expect: 'answer', style: 'short', headings: ['Low mood and depression'], evidence: ['things you used to enjoy, feeling tired all the time'] },
  // typo
  { q: 'do i need to be in a unoin to get help', expect: 'answer', style: 'typo', headings: ['Talking to HR or a union'], evidence: ['You can speak to your HR business partner', 'If you are not in a union, Acas offers free, confidential'] },
  { q: 'my mangaer sends me mesages at midnite and expects an instant reply is that ok', expect: 'answer', style: 'typo', before: ['I mostly work from home now'], headings: ['Working from home and online bullying'], evidence: ['sent late at night or at weekends that demand an instant'] },
  { q: 'is haveing panic atacks a reason to get help', expect: 'answer', style: 'typo', headings: ['When to get help'], evidence: ['speak to your GP, or call NHS 111, if:'] },
  // phonetic
  { q: 'cn u b bullied by a whole group of ppl', expect: 'answer', style: 'phonetic', headings: ['What counts as bullying?'], evidence: ['junior to you, or a group of people acting together.'] },
  { q: 'my manager is a propa bully, is ther a policy 4 this', expect: 'answer', style: 'phonetic', headings: ['What counts as bullying?'], evidence: ['not linked to a protected characteristic is still a breach of our'] },
  { q: 'how cum i feel like its my fault when they r the 1 bullyin me', expect: 'answer', style: 'phonetic', headings: ['How bullying can affect your mood'], evidence: ['People often describe feeling on edge, ashamed, or as if'] },
  // emoji-filler
  { q: 'omg my manager literally screamed at me in front of everyone 😭 is that bullying or am i overreacting', expect: 'answer', style: 'emoji-filler', headings: ['Examples of bullying behaviour'], evidence: ['losing your temper with them in front of'] },
  { q: 'ugh my colleague keeps making comments about my clothes and my weight 🙄 does that count??', expect: 'answer', style: 'emoji-filler', headings: ['Examples of bullying behaviour'], evidence: ['comments about someone’s appearance, background or private'] },
  { q: 'sooo stressed rn 😩 my complaint is dragging on, how do i look after myself in the meantime', expect: 'answer', style: 'emoji-filler', headings: ['Looking after yourself'], evidence: ['a complaint is being dealt with, or while you decide what', 'to someone you trust outside work, such as a friend'] },
  // caregiver
  { q: "My wife hasn't been sleeping because of her boss. She wakes at 4 every morning going over what he said. Is this normal with bullying?", expect: 'answer', style: 'caregiver', headings: ['Sleep'], evidence: ['wake at 3 or 4 in the morning thinking about work'] },
  { q: 'My brother works from home and his boss keeps muting him and talking over him on video calls. Is that actually bullying?', expect: 'answer', style: 'caregiver', headings: ['Working from home and online bullying'], evidence: ['talked over, muted or ignored in video calls'] },
  { q: 'My partner has been off sick with anxiety after being bullied. Will those days be held against her in absence reviews?', expect: 'answer', style: 'caregiver', headings: ['Can I take sick leave because of bullying?'], evidence: ['is not counted towards absence triggers.', 'Sickness absence linked to a bullying complaint is recorded separately and'] },
  // yes-no
  { q: 'Is harassment illegal?', expect: 'answer', style: 'yes-no', headings: ['What counts as bullying?'], evidence: ['Harassment is against the law; bullying'] },
  { q: 'Does it matter whether I write things down the same day or weeks later?', expect: 'answer', style: 'yes-no', headings: ['Keeping a record'], evidence: ['Notes made at the time carry more', 'weight than memories pieced together months later.'] },
  // comparison
  { q: 'Is it better to go to HR or to my union rep first?', expect: 'answer', style: 'comparison', headings: ['Talking to HR or a union'], evidence: ['You can speak to your HR business partner', 'your union representative can advise you,'] },
  { q: 'Is bullying when you work from home any different from bullying in the office?', expect: 'answer', style: 'comparison', headings: ['Working from home and online bullying'], evidence: ['more of it now happens online, and it can feel', 'follows you into your own kitchen.'] },
  // two-part
  { q: "Can I tell the person myself that they're out of line, and what if they don't realise they're doing it?", expect: 'answer', style: 'two-part', headings: ['Resolving things informally', 'Informal and formal routes'], evidence: ['the person directly that their behaviour is not acceptable, either face to', 'Some people are genuinely unaware of how they come'] },
  { q: 'Will the investigator talk to witnesses, and do I get the outcome in writing?', expect: 'answer', style: 'two-part', before: ['I put in a formal grievance last week'], headings: ['Making a formal complaint', 'Informal and formal routes'], evidence: ['will then speak to you, the person complained about', 'receive the outcome in writing'] },
  // non-native
  { q: 'My colleagues they make jokes about my accent and my country. This is harassment or only bullying?', expect: 'answer', style: 'non-native', headings: ['What counts as bullying?'], evidence: ['conduct linked to a protected characteristic, such as age, disability, race,', 'Harassment is against the law; bullying'] },
  { q: 'My manager give me work that is impossible to finish in time, every week. It is bullying?', expect: 'answer', style: 'non-native', headings: ['Examples of bullying behaviour'], evidence: ['someone impossible deadlines, or taking meaningful work away from'] },
  // long-personal
  { q: "I've worked here eight years. Lately a senior colleague calls me useless in front of the team and copies my manager into emails about tiny mistakes. I'm thinking of going to HR but I'm scared it'll make things worse. Will anyone hold it against me if I complain?", expect: 'answer', style: 'long-personal', headings: ['Making a formal complaint', 'Informal and formal routes'], evidence: ['a complaint in good faith will never count against you.'] },
  { q: "I'm a team leader and one of my staff raised a bullying complaint about a colleague who sits next to her. The investigation will take weeks and she's anxious every day. What can I do to make things easier for her in the meantime?", expect: 'answer', style: 'long-personal', headings: ['What managers must do'], evidence: ['consider temporary changes such as different reporting lines or shifts, and', 'refer them to Occupational Health or the Employee Assistance Programme if'] },
  { q: "Two years ago I was bullied at my old job. I left and I'm in a much better place now, but some days I still feel anxious and low and I don't understand why it hasn't gone. Is that normal?", expect: 'answer', style: 'long-personal', headings: ['Low mood and depression'], evidence: ['can continue for months after the bullying stops.'] },
  // out of scope
  { q: 'Is there a template for a grievance letter?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I report bullying anonymously?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I become a Dignity at Work adviser?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is CBT good for anxiety caused by work?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What happens to the bully if my complaint is upheld?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I get a copy of the investigation report?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what sleeping pills can i take for work stress', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How many people in the UK are bullied at work each year?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can workplace bullying cause PTSD?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I ask to work from home permanently so I do not have to see the bully?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I turn off Teams notifications after work?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'my 14 year old is being cyberbullied by classmates, what signs should i look for', expect: 'fallback', style: 'out-of-scope' },
];
