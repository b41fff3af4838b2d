import type { ArticleCase } from '../types.ts';

const TITLE = 'Coping With Redundancy and Job Loss';
const FEEL = 'Common feelings after losing a job';
const GRIEF = 'Why it can feel like grief';
const MONEY = 'Money worries';
const IDENT = 'Identity and routine';
const LOW = 'Low mood or depression?';
const FIRST = 'Practical first steps';
const DAYS = 'Structure your days';
const TALK = 'Talk to people';
const BEN = 'Benefits and advice services';
const SEARCH = 'Job searching without burning out';
const FAMILY = 'Family and partners';
const GP = 'When to see a GP';
const FAQ = 'Frequently asked questions';
const F_RELIEF = 'Is it normal to feel relieved about being made redundant?';
const F_LONG = 'How long will I feel like this?';
const F_FIRST = 'Should I take the first job I am offered?';
const F_CV = 'How do I explain a gap on my CV?';

/** Test half for the Kajabi course lesson "Coping With Redundancy and Job Loss": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what feelings are normal after losing my job', expect: 'answer', style: 'plain', headings: [FEEL], evidence: ['There is no right way to feel after losing a job.', 'Shock and disbelief, even if redundancies had been talked'] },
  { q: 'when should i see my gp about feeling low after redundancy', expect: 'answer', style: 'plain', headings: [GP], evidence: ['Make an appointment with your GP if low mood, anxiety or', 'poor sleep have lasted more than two weeks'] },
  { q: 'how do i stop the job hunt wearing me out', expect: 'answer', style: 'plain', headings: [SEARCH], evidence: ['Set a realistic target, such as a few good applications', 'Take proper breaks and keep weekends free if you can.'] },
  { q: 'why does getting laid off feel like someone died', expect: 'answer', style: 'paraphrase', headings: [GRIEF], evidence: ['Job loss is a real loss, so it makes sense', 'People often move back and forth between denial, anger, sadness'] },
  { q: 'without my job title i dont know who i am anymore', expect: 'answer', style: 'paraphrase', headings: [IDENT], evidence: ['people can feel they have lost part of who they are', 'Remind yourself that your skills, values and relationships are still yours'] },
  { q: 'i keep leaving the bills unopened, what should i do', expect: 'answer', style: 'paraphrase', headings: [MONEY], evidence: ['get a clear picture early rather than avoiding the post', 'Write down what is coming in and what has to go out'] },
  { q: 'days all blur into one now', expect: 'answer', style: 'paraphrase', headings: [IDENT, DAYS], evidence: ['days can blur together and it becomes easier to withdraw', 'Plan one or two things for each day, however small.'] },
  { q: 'daily routine tips', expect: 'answer', style: 'short', headings: [DAYS], evidence: ['go to bed at roughly the same time each day', 'Get outside for some daylight and movement every day.'] },
  { q: 'cv gap', expect: 'answer', style: 'short', headings: [F_CV, FAQ], evidence: ['Keep it brief and honest. Redundancy is very common', 'Redundancy is very common, and most employers understand it.'] },
  { q: 'debt advice?', before: ['im really worried about money since i lost my job'], expect: 'answer', style: 'short', headings: [MONEY], evidence: ['Free debt advice services can help you work out priorities'] },
  { q: 'how do i no if its depresion or just feeling down', expect: 'answer', style: 'typo', headings: [LOW], evidence: ['Depression is different. It lasts longer, most of the day', 'If you have felt this way for more than two weeks'] },
  { q: 'shoud i take the frist job going', expect: 'answer', style: 'typo', headings: [F_FIRST, FAQ], evidence: ['a role that is a poor fit may add stress'] },
  { q: 'im to embarased to tell my freinds i got let go', expect: 'answer', style: 'typo', headings: [TALK, FEEL], evidence: ['Tell a few people you trust what has happened.', 'Shame or embarrassment about telling friends and family.'] },
  { q: 'wot benefits can i get wile im lookin for work', expect: 'answer', style: 'phonetic', headings: [BEN], evidence: ['You may be entitled to benefits or other financial support', 'some claims cannot be backdated'] },
  { q: 'is it norml to feel releeved', expect: 'answer', style: 'phonetic', headings: [F_RELIEF, FAQ], evidence: ['relief is a very common reaction'] },
  { q: 'ugh 😩 got made redundant friday... how long does this awful feeling last?? 🙃', expect: 'answer', style: 'emoji-filler', headings: [F_LONG, FAQ], evidence: ['the worst feelings ease over a few weeks or months'] },
  { q: 'so like... 🤷 should i just hide away til i find something new lol', expect: 'answer', style: 'emoji-filler', headings: [TALK], evidence: ['isolation tends to make low mood worse'] },
  { q: 'my husband lost his job and i dont know how to support him', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['listen more than you advise and avoid asking every day'] },
  { q: 'what do i tell our kids about their dad losing his job', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['give a short, honest explanation suited to their age'] },
  { q: 'my dad was made redundant and is drinking more, should he see a doctor', expect: 'answer', style: 'caregiver', headings: [GP], evidence: ['also see a GP if you are drinking more to cope'] },
  { q: 'can i refer myself for therapy without going to the gp', expect: 'answer', style: 'yes-no', headings: [GP], evidence: ['In many areas you can also refer yourself to a talking therapy'] },
  { q: 'is it bad to take a break from applying for jobs', expect: 'answer', style: 'yes-no', headings: [SEARCH], evidence: ['It is fine to take a short break from searching', 'Rest is part of the process, not a sign of giving up.'] },
  { q: 'do i have to be in loads of debt to get debt advice', expect: 'answer', style: 'yes-no', headings: [MONEY], evidence: ['you do not need to be in serious debt to use them'] },
  { q: 'whats the difference between low mood and depression', expect: 'answer', style: 'comparison', headings: [LOW], evidence: ['Low mood usually lifts as you adjust, find a new routine', 'Depression is different. It lasts longer, most of the day'] },
  { q: 'is it better to apply for everything or be picky', expect: 'answer', style: 'comparison', headings: [SEARCH], evidence: ['rather than applying for everything'] },
  { q: 'what are the signs of depression and is it treatable', expect: 'answer', style: 'two-part', headings: [LOW], evidence: ['losing interest in things you used to enjoy, feeling hopeless', 'Depression is common after job loss and it is treatable.'] },
  { q: 'what should i check about my redundancy pay and who do i call if i cant pay rent', expect: 'answer', style: 'two-part', headings: [MONEY], evidence: ['Check what redundancy pay or notice pay you are owed.', 'Contact lenders or your landlord early if you think'] },
  { q: 'I think my redundancy was not fair, what I must do and is there time limit?', expect: 'answer', style: 'non-native', headings: [BEN], evidence: ['there are strict time limits for making a claim'] },
  { q: 'after lose my work I am very angry with my boss, this is normal?', expect: 'answer', style: 'non-native', headings: [FEEL], evidence: ['Others feel angry with their employer, or with themselves.', 'Anger at how the news was given or at the unfairness'] },
  { q: "I was at the same firm for 22 years and they let half of us go last month. Some mornings I'm fine and planning my next move, then the next day I can't face getting up at all. My wife thinks I'm being moody. Is this up and down thing normal?", expect: 'answer', style: 'long-personal', headings: [GRIEF], evidence: ['These ups and downs usually ease with time.', 'Some days you may feel hopeful and ready to start again'] },
  // follow-ups
  { q: 'and what about my old colleagues, should i keep in touch', before: ['who should i talk to after losing my job'], expect: 'answer', style: 'paraphrase', headings: [TALK], evidence: ['Former colleagues can be a source of support as well'] },
  { q: 'what can the doctor actually do', before: ['when should i go to the gp about my mood after being laid off'], expect: 'answer', style: 'short', headings: [GP], evidence: ['check for depression and tell you about talking therapies'] },
  // out of scope: same domain, not covered
  { q: 'how is statutory redundancy pay calculated', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can my employer choose me for redundancy because i was off sick', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i negotiate a settlement agreement', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what should i wear to a job interview', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is it worth retraining as a teacher at 45', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is sertraline or citalopram better for depression after losing a job', expect: 'fallback', style: 'comparison', why: 'no medicines are named' },
  { q: 'does redundancy pay get taxed?', expect: 'fallback', style: 'yes-no', why: 'tax is not covered' },
  // out of scope: off-domain
  { q: 'how do i cancel my gym membership', expect: 'fallback', style: 'out-of-scope' },
  { q: 'best recipe for banana bread', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what time does the post office close on saturday', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i reset my kajabi password', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you recommend a good laptop for working from home', expect: 'fallback', style: 'out-of-scope' },
];
