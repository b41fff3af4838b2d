import type { ArticleCase } from '../types.ts';

const TITLE = 'Low Mood After a Breakup';
const WHY = 'Why breakups hurt so much';
const FEEL = 'Common feelings after a breakup';
const SLEEP = 'Sleep and appetite changes';
const RUM = 'Rumination and checking their social media';
const NC = 'No contact and boundaries';
const SELF = 'Looking after yourself';
const FRIENDS = 'Leaning on friends and family';
const DEP = 'When sadness becomes depression';
const SUPPORT = 'Supporting a friend after a breakup';
const FAQ = 'Frequently asked questions';
const F_LONG = 'How long does it take to get over a breakup?';
const F_MISS = 'Is it normal to still miss my ex even though I ended it?';
const F_FRIENDS = 'Should I try to stay friends with my ex?';
const F_DEP = 'Can a breakup cause depression?';

/** Test half for the Evernote HTML export "Low Mood After a Breakup": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'why does a breakup hurt so much', expect: 'answer', style: 'plain', headings: [WHY], evidence: ['A breakup is a real loss, even when nobody has died', 'Many people describe it as a kind of grief'] },
  { q: 'how can I stop ruminating about my ex', expect: 'answer', style: 'plain', headings: [RUM], evidence: ['Set a short daily worry time and write the thoughts down', 'Notice the urge to check and wait ten minutes before deciding'] },
  { q: 'what are signs that my sadness has turned into depression', expect: 'answer', style: 'plain', headings: [DEP], evidence: ['Low almost all day, nearly every day', 'Nothing feels enjoyable or worth doing', 'Feeling worthless or hopeless about everything'] },
  { q: 'how do I support a friend going through a breakup', expect: 'answer', style: 'plain', headings: [SUPPORT], evidence: ['Listening without rushing to fix things is often the most helpful'] },
  { q: 'my chest literally aches since we split, is that real?', expect: 'answer', style: 'paraphrase', headings: [WHY], evidence: ['their absence can feel physically painful', 'which helps explain the ache many people feel in their chest'] },
  { q: 'I feel strangely glad it is over and then bad for feeling glad', expect: 'answer', style: 'paraphrase', headings: [FEEL], evidence: ['Relief, which can be confusing and bring guilt with it'] },
  { q: 'I keep looking at her instagram stories every night', expect: 'answer', style: 'paraphrase', headings: [RUM], evidence: ['Mute, unfollow or hide their accounts, which you can undo later', 'Checking an ex\'s profiles, stories and photos is one of the most'] },
  { q: 'we have kids together so I cannot just cut him off, what then', expect: 'answer', style: 'paraphrase', headings: [NC], evidence: ['keeping contact brief, practical and focused on the things'] },
  { q: 'appetite', expect: 'answer', style: 'short', headings: [SLEEP], evidence: ['Appetite can go either way too: food may lose its taste'] },
  { q: 'no contact rule', expect: 'answer', style: 'short', headings: [NC], evidence: ['a period of little or no contact helps them recover'] },
  { q: 'self care ideas', expect: 'answer', style: 'short', headings: [SELF], evidence: ['Get outside for a walk or some daylight each day', 'Message or call one person'] },
  { q: 'cant sleep after brake up keep replaying convos in my hed', expect: 'answer', style: 'typo', headings: [SLEEP], evidence: ['your mind keeps replaying conversations, or wake very early'] },
  { q: 'shoud i move citys to get a fresh start after the split', expect: 'answer', style: 'typo', headings: [SELF], evidence: ['major decisions, such as moving city or quitting a job'] },
  { q: 'how lond does it take to get ovr someone', expect: 'answer', style: 'typo', headings: [F_LONG, FAQ, SELF], evidence: ['notice the worst of the pain easing over a few months', 'there is no fixed timetable for getting over someone'] },
  { q: 'is it ok to drink a bit to help me nod off since we broke up', expect: 'answer', style: 'phonetic', headings: [SLEEP], evidence: ['Be careful with using alcohol to get to sleep'] },
  { q: 'wen does sadnes becum depreshun', expect: 'answer', style: 'phonetic', headings: [DEP, F_DEP], evidence: ['Sometimes low mood deepens and starts to take over', 'low mood lasts most of the day for more than two weeks'] },
  { q: 'ugh 😩 i just feel numb lol like im watching my life from outside?? normal??', expect: 'answer', style: 'emoji-filler', headings: [FEEL, TITLE], evidence: ['Numbness, as if you are watching your life from the outside', 'Feeling low, tearful or numb for a while afterwards'] },
  { q: 'sooo 🙃 one day im fine next day crying again... am i going backwards', expect: 'answer', style: 'emoji-filler', headings: [FEEL], evidence: ['does not mean you are going backwards', 'normal for these feelings to swing from one day to the next'] },
  { q: 'my daughter just got dumped, should I tell her what I think of him?', expect: 'answer', style: 'caregiver', headings: [SUPPORT], evidence: ['Avoid criticising their ex too strongly, because people sometimes get back together'] },
  { q: 'my flatmate has stopped going to work since her breakup, what should I do', expect: 'answer', style: 'caregiver', headings: [SUPPORT], evidence: ['gently encourage them to speak to a GP'] },
  { q: 'can a breakup actually cause depression?', expect: 'answer', style: 'yes-no', headings: [F_DEP, FAQ], evidence: ['A breakup is one of the life events that can trigger depression'] },
  { q: 'I was the one who ended it, is it normal that I still miss him?', expect: 'answer', style: 'yes-no', headings: [F_MISS, FAQ], evidence: ['Missing someone is not a sign that you made the wrong choice.'] },
  { q: 'do I have to block my ex on everything?', expect: 'answer', style: 'yes-no', headings: [RUM], evidence: ['You do not have to block anyone to make this work'] },
  { q: 'what is the difference between normal heartbreak and depression', expect: 'answer', style: 'comparison', headings: [DEP], evidence: ['Comes in waves, with some better moments', 'Stays the same or gets worse after two weeks or more'] },
  { q: 'is talking to friends better than seeing a counsellor after a breakup', expect: 'answer', style: 'comparison', headings: [FRIENDS], evidence: ['a counsellor or a support line can give you space'] },
  { q: 'should we stay friends, and if so when?', expect: 'answer', style: 'two-part', headings: [F_FRIENDS, FAQ], evidence: ['it usually works better after some time apart'] },
  { q: 'why do I keep going over what went wrong and does it even help?', expect: 'answer', style: 'two-part', headings: [RUM], evidence: ['it usually keeps the hurt fresh and makes low mood last longer'] },
  { q: 'I lost also our common friends in the separation, how I can find new people?', expect: 'answer', style: 'non-native', headings: [FRIENDS], evidence: ['reconnect with older friends or to try a class, club or volunteering'] },
  { q: 'after four years together I do not know anymore who I am, it is normal this?', expect: 'answer', style: 'non-native', headings: [WHY], evidence: ['A breakup can also shake your sense of who you are'] },
  { q: 'We were together six years and he moved out last month. I have been hiding in my flat and turning down every invite because I do not want to talk about it all the time. My sister keeps asking me out. Is it worth going?', expect: 'answer', style: 'long-personal', headings: [FRIENDS], evidence: ['time with people who care about you is one of the strongest', 'You do not have to talk about the breakup every time'] },
  { q: 'what about if he keeps texting me after I said stop?', expect: 'answer', style: 'paraphrase', before: ['does no contact help after a breakup'], headings: [NC], evidence: ['If an ex keeps contacting you after you have asked'] },
  { q: 'and when should she see a doctor about it?', expect: 'answer', style: 'caregiver', before: ['my best friend is really low after her divorce, how do I help'], headings: [DEP, SUPPORT], evidence: ['it is a good idea to talk to your GP', 'gently encourage them to speak to a GP'] },
  // out of scope
  { q: 'how do I get my ex back', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what are the best dating apps to try after a breakup', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how is property split in a divorce', expect: 'fallback', style: 'out-of-scope' },
  { q: 'who gets custody of the dog when a couple split', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does couples counselling cost', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is sertraline good for breakup depression', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what attachment style makes breakups worse', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I tell my children we are separating', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I delete photos of my ex from my google cloud backup 🙏', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what time does the gym open on sunday', expect: 'fallback', style: 'out-of-scope' },
  { q: 'recipe for a quick pasta dinner for one', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is it better to text or call when asking someone on a first date', expect: 'fallback', style: 'out-of-scope', before: ['how long does it take to get over a breakup'] },
];
