import type { ArticleCase } from '../types.ts';

const TITLE = 'Alcohol and Your Mood';
const MOOD = 'How alcohol affects your mood';
const SLEEP = 'Alcohol and sleep';
const HANG = 'The hangover low';
const COPE = 'Drinking to cope';
const ANX = 'Alcohol and anxiety';
const MEDS = 'Alcohol and antidepressants';
const SIGNS = 'Signs drinking is becoming a problem';
const CUT = 'Cutting down';
const SUPPORT = 'Getting support';
const SOMEONE = 'Supporting someone who drinks';
const FAQ = 'Frequently asked questions';
const F_DEP = 'Can alcohol cause depression?';
const F_ANX = 'Why do I feel so anxious the day after drinking?';
const F_MEDS = 'Is it OK to drink while taking antidepressants?';
const F_READY = 'What if I am not ready to stop drinking completely?';

/** Dev half for the MkDocs Material page "Alcohol and Your Mood": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'why does the first drink make me feel confident', expect: 'answer', style: 'plain', headings: [MOOD], evidence: ['alcohol can make you feel more relaxed, confident or chatty', 'it changes the balance of chemicals in the brain'] },
  { q: 'does alcohol make you snore', expect: 'answer', style: 'plain', headings: [SLEEP], evidence: ['makes you need the toilet more and can make snoring worse'] },
  { q: 'what causes the anxious feeling with a hangover', expect: 'answer', style: 'plain', headings: [HANG, F_ANX, FAQ], evidence: ['made worse by poor sleep, dehydration and low blood sugar', 'As alcohol leaves your body, your brain readjusts'] },
  { q: 'can talking therapy help with drinking and low mood', expect: 'answer', style: 'plain', headings: [SUPPORT], evidence: ['Counselling or CBT can help with the low mood or anxiety'] },
  { q: 'i sleep the whole night after drinking but still wake up shattered, why', expect: 'answer', style: 'paraphrase', headings: [SLEEP], evidence: ['Even if you sleep for a full night, you may wake', 'less time in the deep, restful stages of sleep'] },
  { q: 'my drinking is hiding what is really going on with me', expect: 'answer', style: 'paraphrase', headings: [COPE], evidence: ['it can hide problems that need attention'] },
  { q: 'is it normal to need a glass of wine before a party to loosen up', expect: 'answer', style: 'paraphrase', headings: [ANX, SIGNS], evidence: ['some people use it before social events or to quieten worried thoughts', 'you feel you need a drink to relax, sleep or face'] },
  { q: 'any groups for me as well', before: ['how do i talk to my brother about his drinking'], expect: 'answer', style: 'short', headings: [SOMEONE], evidence: ['Support groups for families and friends of people who drink'] },
  { q: 'alcohol free drinks', expect: 'answer', style: 'short', headings: [CUT, F_READY], evidence: ['Try alcohol-free drinks or make yourself a different evening ritual', 'swap some drinks for alcohol-free options'] },
  { q: 'drinking and panic attacks', expect: 'answer', style: 'short', headings: [ANX], evidence: ['regular drinking can make anxiety and panic more likely'] },
  { q: 'i get realy irritble when i cant have a drink is that a bad sign', expect: 'answer', style: 'typo', headings: [SIGNS], evidence: ['you feel irritable or restless when you cannot drink'] },
  { q: 'does alcohol make antidepresants side efects worse', expect: 'answer', style: 'typo', headings: [MEDS, F_MEDS, FAQ], evidence: ['alcohol can also increase side effects such as drowsiness', 'Alcohol can reduce the benefit of treatment and increase side effects.'] },
  { q: 'how do i stopp drinking so much wen im stresed', expect: 'answer', style: 'typo', headings: [CUT], evidence: ['think about when and why you tend to drink'] },
  { q: 'i keep lyin to my missus about how much i av had', expect: 'answer', style: 'phonetic', headings: [SIGNS], evidence: ['you hide how much you drink or feel guilty about it'] },
  { q: 'do i hav to go to my gp or can i jus turn up at a group', expect: 'answer', style: 'phonetic', headings: [SUPPORT], evidence: ['Drop in to a local or online meeting', 'In many areas you can refer yourself.'] },
  { q: 'lol 🍺 everyone at work says im a "fun drunk" until i start crying 😂😭 why', expect: 'answer', style: 'emoji-filler', headings: [MOOD], evidence: ['Alcohol can make difficult feelings stronger rather than weaker.'] },
  { q: 'hmm 🤔 does it even count as a problem if i only drink when im sad??', expect: 'answer', style: 'emoji-filler', headings: [COPE], evidence: ['you drink mainly when you feel bad, rather than to enjoy yourself'] },
  { q: 'my son gets defensive whenever i mention his drinking, what should i do', expect: 'answer', style: 'caregiver', headings: [SOMEONE], evidence: ['Be patient, as it may take more than one conversation.', 'You cannot make another person change'] },
  { q: 'my flatmate drinks a lot and it is wearing me down, what about me', expect: 'answer', style: 'caregiver', headings: [SOMEONE], evidence: ['it can be stressful and upsetting'] },
  { q: 'my wife is on antidepressants and still has wine every night, should i be worried', expect: 'answer', style: 'caregiver', headings: [MEDS], evidence: ['which may undo some of the benefit of your treatment'] },
  { q: 'does wanting to cut down mean i have failed', expect: 'answer', style: 'yes-no', headings: [SIGNS], evidence: ['it does not mean you have failed'] },
  { q: 'is it dangerous to quit suddenly if i drink every day', expect: 'answer', style: 'yes-no', headings: [CUT], evidence: ['Stopping all at once can be dangerous for some people.', 'Talk to your GP first so that you can cut down safely.'] },
  { q: 'should i still see my gp if i feel low weeks after stopping', expect: 'answer', style: 'yes-no', headings: [F_DEP, FAQ], evidence: ['If you still feel low after a few weeks without drinking'] },
  { q: 'is the low after drinking the same thing as depression', expect: 'answer', style: 'comparison', headings: [HANG, MOOD], evidence: ['These feelings usually pass within a day or two.', 'regular heavy drinking is linked with low mood and depression'] },
  { q: 'drinking at home vs drinking out, which tips are different', expect: 'answer', style: 'comparison', headings: [CUT], evidence: ['Keep less alcohol in the house, or none at all.', 'eat before and while you drink'] },
  { q: 'what do local alcohol services offer and do i need a referral', expect: 'answer', style: 'two-part', headings: [SUPPORT], evidence: ['Free local alcohol services offer one-to-one support, groups and help', 'In many areas you can refer yourself.'] },
  { q: 'how does alcohol change your mood and does it wreck your sleep too', expect: 'answer', style: 'two-part', headings: [MOOD, SLEEP], evidence: ['As you keep drinking, the effects change.', 'but it disrupts your sleep later in the night'] },
  { q: 'my friends say they worry about my drink, this mean I have problem?', expect: 'answer', style: 'non-native', headings: [SIGNS], evidence: ['friends or family have said they are worried about your drinking'] },
  { q: 'for first step to drink less, what small thing I can do?', expect: 'answer', style: 'non-native', headings: [F_READY, CUT], evidence: ['have a few drink-free days each week', 'small changes can make a real difference'] },
  { q: "I've started working from home and I'm lonely most of the day. I find I open a beer at lunchtime now and keep going. I'm not sure if I'm depressed or it's the drinking, and my sleep is a mess. Where do I even start?", expect: 'answer', style: 'long-personal', headings: [SUPPORT, COPE], evidence: ['Your GP can talk with you about your drinking and your mood', 'to numb painful feelings such as grief, loneliness or worry'] },
  // follow-ups
  { q: 'and who can help me with it', before: ['how do i know if my drinking is a problem'], expect: 'answer', style: 'paraphrase', headings: [SUPPORT], evidence: ['You do not have to make changes on your own.', 'Your GP can talk with you about your drinking and your mood'] },
  { q: 'how long before my head feels better', before: ['will cutting down help my mood'], expect: 'answer', style: 'short', headings: [CUT], evidence: ['their mood and sleep begin to improve within a few weeks'] },
  // out of scope: same domain, not covered
  { q: 'how many drinks a week is safe for a woman', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does alcohol make you put on weight', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is dry january', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i drink while pregnant', expect: 'fallback', style: 'out-of-scope' },
  { q: 'are hangover cures like electrolyte drinks any good', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is gin less depressing than beer', expect: 'fallback', style: 'comparison', why: 'types of drink are never compared' },
  { q: 'does alcohol affect my contraceptive pill', expect: 'fallback', style: 'yes-no' },
  // out of scope: off-domain
  { q: 'how do i reset my wifi router', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats the weather like in lisbon in may', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how to knit a scarf for beginners', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the tallest mountain in africa', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can u recomend a good film tonite', expect: 'fallback', style: 'typo' },
];
