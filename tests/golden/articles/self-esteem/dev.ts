import type { ArticleCase } from '../types.ts';

const ABOUT = 'About this page';
const WHAT = 'What is self-esteem?';
const SIGNS = 'Signs of low self-esteem';
const WHERE = 'Where does low self-esteem come from?';
const DEP = 'Self-esteem, depression and anxiety';
const CRITIC = 'The inner critic';
const KIND = 'Practise self-compassion';
const GOALS = 'Set small goals';
const ASSERT = 'Be more assertive';
const SOCIAL = 'Take a look at social media';
const HELP = 'When to get help';
const CBT = 'How CBT can help';
const EXERCISE = 'A quick exercise';
const SUPPORT = 'Supporting someone with low self-esteem';
const FAQ = 'FAQ';
const F_CHANGE = 'Can self-esteem really change as an adult?';
const F_LONG = 'How long does it take to feel better about yourself?';

/** Dev half for the Obsidian vault note "Low Self-Esteem and Your Mood": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'does healthy self-esteem mean thinking you are better than others', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['Healthy self-esteem does not mean thinking you are better than other people.'] },
  { q: 'how does discrimination affect self-esteem', expect: 'answer', style: 'plain', headings: [WHERE], evidence: ['being treated unfairly because of who you are'] },
  { q: 'how do i look after myself while supporting someone', expect: 'answer', style: 'plain', headings: [SUPPORT], evidence: ['supporting someone can be tiring, so make time for your own needs'] },
  { q: 'is this page a diagnosis', expect: 'answer', style: 'plain', headings: [ABOUT], evidence: ['It is not a diagnosis and it does not replace advice'] },
  { q: 'does change happen quickly or slowly', expect: 'answer', style: 'plain', headings: [F_CHANGE, FAQ], evidence: ['Change is usually gradual, and it often comes from lots'] },
  { q: 'i never go for promotions in case i mess it up', expect: 'answer', style: 'paraphrase', headings: [SIGNS], evidence: ['not applying for jobs, not speaking up, or not trying new things'] },
  { q: 'what words can i use on myself when i am being harsh', expect: 'answer', style: 'paraphrase', headings: [KIND], evidence: ['This is hard, and it makes sense that I feel upset.'] },
  { q: 'is there something i can write down to fight a bad belief about me', expect: 'answer', style: 'paraphrase', headings: [EXERCISE], evidence: ['list three pieces of evidence that do not fit it'] },
  { q: 'losing my job', expect: 'answer', style: 'short', headings: [WHERE], evidence: ['losing a job, a relationship ending, money problems or a long illness'] },
  { q: 'I statements', expect: 'answer', style: 'short', headings: [ASSERT], evidence: ['you show yourself that your needs matter too'] },
  { q: 'compassion focused therapy', expect: 'answer', style: 'short', headings: [CBT], evidence: ['Other approaches, such as compassion-focused therapy, can also help.'] },
  { q: 'how do i say no to pepole withot feeling awful', expect: 'answer', style: 'typo', headings: [ASSERT], evidence: ['It often feels uncomfortable at first if you are used to people-pleasing.'] },
  { q: 'is it normel to compare myself to evryone all the time', expect: 'answer', style: 'typo', headings: [SIGNS], evidence: ['constantly measuring yourself against others and coming out worse'] },
  { q: 'wot if my mate thinks shes rubbish, shud she go to the gp', expect: 'answer', style: 'phonetic', headings: [SUPPORT], evidence: ['encourage them to talk to their GP and offer to help'] },
  { q: 'sumtimes i feel hopeles for weeks at a time, wen do i get help', expect: 'answer', style: 'phonetic', headings: [DEP, HELP], evidence: ['If low mood, worry or hopelessness have lasted more than two weeks', 'you have felt down or hopeless for more than two weeks'] },
  { q: '😬 i replay convos in my head for hours after, is that a self esteem thing??', expect: 'answer', style: 'emoji-filler', headings: [DEP], evidence: ['replay conversations afterwards looking for mistakes'] },
  { q: 'lol my phone makes me feel bad about myself 📱 any tips', expect: 'answer', style: 'emoji-filler', headings: [SOCIAL], evidence: ['Notice how you feel after scrolling.'] },
  { q: 'my partner went through abuse years ago and thinks so badly of herself, should she see someone', expect: 'answer', style: 'caregiver', headings: [HELP], evidence: ['your feelings about yourself are linked to abuse or other painful experiences'] },
  { q: 'how do i get my brother to try new things without nagging him', expect: 'answer', style: 'caregiver', headings: [SUPPORT], evidence: ['gently support them to try things, without pushing too hard'] },
  { q: 'is low self-esteem a mental illness', expect: 'answer', style: 'yes-no', headings: [DEP], evidence: ['Low self-esteem is not a mental health condition in itself'] },
  { q: 'does cbt look at how thoughts and feelings connect', expect: 'answer', style: 'yes-no', headings: [CBT], evidence: ['our thoughts, feelings and actions are connected'] },
  { q: 'is it my parents fault that i feel like this', expect: 'answer', style: 'yes-no', headings: [WHERE], evidence: ['Understanding where your beliefs came from does not mean blaming anyone.'] },
  { q: 'self-help or therapy, which one do i need', expect: 'answer', style: 'comparison', headings: [HELP], evidence: ['Self-help can make a real difference, but sometimes low self-esteem'] },
  { q: 'comparing myself to people online vs comparing to myself', expect: 'answer', style: 'comparison', headings: [SOCIAL], evidence: ['Comparing yourself to where you were last year'] },
  { q: 'what should i do after a setback and does being kind to myself make me lazy', expect: 'answer', style: 'two-part', headings: [KIND], evidence: ['people who are kind to themselves after a setback are more likely', 'are more likely to try again, not less'] },
  { q: 'why do goals help and what makes a good one', expect: 'answer', style: 'two-part', headings: [GOALS], evidence: ['Achieving things you have chosen yourself is one of the most reliable', 'Keep goals small and specific'] },
  { q: 'how i can know if is low self esteem or only a bad day', expect: 'answer', style: 'non-native', headings: [SIGNS], evidence: ['Having one or two of these now and then is very common.'] },
  { q: 'setback is meaning that i failed?', expect: 'answer', style: 'non-native', headings: [F_LONG, FAQ], evidence: ['treat setbacks as part of the process rather than proof of failure'] },
  { q: 'i am 30 and i have always been the one who says yes to everything at work, staying late and covering for people, and my manager just handed me another project. i feel resentful but i freeze whenever i try to push back. how do i even word it', expect: 'answer', style: 'long-personal', headings: [ASSERT, SOCIAL], evidence: ["so I can't take on that extra task", 'Saying no to one thing this week'] },
  { q: 'so what does the healthy kind look like', before: ['what is self-esteem'], expect: 'answer', style: 'paraphrase', headings: [WHAT], evidence: ['seeing yourself in a balanced, realistic way'] },
  { q: 'why does it do that', before: ['tell me about the inner critic'], expect: 'answer', style: 'plain', headings: [CRITIC], evidence: ['by stopping you from taking risks or being rejected'] },
  { q: 'any easy example to start with?', before: ['how can i be more assertive'], expect: 'answer', style: 'short', headings: [ASSERT], evidence: ['like saying which film you would prefer to watch'] },
  // out of scope
  { q: 'what is body dysmorphic disorder', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i find a life coach', expect: 'fallback', style: 'out-of-scope' },
  { q: 'are there confidence workshops near me', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can my employer make me take a personality test', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what vitamins boost your mood', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is mindfulness meditation good for self esteem', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i write a cv with no experience', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats the weather tomorrow ☀️', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does online therapy like betterhelp work', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the rosenberg self-esteem scale', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i stop blushing when i talk to people', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is there a self-esteem support group for men in leeds', expect: 'fallback', style: 'out-of-scope' },
];
