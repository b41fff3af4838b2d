import type { ArticleCase } from '../types.ts';

const TITLE = 'Burnout or Depression? How to Tell the Difference and What Helps';
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
const REFS = 'References';

/** Dev half for the Medium-style text scrape "Burnout or Depression? How to Tell the Difference and What Helps": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'who came up with the three parts of burnout', expect: 'answer', style: 'plain', headings: [DIMS], evidence: ['Psychologist Christina Maslach, whose research shaped how burnout is measured'] },
  { q: 'what sources is this article based on', expect: 'answer', style: 'plain', headings: [REFS], evidence: ['Understanding the burnout experience: recent research and its implications for psychiatry', 'Mayo Clinic. Job burnout: How to spot it and take action.'] },
  { q: 'why do I seem to pick up every bug going since work got crazy', expect: 'answer', style: 'paraphrase', headings: [PHYS, SYMPTOMS], evidence: ['Getting ill more often, such as catching every cold going'], why: '"pick up every bug" for getting ill more often' },
  { q: "is there a simple way to figure out if it's the job or something deeper", expect: 'answer', style: 'paraphrase', headings: [VS], evidence: ['imagine a whole week with no work at all', 'If you picture yourself feeling relieved and enjoying it'], why: 'the quick-test paragraph; "something deeper" for depression' },
  { q: 'what kind of workout actually brings stress down, do I need to hit the gym hard', expect: 'answer', style: 'paraphrase', headings: [SLEEP], evidence: ['You do not need to train hard', 'a brisk 30-minute walk on most days is enough'], why: '"workout", "gym" for exercise' },
  { q: 'perfectionists too?', before: ['who is most at risk of burnout'], expect: 'answer', style: 'short', headings: [RISK], evidence: ['Perfectionists, people who find it hard to say no'], why: 'follow-up of two words' },
  { q: 'exhaustion disorder', expect: 'answer', style: 'short', headings: [DIAG, FAQ], evidence: ['it recognises a related diagnosis called exhaustion disorder', 'Sweden is one exception: it recognises a related diagnosis'] },
  { q: 'and the emotional side?', before: ['what are the signs of burnout'], expect: 'answer', style: 'short', headings: [EMO], evidence: ['Feeling irritable or short-tempered with colleagues and family', 'Feeling trapped, helpless or defeated', 'The emotional signs can be harder to spot'] },
  { q: 'is it normal to feel like a faliure at work all the time', expect: 'answer', style: 'typo', headings: [EMO, DIMS], evidence: ['A sense of failure and self-doubt', 'Reduced efficacy: feeling that you are no good at your work'] },
  { q: 'does seeing freinds actualy help with burn out', expect: 'answer', style: 'typo', headings: [RECOVER], evidence: ['Spend time with friends and family who leave you feeling better'] },
  { q: 'is it bad to just push trough burnout', expect: 'answer', style: 'typo', headings: [RECOVER], evidence: ['Burnout tends to get worse when you push through it.'] },
  { q: 'wot if the cause is still there wen i go bak', expect: 'answer', style: 'phonetic', headings: [RECOVER, TIMEOFF], evidence: ['If the cause is still there when you go back, burnout', 'If nothing changes at work, symptoms often return within weeks'] },
  { q: 'will i hav gud n bad weeks wen recoverin', expect: 'answer', style: 'phonetic', headings: [HOWLONG], evidence: ['It is normal to have good weeks and bad weeks', 'Recovery is rarely a straight line.'] },
  { q: 'lol my boss takes credit for everything I do and nobody ever says thanks 🙄 can that cause burnout', expect: 'answer', style: 'emoji-filler', headings: [CAUSES], evidence: ['Lack of reward: effort that goes unnoticed, underpaid or unthanked'] },
  { q: "😴😴 can't switch off at night, any bedtime tips??", expect: 'answer', style: 'emoji-filler', headings: [SLEEP], evidence: ['keep regular times for going to bed and getting up', 'avoid screens for the last hour before bed'] },
  { q: "my partner's been signed off with burnout, should he use the time to sort the house out?", expect: 'answer', style: 'caregiver', headings: [TIMEOFF], evidence: ['Time off works best when you use it to rest', 'not to catch up on chores'] },
  { q: 'my brother drinks every night since his job got too much, is it time he saw a doctor', expect: 'answer', style: 'caregiver', headings: [DOCTOR], evidence: ['You are drinking more alcohol or using other substances to cope'] },
  { q: "my dad thinks burnout isn't a real thing, how do I explain it to him", expect: 'answer', style: 'caregiver', headings: [WHAT], evidence: ['it is described as an occupational phenomenon', 'includes it in its international list of diseases, the ICD-11'] },
  { q: 'is burnout only about work', expect: 'answer', style: 'yes-no', headings: [WHAT], evidence: ['Strictly speaking, the word should only be used for work.', 'the WHO definition is about your job'] },
  { q: 'do I need all three signs to have burnout', expect: 'answer', style: 'yes-no', headings: [DIMS], evidence: ['You do not need to have all three at full strength.'] },
  { q: 'does it depend on anything?', before: ['how long does burnout recovery take'], expect: 'answer', style: 'yes-no', headings: [HOWLONG], evidence: ['depends on how severe the burnout is and whether its cause'], why: 'follow-up: "it" is the recovery time' },
  { q: 'is it the person or the workplace that causes burnout', expect: 'answer', style: 'comparison', headings: [CAUSES], evidence: ['Burnout is less about the individual and more about the job.'] },
  { q: 'self-esteem in burnout compared to depression', expect: 'answer', style: 'comparison', headings: [VS], evidence: ['Burnout: Self-esteem is often intact outside of work', 'Depression: Feelings of worthlessness and guilt are common'] },
  { q: 'does depression need treatment more than burnout does', expect: 'answer', style: 'comparison', headings: [VS], evidence: ['Depression: Often needs treatment such as talking therapy or medication', 'Burnout: Improves when the stress at work is reduced'] },
  { q: "how do I prep for the meeting with my manager, and should I just tell them I'm stressed", expect: 'answer', style: 'two-part', headings: [MANAGER], evidence: ['write down what has changed, which tasks take up most', 'rather than only saying that you are stressed'] },
  { q: 'what happened to the writer, and what did her doctor ask her', expect: 'answer', style: 'two-part', headings: [TITLE], evidence: ['I sat in my car outside the office for twenty minutes', 'was this burnout, or was it depression?'], why: 'the untitled intro under the title, after Medium noise lines' },
  { q: 'burnout can happen also together with depression in same time?', expect: 'answer', style: 'non-native', headings: [VS, TURN], evidence: ['so the two can also happen together', 'Burnout that goes on for a long time can lead to depression'] },
  { q: 'why people hide the burnout from the boss?', expect: 'answer', style: 'non-native', headings: [MANAGER], evidence: ['Many people hide burnout from their employer for fear of looking weak'] },
  { q: 'doctor can do something for burnout if it is not real illness?', expect: 'answer', style: 'non-native', headings: [DIAG, FAQ], evidence: ['a doctor can still record it and help you with it'] },
  { q: "I'm a nurse on a busy ward and we've been short-staffed for a year. Since about October I've had headaches most days and my shoulders are like rocks. I put it down to winter. Could it be burnout?", expect: 'answer', style: 'long-personal', headings: [PHYS, SYMPTOMS], evidence: ['Headaches, muscle tension or stomach problems', 'Burnout shows up in the body as well as the mind.'], why: '"shoulders like rocks" for muscle tension' },
  { q: "I moved teams in January and my new lead gives the good projects to his favourites while I get the leftovers. I've started to not care about the work at all. Is this how burnout starts?", expect: 'answer', style: 'long-personal', headings: [CAUSES, DIMS], evidence: ['Unfairness: favouritism, unequal pay or decisions that feel unjust', 'detachment often follows as a way of protecting yourself'] },
  { q: "I've just had two weeks away in Spain and honestly I still feel dead inside, I didn't enjoy a single day. I thought I was just burnt out from work. What does that mean?", expect: 'answer', style: 'long-personal', headings: [VS], evidence: ['If you think you would feel just as low and empty', 'Depression: Does not lift when you are away from work'], why: 'no relief away from work points to depression' },
  // out of scope: same domain, not covered
  { q: 'should i take ashwagandha for burnout', expect: 'fallback', style: 'out-of-scope', why: 'no supplement or drug is named' },
  { q: 'is CBT for stress covered by my health insurance', expect: 'fallback', style: 'out-of-scope', why: 'insurance not covered' },
  { q: 'what score on the maslach burnout inventory counts as burnout', expect: 'fallback', style: 'out-of-scope', why: 'Maslach is named, but no questionnaire or scoring' },
  { q: 'how many days of sick leave am i entitled to for stress', expect: 'fallback', style: 'out-of-scope', why: 'employment rights not covered' },
  { q: 'what percentage of americans have burnout', expect: 'fallback', style: 'out-of-scope', why: 'statistics not covered' },
  { q: 'can burnout make your hair fall out', expect: 'fallback', style: 'out-of-scope', why: 'hair loss is not among the symptoms' },
  // out of scope: off-domain
  { q: 'how do i reset my password', expect: 'fallback', style: 'out-of-scope', why: 'site account, off-domain' },
  { q: 'best pizza place near me 🍕🍕', expect: 'fallback', style: 'emoji-filler', why: 'off-domain' },
  { q: 'translate thank you into german', expect: 'fallback', style: 'out-of-scope', why: 'off-domain' },
  { q: 'wat time is it in tokyo rn', expect: 'fallback', style: 'phonetic', why: 'off-domain' },
  { q: 'how tall is the eiffel tower', expect: 'fallback', style: 'out-of-scope', why: 'off-domain' },
  { q: 'recommend a good series to watch on netflix', expect: 'fallback', style: 'out-of-scope', why: 'off-domain' },
];
