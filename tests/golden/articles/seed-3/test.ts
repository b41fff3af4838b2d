import type { ArticleCase } from '../types.ts';

const INTRO = 'Introduction';
const WHAT = 'What is Ketamine?';
const LAST = 'How Long Does Ketamine Last for Depression?';
const TRAD = 'Traditional Treatments for Depression';
const EFFECTS = 'Short-term and Long-term Effects of Ketamine Treatment for Depression';
const IMMED = 'Immediate effects; rapid Onset of Action';
const LONGER = 'Longer-term Effects on Symptoms of Severe Depression';
const TRD = 'Effective in Patients with Treatment-resistant Depression and Bipolar Disorder';
const PAIN = 'Potential to Reduce Chronic Pain Related to Psychiatric Disorders';
const WORK = 'How Does Ketamine Work?';
const MECH = 'Mechanism of Action of Ketamine';
const DOSE = 'Doses of Ketamine Used to Treat Depressive Symptoms';
const CONC = 'Conclusion';
const FAQS = 'FAQs';
const F_DRUGS = 'What drugs improve mood?';
const F_FAST = 'How can I improve my mood fast?';
const F_NAT = 'How can I control my mood naturally?';

/** Test half (third independent set) for the shipped seed article "How long does ketamine last for depression?": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'how long do the effects of a ketamine infusion last', expect: 'answer', style: 'plain', headings: [LAST, LONGER, TRD, WHAT], evidence: ['lasting relief for weeks or months after their last infusion', 'can provide relief for days, weeks, or months after the last infusion', 'long-lasting benefits, lasting days, weeks, or months after the last infusion', 'antidepressant effects can last days to weeks'] },
  { q: 'what are the side effects of ketamine treatment', expect: 'answer', style: 'plain', headings: [IMMED, WORK], evidence: ['it can also cause blurred vision and disorientation', 'it may also cause transient dissociation, perception changes, and blurred vision'] },
  { q: 'what are the symptoms of that anyway', before: ['is ketamine used for bipolar disorder'], expect: 'answer', style: 'plain', headings: [TRD], evidence: ['Mania and depression are symptoms of bipolar disorder.'], why: '"that" = bipolar disorder from the earlier question' },

  { q: 'why are people suddenly so excited about this drug for low mood', expect: 'answer', style: 'paraphrase', headings: [INTRO, WHAT], evidence: ['it can provide rapid relief for those who have not responded', 'it has garnered attention for its potential to treat treatment-resistant depression'] },
  { q: 'can feeling down actually make your body ache all the time', expect: 'answer', style: 'paraphrase', headings: [PAIN, LONGER], evidence: ['Mental illnesses like depression and PTSD can cause chronic pain.', 'Mental health patients often have chronic pain'] },
  { q: "what bit of the brain's chemistry does it actually act on", expect: 'answer', style: 'paraphrase', headings: [WORK, MECH, WHAT, IMMED], evidence: ['It targets glutamate receptors in the brain, which regulate mood', 'Ketamine stimulates new neural connections by targeting glutamate receptors', 'main effects is inhibiting N-methyl-D-aspartate (NMDA) glutamate receptors', 'Ketamine activates brain glutamate receptors, promoting new neural connections.'] },
  { q: 'does it keep helping if you use it again and again', expect: 'answer', style: 'paraphrase', headings: [LAST, LONGER], evidence: ['the beneficial antidepressant effects gradually fade away', 'This is because continued ketamine treatment will disappear.'] },
  { q: 'why do people end up looking beyond them', before: ['what are SSRIs'], expect: 'answer', style: 'paraphrase', headings: [TRAD], evidence: ['Some people may experience unpleasant side effects or find the medications ineffective', 'not everyone responds well to them', 'need alternative treatments that provide faster and longer-lasting relief'], why: '"them" = SSRIs; follow-up' },

  { q: 'nasal spray?', expect: 'answer', style: 'short', headings: [WHAT, DOSE], evidence: ['ketamine nasal spray, which can be used at home', 'A nasal spray of ketamine and intravenous ketamine'] },
  { q: 'SSRIs', expect: 'answer', style: 'short', headings: [TRAD], evidence: ['Antidepressants like SSRIs (selective serotonin reuptake inhibitors) are commonly used'] },
  { q: 'quality of life', expect: 'answer', style: 'short', headings: [LONGER, TRD], evidence: ['Sustained improvement in depressive symptoms can improve severe depression', 'This sustained improvement can improve severe depression'] },
  { q: 'booster infusions', expect: 'answer', style: 'short', headings: [PAIN], evidence: ['To maintain pain relief, booster infusions may be needed.', 'The frequency and timing of booster infusions depend on each'] },
  { q: 'and how long does that last?', before: ['does ketamine help with chronic pain'], expect: 'answer', style: 'short', headings: [PAIN], evidence: ['multiple ketamine infusions can reduce pain for weeks or months', 'However, pain relief duration varies by person.', 'Ketamine infusion therapy relieves pain for a long time.'], why: '"that" = the pain relief, not the antidepressant effect' },

  { q: 'how quikly does ketamine start worknig', expect: 'answer', style: 'typo', headings: [IMMED, WORK, WHAT, LAST], evidence: ['improves illness severity and well-being within hours or minutes', 'ketamine often works within hours', 'improves depressive symptoms within hours or days of a single dose', 'Patients often see improvement within one to two weeks', 'ketamine can relieve anxiety and depression symptoms immediately'] },
  { q: 'is ketamine aproved or is it used of label', expect: 'answer', style: 'typo', headings: [WHAT, IMMED], evidence: ['As an off-label treatment for depression and other psychiatric disorders', 'still being studied as a safe and effective off-label treatment'] },
  { q: 'does ketamin help with ptsd and anxeity', expect: 'answer', style: 'typo', headings: [LAST, IMMED, WHAT, WORK], evidence: ['bipolar disorder with severe depressive episodes, and generalized anxiety disorder', 'ketamine can relieve anxiety and depression symptoms immediately', 'Ketamine can help treat treatment-resistant depression, PTSD, and chronic pain.', 'treatment-resistant depression, post-traumatic stress disorder, and chronic pain'] },
  { q: 'waht decides how many sesions you need', expect: 'answer', style: 'typo', headings: [DOSE, WORK], evidence: ['depression severity determine the frequency and duration of these sessions', 'at a dose and frequency that suits each patient'] },

  { q: 'wasnt ketamine a horse tranqulizer or sumthin', expect: 'answer', style: 'phonetic', headings: [WHAT, MECH, WORK], evidence: ['Historically, ketamine was used as a surgical anesthetic.', 'Ketamine, a medication used for anesthesia, has gained significant attention', 'is also used for anesthetic purposes'], why: 'the article never says horse tranquilizer; it answers with its anesthetic use' },
  { q: 'wat dus it do to the NMDA reseptors', expect: 'answer', style: 'phonetic', headings: [MECH], evidence: ['main effects is inhibiting N-methyl-D-aspartate (NMDA) glutamate receptors', 'Ketamine inhibits NMDA glutamate receptors, activates AMPA receptors, and may release dopamine.'] },
  { q: 'nachural wayz 2 controll my mood', expect: 'answer', style: 'phonetic', headings: [F_NAT, FAQS], evidence: ['A healthy lifestyle, including regular exercise, a balanced diet, enough sleep', 'can naturally control your mood'] },

  { q: 'ok so um 😅 whats the quickest way to cheer up like today lol', expect: 'answer', style: 'emoji-filler', headings: [F_FAST, FAQS], evidence: ['exercise, deep breathing, nature, music, and mindfulness', 'It can improve mood faster.'] },
  { q: 'hiii 🙏 basically like does ketamine help chronic pain too?? 🤔', expect: 'answer', style: 'emoji-filler', headings: [PAIN, LONGER, WHAT, WORK, LAST], evidence: ['Ketamine therapy may reduce chronic psychiatric pain.', 'Psychiatric chronic pain can be reduced by ketamine treatment.', 'Ketamine infusion therapy relieves pain for a long time.'] },
  { q: 'soooo 💊 which pills actually lift your mood?? just asking haha', expect: 'answer', style: 'emoji-filler', headings: [F_DRUGS, FAQS, TRAD], evidence: ['Antidepressants and mood stabilizers are common mood-boosting drugs.', 'Antidepressants like SSRIs (selective serotonin reuptake inhibitors) are commonly used'] },

  { q: "my husband has bipolar and his antidepressants don't touch his low episodes, could ketamine help him?", expect: 'answer', style: 'caregiver', headings: [TRD, LONGER], evidence: ['can stabilize mood and reduce depressive symptoms in bipolar disorder', 'Bipolar disorder patients may benefit from ketamine treatment.', 'Ketamine may help treatment-resistant depression and bipolar disorder'] },
  { q: 'my mum just had her first ketamine infusion, will one be enough or will she need more?', expect: 'answer', style: 'caregiver', headings: [WHAT, DOSE], evidence: ['so some patients need multiple infusions to maintain the benefits', 'Intravenous infusions over multiple sessions are common.'] },
  { q: "my daughter's psychiatrist suggested ketamine, how would they actually give it to her?", expect: 'answer', style: 'caregiver', headings: [WORK, DOSE, WHAT], evidence: ['It is given via intravenous or intranasal infusions', 'Intravenous infusions over multiple sessions are common.', 'alternative to intravenous infusion therapy is ketamine nasal spray'] },

  { q: 'is ketamine proven safe long term?', expect: 'answer', style: 'yes-no', headings: [CONC, IMMED], evidence: ['more research is needed to determine its efficacy, safety, and duration', 'still being studied as a safe and effective off-label treatment'] },
  { q: 'does ketamine help the brain grow new connections?', expect: 'answer', style: 'yes-no', headings: [WHAT, MECH, WORK, IMMED], evidence: ['Ketamine stimulates new neural connections by targeting glutamate receptors', 'ketamine helps brain neural connections regenerate', 'Ketamine activates brain glutamate receptors, promoting new neural connections.', 'Ketamine modulates glutamate signaling to restore neural connections'] },
  { q: 'does it do anything with dopamine too?', before: ['how does ketamine work'], expect: 'answer', style: 'yes-no', headings: [MECH], evidence: ['ketamine may release dopamine, a neurotransmitter linked to reward and motivation', 'antidepressant effects may be due to dopamine release'], why: 'follow-up; "it" = ketamine' },

  { q: 'ketamine vs SSRIs, which one works faster', expect: 'answer', style: 'comparison', headings: [TRAD, IMMED, WORK, LAST], evidence: ['These medications can take weeks or months to work', 'While traditional antidepressants can take weeks or months to work', 'traditional antidepressants can take weeks to work, ketamine often works'] },
  { q: 'does the relief from ketamine last longer than with normal antidepressants or therapy', expect: 'answer', style: 'comparison', headings: [LAST], evidence: ['This means depressive symptoms can be relieved longer than with traditional treatments.', 'these treatments often require long-term use to maintain benefits'] },

  { q: "what's the normal ketamine dose and does it depend on how depressed you are?", expect: 'answer', style: 'two-part', headings: [DOSE], evidence: ['The typical infusion of ketamine dosage ranges from 0.5 to 2 mg/kg.', 'depending on depression severity and patient characteristics'] },
  { q: 'how does ketamine act on AMPA receptors and what do they do', expect: 'answer', style: 'two-part', headings: [MECH], evidence: ['The metabolite of ketamine activates alpha-amino-3-hydroxy-5-methyl-4-isoxazolepropionic acid (AMPA) receptors', 'Active AMPA receptors increase synaptic plasticity and dendrite growth'] },

  { q: 'ketamine is help also for other mental problem, not only depression?', expect: 'answer', style: 'non-native', headings: [EFFECTS, WHAT, MECH, LAST], evidence: ['Ketamine treatment may help treatment-resistant depression and other mental health issues.', 'treatment-resistant depression, post-traumatic stress disorder, and chronic pain', 'treating treatment-resistant depression and other mental health issues'] },
  { q: 'how much day until I feel better from ketamine? my doctor say some weeks, is true?', expect: 'answer', style: 'non-native', headings: [LAST, IMMED, WHAT, WORK], evidence: ['Patients often see improvement within one to two weeks', 'improves depressive symptoms within hours or days of a single dose', 'improves illness severity and well-being within hours or minutes'] },
  { q: 'normal antidepressant pill need how long time for working?', expect: 'answer', style: 'non-native', headings: [TRAD, LAST, IMMED], evidence: ['These medications can take weeks or months to work', 'Patients may wait weeks or months for relief.', 'While traditional antidepressants can take weeks or months to work'] },

  { q: "I'm 58, I have diabetes and high blood pressure, and I've had depression on and off since my wife died. My psychiatrist and I have been talking about ketamine but I worry my other health problems make it complicated. How do they decide what kind of ketamine treatment is right for a particular person?", expect: 'answer', style: 'long-personal', headings: [CONC, DOSE, WORK], evidence: ['Clinicians should carefully consider patient factors and work with patients', 'depending on depression severity and patient characteristics', 'at a dose and frequency that suits each patient'] },
  { q: "I've been depressed since my early twenties. I've tried four different antidepressants over six years, some made me gain weight, some did nothing at all, and my GP is running out of ideas. A friend from my support group had ketamine last year and says it changed her life. Is it actually worth trying for someone like me who nothing has worked for?", expect: 'answer', style: 'long-personal', headings: [TRD, LONGER, INTRO], evidence: ['Even in non-responders, ketamine infusion therapy can rapidly improve depressive symptoms', 'Ketamine therapy is an option for those who have failed other antidepressants.', 'it can provide rapid relief for those who have not responded'] },
  { q: "So my brother was in a bad car accident two years ago and has had PTSD and constant back pain ever since. He's on a bunch of meds, barely sleeps, and honestly the pain seems to make his mood worse and the other way round. His pain doctor brought up ketamine. How does it actually ease the pain side of things?", expect: 'answer', style: 'long-personal', headings: [PAIN, WORK], evidence: ['Ketamine may relieve pain by interacting with brain glutamate receptors.', 'restore pain-processing neural connections and relieve pain', 'Ketamine modulates glutamate signaling to restore neural connections'] },
  { q: "I had my sixth infusion about a month ago and for the first time in years I felt like myself, went back to work, started cooking again. But this last week I can feel the fog creeping back in and I'm scared. My clinic mentioned something about more sessions. Is it normal for it to wear off like this, and what do people do then?", expect: 'answer', style: 'long-personal', headings: [LONGER, LAST, WHAT], evidence: ['After this window period, we have to shift to other treatment options', 'can provide relief for days, weeks, or months after the last infusion', 'so some patients need multiple infusions to maintain the benefits'] },

  // out of scope: same domain, not covered
  { q: 'how much does a ketamine infusion cost', expect: 'fallback', style: 'out-of-scope', why: 'prices are never given' },
  { q: 'will my insurance cover ketamine treatment', expect: 'fallback', style: 'out-of-scope', why: 'insurance is never mentioned' },
  { q: 'does psilocybin work better than ketamine for depression', expect: 'fallback', style: 'out-of-scope', why: 'psilocybin is never named' },
  { q: 'how many sessions of TMS do you need', expect: 'fallback', style: 'out-of-scope', why: 'TMS is never named; "sessions" is a lure to the ketamine sessions sentence' },
  { q: 'best ketamine clinic in manchester', expect: 'fallback', style: 'out-of-scope', why: 'no places or clinics are named' },
  { q: 'can i drive home after my ketamine infusoin', expect: 'fallback', style: 'typo', why: 'driving after treatment is not covered' },
  // out of scope: off-domain
  { q: 'how do i reset my wifi router', expect: 'fallback', style: 'out-of-scope' },
  { q: "what's the weather going to be like in paris tomorrow", expect: 'fallback', style: 'out-of-scope' },
  { q: 'recipe for banana bread without eggs', expect: 'fallback', style: 'out-of-scope' },
  { q: 'who won the 2018 world cup', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can u help me write a cover letter 🙏', expect: 'fallback', style: 'emoji-filler' },
  { q: "translate 'good morning' into spanish", expect: 'fallback', style: 'out-of-scope' },
];
