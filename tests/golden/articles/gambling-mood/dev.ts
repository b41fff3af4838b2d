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

/** Dev half for the Freshdesk solutions article "Gambling, Debt and Your Mood": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'why does a near miss feel so exciting', expect: 'answer', style: 'plain', headings: [MOOD], evidence: ['A win, or even a near miss, gives a rush of excitement.'] },
  { q: 'is a gambling problem a real health condition', expect: 'answer', style: 'plain', headings: [MOOD], evidence: ['Gambling problems are a recognised health condition'] },
  { q: 'can i stop gambling companies sending me offers', expect: 'answer', style: 'plain', headings: [BLOCK], evidence: ['unsubscribing from gambling emails and texts means fewer reminders and offers'] },
  { q: 'what does a therapist actually do with you in cbt', expect: 'answer', style: 'plain', headings: [CBT], evidence: ['Together with a therapist you work out new ways to respond'] },
  { q: 'i have been selling my stuff to fund my betting, is that a red flag', expect: 'answer', style: 'paraphrase', headings: [SIGNS], evidence: ['borrowing money, using credit or selling things to gamble'] },
  { q: 'i only play when i am bored or stressed, does that matter', expect: 'answer', style: 'paraphrase', headings: [SIGNS], evidence: ['gambling to escape from worries, boredom or low mood'] },
  { q: 'where do i begin if i want help', expect: 'answer', style: 'paraphrase', headings: [FREE], evidence: ['Your GP is also a good place to start.'] },
  { q: 'does being hooked on betting mean i am a weak person', expect: 'answer', style: 'paraphrase', headings: [MOOD], evidence: ['None of this means you are weak or a bad person.'] },
  { q: 'support groups', expect: 'answer', style: 'short', headings: [FREE], evidence: ['let you meet others who understand, in person or online'] },
  { q: 'payday gambling', expect: 'answer', style: 'short', headings: [MONEY], evidence: ['Switch on a bank gambling block and set up bills on payday'] },
  { q: 'shud i take out a loan to pay of my gambling debt', expect: 'answer', style: 'typo', headings: [MONEY], evidence: ['Contact a free debt advice service before taking out any new loans.'] },
  { q: 'my partnr lied about gamblig, i feel so angy and hurt', expect: 'answer', style: 'typo', headings: [PARTNER], evidence: ['can bring shock, anger, hurt and worry all at once'] },
  { q: 'i fink a win is due any minit now', expect: 'answer', style: 'phonetic', headings: [CBT], evidence: ['such as the belief that a win is due'] },
  { q: 'cant luk at me bank balance no more', expect: 'answer', style: 'phonetic', headings: [MONEY], evidence: ['Check it once a week with someone you trust'] },
  { q: 'omg 😬 started using my credit card for the food shop… help?', expect: 'answer', style: 'emoji-filler', headings: [MONEY], evidence: ['Draw up a simple budget with free debt advice'] },
  { q: 'hmm 🤷 is it worth sorting the low mood and the betting at the same time?', expect: 'answer', style: 'emoji-filler', headings: [F_DEP, FAQ, LOW], evidence: ['getting help for both at the same time tends to work best', 'Treating low mood or anxiety can make it easier to change'] },
  { q: 'can i force my brother to stop betting', expect: 'answer', style: 'caregiver', headings: [PARTNER], evidence: ['You cannot make someone stop.'] },
  { q: 'how should i bring up her gambling with my girlfriend without a row', expect: 'answer', style: 'caregiver', headings: [PARTNER], evidence: ['how it affects you, without shouting or blaming'] },
  { q: 'my mum keeps checking her bank app over and over and seems panicky since she started betting online', expect: 'answer', style: 'caregiver', headings: [LOW], evidence: ['constant checking of your bank balance'] },
  { q: 'can a counsellor be there when i tell my parents', expect: 'answer', style: 'yes-no', headings: [FAMILY], evidence: ['Some people find it easier to have this conversation with a counsellor'] },
  { q: 'do i need to wait until things get really bad before asking for help', expect: 'answer', style: 'yes-no', headings: [SIGNS], evidence: ['You do not have to wait until things reach a crisis'] },
  { q: 'do people actually get over a gambling problem', expect: 'answer', style: 'yes-no', headings: [TREAT], evidence: ['Gambling problems can be treated, and many people recover fully.'] },
  { q: 'is one to one cbt or group cbt the only way to do it', expect: 'answer', style: 'comparison', headings: [CBT], evidence: ['CBT can be done one to one or in a group'] },
  { q: 'should i keep it secret or tell my family, which is worse', expect: 'answer', style: 'comparison', headings: [FAMILY, F_FAM], evidence: ['keeping gambling secret usually makes the stress and shame worse', 'brings relief and practical help'] },
  { q: 'how long should i feel low before seeing my gp, and will that help the gambling', expect: 'answer', style: 'two-part', headings: [LOW], evidence: ['If you have felt low or anxious most days for two weeks', 'Treating low mood or anxiety can make it easier to change'] },
  { q: 'who can help me decide whether to give up completely, and is quitting safest', expect: 'answer', style: 'two-part', headings: [F_STOP, FAQ], evidence: ['A therapist or gambling support service can help you decide', 'stopping completely is the safest and simplest goal'] },
  { q: 'because of betting I am miss my job days and forget pay bills, what mean this?', expect: 'answer', style: 'non-native', headings: [SIGNS], evidence: ['missing work, bills or family events because of gambling'] },
  { q: 'is normal I feel nervous and angry when I try for make less gambling?', expect: 'answer', style: 'non-native', headings: [SIGNS], evidence: ['feeling restless or irritable when you try to cut down'] },
  { q: "My brother-in-law is good with money and offered to look after my wages for a bit while I get on top of things. Part of me feels embarrassed about handing it over. Is that actually a sensible thing to do?", expect: 'answer', style: 'long-personal', headings: [MONEY], evidence: ['Ask someone you trust to help manage your money for a while.'] },
  // follow-ups
  { q: 'and does everyone take the same time', before: ['will i ever get over my gambling'], expect: 'answer', style: 'paraphrase', headings: [F_LONG, FAQ], evidence: ['It is different for everyone.'] },
  { q: 'what about on my laptop too?', before: ['can i block gambling apps on my phone'], expect: 'answer', style: 'short', headings: [BLOCK], evidence: ['block gambling websites and apps on your phone, tablet and computer'] },
  { q: 'what if they get angry', before: ['how do i tell my family i gamble'], expect: 'answer', style: 'paraphrase', headings: [FAMILY], evidence: ['Many people fear anger or disappointment', 'most families would rather know'] },
  // out of scope: same domain, not covered
  { q: 'what is an individual voluntary arrangement', expect: 'fallback', style: 'out-of-scope' },
  { q: 'are scratch cards addictive', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can hypnotherapy stop me gambling', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i report a bookmaker to the regulator', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is sports betting legal in the usa', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does gambling run in families genetically', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is crypto trading worse than casino gambling', expect: 'fallback', style: 'comparison', why: 'trading is never mentioned' },
  // out of scope: off-domain
  { q: 'how do i cancel my gym membership', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the weather like this weekend', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i open a new ticket on this site', expect: 'fallback', style: 'out-of-scope' },
  { q: 'best way to learn poker strategy', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you recommend a good mortgage broker', expect: 'fallback', style: 'out-of-scope' },
];
