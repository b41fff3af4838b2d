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
const CBT = 'Cognitive behavioral therapy (CBT)';
const MEDS = 'Medicines';
const SELF = 'Self-care';
const DURING = 'What to do during a panic attack';
const BREATH = 'A simple breathing exercise';
const GROUND = 'The 5-4-3-2-1 grounding technique';
const HELP = 'How to help someone having a panic attack';
const OUTLOOK = 'Outlook';
const KEY = 'Key points';
const FAQ = 'Frequently asked questions';
const F_SLEEP = 'Can panic attacks happen while I sleep?';

/** Dev half for the hospital-style (Drupal/Bootstrap) page "Panic Attacks and Panic Disorder": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'what is panic disorder', expect: 'answer', style: 'plain', headings: [DISORDER, KEY], evidence: ['Panic disorder means repeated attacks plus ongoing fear of having more.', 'repeated, unexpected panic attacks and, for at least one month'] },
  { q: 'at what age does panic disorder usually start', expect: 'answer', style: 'plain', headings: [DISORDER], evidence: ['It usually starts in the late teens or early adulthood'] },
  { q: 'what can i do day to day to help with panic disorder', expect: 'answer', style: 'plain', headings: [SELF], evidence: ['Regular physical activity, enough sleep, less caffeine and alcohol', 'A support group can help you feel less alone.'] },
  { q: 'why does my body go into full alarm mode when nothing is actually wrong', expect: 'answer', style: 'paraphrase', headings: [WHAT], evidence: ['your body reacts as if you were in danger', "fight-or-flight response, which releases adrenaline"], why: 'alarm mode = fight-or-flight' },
  { q: 'does the awful feeling wear off even if i just sit there', expect: 'answer', style: 'paraphrase', headings: [LONG], evidence: ['the symptoms will fade even if you do nothing'] },
  { q: 'how many of the signs do you need before it officially counts as an attack', expect: 'answer', style: 'paraphrase', headings: [SYMPT], evidence: ['four or more of these symptoms at the same time'] },
  { q: 'ptsd panic', expect: 'answer', style: 'short', headings: [CAUSES], evidence: ['Other mental health conditions, including depression, other anxiety disorders'] },
  { q: 'hangover anxiety', expect: 'answer', style: 'short', headings: [STIM], evidence: ['especially during a hangover, anxiety and panic often get worse'] },
  { q: 'can you get panic attacks from smokeing', expect: 'answer', style: 'typo', headings: [CAUSES, STIM], evidence: ['Smoking and drinking a lot of caffeine.', 'Nicotine, cannabis, cocaine and amphetamines can also set off attacks.'] },
  { q: 'breathing excercise for panick', expect: 'answer', style: 'typo', headings: [BREATH], evidence: ['Breathe in slowly through your nose for a count of 4.', 'Breathe out slowly through your mouth for a count of 6.'] },
  { q: 'untreted panic disorder and depresion', expect: 'answer', style: 'typo', headings: [OUTLOOK], evidence: ['Without treatment, panic disorder can lead to avoiding more and more situations', 'missing work or school, depression, and problems with alcohol or drugs'] },
  { q: 'y do i get panic atacks 4 no reason', expect: 'answer', style: 'phonetic', headings: [WHAT, CAUSES], evidence: ['they can also strike out of the blue', 'Experts do not know exactly what causes panic attacks'] },
  { q: 'wat r the sines in ur head not ur body', expect: 'answer', style: 'phonetic', headings: [MENTAL], evidence: ['Fear of losing control or going crazy', 'Feeling detached from yourself or your surroundings'], why: 'signs in your head = emotional and mental symptoms' },
  { q: '😭😭 my hands and face went all tingly during one, am i having a stroke or smth', expect: 'answer', style: 'emoji-filler', headings: [PHYS, HEART], evidence: ['Numbness or tingling in the hands, feet or lips', 'Tingling in the fingers or around the mouth is common'] },
  { q: 'help 😰😰 im having one rn what do i do', expect: 'answer', style: 'emoji-filler', headings: [DURING, BREATH, GROUND], evidence: ['remind yourself that this is panic, that it is not dangerous', 'Breathe in slowly through your nose for a count of 4.'] },
  { q: 'my friend was having a panic attack and i told her to calm down, was that wrong', expect: 'answer', style: 'caregiver', headings: [HELP], evidence: ['or that nothing is wrong, because this can make them feel dismissed'] },
  { q: 'my son is 9 and gets panic attacks, can kids even do cbt?', expect: 'answer', style: 'caregiver', headings: [HELP], evidence: ['Children and teens respond well to CBT', 'parents are often involved in their treatment'] },
  { q: 'my wife has a glass of wine or three every night to calm her panic, is that ok', expect: 'answer', style: 'caregiver', headings: [STIM], evidence: ['Alcohol may seem to calm anxiety at first', 'but the relief does not last'] },
  { q: 'is chest pain normal with panic attacks', expect: 'answer', style: 'yes-no', headings: [PHYS, HEART], evidence: ['Because chest pain and a racing heart can happen in both'] },
  { q: 'do lots of people get panic attacks or is it just me', expect: 'answer', style: 'yes-no', headings: [WHAT], evidence: ['Up to 1 in 10 adults has at least one'] },
  { q: 'can you get a panic attack while driving', expect: 'answer', style: 'yes-no', headings: [WHAT], evidence: ['for example while you are relaxing, driving or asleep'] },
  { q: 'ssris vs benzos for panic, whats the difference', expect: 'answer', style: 'comparison', headings: [MEDS], evidence: ['are antidepressants and are usually the first medicine tried', 'Benzodiazepines are sedatives that calm symptoms quickly.'] },
  { q: 'breathing exercise or grounding, which one is better during an attack', expect: 'answer', style: 'comparison', headings: [BREATH, GROUND, DURING], evidence: ['Slow breathing helps calm your body', 'Grounding pulls your attention away from frightening thoughts'], why: 'the article gives both without ranking them' },
  { q: 'how long does cbt take and does it keep working after you finish', expect: 'answer', style: 'two-part', headings: [CBT], evidence: ['Treatment usually takes about 10 to 20 weekly sessions', 'the benefits often last after therapy ends'] },
  { q: 'what are the physical symptoms and how do you feel after', expect: 'answer', style: 'two-part', headings: [PHYS, MENTAL, SYMPT], evidence: ['Shortness of breath or a feeling of being smothered', 'many people feel tired, shaky and worn out'] },
  { q: 'my doctor say i need take the medicine every day, why not only when the panic come?', expect: 'answer', style: 'non-native', headings: [MEDS], evidence: ['They are taken every day and can take', 'can take 4 to 6 weeks to work fully'] },
  { q: 'why the doctor want to make test of the heart if i have only panic?', expect: 'answer', style: 'non-native', headings: [DIAG], evidence: ['rule out physical conditions that can cause similar symptoms', 'An electrocardiogram (ECG or EKG) to check your heart rhythm'] },
  { q: 'I used to go running every morning, but I had a panic attack halfway through a run in March and since then I stopped. The pounding heart feels exactly like the start of an attack. Now I am scared of any exercise. Can therapy help with something like this?', expect: 'answer', style: 'long-personal', headings: [CBT, DISORDER], evidence: ['It teaches you that panic symptoms are not dangerous', 'you bring on the feelings of panic in a safe way'] },
  { q: "I had my first ever panic attack at a concert last month. I honestly thought it was a heart attack and my friend called an ambulance. At the hospital they did an ECG and blood work and said everything was fine. Now I feel embarrassed, did I overreact by calling for help?", expect: 'answer', style: 'long-personal', headings: [ER], evidence: ['This is especially important if it is your first attack', 'you have chest pain or pressure and you are not sure'], why: 'the article says to get checked when unsure; must not shame the caller' },
  // follow-ups
  { q: 'what if her chest hurts', before: ['my friend is having a panic attack right now what do i do'], expect: 'answer', style: 'short', headings: [HELP, ER], evidence: ['and you are not sure it is panic, call 911'] },
  { q: 'how often should i practice it', before: ['how do i do the breathing exercise'], expect: 'answer', style: 'plain', headings: [BREATH], evidence: ['Practice this exercise every day when you are calm'] },
  { q: 'from nightmares?', before: ['can panic attacks happen in your sleep'], expect: 'answer', style: 'short', headings: [F_SLEEP, FAQ], evidence: ['They are not caused by nightmares'] },
  // out of scope: same domain, not covered
  { q: 'does hydroxyzine help with panic attacks', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much is a psychiatrist visit without insurance', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does medicaid pay for therapy for anxiety', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is headspace any good for panic attacks', expect: 'fallback', style: 'out-of-scope' },
  { q: 'do weighted blankets help with anxiety', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can magnesium supplements stop panic attacks', expect: 'fallback', style: 'yes-no' },
  // out of scope: off-domain
  { q: 'where do i park for my mri appointment', expect: 'fallback', style: 'out-of-scope', why: 'the page chrome links to "Parking & directions" but says nothing' },
  { q: 'how to change a flat tire', expect: 'fallback', style: 'out-of-scope' },
  { q: 'best pizza in chicago', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do you say thank you in spanish', expect: 'fallback', style: 'out-of-scope' },
  { q: 'when is the next full moon', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i unfreez my credit card 💳', expect: 'fallback', style: 'typo' },
];
