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
export const dev: ArticleCase[] = [
  // in scope
  { q: 'what is perfectionism', expect: 'answer', style: 'plain', headings: [STRIVING, TITLE], evidence: ['the bar keeps rising until nothing ever feels good enough', 'your sense of worth depends on meeting them'] },
  { q: 'how can perfectionism affect my mood', expect: 'answer', style: 'plain', headings: [TITLE, LINKS], evidence: ['they can start to wear down your mood', 'is linked with a higher risk of several mental health problems'] },
  { q: 'what small experiments can i try this week', expect: 'answer', style: 'plain', headings: [EXP, STEPS], evidence: ['Send one email without rereading it more than once', 'Leave one small task deliberately unfinished until tomorrow'] },
  { q: 'what does it mean if i always feel like others are doing better than me', expect: 'answer', style: 'paraphrase', headings: [SIGNS, CAUSES], evidence: ['comparing yourself with others and always coming out worse', 'where everyone seems to be doing better than you'] },
  { q: 'i cant hand jobs over to my team because they wont do it right', expect: 'answer', style: 'paraphrase', headings: [SIGNS], evidence: ['very hard to delegate, because nobody else will do it properly'] },
  { q: 'does social media make perfectionism worse', expect: 'answer', style: 'paraphrase', headings: [CAUSES], evidence: ['School pressure, competitive sport and social media'] },
  { q: 'causes', expect: 'answer', style: 'short', headings: [CAUSES], evidence: ['There is rarely a single cause.', 'a mix of temperament and experience'] },
  { q: 'rumination', expect: 'answer', style: 'short', headings: [DEP], evidence: ['this kind of rumination is closely linked with low mood'] },
  { q: 'delegating', expect: 'answer', style: 'short', headings: [SIGNS], evidence: ['very hard to delegate, because nobody else will do it properly'] },
  { q: 'how do i stop critisising myself all the time', expect: 'answer', style: 'typo', headings: [CRITIC, KIND], evidence: ['ask yourself what you would say to a good friend', 'Self-compassion means treating yourself with the same kindness'] },
  { q: 'can perfectionsim cause social anxeity', expect: 'answer', style: 'typo', headings: [ANX], evidence: ['a common driver of anxiety, including social anxiety'] },
  { q: 'wot is all or nuthin thinkin', expect: 'answer', style: 'phonetic', headings: [CBT], evidence: ['learning to spot thinking traps like all-or-nothing thinking'] },
  { q: 'y cant i ever just chill even wen i do well', expect: 'answer', style: 'phonetic', headings: [SIGNS, F_SUCCESS], evidence: ['finding it hard to relax or feel proud, even after a success'] },
  { q: 'haha 😅 nobody noticed when i sent a "meh" email... is that the point?? 🤷', expect: 'answer', style: 'emoji-filler', headings: [GOALS], evidence: ['Most people find that nobody else notices the difference.'] },
  { q: '💭 any tips for feeling good about stuff i did?? ✨', expect: 'answer', style: 'emoji-filler', headings: [KIND, F_SUCCESS], evidence: ['Try writing down one thing each day that you did well enough', 'Taking time to notice and enjoy what went well can help'] },
  { q: 'my partner redoes the dishes after i wash them and i find it exhausting', expect: 'answer', style: 'caregiver', headings: [PARTNER], evidence: ['especially if their standards spill over onto you'] },
  { q: 'my son refuses to try football in case he is rubbish at it, what signs should i watch for', expect: 'answer', style: 'caregiver', headings: [CHILD, SIGNS], evidence: ['avoiding new things or trouble sleeping before tests', 'avoiding new activities unless you are sure you will be good'] },
  { q: 'when should i get help for my daughters perfectionism', expect: 'answer', style: 'caregiver', headings: [CHILD], evidence: ['speak to their school or your GP'] },
  { q: 'does understanding where it comes from mean blaming my parents', expect: 'answer', style: 'yes-no', headings: [CAUSES], evidence: ['does not mean blaming your parents or yourself'] },
  { q: 'is cbt proven to work for perfectionism', expect: 'answer', style: 'yes-no', headings: [CBT], evidence: ['a talking therapy with good evidence for helping with perfectionism'] },
  { q: 'is it bad to want to do things well', expect: 'answer', style: 'yes-no', headings: [TITLE], evidence: ['Wanting to do things well is a good thing.'] },
  { q: 'how does feedback feel for a perfectionist versus a healthy striver', expect: 'answer', style: 'comparison', headings: [STRIVING], evidence: ['Feedback feels like a personal attack'] },
  { q: 'is self-critical perfectionism worse than other kinds for mental health', expect: 'answer', style: 'comparison', headings: [LINKS], evidence: ['especially the self-critical kind, is linked with a higher risk'] },
  { q: 'what are the signs and where does it come from', expect: 'answer', style: 'two-part', headings: [SIGNS, CAUSES], evidence: ['harsh self-talk after small mistakes', 'a mix of temperament and experience'] },
  { q: 'how long does cbt take and can it be done in a group', expect: 'answer', style: 'two-part', headings: [CBT], evidence: ['Many people notice a difference within a few months.', 'CBT can be done one to one, in groups'] },
  { q: 'in my family always love only if good marks. this is why I am perfectionist?', expect: 'answer', style: 'non-native', headings: [CAUSES], evidence: ['love and approval must be earned'] },
  { q: 'how much percent of my normal standard I should aim for small task?', expect: 'answer', style: 'non-native', headings: [GOALS], evidence: ['Aim for around 80 percent of your usual standard'] },
  { q: "I run a small business and I check every invoice and post myself, I'm working 70 hour weeks and I'm shattered and snappy. I know nobody else can do it as well as me. My wife says I'll burn out. Is she right?", expect: 'answer', style: 'long-personal', headings: [BURN, SIGNS], evidence: ['This can lead to physical and emotional exhaustion', 'very hard to delegate, because nobody else will do it properly'] },
  { q: "My whole childhood I only got attention when I came top. Now I'm 35 and I still panic about every email at work and can't sleep before meetings. Is there any point trying to change this now?", expect: 'answer', style: 'long-personal', headings: [CAUSES, F_CURE], evidence: ['these rules were learned, which means they can be relearned', 'Many people learn to keep their high standards'] },
  // follow-ups
  { q: 'and with anxiety?', before: ['is perfectionism linked to depression'], expect: 'answer', style: 'short', headings: [ANX], evidence: ['Perfectionism keeps you on high alert for mistakes.'] },
  { q: 'what about for a kid', before: ['how do i support my perfectionist partner'], expect: 'answer', style: 'caregiver', headings: [CHILD], evidence: ['praise effort, curiosity and kindness, not just grades or results'] },
  { q: 'who else can i talk to apart from a professional', before: ['when should i see a doctor about perfectionism'], expect: 'answer', style: 'paraphrase', headings: [TALK], evidence: ['Talking to a trusted friend or family member can help too'] },
  // out of scope
  { q: 'what are the three types of perfectionism', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is perfectionism a symptom of adhd', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can hypnotherapy help with perfectionism', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i write a cv when i am a perfectionist in interviews', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what apps help with procrastination', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long is the waiting list for nhs talking therapies', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is obsessive compulsive personality disorder the same as perfectionism', expect: 'fallback', style: 'out-of-scope' },
  { q: 'should i tell my employer i have anxiety', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can perfectionism cause insomnia medication to stop working', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is perfectionism worse in only children than in siblings', expect: 'fallback', style: 'comparison', why: 'birth order is never discussed' },
  { q: 'how do i help my teenager with exam revision timetable', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is imposter syndrome', expect: 'fallback', style: 'out-of-scope' },
];
