import type { ArticleCase } from '../types.ts';

const WHAT = 'What is work stress?';
const PRESS = 'Pressure is not the same as stress';
const SIGNS = 'Signs of work stress';
const BODY = 'Signs in your body';
const MIND = 'Signs in your mind and feelings';
const BEH = 'Signs in your behaviour';
const CAUSES = 'Common causes of stress at work';
const VS = 'Stress, burnout or depression?';
const SELF = 'What you can do yourself';
const HABITS = 'Small daily habits';
const BOUND = 'Setting boundaries';
const MGR = 'Talking to your manager';
const RIGHTS = 'Your rights at work';
const DOC = 'When to see a doctor';
const HELP = 'Where to get help';
const FAQ = 'Frequently asked questions';
const F_SICK = "Can my employer ask why I'm off sick?";
const F_COLL = "Should I tell my colleagues I'm struggling?";
const F_ILL = 'Can stress make me physically ill?';
const F_OFF = 'Will taking time off make things worse?';

/** Dev half for the Notion-exported page "Stress at Work and Your Mental Health": free to tune on. New questions, not paraphrases of the test half. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'what are the emotional signs of work stress', expect: 'answer', style: 'plain', headings: [MIND, SIGNS], evidence: ['Feeling irritable, tense or close to tears', 'Finding it hard to concentrate or make decisions'] },
  { q: 'where can I get help for work stress', expect: 'answer', style: 'plain', headings: [HELP], evidence: ['Your doctor or a local health clinic', 'A crisis line in your country, which you can call or text'] },
  { q: 'I keep catching every cold going this winter, could my job be behind it', expect: 'answer', style: 'paraphrase', headings: [BODY, SIGNS], evidence: ['Catching colds more often than usual'] },
  { q: 'nobody ever says thanks for what I do and it grinds me down', expect: 'answer', style: 'paraphrase', headings: [CAUSES], evidence: ['Little support or recognition for the effort you put in'] },
  { q: "I honestly don't know what I'm meant to be doing in my role any more", expect: 'answer', style: 'paraphrase', headings: [CAUSES], evidence: ['Unclear roles, or being asked to do things you have not'] },
  { q: 'work stress and alcohol', expect: 'answer', style: 'short', headings: [BEH, SELF], evidence: ['Drinking more alcohol, smoking more or relying on caffeine', 'Cutting down on caffeine and alcohol can also help'] },
  { q: 'saying no to extra work', expect: 'answer', style: 'short', headings: [BOUND], evidence: ['It is fine to say no to extra work'] },
  { q: 'exersise for stress does it hav to be hard', expect: 'answer', style: 'typo', headings: [SELF], evidence: ['Regular physical activity is one of the best ways to lower stress', 'it does not need to be intense'] },
  { q: "can't concentrait at work anymore, cant decide anything", expect: 'answer', style: 'typo', headings: [MIND, SIGNS], evidence: ['Finding it hard to concentrate or make decisions'] },
  { q: 'wen does preshure turn into stres', expect: 'answer', style: 'phonetic', headings: [PRESS], evidence: ['Pressure becomes stress when you feel you have lost control'] },
  { q: 'can u get a sik note for stres', expect: 'answer', style: 'phonetic', headings: [DOC], evidence: ['may give you a note for time off work'] },
  { q: 'soooo 🙃 I literally work through lunch every day, is that bad?? 😂', expect: 'answer', style: 'emoji-filler', headings: [BEH, HABITS, SIGNS], evidence: ['Pulling away from people or skipping breaks and lunch', 'Take a proper lunch break away from your desk'] },
  { q: 'hmm 🤔 does my job have like free counselling or smth??', expect: 'answer', style: 'emoji-filler', headings: [MGR, HELP], evidence: ['If your workplace has an employee assistance programme', 'it may offer free and confidential counselling'] },
  { q: '✨ tips pls ✨ for not drowning in a massive to do list', expect: 'answer', style: 'emoji-filler', headings: [HABITS], evidence: ['Write a to-do list and pick the three most important tasks'] },
  { q: "my wife's a nurse and she's off sick loads lately but also drags herself in when she's ill, is that stress", expect: 'answer', style: 'caregiver', headings: [BEH, SIGNS], evidence: ['Taking more time off sick, or going in when you are unwell'] },
  { q: "my son is worried he'll lose his job in the layoffs and can't sleep, how can he cope", expect: 'answer', style: 'caregiver', headings: [BOUND, CAUSES, BODY], evidence: ['Talking to someone you trust, inside or outside work', 'worries about losing your job', 'Trouble falling asleep, or waking early thinking about work'] },
  { q: 'my partner has had a very low mood for months, even on holiday, and she blames work. is it just stress?', expect: 'answer', style: 'caregiver', headings: [VS], evidence: ['If your low mood stays the same on holidays and weekends', 'Depression is a health condition that needs proper support.'] },
  { q: 'is it ok to go to HR instead of my boss?', expect: 'answer', style: 'yes-no', headings: [MGR], evidence: ['you can speak to another senior person, someone in human resources'] },
  { q: 'can stress turn into depression?', expect: 'answer', style: 'yes-no', headings: [PRESS, VS], evidence: ['Long-lasting stress can lead to anxiety, depression or burnout', 'These three can overlap, and one can lead to another.'] },
  { q: 'is there a right to changes at work if my mental health is affected long term?', expect: 'answer', style: 'yes-no', headings: [RIGHTS], evidence: ['you may be entitled to reasonable adjustments', 'has a long-term effect on your daily life'] },
  { q: 'does burnout feel different from depression energy-wise', expect: 'answer', style: 'comparison', headings: [VS], evidence: ['Drained and running on empty', 'Low energy and slowed down'] },
  { q: 'is depression only about work, like burnout is', expect: 'answer', style: 'comparison', headings: [VS], evidence: ['Affects all areas of life, not just work', 'Mostly linked to work itself'] },
  { q: 'what changes could I ask for and who can explain the rules to me', expect: 'answer', style: 'two-part', headings: [RIGHTS], evidence: ['Flexible hours or a later start time', 'A union, an employment advice service or a lawyer can explain'] },
  { q: 'what should I focus on when I talk to my manager and do I have to mention my health', expect: 'answer', style: 'two-part', headings: [MGR], evidence: ['Focus on the work itself, for example your workload', 'You do not have to share details of your health'] },
  { q: 'what does long term stress do to your body and why does it matter', expect: 'answer', style: 'two-part', headings: [F_ILL, FAQ], evidence: ['Long-term stress can raise blood pressure, weaken your immune system', 'It is a good reason to take stress seriously.'] },
  { q: 'my boss he want reason for my sick days, I must tell him everything?', expect: 'answer', style: 'non-native', headings: [F_SICK, FAQ], evidence: ['You can decide how much detail to share about your health.'] },
  { q: 'is it the stress hormone that make my heart beating so fast?', expect: 'answer', style: 'non-native', headings: [WHAT, BODY], evidence: ['Your body releases stress hormones such as adrenaline and cortisol', 'An upset stomach, changes in appetite or a racing heart'] },
  {
    q: "I've been a teacher for ten years and I used to love it. Lately I'm marking until midnight, the new head keeps changing everything and I dread every observation. I think I need to say something to someone at school but I'm terrified it will look like I can't do my job. Is it better to keep quiet?",
    expect: 'answer', style: 'long-personal', headings: [MGR], evidence: ['most managers would rather know early, while there is still time', 'Many people put off talking to their manager because they worry'],
  },
  {
    q: "Ever since I started at a call centre 8 months ago my stomach has been in knots, I barely eat at lunch, my heart races before every shift and I'm sleeping maybe four hours. My doctor did bloods and found nothing. Could all of this be coming from work?",
    expect: 'answer', style: 'long-personal', headings: [BODY, SIGNS, DOC], evidence: ['An upset stomach, changes in appetite or a racing heart', 'A doctor can check for other causes of your symptoms'],
  },
  // follow-ups
  { q: 'give me some examples', before: ['what are reasonable adjustments?'], expect: 'answer', style: 'short', headings: [RIGHTS], evidence: ['Flexible hours or a later start time', 'A quieter place to work, or working from home on some days'] },
  { q: 'and how is depression different?', before: ['what is the difference between stress and burnout'], expect: 'answer', style: 'comparison', headings: [VS], evidence: ['Low mood and loss of interest in most things', 'Affects all areas of life, not just work'] },
  { q: 'where do I even start', before: ['what can I do myself about stress at work'], expect: 'answer', style: 'plain', headings: [SELF], evidence: ['Start with one or two things rather than trying to fix everything'] },
  // out of scope: same domain, not covered
  { q: 'how much does a session with a workplace counsellor cost', expect: 'fallback', style: 'out-of-scope', why: 'price' },
  { q: 'what does the Fair Work Act say about stress leave in Australia', expect: 'fallback', style: 'out-of-scope', why: 'a named law and country' },
  { q: 'should I take propranolol before big presentations', expect: 'fallback', style: 'out-of-scope', why: 'named drug never in the text' },
  { q: 'is mindfulness-based cognitive therapy good for work stress', expect: 'fallback', style: 'out-of-scope', why: 'named therapy never in the text' },
  { q: 'are there any stress clinics in Dublin', expect: 'fallback', style: 'out-of-scope', why: 'place' },
  { q: 'does my health insurance cover burnout treatment', expect: 'fallback', style: 'out-of-scope', why: 'insurance' },
  // out of scope: off-domain
  { q: 'how do I ask for a pay rise', expect: 'fallback', style: 'out-of-scope', why: 'work wording, not stress' },
  { q: "what's the capital of Canada", expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you help me fix my printer', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how many calories are in a latte', expect: 'fallback', style: 'out-of-scope' },
  { q: "what's a good name for a cat 🐱", expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I cancel my subscription', expect: 'fallback', style: 'out-of-scope' },
];
