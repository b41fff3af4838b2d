import type { ArticleCase } from '../types.ts';

const WHAT = 'What Is Burnout?';
const DIMS = 'The Three Dimensions of Burnout';
const SYMPTOMS = 'Common Symptoms of Burnout';
const PHYS = 'Physical symptoms';
const EMO = 'Emotional symptoms';
const VS = 'Burnout vs. Depression: How Are They Different?';
const CAUSES = 'What Causes Burnout at Work?';
const RISK = 'Who Is Most at Risk?';
const RECOVER = 'How to Recover From Burnout';
const SLEEP = 'Sleep and Exercise';
const MANAGER = 'Talking to Your Manager';
const DOCTOR = 'When to See a Doctor';
const TIMEOFF = 'Taking Time Off';
const HOWLONG = 'How Long Does Recovery Take?';
const FAQ = 'Frequently Asked Questions';
const DIAG = 'Is burnout a medical diagnosis?';
const TURN = 'Can burnout turn into depression?';
const QUIT = 'Should I quit my job?';
const HOLIDAY = 'Will a holiday fix burnout?';

/** Test half for the Medium-style text scrape "Burnout or Depression? How to Tell the Difference and What Helps": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what is burnout', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['a state of physical and emotional exhaustion caused by long-term stress'] },
  { q: 'what are the three dimensions of burnout', expect: 'answer', style: 'plain', headings: [DIMS], evidence: ['Exhaustion: feeling drained, worn out and unable to recover', 'Cynicism or detachment: feeling distant from your job', 'Reduced efficacy: feeling that you are no good at your work'] },
  { q: 'what will they check for', before: ['when should i see a doctor about burnout'], expect: 'answer', style: 'plain', headings: [DOCTOR], evidence: ['A doctor can check for depression and anxiety', 'physical causes of tiredness such as thyroid problems or anaemia'], why: 'follow-up: "they" is the doctor from the earlier turn' },
  { q: "steps to bounce back once you're totally fried from your job", expect: 'answer', style: 'paraphrase', headings: [RECOVER], evidence: ['Admit that something is wrong.', 'Drop or hand over tasks that are not essential'], why: '"bounce back", "fried" for recover, burnout' },
  { q: 'why do I feel so cold and uncaring toward my patients lately', expect: 'answer', style: 'paraphrase', headings: [DIMS], evidence: ['Cynicism or detachment: feeling distant from your job', 'numb towards the people you work with'], why: 'the cynicism/detachment dimension without naming it' },
  { q: 'burnout symptoms', expect: 'answer', style: 'short', headings: [SYMPTOMS, PHYS, EMO], evidence: ['Constant tiredness that a good night’s sleep does not fix', 'Headaches, muscle tension or stomach problems', 'Dreading work, often starting on Sunday evening'] },
  { q: 'recovery time', expect: 'answer', style: 'short', headings: [HOWLONG], evidence: ['caught early can improve within 4 to 12 weeks', 'Moderate burnout usually takes 3 to 6 months.'] },
  { q: 'and exercise?', before: ['any tips for sleeping better when burnt out'], expect: 'answer', style: 'short', headings: [SLEEP], evidence: ['a brisk 30-minute walk on most days is enough', 'Exercise is one of the best-studied ways to lower stress.'], why: 'follow-up of two words' },
  { q: 'how do i tell if its burnot or depresion', expect: 'answer', style: 'typo', headings: [VS], evidence: ['Burnout is tied to work; depression tends to affect every part', 'If you picture yourself feeling relieved and enjoying it'] },
  { q: 'shoud i tel my boss im burnt out', expect: 'answer', style: 'typo', headings: [MANAGER], evidence: ['your manager cannot fix a workload they do not know about'] },
  { q: 'is it ok to turn of work emails in the evnings', expect: 'answer', style: 'typo', headings: [RECOVER], evidence: ['turn off email notifications in the evening', 'Set clear limits on your working hours'] },
  { q: 'wat causes burnout @ wrk', expect: 'answer', style: 'phonetic', headings: [CAUSES], evidence: ['Workload: too much work, too little time and no chance to recover', 'Lack of control: little say over how, when or what you do', 'Unfairness: favouritism, unequal pay or decisions that feel unjust'] },
  { q: 'wen shud i c a doc 4 burnout', expect: 'answer', style: 'phonetic', headings: [DOCTOR], evidence: ['felt low or hopeless most days for more than two weeks', 'Make an appointment with your GP or family doctor if:'] },
  { q: 'ugh 😩 i sleep 9 hrs and still wake up exhausted lol is that burnout??', expect: 'answer', style: 'emoji-filler', headings: [PHYS, SYMPTOMS, DIMS], evidence: ['Constant tiredness that a good night’s sleep does not fix', 'feeling drained, worn out and unable to recover, even after rest'] },
  { q: 'ok so um 🙃 does going on vacation actually fix it', expect: 'answer', style: 'emoji-filler', headings: [HOLIDAY, FAQ, TIMEOFF], evidence: ['the benefits usually fade within a few weeks of returning to work', 'A break alone rarely cures burnout, though.'], why: '"vacation" for holiday; "it" is burnout from the page topic' },
  { q: 'my wife is a nurse and she comes home completely empty every night, is her job a risk for burnout', expect: 'answer', style: 'caregiver', headings: [RISK], evidence: ['Healthcare workers such as nurses and doctors report', 'some of the highest rates, especially since the COVID-19 pandemic'] },
  { q: "I look after my dad who has dementia and I'm running on empty, can carers get burnout too?", expect: 'answer', style: 'caregiver', headings: [RISK, WHAT], evidence: ['develop the same pattern, sometimes called carer burnout', 'Unpaid carers looking after a partner, parent or child', 'the exhaustion that comes from caring for a sick relative'] },
  { q: 'how can I tell if my colleague is burnt out or actually depressed', expect: 'answer', style: 'caregiver', headings: [VS], evidence: ['Burnout: Mainly linked to your job and your work situation', 'Depression: Does not lift when you are away from work'] },
  { q: 'if I ignore burnout will it become depression', expect: 'answer', style: 'yes-no', headings: [TURN, FAQ, VS], evidence: ['Burnout that lasts for months raises the risk of depression', 'Burnout that goes on for a long time can lead to depression'] },
  { q: 'is it a good idea to quit my job because of burnout', expect: 'answer', style: 'yes-no', headings: [QUIT, FAQ], evidence: ['it is best not to make big decisions while you are exhausted', 'Try changing your role, workload or hours first.'] },
  { q: 'can a doctor sign me off work for burnout', expect: 'answer', style: 'yes-no', headings: [TIMEOFF], evidence: ['A doctor can sign you off work if your health means', 'in the UK this is called a fit note'] },
  { q: 'burnout vs depression symptoms', expect: 'answer', style: 'comparison', headings: [VS], evidence: ['Burnout and depression share many symptoms, including fatigue, poor concentration', 'Depression: Loss of pleasure in almost everything'] },
  { q: 'which is worse for burnout, long hours or having no control', expect: 'answer', style: 'comparison', headings: [CAUSES], evidence: ['Long hours matter, but they are rarely the whole story.', 'People can cope with heavy workloads when they feel in control'] },
  { q: 'and how is it different from depression', before: ['what is burnout'], expect: 'answer', style: 'comparison', headings: [VS], evidence: ['Burnout is tied to work; depression tends to affect every part', 'the biggest one is scope'], why: 'follow-up: "it" is burnout' },
  { q: 'how much sleep should I be getting and does coffee make it worse', expect: 'answer', style: 'two-part', headings: [SLEEP], evidence: ['Aim for seven to nine hours a night', 'Cutting back on caffeine after midday can help too.'], why: '"coffee" for caffeine' },
  { q: "what should i actually say to my manager, and what if i don't trust them", expect: 'answer', style: 'two-part', headings: [MANAGER], evidence: ['Ask to move a deadline, hand over a project', 'try human resources (HR) or an occupational health service'] },
  { q: 'burnout is it official disease in the WHO list or not?', expect: 'answer', style: 'non-native', headings: [WHAT, DIAG], evidence: ['includes it in its international list of diseases, the ICD-11', 'The WHO treats it as a work-related problem rather than an illness'] },
  { q: 'which people have more chance to get burnout? teachers also?', expect: 'answer', style: 'non-native', headings: [RISK], evidence: ['Teachers, social workers and others in caring professions', 'because their work makes constant emotional demands'] },
  { q: 'how long time it take for recover from burnout when it is very bad', expect: 'answer', style: 'non-native', headings: [HOWLONG], evidence: ['Severe burnout, where a person has had to stop working', 'some studies suggest full recovery can take 2 to 3 years'] },
  { q: "I've been a primary school teacher for 11 years. This year I cry on Sunday nights, I snap at my own kids, and I've stopped caring whether my lessons are any good. I still love hiking at weekends though. Is this burnout or am I depressed?", expect: 'answer', style: 'long-personal', headings: [VS, EMO], evidence: ['Burnout: You can usually still enjoy things outside of work', 'Dreading work, often starting on Sunday evening'], why: 'the hiking detail points to the "still enjoy things outside of work" row' },
  { q: "I was off sick for six weeks last year with stress. Went back, nothing had changed, and within a month I was just as bad again. Why didn't the time off work?", expect: 'answer', style: 'long-personal', headings: [TIMEOFF], evidence: ['If nothing changes at work, symptoms often return within weeks', 'A break alone rarely cures burnout, though.'] },
  { q: "My manager keeps piling on projects and I get no say in any of it. I used to love this job, but now I'm being pushed to cut corners with clients in ways I think are wrong. Could that be what's burning me out?", expect: 'answer', style: 'long-personal', headings: [CAUSES], evidence: ['Values mismatch: being asked to do things that clash with what', 'Lack of control: little say over how, when or what you do'] },
  // out of scope: same domain, not covered
  { q: 'is sertraline good for burnout', expect: 'fallback', style: 'out-of-scope', why: 'no drug is named' },
  { q: 'how much does a burnout coach cost', expect: 'fallback', style: 'out-of-scope', why: 'prices not covered' },
  { q: 'is the headspace app worth it for stress', expect: 'fallback', style: 'out-of-scope', why: 'no app is named' },
  { q: 'can my employer fire me for being off with burnout', expect: 'fallback', style: 'out-of-scope', why: 'employment law not covered' },
  { q: 'does statutory sick pay cover burnout', expect: 'fallback', style: 'out-of-scope', why: 'sick pay and benefits not covered (only the fit note)' },
  { q: 'burnout retreats near me in bristol', expect: 'fallback', style: 'out-of-scope', why: 'no places or services' },
  // out of scope: off-domain
  { q: 'wats the weather in london tmrw', expect: 'fallback', style: 'phonetic', why: 'off-domain' },
  { q: 'how do i cancel my medium membership', expect: 'fallback', style: 'out-of-scope', why: 'site account, off-domain' },
  { q: 'write me a cover letter for a nursing job pls 🙏', expect: 'fallback', style: 'emoji-filler', why: 'off-domain' },
  { q: 'how many calories are in a banana', expect: 'fallback', style: 'out-of-scope', why: 'off-domain' },
  { q: 'who won the champions league last year', expect: 'fallback', style: 'out-of-scope', why: 'off-domain' },
  { q: 'convert 30 euros to dollars', expect: 'fallback', style: 'out-of-scope', why: 'off-domain' },
];
