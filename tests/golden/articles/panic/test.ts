import type { ArticleCase } from '../types.ts';

const WHAT = 'What is a panic attack?';
const SYMPT = 'Symptoms of a panic attack';
const PHYS = 'Physical symptoms';
const MENTAL = 'Emotional and mental symptoms';
const LONG = 'How long does a panic attack last?';
const DISORDER = 'Panic attack or panic disorder?';
const AGORA = 'Agoraphobia';
const CAUSES = 'Causes and risk factors';
const STIM = 'Caffeine, alcohol and other substances';
const HEART = 'Panic attack or heart attack?';
const ER = 'When to get emergency care';
const DIAG = 'How is panic disorder diagnosed?';
const TREAT = 'Treatment for panic disorder';
const CBT = 'Cognitive behavioral therapy (CBT)';
const MEDS = 'Medicines';
const DURING = 'What to do during a panic attack';
const BREATH = 'A simple breathing exercise';
const GROUND = 'The 5-4-3-2-1 grounding technique';
const HELP = 'How to help someone having a panic attack';
const OUTLOOK = 'Outlook';
const KEY = 'Key points';
const FAQ = 'Frequently asked questions';
const F_KILL = 'Can a panic attack kill you?';
const F_SLEEP = 'Can panic attacks happen while I sleep?';
const F_ANX = 'Is a panic attack the same as an anxiety attack?';
const F_MEDS = 'Will I need to take medicine for the rest of my life?';

/** Test half for the hospital-style (Drupal/Bootstrap) page "Panic Attacks and Panic Disorder": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what causes panic attacks', expect: 'answer', style: 'plain', headings: [CAUSES], evidence: ['Experts do not know exactly what causes panic attacks', 'Panic disorder tends to run in families'] },
  { q: 'how is panic disorder treated', expect: 'answer', style: 'plain', headings: [TREAT, CBT, MEDS], evidence: ['The main treatments are talk therapy, medicine, or both.', 'Cognitive behavioral therapy is the most effective talk therapy'] },
  { q: 'is it possible to keel over and die from one of these episodes', expect: 'answer', style: 'paraphrase', headings: [F_KILL, FAQ], evidence: ['you cannot die from the attack itself', 'it cannot stop your heart or your breathing'], why: 'no shared content word with the FAQ question except "die"' },
  { q: 'how do doctors make sure its not my ticker or a gland thing', expect: 'answer', style: 'paraphrase', headings: [DIAG], evidence: ['rule out physical conditions that can cause similar symptoms', 'Blood tests, including a thyroid check, because an overactive thyroid', 'An electrocardiogram (ECG or EKG) to check your heart rhythm'], why: 'ticker = heart, gland = thyroid' },
  { q: "if it drags on and isn't easing up, at what point do i go get help", expect: 'answer', style: 'paraphrase', headings: [ER], evidence: ['get emergency help if symptoms do not improve after 20 minutes'], why: 'the 20-minute rule, in other words' },
  { q: 'agoraphobia treatment', expect: 'answer', style: 'short', headings: [AGORA, CBT], evidence: ['Agoraphobia can be treated with the same approaches used for panic disorder', 'you slowly return to the places you have been avoiding'] },
  { q: 'benzos', expect: 'answer', style: 'short', headings: [MEDS], evidence: ['Benzodiazepines are sedatives that calm symptoms quickly.', 'they are usually only prescribed for a short time'], why: 'slang abbreviation of benzodiazepines' },
  { q: 'night panic attacks', expect: 'answer', style: 'short', headings: [F_SLEEP, FAQ], evidence: ['Nocturnal panic attacks wake people from sleep'] },
  { q: 'how long do panick atacks last', expect: 'answer', style: 'typo', headings: [LONG, KEY], evidence: ['Many are over in 5 to 20 minutes.', 'Most panic attacks peak within about 10 minutes'] },
  { q: 'sympotms of a panic atack', expect: 'answer', style: 'typo', headings: [SYMPT, PHYS, MENTAL], evidence: ['A racing, pounding or skipping heartbeat', 'four or more of these symptoms at the same time', 'Fear of losing control or going crazy'] },
  { q: 'does alchohol make panic atacks worse', expect: 'answer', style: 'typo', headings: [STIM], evidence: ['Alcohol may seem to calm anxiety at first', 'especially during a hangover, anxiety and panic often get worse'] },
  { q: 'how long b4 ssris start 2 work', expect: 'answer', style: 'phonetic', headings: [MEDS], evidence: ['can take 4 to 6 weeks to work fully'] },
  { q: 'wen shud i go 2 the er 4 chest pain', expect: 'answer', style: 'phonetic', headings: [ER], evidence: ['Call 911 or go to the nearest emergency department', 'you have chest pain or pressure and you are not sure'] },
  { q: 'ugh ok so like 😩 does coffee actually make panic attacks worse or nah', expect: 'answer', style: 'emoji-filler', headings: [STIM], evidence: ['Stimulants can trigger panic attacks or make them worse.', 'Caffeine in coffee, tea, energy drinks and some sodas'] },
  { q: 'hiii 👋 quick q... that 5 4 3 2 1 thing, how does it go?? 🙏', expect: 'answer', style: 'emoji-filler', headings: [GROUND], evidence: ['name 5 things you can see, 4 things you can touch'] },
  { q: 'my boyfriend gets panic attacks, what should i do when he has one', expect: 'answer', style: 'caregiver', headings: [HELP], evidence: ['Stay with them and stay calm yourself.', 'Breathe slowly with them, counting out loud.', 'Tell them it is a panic attack and that it will pass.'] },
  { q: 'my 14 year old daughter has started having panic attacks, who should we see', expect: 'answer', style: 'caregiver', headings: [HELP], evidence: ['If your child has panic attacks, talk to their pediatrician.', 'Children and teens respond well to CBT'] },
  { q: 'my mom is 68 and has heart disease, she has chest pain right now but says its just her panic. should we call 911?', expect: 'answer', style: 'caregiver', headings: [ER], evidence: ['if you have heart disease or risk factors for it', 'Call 911 or go to the nearest emergency department'], why: 'must send to emergency care, not reassure' },
  { q: 'is panic disorder more common in women', expect: 'answer', style: 'yes-no', headings: [DISORDER], evidence: ['about twice as common in women as in men'] },
  { q: 'should i breathe into a paper bag', expect: 'answer', style: 'yes-no', headings: [BREATH], evidence: ['Breathing into a paper bag is no longer recommended.'] },
  { q: 'how can i tell if its a panic attack or a heart attack', expect: 'answer', style: 'comparison', headings: [HEART], evidence: ['a panic attack is easy to mistake for a heart attack', 'Often pressure, squeezing or fullness that may spread to the arm'] },
  { q: 'anxiety attack vs panic attack', expect: 'answer', style: 'comparison', headings: [F_ANX, FAQ], evidence: ['while a panic attack comes on suddenly and is more intense', 'worry and stress that build up slowly over time'] },
  { q: 'whats the difference between having one attack and actually having panic disorder, and how many people have it', expect: 'answer', style: 'two-part', headings: [DISORDER], evidence: ['Having a panic attack does not mean you have panic disorder.', 'Panic disorder affects about 2 to 3 percent of adults'] },
  { q: 'do i have to stay on meds forever and how do i come off them', expect: 'answer', style: 'two-part', headings: [F_MEDS, MEDS, FAQ], evidence: ['Many people take medicine for about a year', 'Do not stop taking any of these medicines suddenly.', 'your doctor will help you lower the dose slowly'] },
  { q: 'which exams the doctor make for to know it is panic disorder?', expect: 'answer', style: 'non-native', headings: [DIAG], evidence: ['There is no single test for panic disorder.', 'An electrocardiogram (ECG or EKG) to check your heart rhythm'] },
  { q: 'is possible to be cured from panic disorder or it is for all the life?', expect: 'answer', style: 'non-native', headings: [OUTLOOK], evidence: ['most people with panic disorder get much better', 'many stop having panic attacks altogether'] },
  { q: 'Last week I was just sitting on the couch watching TV when out of nowhere my heart started racing, I was sweating and honestly thought I was dying. It lasted maybe 15 minutes and then went away. I have never had anything like that before. Was that a panic attack and does it mean I have panic disorder?', expect: 'answer', style: 'long-personal', headings: [WHAT, DISORDER], evidence: ['they can also strike out of the blue', 'Having a panic attack does not mean you have panic disorder.'] },
  { q: "I'm 34 and started getting panic attacks after my dad passed away in the spring. My mom also had 'bad nerves' her whole life. Is that why this is happening to me?", expect: 'answer', style: 'long-personal', headings: [CAUSES], evidence: ['Panic disorder tends to run in families', 'Major stress, such as the death or serious illness'] },
  // follow-ups
  { q: 'how do i make one stop', before: ['what is a panic attack'], expect: 'answer', style: 'plain', headings: [DURING, BREATH, GROUND], evidence: ['remind yourself that this is panic, that it is not dangerous', 'Slow breathing helps calm your body'], why: '"one" = a panic attack, from the earlier question' },
  { q: 'are they addictive?', before: ['what medicines are used for panic disorder'], expect: 'answer', style: 'yes-no', headings: [MEDS], evidence: ['Because they can cause drowsiness and dependence'], why: 'only the benzodiazepines carry the dependence warning' },
  { q: 'sounds scary, how does it actually work', before: ["what's exposure therapy"], expect: 'answer', style: 'paraphrase', headings: [CBT], evidence: ['you bring on the feelings of panic in a safe way', 'learn that they pass on their own'], why: '"it" = exposure, inside the CBT section' },
  { q: 'what about weed', before: ['is it bad to drink energy drinks if i get panic attacks'], expect: 'answer', style: 'short', headings: [STIM], evidence: ['Nicotine, cannabis, cocaine and amphetamines can also set off attacks.'], why: 'weed = cannabis' },
  // out of scope: same domain, not covered
  { q: 'is propranolol good for panic attacks', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does a therapy session cost', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does blue cross cover cbt for anxiety', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is the calm app worth it for panic attacks', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does hypnosis work for panic disorder', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can cbd oil stop a panic attack', expect: 'fallback', style: 'yes-no' },
  // out of scope: off-domain
  { q: 'how do i pay my hospital bill online', expect: 'fallback', style: 'out-of-scope', why: 'the page chrome has a "Pay your bill" link but no answer' },
  { q: 'how many calories in a banana', expect: 'fallback', style: 'out-of-scope' },
  { q: 'who won the world series last year', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i reset my iphone passcode', expect: 'fallback', style: 'out-of-scope' },
  { q: 'easy banana bread recipe', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats the wether tomorow', expect: 'fallback', style: 'typo' },
];
