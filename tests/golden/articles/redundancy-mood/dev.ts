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
export const dev: ArticleCase[] = [
  // in scope
  { q: 'does it matter if i was dismissed rather than made redundant', expect: 'answer', style: 'plain', headings: [TITLE], evidence: ['Whether you were made redundant, your contract ended or you were dismissed'] },
  { q: 'what should i do in the first few weeks after losing my job', expect: 'answer', style: 'plain', headings: [FIRST, DAYS], evidence: ['small practical steps can protect your mood and give you back', 'Plan one or two things for each day, however small.'] },
  { q: 'how can i keep track of my job applications', expect: 'answer', style: 'plain', headings: [SEARCH], evidence: ['Keep a record of what you have done so you can'] },
  { q: 'my confidence is shot because no one replies to my applications', expect: 'answer', style: 'paraphrase', headings: [SEARCH], evidence: ['rejections or silence from employers can knock your confidence', 'Try not to judge your worth by the number of replies'] },
  { q: 'i miss having somewhere to go every morning', expect: 'answer', style: 'paraphrase', headings: [IDENT], evidence: ['simply having a reason to leave the house'] },
  { q: 'is it my fault the company cut my role', expect: 'answer', style: 'paraphrase', headings: [FEEL], evidence: ['Redundancy is about a role, not about you as a person'] },
  { q: 'sleeping all day since losing job', expect: 'answer', style: 'short', headings: [IDENT, LOW], evidence: ['Losing a routine can affect sleep, eating and energy.', 'sleeping much more or less than usual'] },
  { q: 'CV help', expect: 'answer', style: 'short', headings: [SEARCH], evidence: ['Use free careers services for help with your CV and interview practice.'] },
  { q: 'behind on rent', expect: 'answer', style: 'short', headings: [MONEY], evidence: ['Contact lenders or your landlord early if you think', 'Most creditors would rather agree a plan than chase missed payments.'] },
  { q: 'can i backdate a benifit claim if i leave it a few months', expect: 'answer', style: 'typo', headings: [BEN], evidence: ['because some claims cannot be backdated'] },
  { q: 'my parnter and me keep argueing about money since i lost my job', expect: 'answer', style: 'typo', headings: [FAMILY], evidence: ['talk openly with your partner about how you are both feeling', 'Partners may worry about money too'] },
  { q: 'wat can i say at interveiws about the time out of work', expect: 'answer', style: 'typo', headings: [F_CV, FAQ], evidence: ['You can mention anything useful you did during the gap'] },
  { q: 'iz it ok to feel gutted an relieved at the same time', expect: 'answer', style: 'phonetic', headings: [FEEL, F_RELIEF], evidence: ['Feeling relieved and upset at the same time is common', 'You can feel relieved and still grieve for what you have lost.'] },
  { q: 'wen shud i get advice about unfair dismissal', expect: 'answer', style: 'phonetic', headings: [BEN], evidence: ['If you think your redundancy was unfair, get advice quickly'] },
  { q: 'ok so 😬 the kids know something is up, we havent said anything... thoughts? 🙏', expect: 'answer', style: 'emoji-filler', headings: [FAMILY], evidence: ['children can pick up on tension even if nobody talks about it', 'reassure them that things will be OK'] },
  { q: 'honestly 😔 i just want to stay in bed all week, does that mean im depressed or what', expect: 'answer', style: 'emoji-filler', headings: [LOW], evidence: ['Feeling low, tired and worried for a while after losing', 'it gets in the way of everyday life'] },
  { q: 'my sister lost her job months ago and still seems really flat, when should she get help', expect: 'answer', style: 'caregiver', headings: [GP, F_LONG], evidence: ['If things are not improving, or are getting worse', 'have lasted more than two weeks'] },
  { q: 'my partner keeps applying for every job going and is exhausted, how do i help', expect: 'answer', style: 'caregiver', headings: [SEARCH, FAMILY], evidence: ['rather than applying for everything', 'listen more than you advise'] },
  { q: 'my flatmate got let go and wont leave his room, should i leave him to it', expect: 'answer', style: 'caregiver', headings: [TALK], evidence: ['It is tempting to hide away, but isolation tends to make'] },
  { q: 'do i have to see the gp before getting talking therapy', expect: 'answer', style: 'yes-no', headings: [GP], evidence: ['refer yourself to a talking therapy service without seeing a GP first'] },
  { q: 'should i job hunt all day every day', expect: 'answer', style: 'yes-no', headings: [DAYS, SEARCH], evidence: ['Keep job searching to set hours so it does not fill'] },
  { q: 'is there a planner i can download for this', expect: 'answer', style: 'yes-no', headings: [DAYS], evidence: ['A simple weekly plan, like the one in the downloadable planner'] },
  { q: 'is taking a badly paid job better than waiting for the right one', expect: 'answer', style: 'comparison', headings: [F_FIRST, FAQ], evidence: ['A job can ease money worries, but a role that is', 'Think about what you can manage financially'] },
  { q: 'which is worse for my mood, money stress or losing my routine', expect: 'answer', style: 'comparison', headings: [MONEY, IDENT], evidence: ['worry about bills can make low mood worse', 'Losing a routine can affect sleep, eating and energy.'] },
  { q: 'what feelings come with grief after job loss and do they happen in order', expect: 'answer', style: 'two-part', headings: [GRIEF], evidence: ['between denial, anger, sadness and acceptance rather than through them in order'] },
  { q: 'what do i lose besides money and how do i remind myself i still matter', expect: 'answer', style: 'two-part', headings: [GRIEF, IDENT], evidence: ['daily contact with colleagues, a sense of purpose and plans', 'Remind yourself that your skills, values and relationships are still yours'] },
  { q: 'where I can find free advice about my rights for employment?', expect: 'answer', style: 'non-native', headings: [BEN], evidence: ['Free, confidential advice about benefits, debt and your employment rights'] },
  { q: 'I am worry all the time about the money, it make my mood more bad?', expect: 'answer', style: 'non-native', headings: [MONEY], evidence: ['Money stress is one of the hardest parts of losing a job'] },
  { q: "I'd been dreading the restructure for about a year and when it finally happened I honestly felt lighter. But now I feel guilty because my colleagues are devastated and I'm wondering if something is wrong with me. Is it weird that I'm not more upset?", expect: 'answer', style: 'long-personal', headings: [F_RELIEF, FAQ, FEEL], evidence: ['relief is a very common reaction', 'Relief, if the job had been making you unhappy.'] },
  // follow-ups
  { q: 'and if that doesnt help?', before: ['how can i stop feeling so low since being made redundant'], expect: 'answer', style: 'short', headings: [GP, LOW], evidence: ['it is worth talking to someone about it', 'Make an appointment with your GP if low mood'] },
  { q: 'is being outside part of it', before: ['how do i give my days some structure now im unemployed'], expect: 'answer', style: 'yes-no', headings: [DAYS], evidence: ['Get outside for some daylight and movement every day.'] },
  { q: 'what if it was the job making me miserable in the first place', before: ['what are normal feelings after redundancy'], expect: 'answer', style: 'paraphrase', headings: [FEEL, F_RELIEF], evidence: ['Relief, if the job had been making you unhappy.'] },
  // out of scope: same domain, not covered
  { q: 'how much notice does my employer have to give me', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i write a cover letter', expect: 'fallback', style: 'out-of-scope' },
  { q: 'should i start my own business after redundancy', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i get my mortgage payments frozen', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is a consultation period for redundancies', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is cbt better than counselling for job loss', expect: 'fallback', style: 'comparison', why: 'neither is compared; only talking therapies in general' },
  { q: 'wil my pension be afected by redundancy', expect: 'fallback', style: 'typo', why: 'pensions are not covered' },
  // out of scope: off-domain
  { q: 'how do i change a flat tyre', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats the weather like in leeds this weekend', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long do i boil an egg for', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you translate this into spanish', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the capital of australia', expect: 'fallback', style: 'out-of-scope' },
];
