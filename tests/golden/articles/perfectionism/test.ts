import type { ArticleCase } from '../types.ts';

const TITLE = 'Perfectionism and Your Mood';
const STRIVING = 'Healthy striving or perfectionism?';
const SIGNS = 'Signs of perfectionism';
const CAUSES = 'Where does perfectionism come from?';
const LINKS = 'Perfectionism, depression, anxiety and burnout';
const DEP = 'Depression';
const ANX = 'Anxiety';
const BURN = 'Burnout';
const PROC = 'Why perfectionists procrastinate';
const CRITIC = 'The inner critic';
const STEPS = 'Practical steps you can try';
const GOALS = 'Set good-enough goals';
const TIME = 'Use time limits';
const KIND = 'Practise self-compassion';
const EXP = 'This week’s small experiments';
const CBT = 'How CBT can help';
const TALK = 'Talking to someone';
const SUPPORT = 'Supporting a perfectionist child or partner';
const CHILD = 'If it is your child';
const PARTNER = 'If it is your partner';
const FAQ = 'Frequently asked questions';
const F_WORK = 'Is perfectionism a good thing at work?';
const F_CURE = 'Can perfectionism be cured?';
const F_OCD = 'Is perfectionism the same as OCD?';
const F_SUCCESS = 'Why do I feel worse after a success?';

/** Test half for the Notion "Export → HTML" page "Perfectionism and Your Mood": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what is the difference between healthy striving and perfectionism', expect: 'answer', style: 'plain', headings: [STRIVING], evidence: ['Healthy striving means setting high but reachable goals', 'The standards are so high that they can rarely be met'] },
  { q: 'what are the signs of perfectionism', expect: 'answer', style: 'plain', headings: [SIGNS], evidence: ['checking, redoing or rewriting work many times', 'putting off starting tasks in case you cannot do them perfectly'] },
  { q: 'how does perfectionism lead to burnout', expect: 'answer', style: 'plain', headings: [BURN, LINKS], evidence: ['Perfectionists often work longer hours, find it hard to say no', 'they rarely get a sense of completion or rest'] },
  { q: 'what does cbt for perfectionism involve', expect: 'answer', style: 'plain', headings: [CBT], evidence: ['testing those rules with small behavioural experiments', 'learning to spot thinking traps like all-or-nothing thinking'] },
  { q: 'why do i keep putting things off when i want them to be perfect', expect: 'answer', style: 'paraphrase', headings: [PROC], evidence: ['If a task has to be perfect, starting it can feel frightening.', 'Putting it off protects you, for a while, from the chance'] },
  { q: 'does being hard on myself actually help me stay motivated', expect: 'answer', style: 'paraphrase', headings: [CRITIC], evidence: ['harsh self-criticism tends to lower motivation'] },
  { q: 'is it my upbringing that made me like this', expect: 'answer', style: 'paraphrase', headings: [CAUSES], evidence: ['Growing up with high expectations, where praise depended on results', 'these rules were learned, which means they can be relearned'] },
  { q: 'time limits?', before: ['what practical things can i try for my perfectionism'], expect: 'answer', style: 'short', headings: [TIME], evidence: ['Give each task a set amount of time and stop when'] },
  { q: 'self compassion', expect: 'answer', style: 'short', headings: [KIND], evidence: ['Self-compassion means treating yourself with the same kindness'] },
  { q: 'perfectionism and anxiety', expect: 'answer', style: 'short', headings: [ANX, LINKS], evidence: ['This constant fear of getting things wrong is a common driver'] },
  { q: 'how do i set good enuf goals insted of perfect ones', expect: 'answer', style: 'typo', headings: [GOALS], evidence: ['Before you start a task, decide what good enough looks like.', 'Aim for around 80 percent of your usual standard'] },
  { q: 'can perfecshonism make you depresed', expect: 'answer', style: 'typo', headings: [DEP, LINKS], evidence: ['this can lead to feelings of hopelessness and worthlessness', 'is linked with a higher risk of several mental health problems'] },
  { q: 'wen shud i see my gp about being a perfectionist', expect: 'answer', style: 'phonetic', headings: [TALK], evidence: ['if perfectionism is affecting your sleep, work, relationships or mood'] },
  { q: 'iz perfekshunism a mental illness', expect: 'answer', style: 'phonetic', headings: [SIGNS], evidence: ['Perfectionism is not a mental health condition in itself.'] },
  { q: 'ugh 🙄 redid my slides 6 times last nite lol... is that a perfectionist thing?? 😬', expect: 'answer', style: 'emoji-filler', headings: [SIGNS], evidence: ['checking, redoing or rewriting work many times'] },
  { q: 'soooo 😩 how do i stop endlessly polishing stuff at work 🙏', expect: 'answer', style: 'emoji-filler', headings: [TIME, GOALS], evidence: ['Time limits break the cycle of endless checking', 'Give each task a set amount of time and stop when'] },
  { q: 'my 10 year old cries over homework if its not perfect, how can i help her', expect: 'answer', style: 'caregiver', headings: [CHILD, SUPPORT], evidence: ['praise effort, curiosity and kindness, not just grades or results', 'avoid stepping in to fix their work for them'] },
  { q: 'how do i bring up my husbands perfectionism without starting a fight', expect: 'answer', style: 'caregiver', headings: [PARTNER, SUPPORT], evidence: ['talk about it at a calm moment rather than during a disagreement'] },
  { q: 'should i tell my son about my own mistakes', expect: 'answer', style: 'caregiver', headings: [CHILD], evidence: ['talk openly about your own mistakes and how you handled them'] },
  { q: 'can perfectionism be cured', expect: 'answer', style: 'yes-no', headings: [F_CURE, FAQ], evidence: ['it is more about loosening it than curing it', 'keep their high standards while being far less hard on themselves'] },
  { q: 'is being self compassionate just letting myself off the hook', expect: 'answer', style: 'yes-no', headings: [KIND], evidence: ['It is not the same as letting yourself off the hook.'] },
  { q: 'do i need to be in a really bad way before asking for help', expect: 'answer', style: 'yes-no', headings: [TALK], evidence: ['You do not have to wait until things feel unbearable'] },
  { q: 'is perfectionism the same thing as ocd', expect: 'answer', style: 'comparison', headings: [F_OCD, FAQ], evidence: ['OCD involves unwanted intrusive thoughts and compulsions'] },
  { q: 'do perfectionists actually perform better at work than people who just strive', expect: 'answer', style: 'comparison', headings: [F_WORK, FAQ], evidence: ['perfectionism does not reliably lead to better performance', 'Healthy striving tends to be more sustainable.'] },
  { q: 'how do healthy strivers and perfectionists react to mistakes differently', expect: 'answer', style: 'comparison', headings: [STRIVING], evidence: ['Mistakes are a chance to learn', 'Mistakes feel like proof of failure'] },
  { q: 'what is cbt and can i do it online', expect: 'answer', style: 'two-part', headings: [CBT], evidence: ['It looks at the links between your thoughts, feelings and behaviour.', 'guided self-help books and online programmes'] },
  { q: 'why do perfectionists procrastinate and how does it make things worse', expect: 'answer', style: 'two-part', headings: [PROC], evidence: ['If a task has to be perfect, starting it can feel frightening.', 'delay leaves less time, which makes a good result harder'] },
  { q: 'I finish big project but I am not feel happy, only relief. why this happen?', expect: 'answer', style: 'non-native', headings: [F_SUCCESS, FAQ], evidence: ['Many perfectionists feel relief rather than joy when they succeed'] },
  { q: 'where I can get talking therapy, I must go to doctor first?', expect: 'answer', style: 'non-native', headings: [TALK], evidence: ['you can also refer yourself to a local talking therapy service'] },
  { q: "I've always been the straight-A type and now at uni I'm staying up until 3am rewriting essays that are already fine. I feel flat and I'm not enjoying anything. My flatmate says I'm a perfectionist. Could that be why my mood has dropped?", expect: 'answer', style: 'long-personal', headings: [DEP, LINKS], evidence: ['When your standards can never be met, you are always falling short.', 'this kind of rumination is closely linked with low mood'] },
  // follow-ups
  { q: 'and what if its my wife rather than my kid', before: ['how can i help my perfectionist daughter'], expect: 'answer', style: 'paraphrase', headings: [PARTNER], evidence: ['Avoid mocking or arguing with their standards', 'encourage them to get support if it is affecting their mood'] },
  { q: 'what do i actually say to myself then', before: ['i call myself stupid every time i make a tiny mistake'], expect: 'answer', style: 'long-personal', headings: [CRITIC, KIND], evidence: ['ask yourself what you would say to a good friend'] },
  // out of scope
  { q: 'what medication is used for perfectionism', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i know if my perfectionism is actually an eating disorder', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is there a test or questionnaire to measure how perfectionist i am', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does private cbt cost per session', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is perfectionism linked to autism', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is acceptance and commitment therapy', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i get time off work for burnout', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which book on perfectionism do you recommend', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i deal with a perfectionist boss who micromanages me', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does mindfulness meditation help with perfectionism', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is perfectionism more common in women or men', expect: 'fallback', style: 'comparison', why: 'the article never compares by gender' },
  { q: 'how do i stop my teenager spending hours on instagram', expect: 'fallback', style: 'out-of-scope' },
];
