import type { ArticleCase } from '../types.ts';

const WHAT = 'What is social anxiety?';
const SHY = 'Social anxiety or shyness?';
const BODY = 'In your body';
const THOUGHTS = 'In your thoughts';
const DO = 'In what you do';
const TRIG = 'Common triggers';
const CAUSE = 'What causes it?';
const MOOD = 'Social anxiety and low mood';
const SELF = 'Self-help steps you can try';
const CBT = 'CBT and other help';
const GP = 'Talking to your GP';
const FRIEND = 'Supporting a friend';
const FAQ = 'Frequently asked questions';
const F_AWAY = 'Will social anxiety go away on its own?';
const F_KIDS = 'Can children and teenagers have social anxiety?';
const F_INTRO = 'Is it the same as being an introvert?';
const F_ALC = 'Does alcohol help with social anxiety?';

export const dev: ArticleCase[] = [
  // in scope
  { q: 'what self-help steps can i try for social anxiety', expect: 'answer', style: 'plain', headings: [SELF], evidence: ['Face fears in small steps.', 'Write down what you feared would happen in a situation'] },
  { q: 'what happens at the gp appointment for social anxiety', expect: 'answer', style: 'plain', headings: [GP], evidence: ['Your GP may ask you some questions about your worries', 'refer you for talking therapy, or discuss other treatment'] },
  { q: 'what signs of social anxiety show up in how people behave', expect: 'answer', style: 'plain', headings: [DO], evidence: ['Avoiding eye contact or staying on the edge of groups'] },
  { q: 'is it my own fault that i am like this', expect: 'answer', style: 'paraphrase', headings: [CAUSE], evidence: ['None of these mean you are weak or that'] },
  { q: 'it feels like my world keeps shrinking because i avoid everything', expect: 'answer', style: 'paraphrase', headings: [MOOD], evidence: ['your life can slowly get smaller, and you may miss out'] },
  { q: 'my mind goes totally empty when i have to talk in meetings', expect: 'answer', style: 'paraphrase', headings: [BODY], evidence: ['A shaky voice or a mind that goes blank mid-sentence'] },
  { q: 'eating in public', expect: 'answer', style: 'short', headings: [TRIG], evidence: ['Eating or drinking in public'] },
  { q: 'group therapy', expect: 'answer', style: 'short', headings: [CBT], evidence: ['Group therapy can feel scary at first, but many people'] },
  { q: 'caffeine?', expect: 'answer', style: 'short', headings: [SELF], evidence: ['Regular sleep, movement and cutting back on caffeine can take'] },
  { q: 'does social anxeity run in famlies', expect: 'answer', style: 'typo', headings: [CAUSE], evidence: ['Some people are born more sensitive and cautious, and anxiety', 'Growing up with a parent who was very anxious or critical'] },
  { q: 'im scared evryone is stareing at me all the time', expect: 'answer', style: 'typo', headings: [THOUGHTS], evidence: ['Feeling sure that everyone is watching you and noticing your nerves'] },
  { q: 'wat age dose social anxeity usualy start', expect: 'answer', style: 'typo', headings: [WHAT, F_KIDS, FAQ], evidence: ['It often starts in the teenage years', 'It often begins between the ages of 10 and 20.'] },
  { q: 'y do i hav 2 run 2 the loo b4 partys', expect: 'answer', style: 'phonetic', headings: [BODY], evidence: ['Feeling sick or needing the toilet before social events'] },
  { q: 'iz it jus nervs or sumthing more', expect: 'answer', style: 'phonetic', headings: [WHAT, SHY], evidence: ['social anxiety is more than feeling nervous now and then', 'It is a fear that affects your daily life'] },
  { q: '📱 i literally let every call go to voicemail haha is that a thing', expect: 'answer', style: 'emoji-filler', headings: [TRIG, DO], evidence: ['Making excuses to get out of parties, meetings or calls'] },
  { q: 'ok so 😬 dating makes me want to hide under a rock… normal??', expect: 'answer', style: 'emoji-filler', headings: [TRIG], evidence: ['Dating, parties and work social events'] },
  { q: "my son is always on his phone at family gatherings and won't look anyone in the eye, is it social anxiety", expect: 'answer', style: 'caregiver', headings: [DO], evidence: ['Using your phone as a shield, or always bringing a friend', 'Avoiding eye contact or staying on the edge of groups'] },
  { q: 'my wife has social anxiety and lately she seems really down and flat all the time, what should we do', expect: 'answer', style: 'caregiver', headings: [MOOD], evidence: ['talking to your GP about your mood as well as your anxiety'] },
  { q: "i'm worn out from helping my sister with her anxiety", expect: 'answer', style: 'caregiver', headings: [FRIEND], evidence: ['Remember to look after yourself too.', 'You do not have to fix things on your own.'] },
  { q: 'is social anxiety the same as social phobia', expect: 'answer', style: 'yes-no', headings: [WHAT], evidence: ['sometimes called social anxiety disorder or social phobia'] },
  { q: 'can social anxiety actually be treated', expect: 'answer', style: 'yes-no', headings: [F_AWAY, FAQ, CBT], evidence: ['it responds well to treatment, and most people who get help'] },
  { q: 'is self-help enough or do i need proper therapy', expect: 'answer', style: 'comparison', headings: [SELF, CBT], evidence: ['Self-help works best for milder social anxiety, or while you wait'] },
  { q: 'does being shy hold you back in life the way social anxiety does', expect: 'answer', style: 'comparison', headings: [SHY], evidence: ['Shy people may take a while to warm up, but', 'it stops you doing things you want or need to do'] },
  { q: 'what goes on in my thoughts with social anxiety and how can i challenge them', expect: 'answer', style: 'two-part', headings: [THOUGHTS, SELF], evidence: ['Believing other people find you boring, odd or awkward', 'Write down what you feared would happen in a situation'] },
  { q: 'does being watched while i sign my name count as a trigger, and what can i do about it', expect: 'answer', style: 'two-part', headings: [TRIG, SELF], evidence: ['Writing or signing your name', 'Face fears in small steps.'] },
  { q: 'In my country we not talk about mental health. Why is good to see doctor for this feelings?', expect: 'answer', style: 'non-native', headings: [GP], evidence: ['They can then talk you through self-help, refer you for talking therapy'] },
  { q: 'Alcohol next day make me more anxious and sad, it is normal?', expect: 'answer', style: 'non-native', headings: [F_ALC, FAQ], evidence: ['it often makes anxiety and low mood worse the next day'] },
  { q: "Every time I have to give a presentation at uni my heart pounds, my voice shakes and I go bright red. I've started skipping seminars where I might have to speak and my marks are slipping. Is this just nerves or something I should get help for?", expect: 'answer', style: 'long-personal', headings: [WHAT, SHY], evidence: ['It is a fear that affects your daily life, your work', 'Avoiding work, study or friendships'] },
  { q: "I've been doing my own version of facing my fears - I go to the supermarket and make myself stay, but I keep my earphones in and don't look at anyone. It doesn't seem to be getting any easier. Am I doing something wrong?", expect: 'answer', style: 'long-personal', headings: [DO, SELF], evidence: ['you never find out that you would have coped without them', 'Try making eye contact or leaving your phone in your pocket'] },
  // follow-ups
  { q: 'so should i stop rehearsing what to say', before: ['what are safety behaviours'], expect: 'answer', style: 'yes-no', headings: [SELF, DO], evidence: ['Drop one safety behaviour at a time.', 'Rehearsing what to say, or staying quiet so you cannot'] },
  { q: 'what counts as being watched', before: ['what are the usual triggers'], expect: 'answer', style: 'short', headings: [TRIG], evidence: ['Being watched while you do something, such as'] },
  { q: 'how do i take the focus off myself', before: ['what self-help can i try'], expect: 'answer', style: 'paraphrase', headings: [SELF], evidence: ['Focus on the other person and what they are saying'] },
  // out of scope: same domain, not covered
  { q: 'is there an app you recommend for social anxiety', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long is the waiting list for nhs talking therapies', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i get a sick note for social anxiety', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is emdr good for social anxiety', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does cbd oil help with anxiety', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is avoidant personality disorder', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats the difference between social anxiety and agoraphobia', expect: 'fallback', style: 'comparison', why: 'agoraphobia is never mentioned' },
  { q: 'what is exposure and response prevention for ocd', expect: 'fallback', style: 'out-of-scope' },
  // out of scope: off-domain
  { q: 'how do i cancel my gym membership', expect: 'fallback', style: 'out-of-scope' },
  { q: 'best pizza place near me', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how many km is 5 miles', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i change a flat tyre', expect: 'fallback', style: 'out-of-scope' },
];
