import type { ArticleCase } from '../types.ts';

const TITLE = 'Gambling, Debt and Your Mood';
const MOOD = 'How gambling problems affect your mood';
const SIGNS = 'Signs gambling is becoming a problem';
const CHASE = 'Chasing losses';
const LOW = 'Gambling, low mood and anxiety';
const BLOCK = 'Blocking tools and other barriers';
const FAMILY = 'Talking to your family';
const FREE = 'Free support services';
const TREAT = 'Treatment and therapy';
const CBT = 'Cognitive behavioural therapy (CBT)';
const PARTNER = 'Supporting a partner who gambles';
const MONEY = 'First steps with money';
const FAQ = 'Frequently asked questions';
const F_DEP = 'Can gambling cause depression?';
const F_STOP = 'Do I have to stop gambling completely?';
const F_FAM = 'Will my family have to find out?';
const F_LONG = 'How long does recovery take?';

/** Test half for the Freshdesk solutions article "Gambling, Debt and Your Mood": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'how can gambling affect my mood', expect: 'answer', style: 'plain', headings: [MOOD], evidence: ['then guilt, shame and worry afterwards', 'it often affects how you feel as much as what'] },
  { q: 'what are the signs that gambling is becoming a problem', expect: 'answer', style: 'plain', headings: [SIGNS], evidence: ['spending more time or money on gambling than you planned', 'lying to people close to you about how much you gamble'] },
  { q: 'what does chasing losses mean', expect: 'answer', style: 'plain', headings: [CHASE], evidence: ['Chasing losses means gambling again to try to win back money'] },
  { q: 'how does CBT help with gambling', expect: 'answer', style: 'plain', headings: [CBT, TREAT], evidence: ['It helps you notice the thoughts that keep gambling going', 'CBT is the talking therapy most often used for gambling problems.'] },
  { q: 'why do i feel so empty on the days i do not bet', expect: 'answer', style: 'paraphrase', headings: [MOOD], evidence: ['the times in between can feel flat or empty'] },
  { q: 'can i stop my bank card from being used on betting sites', expect: 'answer', style: 'paraphrase', headings: [BLOCK], evidence: ['switch on a gambling block on your debit or credit card'] },
  { q: 'is there help that does not cost anything', expect: 'answer', style: 'paraphrase', headings: [FREE], evidence: ['You do not have to pay to get help with gambling.'] },
  { q: 'can i ban myself from the bookies', expect: 'answer', style: 'paraphrase', headings: [BLOCK], evidence: ['venues such as betting shops, to stop you using their services'] },
  { q: 'self-exclusion', expect: 'answer', style: 'short', headings: [BLOCK], evidence: ['venues such as betting shops, to stop you using their services'] },
  { q: 'debt first steps', expect: 'answer', style: 'short', headings: [MONEY], evidence: ['Make a list of what you owe and who', 'Put priority bills such as rent, energy and council tax first.'] },
  { q: 'gambling and anxiety', expect: 'answer', style: 'short', headings: [LOW], evidence: ['Gambling problems and mental health problems often go together.', 'Anxiety about money can show up as a racing heart'] },
  { q: 'how do i tel my famly about my gamblng debts', expect: 'answer', style: 'typo', headings: [FAMILY], evidence: ['Be honest about the situation, including debts', 'Choose a calm time when you will not be interrupted.'] },
  { q: 'whats cognitve behavoural therpy for gambling', expect: 'answer', style: 'typo', headings: [CBT], evidence: ['CBT is the talking therapy most often used for gambling problems.'] },
  { q: 'i keep tryin to win bak what i lost', expect: 'answer', style: 'phonetic', headings: [CHASE], evidence: ['It is one of the clearest warning signs of a gambling problem.', 'Chasing losses means gambling again to try to win back money'] },
  { q: 'wot apps can bloc gamblin on me fone', expect: 'answer', style: 'phonetic', headings: [BLOCK], evidence: ['apps and programs can block gambling websites and apps on your phone'] },
  { q: 'ugh 😩 lying awake every night thinking about the bets i lost… normal??', expect: 'answer', style: 'emoji-filler', headings: [MOOD], evidence: ['lying awake thinking about losses or planning the next bet'] },
  { q: 'so um 🙈 does gambling actually cause depression or nah', expect: 'answer', style: 'emoji-filler', headings: [F_DEP, FAQ, LOW], evidence: ['depression can also make gambling harder to control'] },
  { q: 'my husband has been gambling our savings, how do i protect our joint money', expect: 'answer', style: 'caregiver', headings: [PARTNER], evidence: ['separate finances or limit access to joint accounts'] },
  { q: 'my son will not admit he has a problem with betting, can i still get support for me', expect: 'answer', style: 'caregiver', headings: [PARTNER], evidence: ['can get free support from gambling services in their own right'] },
  { q: 'my dad gets really snappy whenever anyone mentions money, could that be the gambling', expect: 'answer', style: 'caregiver', headings: [MOOD], evidence: ['you may snap at people, especially when you cannot gamble'] },
  { q: 'do i need a referral to see a gambling clinic', expect: 'answer', style: 'yes-no', headings: [FREE], evidence: ['offer assessment and treatment, often without needing a referral'] },
  { q: 'will the helpline tell my wife', before: ['what free support is there for gambling problems'], expect: 'answer', style: 'yes-no', headings: [F_FAM, FAQ], evidence: ['will not contact your family without your agreement'] },
  { q: 'is having a slip a sign that treatment failed', expect: 'answer', style: 'yes-no', headings: [TREAT], evidence: ['not a sign that treatment has failed'] },
  { q: 'is it better to quit totally or just cut back', expect: 'answer', style: 'comparison', headings: [F_STOP, FAQ], evidence: ['stopping completely is the safest and simplest goal'] },
  { q: 'are blocking apps enough on their own or do i need to talk to someone as well', expect: 'answer', style: 'comparison', headings: [BLOCK], evidence: ['Blocking tools work best as one part of a wider plan.', 'talking to someone helps you deal with the reasons behind'] },
  { q: 'what free services are there and can i use them at weekends', expect: 'answer', style: 'two-part', headings: [FREE], evidence: ['many are open in the evenings and at weekends', 'offer phone and live chat support from trained advisers'] },
  { q: 'how long does recovery take and do the urges ever go away', expect: 'answer', style: 'two-part', headings: [F_LONG, FAQ], evidence: ['Urges usually become weaker and less frequent over time.', 'Some people feel better within a few months of getting support'] },
  { q: 'I am not sleep good and always thinking of the casino when I am at work, this is problem?', expect: 'answer', style: 'non-native', headings: [SIGNS], evidence: ['thinking about gambling a lot of the time, even at work'] },
  { q: 'my wife she find out I gamble, she is very angry, what I must do for her?', expect: 'answer', style: 'non-native', headings: [FAMILY, PARTNER], evidence: ['Give them time to take it in.', 'Explain what you are doing to get help'] },
  { q: "I started playing online slots when I was stuck at home and feeling pretty down. Now I can't seem to stop and the money stress is making me feel even worse. Is it the gambling making me low, or was I low first?", expect: 'answer', style: 'long-personal', headings: [LOW], evidence: ['Low mood can make it harder to resist the urge to gamble', 'depression and anxiety come after the gambling and the debt'] },
  // follow-ups
  { q: 'and what if letters keep arriving that i cant face opening', before: ['what should i do first about gambling debts'], expect: 'answer', style: 'paraphrase', headings: [MONEY], evidence: ['Open them with a friend and take them to a debt adviser'] },
  { q: 'is it done in a group?', before: ['what treatment is there for a gambling problem'], expect: 'answer', style: 'short', headings: [CBT, TREAT], evidence: ['CBT can be done one to one or in a group', 'Other options include group therapy, couples or family therapy'] },
  // out of scope: same domain, not covered
  { q: 'what are the odds of winning the lottery', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is there medication for gambling addiction', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i declare bankruptcy', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is loot boxes in video games gambling', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does a private gambling rehab cost', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i get my money back from the betting company', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is gambling addiction more common in men or women', expect: 'fallback', style: 'comparison', why: 'who is affected is never broken down' },
  // out of scope: off-domain
  { q: 'how do i reset my online banking password', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what time does the bank open on saturday', expect: 'fallback', style: 'out-of-scope' },
  { q: 'best recipe for a cheap family dinner', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i change my email address on my account', expect: 'fallback', style: 'out-of-scope' },
  { q: 'who won the grand national', expect: 'fallback', style: 'out-of-scope' },
];
