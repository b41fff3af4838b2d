import type { ArticleCase } from '../types.ts';

const INTRO = 'Introduction';
const WHAT = 'What is Ketamine?';
const LAST = 'How Long Does Ketamine Last for Depression?';
const TRAD = 'Traditional Treatments for Depression';
const IMM = 'Immediate effects; rapid Onset of Action';
const LONGER = 'Longer-term Effects on Symptoms of Severe Depression';
const TRD = 'Effective in Patients with Treatment-resistant Depression and Bipolar Disorder';
const PAIN = 'Potential to Reduce Chronic Pain Related to Psychiatric Disorders';
const WORK = 'How Does Ketamine Work?';
const MECH = 'Mechanism of Action of Ketamine';
const DOSE = 'Doses of Ketamine Used to Treat Depressive Symptoms';
const CONC = 'Conclusion';
const DRUGS = 'What drugs improve mood?';
const FAST = 'How can I improve my mood fast?';
const NAT = 'How can I control my mood naturally?';

/** Blind half of the second seed wording set (the shipped ketamine article): written before the dev half, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'how long do the effects of ketamine last after an infusion for depression', expect: 'answer', style: 'plain', headings: [LAST, LONGER, WHAT], evidence: ['lasting relief for weeks or months after their last infusion', 'provide relief for days, weeks, or months after the last infusion', 'Ketamine’s antidepressant effects can last days to weeks'] },
  { q: 'how does ketamine relieve chronic pain', expect: 'answer', style: 'plain', headings: [PAIN], evidence: ['Ketamine may relieve pain by interacting with brain glutamate receptors.', 'restore pain-processing neural connections and relieve pain'] },
  { q: 'what conditions besides depression can ketamine treat', expect: 'answer', style: 'plain', headings: [WHAT, IMM, WORK, LAST], evidence: ['potential to treat treatment-resistant depression, post-traumatic stress disorder, and chronic pain', 'Ketamine can help treat treatment-resistant depression, PTSD, and chronic pain.', 'crucial for treatment-resistant depression, PTSD, chronic pain, bipolar disorder'] },
  { q: 'how is ketamine given to patients', expect: 'answer', style: 'plain', headings: [WORK, DOSE, WHAT], evidence: ['It is given via intravenous or intranasal infusions', 'Intravenous infusions over multiple sessions are common.', 'A convenient alternative to intravenous infusion therapy is ketamine nasal spray'] },

  { q: 'and once it wears off, then what?', before: ['how long does ketamine keep working'], expect: 'answer', style: 'paraphrase', headings: [LONGER, LAST], evidence: ['After this window period, we have to shift to other treatment options.', 'the beneficial antidepressant effects gradually fade away'] },
  { q: 'which brain chemical tied to reward might ketamine set free', expect: 'answer', style: 'paraphrase', headings: [MECH], evidence: ['ketamine may release dopamine, a neurotransmitter linked to reward and motivation', 'Ketamine’s rapid antidepressant effects may be due to dopamine release.'] },
  { q: 'quick pick-me-ups for when I feel low, nothing medical', expect: 'answer', style: 'paraphrase', headings: [FAST, NAT], evidence: ['achieved through exercise, deep breathing, nature, music, and mindfulness', 'It can improve mood faster.'] },
  { q: "what pills lift someone's spirits", expect: 'answer', style: 'paraphrase', headings: [DRUGS], evidence: ['Antidepressants and mood stabilizers are common mood-boosting drugs.'] },

  { q: 'ketamine side effects', expect: 'answer', style: 'short', headings: [IMM, WORK], evidence: ['it can also cause blurred vision and disorientation', 'cause transient dissociation, perception changes, and blurred vision'] },
  { q: 'ketamine nmda receptors', expect: 'answer', style: 'short', headings: [MECH], evidence: ['inhibiting N-methyl-D-aspartate (NMDA) glutamate receptors', 'Ketamine inhibits NMDA glutamate receptors, activates AMPA receptors'] },
  { q: 'ssri meaning', expect: 'answer', style: 'short', headings: [TRAD], evidence: ['Antidepressants like SSRIs (selective serotonin reuptake inhibitors) are commonly used'] },

  { q: 'how fast dose ketamin start workign', expect: 'answer', style: 'typo', headings: [IMM, WORK, WHAT, LAST], evidence: ['ketamine often works within hours', 'improves depressive symptoms within hours or days of a single dose', 'ketamine can relieve anxiety and depression symptoms immediately'] },
  { q: 'does ketamine help anxeity too or just depresion', expect: 'answer', style: 'typo', headings: [IMM, LAST], evidence: ['ketamine can relieve anxiety and depression symptoms immediately', 'bipolar disorder with severe depressive episodes, and generalized anxiety disorder'] },
  { q: 'does ketamine wrok for bipolar dissorder', expect: 'answer', style: 'typo', headings: [TRD, LONGER], evidence: ['Bipolar disorder patients may benefit from ketamine treatment.', 'Ketamine therapy can stabilize mood and reduce depressive symptoms in bipolar'] },

  { q: 'wat duz ketamine do 2 ur brain', expect: 'answer', style: 'phonetic', headings: [WORK, MECH, WHAT], evidence: ['It targets glutamate receptors in the brain, which regulate mood', 'Ketamine stimulates new neural connections by targeting glutamate receptors'] },
  { q: 'wats AMPA got 2 do wit it', before: ['how does ketamine act on the brain'], expect: 'answer', style: 'phonetic', headings: [MECH], evidence: ['Active AMPA receptors increase synaptic plasticity and dendrite growth', 'The metabolite of ketamine activates alpha-amino-3-hydroxy-5-methyl-4-isoxazolepropionic acid (AMPA) receptors'] },
  { q: 'do u hav 2 keep gettin boostrs 4 the pain', expect: 'answer', style: 'phonetic', headings: [PAIN], evidence: ['To maintain pain relief, booster infusions may be needed.', 'The frequency and timing of booster infusions depend on each patient’s needs'] },

  { q: 'ummm so is there like a spray version?? 🤔👃', expect: 'answer', style: 'emoji-filler', headings: [WHAT, DOSE, WORK], evidence: ['ketamine nasal spray, which can be used at home', 'A nasal spray of ketamine and intravenous ketamine are more convenient'] },
  { q: 'lol ok does ketamine actually regrow brain connections or is that hype 🧠✨', expect: 'answer', style: 'emoji-filler', headings: [MECH, WHAT, WORK], evidence: ['ketamine helps brain neural connections regenerate', 'Ketamine stimulates new neural connections by targeting glutamate receptors', 'restore neural connections and relieve depression and pain quickly'] },
  { q: 'how long does the relief last?? 🙏', before: ['can ketamine help with pain that comes with depression'], expect: 'answer', style: 'emoji-filler', headings: [PAIN], evidence: ['multiple ketamine infusions can reduce pain for weeks or months', 'However, pain relief duration varies by person.'] },

  { q: 'my son has tried 4 different antidepressants and none of them worked, could ketamine help him?', expect: 'answer', style: 'caregiver', headings: [TRD, WHAT, LONGER], evidence: ['Ketamine therapy may help depressed people who haven’t responded', 'ketamine may help where other treatments have failed', 'Ketamine therapy is an option for those who have failed other antidepressants.'] },
  { q: 'my mum has had severe depression for years, would ketamine actually improve her day to day life', expect: 'answer', style: 'caregiver', headings: [LONGER, TRD], evidence: ['Sustained improvement in depressive symptoms can improve severe depression', 'This sustained improvement can improve severe depression patients’ quality of life.'] },
  { q: 'my wife is starting ketamine, how soon will we see a change in her', expect: 'answer', style: 'caregiver', headings: [LAST, IMM, WHAT], evidence: ['Patients often see improvement within one to two weeks of ketamine treatment.', 'improves illness severity and well-being within hours or minutes', 'improves depressive symptoms within hours or days of a single dose'] },
  { q: 'my brother has depression and constant pain on top of it, can ketamine treat both', expect: 'answer', style: 'caregiver', headings: [PAIN, LONGER], evidence: ['Ketamine therapy may reduce chronic psychiatric pain.', 'Psychiatric chronic pain can be reduced by ketamine treatment.', 'which ketamine’s analgesic properties can relieve'] },

  { q: 'like within minutes even?', before: ['how quickly does ketamine work'], expect: 'answer', style: 'yes-no', headings: [IMM], evidence: ['improves illness severity and well-being within hours or minutes'] },
  { q: 'does ketamine stop working if you keep using it', expect: 'answer', style: 'yes-no', headings: [LAST, LONGER], evidence: ['with regular use of ketamine, the beneficial antidepressant effects gradually fade', 'This is because continued ketamine treatment will disappear.'] },
  { q: 'is ketamine an approved treatment for depression', expect: 'answer', style: 'yes-no', headings: [WHAT, IMM], evidence: ['As an off-label treatment for depression and other psychiatric disorders', 'still being studied as a safe and effective off-label treatment'] },
  { q: 'is ketamine safe long term', expect: 'answer', style: 'yes-no', headings: [CONC, IMM], evidence: ['more research is needed to determine its efficacy, safety, and duration', 'still being studied as a safe and effective off-label treatment'] },

  { q: 'ketamine vs ssri which works faster', expect: 'answer', style: 'comparison', headings: [IMM, WORK, TRAD, LAST], evidence: ['While traditional antidepressants can take weeks or months to work', 'can take weeks to work, ketamine often works within hours', 'These medications can take weeks or months to work'] },
  { q: 'low dose versus high dose ketamine, what is the difference', expect: 'answer', style: 'comparison', headings: [DOSE], evidence: ['Low-dose ketamine is given in lower doses than high-dose therapies.', 'This method preserves ketamine’s benefits while reducing side effects.'] },
  { q: 'does ketamine last longer than regular antidepressants', expect: 'answer', style: 'comparison', headings: [LAST], evidence: ['depressive symptoms can be relieved longer than with traditional treatments', 'these treatments often require long-term use to maintain benefits'] },

  { q: 'what was ketamine first used for, and why are people using it now', expect: 'answer', style: 'two-part', headings: [WHAT, WORK, MECH], evidence: ['Historically, ketamine was used as a surgical anesthetic.', 'potential to treat treatment-resistant depression, post-traumatic stress disorder, and chronic pain', 'Ketamine, a medication used for anesthesia, has gained significant attention'] },
  { q: "why do normal antidepressants take so long, and what if they don't work for someone", expect: 'answer', style: 'two-part', headings: [TRAD, TRD], evidence: ['These medications can take weeks or months to work', 'depression sufferers need alternative treatments that provide faster and longer-lasting relief', 'Ketamine therapy may help depressed people who haven’t responded'] },
  { q: 'how often are the sessions and how long does each one go on', expect: 'answer', style: 'two-part', headings: [DOSE], evidence: ['The patient’s response and depression severity determine the frequency and duration'] },

  { q: 'which amount of ketamine is normally giving in the infusion for depression', expect: 'answer', style: 'non-native', headings: [DOSE], evidence: ['The typical infusion of ketamine dosage ranges from 0.5 to 2 mg/kg.'], why: 'general dose range the article states, not a personal dosing request' },
  { q: 'how the doctor choose the right ketamine treatment for each person?', expect: 'answer', style: 'non-native', headings: [CONC, DOSE], evidence: ['Clinicians should carefully consider patient factors and work with patients', 'given at different doses depending on depression severity and patient characteristics'] },
  { q: 'why ketamine become so popular for depression in these years?', expect: 'answer', style: 'non-native', headings: [INTRO], evidence: ['Ketamine has gained popularity as a treatment for depression because', 'provide rapid relief for those who have not responded to other treatments'] },

  { q: "I've been depressed on and off for six years, tried sertraline, fluoxetine and two kinds of therapy and nothing really touched it. My psychiatrist brought up ketamine infusions and I'm honestly scared it will only work for a day and then I crash again. How long does the improvement usually hold?", expect: 'answer', style: 'long-personal', headings: [LAST, LONGER, TRD, WHAT], evidence: ['lasting relief for weeks or months after their last infusion', 'provide relief for days, weeks, or months after the last infusion', 'long-lasting benefits, lasting days, weeks, or months after the last infusion'] },
  { q: 'I had my third infusion yesterday and everything went kind of blurry and I felt detached from myself for a while, my partner is really worried. Is that something ketamine is known to do?', expect: 'answer', style: 'long-personal', headings: [IMM, WORK], evidence: ['it can also cause blurred vision and disorientation', 'cause transient dissociation, perception changes, and blurred vision'] },
  { q: "So I already do a lot: I walk the dog every morning, I cook proper meals, I do yoga twice a week, but my mood still swings around and I'd rather not go on medication. Is there anything else that keeps mood steady without pills?", expect: 'answer', style: 'long-personal', headings: [NAT, FAST], evidence: ['enough sleep, stress management (like meditation or yoga), and socializing', 'socializing with supportive friends and family, can naturally control your mood', 'achieved through exercise, deep breathing, nature, music, and mindfulness'] },

  // out of scope: same domain, not covered
  { q: 'how much does a ketamine infusion cost', expect: 'fallback', style: 'out-of-scope', why: 'prices not covered' },
  { q: 'will my insurance pay for ketamine treatment', expect: 'fallback', style: 'out-of-scope', why: 'insurance not covered' },
  { q: 'is psilocybin therapy better than ketamine', expect: 'fallback', style: 'comparison', why: 'psilocybin is never named' },
  { q: 'can i drive myself home after a ketamine session', expect: 'fallback', style: 'out-of-scope', why: 'driving after treatment not covered' },
  { q: 'is ketamine addictive', expect: 'fallback', style: 'out-of-scope', why: 'addiction and misuse not covered' },
  { q: 'find a ketamine clinic near me in phoenix', expect: 'fallback', style: 'out-of-scope', why: 'no places or clinics' },
  // out of scope: off-domain
  { q: 'how do i reset my wifi router', expect: 'fallback', style: 'out-of-scope', why: 'off-domain' },
  { q: 'wat iz the capitol of australia', expect: 'fallback', style: 'phonetic', why: 'off-domain' },
  { q: 'my laptop keeps overheating 😩 any fix?', expect: 'fallback', style: 'emoji-filler', why: 'off-domain' },
  { q: "what's a good recipe for banana bread", expect: 'fallback', style: 'out-of-scope', why: 'off-domain' },
  { q: 'who won the world cup in 2018', expect: 'fallback', style: 'out-of-scope', why: 'off-domain' },
  { q: 'can you help me write a cover letter for a marketing job', expect: 'fallback', style: 'out-of-scope', why: 'off-domain' },
];
