import type { ArticleCase } from '../types.ts';

// headings of the seed article (/work/shared/seed/article.txt, shipped as knowledge/sources/article.txt)
const INTRO = 'Introduction';
const WHAT = 'What is Ketamine?';
const HOWLONG = 'How Long Does Ketamine Last for Depression?';
const TRAD = 'Traditional Treatments for Depression';
const EFFECTS = 'Short-term and Long-term Effects of Ketamine Treatment for Depression';
const RAPID = 'Immediate effects; rapid Onset of Action';
const LONGER = 'Longer-term Effects on Symptoms of Severe Depression';
const TRD = 'Effective in Patients with Treatment-resistant Depression and Bipolar Disorder';
const PAIN = 'Potential to Reduce Chronic Pain Related to Psychiatric Disorders';
const WORK = 'How Does Ketamine Work?';
const MECH = 'Mechanism of Action of Ketamine';
const DOSES = 'Doses of Ketamine Used to Treat Depressive Symptoms';
const CONCL = 'Conclusion';
const DRUGS = 'What drugs improve mood?';
const FAST = 'How can I improve my mood fast?';
const NATURAL = 'How can I control my mood naturally?';

/** Blind test half for the seed article "How long does ketamine last for depression?": unseen wording. Never tune on it. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'why is ketamine popular for depression now', expect: 'answer', style: 'plain', headings: [INTRO], evidence: ['because it can provide rapid relief for those who have not responded'] },
  { q: 'what was ketamine originally used for', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['Historically, ketamine was used as a surgical anesthetic.'] },
  { q: 'isnt ketamine a horse tranquilizer or anesthetic thing', expect: 'answer', style: 'paraphrase', headings: [WHAT, MECH, WORK], evidence: ['Historically, ketamine was used as a surgical anesthetic.', 'a medication used for anesthesia', 'is also used for anesthetic purposes'] },
  { q: 'what conditions can ketamine treat', expect: 'answer', style: 'plain', headings: [WHAT, WORK], evidence: ['treat treatment-resistant depression, post-traumatic stress disorder, and chronic pain', 'studied for treating treatment-resistant depression, post-traumatic stress disorder, and chronic pain'] },
  { q: 'is ketamine different from normal antidepressants', expect: 'answer', style: 'yes-no', headings: [WHAT], evidence: ['by targeting glutamate receptors in the brain, unlike traditional antidepressants', 'making it unique among depression treatments'] },
  { q: 'can one single dose already help?', expect: 'answer', style: 'yes-no', headings: [WHAT], evidence: ['within hours or days of a single dose'] },
  { q: 'why do ppl need more than 1 infusion', expect: 'answer', style: 'phonetic', headings: [WHAT], evidence: ['some patients need multiple infusions to maintain the benefits'] },
  { q: 'can i do the ketamine at home or do i have to go to the clinic', expect: 'answer', style: 'two-part', headings: [WHAT], evidence: ['ketamine nasal spray, which can be used at home'] },
  { q: 'is ketamine approved for depression or off label', expect: 'answer', style: 'comparison', headings: [WHAT, RAPID], evidence: ['As an off-label treatment for depression and other psychiatric disorders', 'safe and effective off-label treatment for depression'] },
  { q: 'How long does ketamine last for depression?', expect: 'answer', style: 'plain', headings: [HOWLONG, LONGER, TRD], evidence: ['lasting relief for weeks or months after their last infusion', 'can provide relief for days, weeks, or months after the last infusion'] },
  { q: 'how long does it last', expect: 'answer', style: 'short', headings: [HOWLONG, LONGER, TRD], evidence: ['lasting relief for weeks or months after their last infusion', 'can provide relief for days, weeks, or months after the last infusion'] },
  { q: 'hw lng duz ketamin last', expect: 'answer', style: 'phonetic', headings: [HOWLONG, LONGER, TRD], evidence: ['lasting relief for weeks or months after their last infusion', 'can provide relief for days, weeks, or months after the last infusion'] },
  { q: 'sooo like 😅 how long does the ketamine even last lol', expect: 'answer', style: 'emoji-filler', headings: [HOWLONG, LONGER, TRD], evidence: ['lasting relief for weeks or months after their last infusion', 'can provide relief for days, weeks, or months after the last infusion'] },
  { q: 'how soon will I notice a difference after starting', expect: 'answer', style: 'paraphrase', headings: [HOWLONG, RAPID, WORK], evidence: ['Patients often see improvement within one to two weeks of ketamine treatment.', 'ketamine often works within hours'] },
  { q: 'hwo long until ketamine starts working', expect: 'answer', style: 'typo', headings: [HOWLONG, RAPID, WORK], evidence: ['Patients often see improvement within one to two weeks of ketamine treatment.', 'ketamine often works within hours'] },
  { q: 'does it keep working if you use it regularly for a long time', expect: 'answer', style: 'yes-no', headings: [HOWLONG], evidence: ['the beneficial antidepressant effects gradually fade away'] },
  { q: 'my mum has been depressed for years and nothing worked, the psychiatrist mentioned ketamine infusions. how fast could she feel better and how long would it last?', expect: 'answer', style: 'long-personal', headings: [HOWLONG, RAPID], evidence: ['Patients often see improvement within one to two weeks of ketamine treatment.', 'lasting relief for weeks or months after their last infusion'] },
  { q: 'besides depression what else is the quick effect important for', expect: 'answer', style: 'paraphrase', headings: [HOWLONG], evidence: ['This quick action is crucial for treatment-resistant depression, PTSD, chronic pain'] },
  { q: 'ketamine vs therapy and antidepressants, which is faster', expect: 'answer', style: 'comparison', headings: [HOWLONG, RAPID, WORK], evidence: ['Traditional depression treatments like psychotherapy and antidepressants take time to work.', 'While traditional antidepressants can take weeks or months to work'] },
  { q: 'what are SSRIs', expect: 'answer', style: 'short', headings: [TRAD], evidence: ['SSRIs (selective serotonin reuptake inhibitors) are commonly used to treat depression'] },
  { q: 'how do ordinary antidepressants work', expect: 'answer', style: 'paraphrase', headings: [TRAD], evidence: ['These medications increase brain neurotransmitters'] },
  { q: 'why do people need something other than SSRIs', expect: 'answer', style: 'plain', headings: [TRAD], evidence: ['not everyone responds well to them', 'Some people may experience unpleasant side effects or find the medications ineffective.'] },
  { q: 'my dad has been on antidepressants for months and says they do nothing for him, is that normal?', expect: 'answer', style: 'caregiver', headings: [TRAD], evidence: ['not everyone responds well to them', 'Some people may experience unpleasant side effects or find the medications ineffective.'] },
  { q: 'what will this article cover about ketamine', expect: 'answer', style: 'plain', headings: [EFFECTS, INTRO], evidence: ['We will also discuss intravenous infusions, nasal sprays, side effects', 'We will also discuss factors that may affect them'] },
  { q: 'does ketamine work right away', expect: 'answer', style: 'yes-no', headings: [RAPID, WORK], evidence: ['ketamine can relieve anxiety and depression symptoms immediately', 'ketamine often works within hours'] },
  { q: 'wat do the clinical trials say', expect: 'answer', style: 'phonetic', headings: [RAPID], evidence: ['Clinical trials show that ketamine infusion therapy improves illness severity'] },
  { q: 'my brother keeps talking about not wanting to be alive, would ketamine help someone like him quickly?', expect: 'answer', style: 'caregiver', headings: [RAPID], evidence: ['severe depression or suicidal thoughts may benefit from this rapid improvement'] },
  { q: 'which kind of ketamine infusion works fastest', expect: 'answer', style: 'plain', headings: [RAPID], evidence: ['Low-dose ketamine infusions provide the fastest relief.'] },
  { q: 'side effects?', expect: 'answer', style: 'short', headings: [RAPID, WORK], evidence: ['it can also cause blurred vision and disorientation', 'transient dissociation, perception changes, and blurred vision'] },
  { q: 'will ketamine mess with my eyes 👀', expect: 'answer', style: 'emoji-filler', headings: [RAPID, WORK], evidence: ['it can also cause blurred vision and disorientation', 'transient dissociation, perception changes, and blurred vision'] },
  { q: 'is ketamine safe', expect: 'answer', style: 'yes-no', headings: [RAPID, CONCL], evidence: ['still being studied as a safe and effective off-label treatment', 'more research is needed to determine its efficacy, safety, and duration'] },
  { q: 'what happens when the ketamine stops working', expect: 'answer', style: 'paraphrase', headings: [LONGER], evidence: ['After this window period, we have to shift to other treatment options.'] },
  { q: 'do the effects last long after the treatment is finished', expect: 'answer', style: 'yes-no', headings: [LONGER, HOWLONG], evidence: ['can provide relief for days, weeks, or months after the last infusion', 'lasting relief for weeks or months after their last infusion'] },
  { q: 'how does it help quality of life long term', expect: 'answer', style: 'plain', headings: [LONGER, TRD], evidence: ['Sustained improvement in depressive symptoms can improve severe depression'] },
  { q: 'i tried 3 different antidepressants and none of them helped, is ketamine something for me', expect: 'answer', style: 'long-personal', headings: [LONGER, TRD], evidence: ['Ketamine therapy is an option for those who have failed other antidepressants.', 'Ketamine therapy may help depressed people who'] },
  { q: 'does it work in people who dont respond to anything', expect: 'answer', style: 'yes-no', headings: [TRD], evidence: ['Even in non-responders, ketamine infusion therapy can rapidly improve depressive symptoms'] },
  { q: 'can ketamine help bipolar', expect: 'answer', style: 'yes-no', headings: [TRD], evidence: ['Bipolar disorder patients may benefit from ketamine treatment.', 'stabilize mood and reduce depressive symptoms in bipolar disorder patients'] },
  { q: 'wht are the symtoms of bipolar', expect: 'answer', style: 'typo', headings: [TRD], evidence: ['Mania and depression are symptoms of bipolar disorder.'] },
  { q: 'my wife has bipolar and the antidepressants didnt help her, can ketamine stabilize her mood?', expect: 'answer', style: 'caregiver', headings: [TRD], evidence: ['Ketamine therapy can stabilize mood and reduce depressive symptoms'] },
  { q: 'ketamine for chronic pain?', expect: 'answer', style: 'short', headings: [PAIN, LONGER], evidence: ['Ketamine therapy may reduce chronic psychiatric pain.', 'Psychiatric chronic pain can be reduced by ketamine treatment.'] },
  { q: 'can depression actually cause physical pain', expect: 'answer', style: 'yes-no', headings: [PAIN], evidence: ['Mental illnesses like depression and PTSD can cause chronic pain.'] },
  { q: 'how does ketamine reduce pain', expect: 'answer', style: 'plain', headings: [PAIN, LONGER], evidence: ['Ketamine may relieve pain by interacting with brain glutamate receptors.', 'which ketamine’s analgesic properties can relieve'] },
  { q: 'how long is the pain relief', expect: 'answer', style: 'plain', headings: [PAIN], evidence: ['multiple ketamine infusions can reduce pain for weeks or months', 'pain relief duration varies by person'] },
  { q: 'what are booster infusions and how often do you need them', expect: 'answer', style: 'two-part', headings: [PAIN], evidence: ['To maintain pain relief, booster infusions may be needed.', 'The frequency and timing of booster infusions depend on each'] },
  { q: 'how does ketamine work', expect: 'answer', style: 'plain', headings: [WORK, MECH], evidence: ['It targets glutamate receptors in the brain', 'inhibiting N-methyl-D-aspartate (NMDA) glutamate receptors'] },
  { q: 'how does ketamine actually do its thing in the brain', expect: 'answer', style: 'paraphrase', headings: [WORK, MECH], evidence: ['It targets glutamate receptors in the brain', 'inhibiting N-methyl-D-aspartate (NMDA) glutamate receptors'] },
  { q: 'how is ketamine administered', expect: 'answer', style: 'paraphrase', headings: [WORK, DOSES], evidence: ['It is given via intravenous or intranasal infusions', 'Intravenous infusions over multiple sessions are common.'] },
  { q: 'do they give it through a drip or up the nose', expect: 'answer', style: 'comparison', headings: [WORK, DOSES], evidence: ['It is given via intravenous or intranasal infusions', 'A nasal spray of ketamine and intravenous ketamine are more convenient'] },
  { q: 'what receptors does ketamine block', expect: 'answer', style: 'plain', headings: [MECH], evidence: ['inhibiting N-methyl-D-aspartate (NMDA) glutamate receptors', 'Ketamine inhibits NMDA glutamate receptors'] },
  { q: 'NMDA?', expect: 'answer', style: 'short', headings: [MECH], evidence: ['inhibiting N-methyl-D-aspartate (NMDA) glutamate receptors', 'Ketamine inhibits NMDA glutamate receptors'] },
  { q: 'wat do AMPA receptors do', expect: 'answer', style: 'phonetic', headings: [MECH], evidence: ['Active AMPA receptors increase synaptic plasticity and dendrite growth'] },
  { q: 'does ketamine release dopamine', expect: 'answer', style: 'yes-no', headings: [MECH], evidence: ['ketamine may release dopamine, a neurotransmitter linked to reward and motivation', 'activates AMPA receptors, and may release dopamine'] },
  { q: 'why ketamine is work so fast, what is reason?', expect: 'answer', style: 'non-native', headings: [MECH], evidence: ['rapid antidepressant effects may be due to dopamine release', 'rapid antidepressant effects and neural regeneration may be due to these effects'] },
  { q: 'do we fully understand how it works', expect: 'answer', style: 'yes-no', headings: [MECH, CONCL], evidence: ['To fully understand the mechanisms and optimize ketamine clinical use'] },
  { q: 'dose', expect: 'answer', style: 'short', headings: [DOSES], evidence: ['The typical infusion of ketamine dosage ranges from 0.5 to 2 mg/kg.'] },
  { q: 'what is the usual ketamine dosage for depresion', expect: 'answer', style: 'typo', headings: [DOSES], evidence: ['The typical infusion of ketamine dosage ranges from 0.5 to 2 mg/kg.'] },
  { q: 'how much ketamine they give to a patient per kg?', expect: 'answer', style: 'non-native', headings: [DOSES], evidence: ['The typical infusion of ketamine dosage ranges from 0.5 to 2 mg/kg.'] },
  { q: 'what decides how many sessions you get', expect: 'answer', style: 'paraphrase', headings: [DOSES], evidence: ['depression severity determine the frequency and duration of these sessions'] },
  { q: 'why would someone choose low dose ketamine', expect: 'answer', style: 'plain', headings: [DOSES], evidence: ['This method preserves ketamine’s benefits while reducing side effects.', 'Low-dose ketamine is given in lower doses than high-dose therapies.'] },
  { q: 'is the nasal spray easier than IV', expect: 'answer', style: 'comparison', headings: [DOSES], evidence: ['more convenient and less invasive'] },
  { q: 'so is ketamine the answer for depression or not', expect: 'answer', style: 'yes-no', headings: [CONCL], evidence: ['ketamine may treat depression, but more research is needed'] },
  { q: 'who decides what kind of ketamine therapy I get', expect: 'answer', style: 'paraphrase', headings: [CONCL], evidence: ['Clinicians should carefully consider patient factors and work with patients'] },
  { q: 'what drugs improve mood', expect: 'answer', style: 'plain', headings: [DRUGS], evidence: ['Antidepressants and mood stabilizers are common mood-boosting drugs.'] },
  { q: 'which medication is lifting the mood? I am asking for my sister', expect: 'answer', style: 'non-native', headings: [DRUGS], evidence: ['Antidepressants and mood stabilizers are common mood-boosting drugs.'] },
  { q: 'how can i feel better qwik 😔', expect: 'answer', style: 'phonetic', headings: [FAST], evidence: ['Relaxation and happiness can be achieved through exercise, deep breathing'] },
  { q: 'any tips to cheer up fast without meds', expect: 'answer', style: 'paraphrase', headings: [FAST, NATURAL], evidence: ['Relaxation and happiness can be achieved through exercise, deep breathing', 'can naturally control your mood'] },
  { q: 'how to manage my mood naturally, without pills', expect: 'answer', style: 'plain', headings: [NATURAL], evidence: ['A healthy lifestyle, including regular exercise, a balanced diet, enough sleep'] },
  { q: 'does yoga or meditation help with mood', expect: 'answer', style: 'yes-no', headings: [NATURAL], evidence: ['stress management (like meditation or yoga)'] },
  // follow-ups
  { q: 'and how long does it last', before: ['what is ketamine?'], expect: 'answer', style: 'short', headings: [HOWLONG, LONGER, TRD, WHAT], evidence: ['lasting relief for weeks or months after their last infusion', 'can provide relief for days, weeks, or months after the last infusion', 'antidepressant effects can last days to weeks'] },
  { q: 'any side effects from it', before: ['how is ketamine given'], expect: 'answer', style: 'short', headings: [RAPID, WORK, DOSES], evidence: ['it can also cause blurred vision and disorientation', 'transient dissociation, perception changes, and blurred vision'] },
  { q: 'what about the dose', before: ['is the nasal spray better than the iv'], expect: 'answer', style: 'short', headings: [DOSES], evidence: ['The typical infusion of ketamine dosage ranges from 0.5 to 2 mg/kg.'] },
  // out of scope: same domain, not covered
  { q: 'how much does a ketamine infusion cost', expect: 'fallback', style: 'out-of-scope', why: 'no prices' },
  { q: 'does insurance cover ketamine therapy', expect: 'fallback', style: 'out-of-scope', why: 'no insurance' },
  { q: 'is ketamine addictive', expect: 'fallback', style: 'out-of-scope', why: 'addiction and abuse never discussed' },
  { q: 'can I drive home after my ketamine infusion', expect: 'fallback', style: 'out-of-scope', why: 'driving never discussed' },
  { q: 'is it safe to have ketamine while pregnant', expect: 'fallback', style: 'out-of-scope', why: 'pregnancy never mentioned' },
  { q: 'does psilocybin work better than ketamine', expect: 'fallback', style: 'comparison', why: 'psilocybin never mentioned' },
  { q: 'what is ECT and does it work for depression', expect: 'fallback', style: 'out-of-scope', why: 'electroconvulsive therapy never mentioned' },
  { q: 'will ketamine show up on a drug test', expect: 'fallback', style: 'out-of-scope', why: 'drug testing never mentioned; "how long does it last" wording is a trap' },
  { q: 'can ketamine treat OCD', expect: 'fallback', style: 'out-of-scope', why: 'OCD never mentioned' },
  { q: 'wher is the nearest ketamine clinic to me', expect: 'fallback', style: 'typo', why: 'no locations' },
  // out of scope: off domain
  { q: 'what is the capital of australia', expect: 'fallback', style: 'out-of-scope', why: 'off domain' },
  { q: 'how do i cook rice in a microwave', expect: 'fallback', style: 'out-of-scope', why: 'off domain (cooking)' },
  { q: 'whats the bitcoin price today 🚀🚀', expect: 'fallback', style: 'emoji-filler', why: 'off domain (finance)' },
  { q: 'write me a poem about the sea', expect: 'fallback', style: 'out-of-scope', why: 'off domain (creative writing)' },
  { q: 'how long does it take to fly from london to new york', expect: 'fallback', style: 'out-of-scope', why: 'off domain; shares "how long" with the article' },
  { q: 'my cat keeps scratching the sofa what do i do', expect: 'fallback', style: 'caregiver', why: 'off domain (pets)' },
  { q: 'who is the president of france', expect: 'fallback', style: 'out-of-scope', why: 'off domain (politics)' },
  { q: 'how do i renew my passport', expect: 'fallback', style: 'out-of-scope', why: 'off domain (admin)' },
  { q: 'what is the score of the arsenal game', expect: 'fallback', style: 'out-of-scope', why: 'off domain (sport)' },
  { q: 'can you help me with my maths homework', expect: 'fallback', style: 'out-of-scope', why: 'off domain (homework)' },
];
