import type { ArticleCase } from '../types.ts';

const INTRO = 'Introduction';
const WHAT = 'What is Ketamine?';
const LAST = 'How Long Does Ketamine Last for Depression?';
const TRAD = 'Traditional Treatments for Depression';
const EFFECTS = 'Short-term and Long-term Effects of Ketamine Treatment for Depression';
const IMM = 'Immediate effects; rapid Onset of Action';
const LONGER = 'Longer-term Effects on Symptoms of Severe Depression';
const TRD = 'Effective in Patients with Treatment-resistant Depression and Bipolar Disorder';
const PAIN = 'Potential to Reduce Chronic Pain Related to Psychiatric Disorders';
const WORK = 'How Does Ketamine Work?';
const MECH = 'Mechanism of Action of Ketamine';
const DOSE = 'Doses of Ketamine Used to Treat Depressive Symptoms';
const CONC = 'Conclusion';
const FAST = 'How can I improve my mood fast?';
const NAT = 'How can I control my mood naturally?';

/** Dev half of the second seed wording set (the shipped ketamine article): free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'what is ketamine', expect: 'answer', style: 'plain', headings: [WHAT, MECH, WORK], evidence: ['Historically, ketamine was used as a surgical anesthetic.', 'Ketamine, a medication used for anesthesia, has gained significant attention'] },
  { q: 'why does it matter how long ketamine lasts', expect: 'answer', style: 'plain', headings: [INTRO], evidence: ['Understanding how long ketamine’s benefits last helps develop depression treatment plans'] },
  { q: 'what are the long-term effects of ketamine for severe depression', expect: 'answer', style: 'plain', headings: [LONGER], evidence: ['Ketamine treatment for severe depression has promising long-term effects.', 'provides long-term relief and significant benefits for patients with treatment-resistant depression'] },
  { q: 'what happens right after a ketamine infusion', expect: 'answer', style: 'plain', headings: [IMM, WORK], evidence: ['ketamine can relieve anxiety and depression symptoms immediately', 'it can also cause blurred vision and disorientation', 'cause transient dissociation, perception changes, and blurred vision'] },

  { q: 'do experts agree on how long the benefits stick around', expect: 'answer', style: 'paraphrase', headings: [LONGER], evidence: ['Whether its antidepressant effects last long after treatment or not.'] },
  { q: 'what makes ketamine stand out from other depression medicines', expect: 'answer', style: 'paraphrase', headings: [WHAT, WORK], evidence: ['making it unique among depression treatments', 'targeting glutamate receptors in the brain, unlike traditional antidepressants'] },
  { q: 'what have trials of the drip shown about how people feel overall', expect: 'answer', style: 'paraphrase', headings: [IMM], evidence: ['Clinical trials show that ketamine infusion therapy improves illness severity and well-being'] },
  { q: 'so in the end, does ketamine treat depression or is the jury still out', expect: 'answer', style: 'paraphrase', headings: [CONC], evidence: ['ketamine may treat depression, but more research is needed'] },

  { q: 'ketamine non responders', expect: 'answer', style: 'short', headings: [TRD], evidence: ['Even in non-responders, ketamine infusion therapy can rapidly improve depressive symptoms'] },
  { q: 'ketamine glutamate', expect: 'answer', style: 'short', headings: [WORK, MECH, IMM, WHAT], evidence: ['It targets glutamate receptors in the brain, which regulate mood', 'Ketamine activates brain glutamate receptors, promoting new neural connections.', 'inhibiting N-methyl-D-aspartate (NMDA) glutamate receptors'] },
  { q: 'one infusion enough?', before: ['what is ketamine used for'], expect: 'answer', style: 'short', headings: [WHAT, DOSE], evidence: ['some patients need multiple infusions to maintain the benefits', 'Intravenous infusions over multiple sessions are common.'] },

  { q: 'what factors make ketamine work quikcer', expect: 'answer', style: 'typo', headings: [IMM], evidence: ['Several factors accelerate ketamine’s action.', 'Low-dose ketamine infusions provide the fastest relief.'] },
  { q: 'do antidepresants work for evryone', before: ['how long do normal antidepressants take'], expect: 'answer', style: 'typo', headings: [TRAD], evidence: ['and not everyone responds well to them'] },
  { q: "how do ssri's acutally work", expect: 'answer', style: 'typo', headings: [TRAD], evidence: ['These medications increase brain neurotransmitters, which can reduce depressive symptoms over time.'] },

  { q: 'r ther long term benefits 4 ppl wit bipolar', expect: 'answer', style: 'phonetic', headings: [LONGER, TRD], evidence: ['significant benefits for patients with treatment-resistant depression, bipolar disorder', 'Its fast onset, sustained efficacy, and potential benefits make it'] },
  { q: 'wat r booster infusions 4', before: ['can ketamine help chronic pain'], expect: 'answer', style: 'phonetic', headings: [PAIN], evidence: ['These booster infusions maintain ketamine therapy’s benefits and prevent chronic pain.', 'To maintain pain relief, booster infusions may be needed.'] },
  { q: 'iz usin ketamine 4 pain a new thing', expect: 'answer', style: 'phonetic', headings: [PAIN], evidence: ['Chronic pain management with ketamine infusion therapy is novel.'] },

  { q: 'music and nature actually help mood?? 🎶🌳', expect: 'answer', style: 'emoji-filler', headings: [FAST], evidence: ['achieved through exercise, deep breathing, nature, music, and mindfulness'] },
  { q: 'ok but who is ketamine infusion even meant for 🙃', expect: 'answer', style: 'emoji-filler', headings: [LAST, LONGER, TRD], evidence: ['For depression patients who have not responded to conventional treatments', 'Ketamine therapy is an option for those who have failed other antidepressants.'] },
  { q: 'what does this article even cover lol 📄', expect: 'answer', style: 'emoji-filler', headings: [EFFECTS, INTRO], evidence: ['We will also discuss intravenous infusions, nasal sprays, side effects', 'We will also discuss factors that may affect them'] },

  { q: 'my sister is on an SSRI and feels awful on it, do other people get side effects from these', expect: 'answer', style: 'caregiver', headings: [TRAD], evidence: ['Some people may experience unpleasant side effects or find the medications ineffective.'] },
  { q: "my daughter gets ketamine for pain and depression, why doesn't her pain relief last as long as her friend's", expect: 'answer', style: 'caregiver', headings: [PAIN], evidence: ['However, pain relief duration varies by person.', 'The frequency and timing of booster infusions depend on each patient’s needs'] },
  { q: 'my dad has been in therapy and on pills for a couple of months, how long do people usually wait before those kick in', expect: 'answer', style: 'caregiver', headings: [LAST, TRAD], evidence: ['Patients may wait weeks or months for relief.', 'These medications can take weeks or months to work'] },
  { q: "my partner's psychiatrist mentioned low dose ketamine as a newer option, is that a recent thing", expect: 'answer', style: 'caregiver', headings: [DOSE], evidence: ['In recent years, low-dose treatment with ketamine has emerged as an alternative.'] },

  { q: 'is ketamine infusion considered a good option for depression', expect: 'answer', style: 'yes-no', headings: [LAST], evidence: ['Its fast action and long-term relief make it a good choice', 'ketamine infusion therapy is promising'] },
  { q: 'does it affect nerve cells?', before: ['what is ketamine'], expect: 'answer', style: 'yes-no', headings: [WORK], evidence: ['It has effects on nerve cells'] },
  { q: 'does getting enough sleep affect your mood', expect: 'answer', style: 'yes-no', headings: [NAT], evidence: ['including regular exercise, a balanced diet, enough sleep'] },
  { q: 'is it fully understood how ketamine works', expect: 'answer', style: 'yes-no', headings: [MECH], evidence: ['To fully understand the mechanisms and optimize ketamine clinical use'] },

  { q: 'is ketamine faster acting than talk therapy', expect: 'answer', style: 'comparison', headings: [LAST, IMM], evidence: ['Traditional depression treatments like psychotherapy and antidepressants take time to work.', 'Ketamine is a fast-acting depression treatment that has promising results.'] },
  { q: 'does ketamine pain relief last about as long as the relief from depression', expect: 'answer', style: 'comparison', headings: [PAIN, LAST, LONGER], evidence: ['multiple ketamine infusions can reduce pain for weeks or months', 'provide relief for days, weeks, or months after the last infusion'] },
  { q: 'ketamine compared to the usual treatments for pain that comes with depression', expect: 'answer', style: 'comparison', headings: [PAIN], evidence: ['Traditional treatments for these conditions may not relieve pain', 'Ketamine therapy may reduce chronic psychiatric pain.'] },

  { q: 'what are the symptoms of bipolar disorder and does ketamine work on the depressed phase', expect: 'answer', style: 'two-part', headings: [TRD], evidence: ['Mania and depression are symptoms of bipolar disorder.', 'Ketamine therapy can stabilize mood and reduce depressive symptoms in bipolar'] },
  { q: 'can you get ketamine as a nasal spray, and is that less invasive than an IV', expect: 'answer', style: 'two-part', headings: [DOSE, WHAT], evidence: ['A nasal spray of ketamine and intravenous ketamine are more convenient', 'ketamine nasal spray, which can be used at home'] },
  { q: 'what does the dose depend on and which form is used most', expect: 'answer', style: 'two-part', headings: [DOSE], evidence: ['Ketamine dosing depends on its form.', 'Intravenous infusions over multiple sessions are common.'] },

  { q: 'spending time with family and friend is helping the mood?', expect: 'answer', style: 'non-native', headings: [NAT], evidence: ['socializing with supportive friends and family, can naturally control your mood'] },
  { q: 'every patient is getting same ketamine dose and same times per week?', expect: 'answer', style: 'non-native', headings: [WORK, DOSE], evidence: ['at a dose and frequency that suits each patient', 'given at different doses depending on depression severity and patient characteristics'] },
  { q: 'why doctor say the research is not finish for ketamine?', expect: 'answer', style: 'non-native', headings: [CONC, IMM], evidence: ['more research is needed to determine its efficacy, safety, and duration', 'still being studied as a safe and effective off-label treatment'] },

  { q: "I'm 41, I've had depression and PTSD since I left the army, and my whole body aches most days on top of feeling low. Nobody has ever linked the pain to my mental health before. Is that actually a thing, and could ketamine help with it?", expect: 'answer', style: 'long-personal', headings: [PAIN, LONGER], evidence: ['Mental illnesses like depression and PTSD can cause chronic pain.', 'Mental health patients often have chronic pain', 'Ketamine therapy may reduce chronic psychiatric pain.'] },
  { q: "I started ketamine two months ago and it helped a lot at first, but now my clinic talks about 'maintenance' sessions. I thought it was meant to be a quick fix and I'm a bit annoyed. Why would anyone need more of them?", expect: 'answer', style: 'long-personal', headings: [WHAT, LAST], evidence: ['some patients need multiple infusions to maintain the benefits', 'the beneficial antidepressant effects gradually fade away'] },
  { q: "I've got a big presentation this afternoon and I feel flat and heavy, not in a crisis, just really low energy and grumpy. Is there anything I can do in the next hour to lift my mood a bit?", expect: 'answer', style: 'long-personal', headings: [FAST], evidence: ['achieved through exercise, deep breathing, nature, music, and mindfulness', 'It can improve mood faster.'] },

  // out of scope: same domain, not covered
  { q: 'does medicaid cover esketamine', expect: 'fallback', style: 'out-of-scope', why: 'insurance and brand names not covered' },
  { q: 'is TMS a better option than ketamine', expect: 'fallback', style: 'comparison', why: 'TMS is never named' },
  { q: 'what are the side effects of lexapro', expect: 'fallback', style: 'out-of-scope', why: 'that drug is never named' },
  { q: 'can i have a glass of wine after my ketamine appointment', expect: 'fallback', style: 'out-of-scope', why: 'alcohol not covered' },
  { q: 'how long is the waiting list for ketamine clinics in london', expect: 'fallback', style: 'out-of-scope', why: 'no places or waiting times' },
  { q: 'how much is a course of six infusions usually', expect: 'fallback', style: 'out-of-scope', why: 'prices not covered' },
  // out of scope: off-domain
  { q: 'how do i cancel my gym membership', expect: 'fallback', style: 'out-of-scope', why: 'off-domain' },
  { q: 'wats the wether gonna b like 2moro', expect: 'fallback', style: 'phonetic', why: 'off-domain' },
  { q: 'best anime to watch this summer 🍿', expect: 'fallback', style: 'emoji-filler', why: 'off-domain' },
  { q: 'how to fix a leaking kitchen tap', expect: 'fallback', style: 'out-of-scope', why: 'off-domain' },
  { q: 'what is the population of canada', expect: 'fallback', style: 'out-of-scope', why: 'off-domain' },
  { q: 'recommend a good laptop for college under 800 dollars', expect: 'fallback', style: 'out-of-scope', why: 'off-domain' },
];
