import type { ArticleCase } from '../types.ts';

const TITLE = 'Supporting Someone With Depression';
const SIGNS = 'Signs someone may be depressed';
const START = 'Starting the conversation';
const SAY = 'What to say and what not to say';
const HELPS = 'Things that can help';
const AVOID = 'Things to avoid';
const LISTEN = 'How to really listen';
const PRACT = 'Practical ways to help';
const PRO = 'Encouraging professional help without pushing';
const REFUSE = 'If they refuse help';
const SELF = 'Looking after yourself as a supporter';
const BOUND = 'Setting boundaries';
const URGENT = 'Warning signs that need urgent help';
const FAQ = 'Frequently asked questions';
const F_WORSE = 'Can I make their depression worse by talking about it?';
const F_LONG = 'How long will it take for them to feel better?';
const F_TELL = 'Should I tell their family or employer?';
const F_ME = 'What if I think I\'m depressed too?';

/** Test half for the Intercom Help Center article "Supporting Someone With Depression": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what are the signs that someone might be depressed', expect: 'answer', style: 'plain', headings: [SIGNS], evidence: ['losing interest in hobbies, friends or things they used to enjoy', 'a pattern of several changes that lasts for weeks'] },
  { q: 'how do I start a conversation with someone I think is depressed', expect: 'answer', style: 'plain', headings: [START], evidence: ['Pick a quiet, private moment when neither of you is rushed', 'Start with what you have noticed, not with a label'] },
  { q: 'what should I avoid saying to a depressed person', expect: 'answer', style: 'plain', headings: [AVOID, SAY], evidence: ['depression is not a choice', 'quick fixes can sound like you are not listening'] },
  { q: 'how can I set boundaries while supporting someone', expect: 'answer', style: 'plain', headings: [BOUND], evidence: ['Be honest about what you can and cannot do', 'Share the load with other friends, family or professionals'] },
  { q: 'my friend keeps saying she is fine when I ask, I have no idea how to get through to her', expect: 'answer', style: 'paraphrase', headings: [START], evidence: ['be ready for them to say they are fine', 'Many people need to be asked more than once'] },
  { q: 'is it ok that I sometimes feel annoyed and bitter about having to support him', expect: 'answer', style: 'paraphrase', headings: [SELF], evidence: ['Feeling frustrated, sad or even resentful at times is normal.', 'It does not mean you care less.'] },
  { q: 'I put my foot in it when we talked yesterday, how do I repair that', expect: 'answer', style: 'paraphrase', headings: [SAY], evidence: ['it is fine to come back later and say', 'That honesty often builds trust.'] },
  { q: 'its on me to get him well again isnt it', expect: 'answer', style: 'paraphrase', headings: [BOUND], evidence: ['You are not responsible for their recovery', 'Your role is to be a caring presence, not their therapist.'] },
  { q: 'practical help ideas', expect: 'answer', style: 'short', headings: [PRACT], evidence: ['offer to do a food shop, collect a prescription', 'drop off food, or cook together once a week'] },
  { q: 'helpline number', expect: 'answer', style: 'short', before: ['what are the warning signs that someone needs help right away'], headings: [URGENT], evidence: ['call Samaritans free on 116 123 in the UK and Ireland', 'You can also call or text 988 in the US'] },
  { q: 'listening tips', expect: 'answer', style: 'short', headings: [LISTEN], evidence: ['Put your phone away and give them your full attention', 'Resist the urge to jump in with advice'] },
  { q: 'how do i get my boyfreind to see a docter without nagging him', expect: 'answer', style: 'typo', headings: [PRO], evidence: ['Avoid ultimatums or making help a condition of your relationship.', 'finding a number, booking the appointment or going with them'] },
  { q: 'what do i do if she refuzes any help at all', expect: 'answer', style: 'typo', headings: [REFUSE], evidence: ['Respect their decision for now, and keep the relationship going', 'Ask what is getting in the way'] },
  { q: 'wat are the warnng signs i shud get help urgently', expect: 'answer', style: 'typo', headings: [URGENT], evidence: ['talks about wanting to die or not wanting to be here', 'seems suddenly calm after a long, very low period'] },
  { q: 'can I make his depreshun wurse by bringing it up', expect: 'answer', style: 'phonetic', headings: [F_WORSE, FAQ], evidence: ['Talking about depression in a caring way does not make it worse.', 'Most people feel relieved that someone noticed.'] },
  { q: 'shud i tel her famly or her boss', expect: 'answer', style: 'phonetic', headings: [F_TELL, FAQ], evidence: ['It is their information to share', 'telling others without permission can damage trust'] },
  { q: 'ok so umm 😕 what do I actually SAY to him?? like the right words 🙏', expect: 'answer', style: 'emoji-filler', headings: [HELPS, SAY], evidence: ['What would help right now, even a little?', 'You\'re not a burden to me'] },
  { q: 'honestly I am so drained 😩😩 how do I look after myself in all this', expect: 'answer', style: 'emoji-filler', headings: [SELF], evidence: ['Keep up your own sleep, meals and exercise as best you can', 'Make time for friends and things you enjoy without feeling guilty'] },
  { q: 'my wife has been low for months, what can I do day to day to make things easier for her', expect: 'answer', style: 'caregiver', headings: [PRACT], evidence: ['Small, specific offers are easier to accept', 'Try to do things with them rather than for them'] },
  { q: 'my son is 24 and barely leaves his room, how do I suggest he talks to a professional', expect: 'answer', style: 'caregiver', headings: [PRO], evidence: ['Link it to what they want', 'seeing a GP about your mood is as ordinary'] },
  { q: 'a colleague of mine has gone really quiet and keeps cancelling, could that be depression', expect: 'answer', style: 'caregiver', headings: [SIGNS], evidence: ['cancelling plans, going quiet in group chats, avoiding calls', 'One sign on its own does not mean someone is depressed.'] },
  { q: 'do I need to be sure someone is depressed before I say something', expect: 'answer', style: 'yes-no', headings: [SIGNS], evidence: ['You do not need to be sure before you reach out'] },
  { q: 'is it ok to ask them straight out if they are thinking about suicide', expect: 'answer', style: 'yes-no', headings: [URGENT], evidence: ['Asking does not put the idea in their head.', 'ask them directly and calmly whether they are having thoughts of suicide'] },
  { q: 'can I force my adult daughter to get treatment', expect: 'answer', style: 'yes-no', headings: [REFUSE], evidence: ['adults have the right to make their own choices about treatment'] },
  { q: 'is it better to give advice or just listen', expect: 'answer', style: 'comparison', headings: [LISTEN], evidence: ['The aim is to understand, not to fix.', 'or do you just want me to listen?'] },
  { q: 'is talking face to face better than chatting while we do something together', expect: 'answer', style: 'comparison', headings: [START], evidence: ['Some people find it easier to talk side by side'] },
  { q: 'how long until he feels better, and what helps while we wait', expect: 'answer', style: 'two-part', headings: [F_LONG, FAQ], evidence: ['There is no set timeline.', 'recovery often has ups and downs. Patience helps you both.'] },
  { q: 'what are the signs of depression and how do I bring it up with them', expect: 'answer', style: 'two-part', headings: [SIGNS, START], evidence: ['a pattern of several changes that lasts for weeks', 'Ask an open question, like'] },
  { q: 'my brother he not want help from doctor, what I can do for him please', expect: 'answer', style: 'non-native', headings: [REFUSE], evidence: ['Suggest smaller steps, such as a self-help book, an online course', 'Stay in touch with regular, low-pressure contact'] },
  { q: 'I think also I am getting depressed from care of my husband, is normal? what I do', expect: 'answer', style: 'non-native', headings: [F_ME, FAQ], evidence: ['If you have felt low for more than two weeks', 'Getting help for yourself is not letting them down.'] },
  { q: 'My best friend has been going through a really rough patch since her divorce. I have been texting her every day and she calls me late most nights, sometimes at 2 or 3am, and I have work the next morning. I love her and I want to be there, but I am exhausted and starting to dread my phone ringing. How do I handle this without abandoning her?', expect: 'answer', style: 'long-personal', headings: [BOUND, SELF], evidence: ['I can call every evening, but I can\'t be on the phone', 'It is okay to say no, and to take a break'] },
  {
    q: 'and what phrases should I stay away from?', expect: 'answer', style: 'paraphrase', headings: [AVOID, SAY],
    before: ['how do I talk to my partner about his depression'],
    evidence: ['Other people have it worse', 'this adds guilt to pain', 'they probably know, and it makes them feel worse'],
  },
  // out of scope
  { q: 'what antidepressant works best for someone who is very anxious too', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does couples therapy cost', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I get carers allowance for looking after my depressed husband', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is depression genetic, will our kids get it', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I support someone with bipolar mania', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can my employer fire me for taking time off to care for my partner', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the best app for tracking mood', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I reset my password for the help centre', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats a good recipe for a quick healthy dinner', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does st johns wort work for depression', expect: 'fallback', style: 'out-of-scope' },
  { q: 'my dad drinks a lot when hes down, how do I get him into rehab', expect: 'fallback', style: 'out-of-scope' },
  {
    q: 'and what does the therapist do in the first session?', expect: 'fallback', style: 'out-of-scope',
    before: ['how can I encourage my friend to see someone professional'],
  },
];
