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

/** Dev half for the seed article "How long does ketamine last for depression?": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'why does it matter how long ketamine lasts', expect: 'answer', style: 'paraphrase', headings: [INTRO], evidence: ['helps develop depression treatment plans and manage expectations'] },
  { q: 'what is ketamine', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['Historically, ketamine was used as a surgical anesthetic.'] },
  { q: 'wat iz ketamine', expect: 'answer', style: 'phonetic', headings: [WHAT], evidence: ['Historically, ketamine was used as a surgical anesthetic.'] },
  { q: 'ketamine??', expect: 'answer', style: 'short', headings: [WHAT], evidence: ['Historically, ketamine was used as a surgical anesthetic.', 'Ketamine often improves depressive symptoms within hours or days'] },
  { q: 'does ketamine help with PTSD', expect: 'answer', style: 'yes-no', headings: [WHAT, WORK, RAPID], evidence: ['post-traumatic stress disorder, and chronic pain', 'Ketamine can help treat treatment-resistant depression, PTSD, and chronic pain.'] },
  { q: 'how is ketamine unlike prozac and that kind of pills', expect: 'answer', style: 'comparison', headings: [WHAT, WORK], evidence: ['by targeting glutamate receptors in the brain, unlike traditional antidepressants', 'ketamine often works within hours'] },
  { q: 'how long do the effects of one treatment last', expect: 'answer', style: 'paraphrase', headings: [WHAT, HOWLONG], evidence: ['antidepressant effects can last days to weeks', 'lasting relief for weeks or months after their last infusion'] },
  { q: 'is there a nasal spray version', expect: 'answer', style: 'yes-no', headings: [WHAT, DOSES], evidence: ['ketamine nasal spray, which can be used at home', 'A nasal spray of ketamine and intravenous ketamine are more convenient'] },
  { q: 'duration of ketamine antidepressant effect', expect: 'answer', style: 'short', headings: [HOWLONG, LONGER, TRD], evidence: ['lasting relief for weeks or months after their last infusion', 'can provide relief for days, weeks, or months after the last infusion'] },
  { q: 'how lomg does ketamine last for depresion', expect: 'answer', style: 'typo', headings: [HOWLONG, LONGER, TRD], evidence: ['lasting relief for weeks or months after their last infusion', 'can provide relief for days, weeks, or months after the last infusion'] },
  { q: 'my partner had his last infusion a month ago, how long will he keep feeling better?', expect: 'answer', style: 'caregiver', headings: [HOWLONG, LONGER, TRD], evidence: ['lasting relief for weeks or months after their last infusion', 'can provide relief for days, weeks, or months after the last infusion'] },
  { q: 'how long do people wait for normal depression treatment to work', expect: 'answer', style: 'paraphrase', headings: [HOWLONG, TRAD], evidence: ['Patients may wait weeks or months for relief.', 'These medications can take weeks or months to work'] },
  { q: 'how many weeks until improvement with ketamine', expect: 'answer', style: 'plain', headings: [HOWLONG], evidence: ['Patients often see improvement within one to two weeks of ketamine treatment.'] },
  { q: 'does ketamine stop working if you keep taking it', expect: 'answer', style: 'yes-no', headings: [HOWLONG, LONGER], evidence: ['the beneficial antidepressant effects gradually fade away', 'continued ketamine treatment will disappear'] },
  { q: 'does ketamine last longer than regular antidepressants', expect: 'answer', style: 'comparison', headings: [HOWLONG], evidence: ['depressive symptoms can be relieved longer than with traditional treatments'] },
  { q: 'why is ketamine a good choice', expect: 'answer', style: 'plain', headings: [HOWLONG, TRD], evidence: ['Its fast action and long-term relief make it a good choice', 'make it a promising alternative for those who have not responded'] },
  { q: 'which antidepressants are common', expect: 'answer', style: 'plain', headings: [TRAD], evidence: ['Antidepressants like SSRIs (selective serotonin reuptake inhibitors) are commonly used'] },
  { q: 'how long do SSRIs take to work', expect: 'answer', style: 'plain', headings: [TRAD], evidence: ['These medications can take weeks or months to work'] },
  { q: 'do ssri have side efects', expect: 'answer', style: 'typo', headings: [TRAD], evidence: ['Some people may experience unpleasant side effects or find the medications ineffective.'] },
  { q: 'why do we need alternatives to antidepressants', expect: 'answer', style: 'paraphrase', headings: [TRAD], evidence: ['need alternative treatments that provide faster and longer-lasting relief'] },
  { q: 'what topics does the effects part talk about', expect: 'answer', style: 'non-native', headings: [EFFECTS], evidence: ['We will also discuss intravenous infusions, nasal sprays, side effects'] },
  { q: 'can ketamine calm anxiety immediately', expect: 'answer', style: 'yes-no', headings: [RAPID], evidence: ['ketamine can relieve anxiety and depression symptoms immediately'] },
  { q: 'how fast does ketamine work', expect: 'answer', style: 'plain', headings: [RAPID, WORK, HOWLONG], evidence: ['ketamine often works within hours', 'Patients often see improvement within one to two weeks of ketamine treatment.'] },
  { q: 'is it true it can work in minutes?? 🤯', expect: 'answer', style: 'emoji-filler', headings: [RAPID], evidence: ['improves illness severity and well-being within hours or minutes'] },
  { q: 'who benefits most from the fast effect', expect: 'answer', style: 'paraphrase', headings: [RAPID], evidence: ['severe depression or suicidal thoughts may benefit from this rapid improvement'] },
  { q: 'what makes ketamine act faster', expect: 'answer', style: 'plain', headings: [RAPID], evidence: ['Low-dose ketamine infusions provide the fastest relief.'] },
  { q: 'can ketamine make you confused or see blurry', expect: 'answer', style: 'yes-no', headings: [RAPID, WORK], evidence: ['it can also cause blurred vision and disorientation', 'transient dissociation, perception changes, and blurred vision'] },
  { q: 'what are the adverse effects of ketamine treatment', expect: 'answer', style: 'paraphrase', headings: [RAPID, WORK], evidence: ['it can also cause blurred vision and disorientation', 'transient dissociation, perception changes, and blurred vision'] },
  { q: 'what do you do once the ketamine wears off', expect: 'answer', style: 'plain', headings: [LONGER], evidence: ['After this window period, we have to shift to other treatment options.'] },
  { q: 'is it still debated how long the effect lasts', expect: 'answer', style: 'yes-no', headings: [LONGER], evidence: ['Whether its antidepressant effects last long after treatment or not.'] },
  { q: 'ketamine for people who failed other antidepressants?', expect: 'answer', style: 'short', headings: [LONGER, TRD], evidence: ['Ketamine therapy is an option for those who have failed other antidepressants.'] },
  { q: 'my son has treatment resistant depression, nothing the doctors tried has worked. would ketamine work for him quickly?', expect: 'answer', style: 'caregiver', headings: [TRD, RAPID], evidence: ['Even in non-responders, ketamine infusion therapy can rapidly improve depressive symptoms'] },
  { q: 'is ketamine any good for bipolar depression or only normal depression', expect: 'answer', style: 'two-part', headings: [TRD], evidence: ['Ketamine is promising for treatment-resistant depression and bipolar disorder.', 'Bipolar disorder patients may benefit from ketamine treatment.'] },
  { q: 'what is bipolar', expect: 'answer', style: 'short', headings: [TRD], evidence: ['Mania and depression are symptoms of bipolar disorder.'] },
  { q: 'do the benefits last for bipolar and treatment resistant patients too', expect: 'answer', style: 'yes-no', headings: [TRD], evidence: ['Ketamine treatment also has long-lasting benefits, lasting days, weeks, or months'] },
  { q: 'does ketamine help with pain from mental illness', expect: 'answer', style: 'yes-no', headings: [PAIN, LONGER], evidence: ['Ketamine therapy may reduce chronic psychiatric pain.', 'Psychiatric chronic pain can be reduced by ketamine treatment.'] },
  { q: 'why doesnt regular treatment fix the pain', expect: 'answer', style: 'paraphrase', headings: [PAIN], evidence: ['Traditional treatments for these conditions may not relieve pain'] },
  { q: 'I have had depression and chronic back pain for ten years and my GP mentioned ketamine, would the pain relief last a long time?', expect: 'answer', style: 'long-personal', headings: [PAIN], evidence: ['multiple ketamine infusions can reduce pain for weeks or months', 'Ketamine infusion therapy relieves pain for a long time.'] },
  { q: 'do you need booster shots of ketamine', expect: 'answer', style: 'yes-no', headings: [PAIN], evidence: ['To maintain pain relief, booster infusions may be needed.'] },
  { q: 'how does ketamine work in the brain', expect: 'answer', style: 'plain', headings: [WORK, MECH], evidence: ['It targets glutamate receptors in the brain', 'inhibiting N-methyl-D-aspartate (NMDA) glutamate receptors'] },
  { q: 'how duz ketamine wrk', expect: 'answer', style: 'phonetic', headings: [WORK, MECH], evidence: ['It targets glutamate receptors in the brain', 'inhibiting N-methyl-D-aspartate (NMDA) glutamate receptors'] },
  { q: 'what does glutamate do', expect: 'answer', style: 'plain', headings: [WORK], evidence: ['which regulate mood, cognition, and pain'] },
  { q: 'how often do you get it and how much', expect: 'answer', style: 'two-part', headings: [WORK, DOSES], evidence: ['at a dose and frequency that suits each patient', 'The typical infusion of ketamine dosage ranges from 0.5 to 2 mg/kg.'] },
  { q: 'is ketamine still used for surgery', expect: 'answer', style: 'yes-no', headings: [WORK, MECH], evidence: ['is also used for anesthetic purposes', 'a medication used for anesthesia'] },
  { q: 'mechanism of action', expect: 'answer', style: 'short', headings: [MECH], evidence: ['inhibiting N-methyl-D-aspartate (NMDA) glutamate receptors', 'Ketamine inhibits NMDA glutamate receptors, activates AMPA receptors'] },
  { q: 'does ketamine help the brain grow new conections', expect: 'answer', style: 'typo', headings: [MECH, WHAT], evidence: ['ketamine helps brain neural connections regenerate', 'Ketamine stimulates new neural connections'] },
  { q: 'what is AMPA', expect: 'answer', style: 'short', headings: [MECH], evidence: ['metabolite of ketamine activates alpha-amino-3-hydroxy-5-methyl-4-isoxazolepropionic acid (AMPA) receptors'] },
  { q: 'what is dopamine and does ketamine affect it', expect: 'answer', style: 'two-part', headings: [MECH], evidence: ['ketamine may release dopamine, a neurotransmitter linked to reward and motivation'] },
  { q: 'wat r the receptors it works on', expect: 'answer', style: 'phonetic', headings: [MECH], evidence: ['Ketamine inhibits NMDA glutamate receptors, activates AMPA receptors'] },
  { q: 'how much ketamine is given', expect: 'answer', style: 'paraphrase', headings: [DOSES], evidence: ['The typical infusion of ketamine dosage ranges from 0.5 to 2 mg/kg.'] },
  { q: 'ketamine dose mg per kg', expect: 'answer', style: 'short', headings: [DOSES], evidence: ['The typical infusion of ketamine dosage ranges from 0.5 to 2 mg/kg.'] },
  { q: 'hi 👋 umm so what dose do they usually use for depression haha', expect: 'answer', style: 'emoji-filler', headings: [DOSES], evidence: ['The typical infusion of ketamine dosage ranges from 0.5 to 2 mg/kg.'] },
  { q: 'what does the dose depend on', expect: 'answer', style: 'plain', headings: [DOSES], evidence: ['depending on depression severity and patient characteristics', 'Ketamine dosing depends on its form.'] },
  { q: 'is low dose ketamine better than high dose', expect: 'answer', style: 'comparison', headings: [DOSES, RAPID], evidence: ['Low-dose ketamine is given in lower doses than high-dose therapies.', 'Low-dose ketamine infusions provide the fastest relief.'] },
  { q: 'the doctor say me I will get many sessions of infusion, is this normal?', expect: 'answer', style: 'non-native', headings: [DOSES], evidence: ['Intravenous infusions over multiple sessions are common.'] },
  { q: 'whats the bottom line on ketamine', expect: 'answer', style: 'paraphrase', headings: [CONCL], evidence: ['ketamine may treat depression, but more research is needed'] },
  { q: 'is more research needed on ketamine', expect: 'answer', style: 'yes-no', headings: [CONCL, MECH], evidence: ['more research is needed to determine its efficacy, safety, and duration'] },
  { q: 'which drugs make your mood better', expect: 'answer', style: 'paraphrase', headings: [DRUGS], evidence: ['Antidepressants and mood stabilizers are common mood-boosting drugs.'] },
  { q: 'mood stabilizers or antidepressants for mood?', expect: 'answer', style: 'comparison', headings: [DRUGS], evidence: ['Antidepressants and mood stabilizers are common mood-boosting drugs.'] },
  { q: 'how can I improve my mood fast', expect: 'answer', style: 'plain', headings: [FAST], evidence: ['Relaxation and happiness can be achieved through exercise, deep breathing'] },
  { q: 'feeling really low today 😞 does music or going outside help??', expect: 'answer', style: 'emoji-filler', headings: [FAST], evidence: ['Relaxation and happiness can be achieved through exercise, deep breathing'] },
  { q: 'i dont want to take medicine, I am trying to sort my mood with diet and sleep and seeing friends more, is that a real thing that works?', expect: 'answer', style: 'long-personal', headings: [NATURAL], evidence: ['can naturally control your mood'] },
  { q: 'how to control my mood natural way', expect: 'answer', style: 'non-native', headings: [NATURAL], evidence: ['A healthy lifestyle, including regular exercise, a balanced diet, enough sleep'] },
  // follow-ups
  { q: 'how long does that take to work', before: ['do antidepressants like SSRIs help depression?'], expect: 'answer', style: 'short', headings: [TRAD], evidence: ['These medications can take weeks or months to work'] },
  { q: 'and for pain, how long?', before: ['how long does ketamine last for depression'], expect: 'answer', style: 'short', headings: [PAIN], evidence: ['multiple ketamine infusions can reduce pain for weeks or months'] },
  { q: 'is that the same for bipolar', before: ['does ketamine work for treatment resistant depression'], expect: 'answer', style: 'yes-no', headings: [TRD], evidence: ['Bipolar disorder patients may benefit from ketamine treatment.'] },
  // out of scope: same domain, not covered
  { q: 'can I drink alcohol after ketamine treatment', expect: 'fallback', style: 'out-of-scope', why: 'alcohol never mentioned' },
  { q: 'is ketamine legal to buy', expect: 'fallback', style: 'out-of-scope', why: 'legality never mentioned' },
  { q: 'does TMS work for depression', expect: 'fallback', style: 'out-of-scope', why: 'TMS never mentioned' },
  { q: 'what dose of lithium is used for bipolar', expect: 'fallback', style: 'out-of-scope', why: 'lithium never mentioned; dose wording is a trap' },
  { q: 'can teenagers get ketamine for depression', expect: 'fallback', style: 'out-of-scope', why: 'age groups never mentioned' },
  { q: 'do i need to fast before a ketamine infusion', expect: 'fallback', style: 'out-of-scope', why: 'preparation never mentioned' },
  { q: 'can ketamine damage your bladder', expect: 'fallback', style: 'out-of-scope', why: 'bladder never mentioned' },
  { q: 'my friend uses ketamine at parties, is that dangerous?', expect: 'fallback', style: 'caregiver', why: 'recreational use never discussed' },
  { q: 'does ketamine help with alcohol addiction', expect: 'fallback', style: 'out-of-scope', why: 'addiction treatment never mentioned' },
  { q: 'wat is the best ketamine clinic in LA', expect: 'fallback', style: 'phonetic', why: 'no clinics or locations' },
  // out of scope: off domain
  { q: 'how tall is the eiffel tower', expect: 'fallback', style: 'out-of-scope', why: 'off domain' },
  { q: 'what is the weather in paris', expect: 'fallback', style: 'out-of-scope', why: 'off domain (weather)' },
  { q: 'recommend me a good book', expect: 'fallback', style: 'out-of-scope', why: 'off domain' },
  { q: 'how do i make pancakes 🥞', expect: 'fallback', style: 'emoji-filler', why: 'off domain (cooking)' },
  { q: 'how long does it take to boil an egg', expect: 'fallback', style: 'out-of-scope', why: 'off domain; shares "how long" with the article' },
  { q: 'what is the speed of light', expect: 'fallback', style: 'out-of-scope', why: 'off domain (physics)' },
  { q: 'how do I delete my facebook account', expect: 'fallback', style: 'out-of-scope', why: 'off domain (tech)' },
  { q: 'translate good morning into spanish', expect: 'fallback', style: 'out-of-scope', why: 'off domain (translation)' },
  { q: 'who won the super bowl', expect: 'fallback', style: 'out-of-scope', why: 'off domain (sport)' },
  { q: 'can you order me a pizza', expect: 'fallback', style: 'out-of-scope', why: 'off domain (services)' },
];
