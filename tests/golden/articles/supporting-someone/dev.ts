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

/** Dev half for the Intercom Help Center article "Supporting Someone With Depression": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'how long does a low mood have to last before it counts as depression', expect: 'answer', style: 'plain', headings: [SIGNS], evidence: ['a low mood that lasts for at least two weeks'] },
  { q: 'how can I be a better listener', expect: 'answer', style: 'plain', headings: [LISTEN], evidence: ['Put your phone away and give them your full attention', 'Allow silences, because they often lead to the next thing'] },
  { q: 'what are good things to say to someone with depression', expect: 'answer', style: 'plain', headings: [HELPS, SAY], evidence: ['I\'m sorry you\'re going through this', 'I don\'t fully understand, but I want to'] },
  { q: 'is depression treatable', expect: 'answer', style: 'plain', headings: [PRO], evidence: ['Depression is treatable, and most people feel better'] },
  { q: 'she calls herself useless and a burden all the time, is that part of it', expect: 'answer', style: 'paraphrase', headings: [SIGNS], evidence: ['saying they feel worthless, guilty or like a burden'] },
  { q: 'he hates eye contact when we talk about feelings, any trick', expect: 'answer', style: 'paraphrase', headings: [START], evidence: ['Cooking together, walking the dog or a car journey'] },
  { q: 'saying let me know if you need anything never works, what should I offer instead', expect: 'answer', style: 'paraphrase', headings: [PRACT], evidence: ['Small, specific offers are easier to accept'] },
  { q: 'I keep sending him articles about depression, is that helping', expect: 'answer', style: 'paraphrase', headings: [PRO], evidence: ['Share information gently, without sending a flood of links'] },
  { q: 'burnout as a carer', expect: 'answer', style: 'short', headings: [BOUND, SELF], evidence: ['rather than burning out after a few weeks', 'Supporting someone with depression can be tiring and lonely'] },
  { q: 'emergency', expect: 'answer', style: 'short', headings: [URGENT], evidence: ['call 999 (UK) or 911 (US), or go to the nearest'] },
  { q: 'carers groups?', expect: 'answer', style: 'short', before: ['I look after my mum who is depressed and I am worn out'], headings: [SELF], evidence: ['Consider support for carers, such as a carers\' group'] },
  { q: 'why wont she acept my help, she says no to evrything', expect: 'answer', style: 'typo', headings: [REFUSE], evidence: ['cost, fear, past bad experiences or worry about being judged'] },
  { q: 'shoud i go with him to the gp apointment', expect: 'answer', style: 'typo', headings: [PRACT, PRO], evidence: ['help find a GP appointment or offer to go with them', 'booking the appointment or going with them'] },
  { q: 'my mate sleeps all day, is that a simptom', expect: 'answer', style: 'typo', headings: [SIGNS], evidence: ['sleeping much more or much less, eating more or less'] },
  { q: 'wen will my husbend start to feel normal agen', expect: 'answer', style: 'phonetic', headings: [F_LONG, FAQ], evidence: ['within a few weeks to a few months'] },
  { q: 'wot if i fink im gettin depresd as well', expect: 'answer', style: 'phonetic', headings: [F_ME, FAQ], evidence: ['book an appointment with your GP or a counsellor'] },
  { q: 'hiii 👋 so like... should I tell his mum?? 😬', expect: 'answer', style: 'emoji-filler', headings: [F_TELL, FAQ], evidence: ['telling others without permission can damage trust'] },
  { q: 'ugh 😔 she just sits on the sofa all day, anything small I can do with her?', expect: 'answer', style: 'emoji-filler', headings: [PRACT], evidence: ['sit with them while they watch TV', 'invite them for a short walk at the same time each day'] },
  { q: 'my dad seems to have given up on everything since retiring, how do I bring it up with him', expect: 'answer', style: 'caregiver', headings: [START], evidence: ['Ask an open question, like', 'Start with what you have noticed, not with a label'] },
  { q: 'my flatmate has shut herself away, I am only a friend, what is my role here', expect: 'answer', style: 'caregiver', headings: [BOUND], evidence: ['Your role is to be a caring presence, not their therapist.'] },
  { q: 'my mum keeps telling my depressed brother that other people have it worse, is that ok to say', expect: 'answer', style: 'caregiver', headings: [AVOID, SAY], evidence: ['this adds guilt to pain'] },
  { q: 'should I keep asking if they already said no once', expect: 'answer', style: 'yes-no', headings: [START], evidence: ['Many people need to be asked more than once'] },
  { q: 'can I threaten to leave if he does not get therapy', expect: 'answer', style: 'yes-no', headings: [PRO], evidence: ['Avoid ultimatums or making help a condition of your relationship.', 'Pressure tends to make people dig in.'] },
  { q: 'does talking about depression make it worse', expect: 'answer', style: 'yes-no', headings: [F_WORSE, FAQ], evidence: ['Talking about depression in a caring way does not make it worse.'] },
  { q: 'is a bad week the same as depression', expect: 'answer', style: 'comparison', headings: [SIGNS], evidence: ['Depression is more than a bad week.'] },
  { q: 'which is better, doing chores for her or doing them with her', expect: 'answer', style: 'comparison', headings: [PRACT], evidence: ['Try to do things with them rather than for them', 'keeps their sense of control'] },
  { q: 'what are the urgent warning signs and who do I call', expect: 'answer', style: 'two-part', headings: [URGENT], evidence: ['says they feel hopeless or trapped', 'call Samaritans free on 116 123 in the UK and Ireland'] },
  { q: 'how do I stop myself from fixing everything and what do I do instead', expect: 'answer', style: 'two-part', headings: [LISTEN], evidence: ['The aim is to understand, not to fix.', 'Reflect back what you hear'] },
  { q: 'my colleague very sad all time, I not know her well, how I start to speak with her', expect: 'answer', style: 'non-native', headings: [START], evidence: ['Pick a quiet, private moment when neither of you is rushed'] },
  { q: 'my wife she say all bad things about herself, I must agree with her or not?', expect: 'answer', style: 'non-native', headings: [LISTEN], evidence: ['You do not have to agree with everything they say about themselves.', 'You can accept how they feel without accepting'] },
  { q: 'My partner has been depressed for nearly a year now. I do the cooking, the kids, the bills, and I have stopped seeing my friends because I feel guilty going out while he is at home. Lately I have been crying in the car and I can\'t remember the last time I did something for me. What should I be doing for myself?', expect: 'answer', style: 'long-personal', headings: [SELF, F_ME], evidence: ['Make time for friends and things you enjoy without feeling guilty', 'Notice if your own mood is dropping'] },
  {
    q: 'and if she still says no?', expect: 'answer', style: 'paraphrase', headings: [REFUSE],
    before: ['how do I suggest my sister sees a doctor about her mood'],
    evidence: ['Respect their decision for now', 'People often change their minds when they feel heard'],
  },
  // out of scope
  { q: 'how do I support someone with PTSD after a car crash', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the difference between a psychologist and a psychiatrist', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I get my partner sectioned', expect: 'fallback', style: 'out-of-scope' },
  { q: 'are there any free online CBT courses you recommend', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does my health insurance cover counselling for my wife', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what side effects do antidepressants have', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I cancel my subscription', expect: 'fallback', style: 'out-of-scope' },
  { q: 'wat time does the support office open on weekends', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I access my husbands medical records to see what his doctor said', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is there a support group for partners in Leeds', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what vitamins help with depression', expect: 'fallback', style: 'out-of-scope' },
  {
    q: 'how many sessions of therapy will she need?', expect: 'fallback', style: 'out-of-scope',
    before: ['my girlfriend finally agreed to get help'],
  },
];
