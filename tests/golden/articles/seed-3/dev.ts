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

/** Dev half (third independent set) for the shipped seed article "How long does ketamine last for depression?": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: "why does it matter how long ketamine's effects last", expect: 'answer', style: 'plain', headings: [INTRO], evidence: ['helps develop depression treatment plans and manage expectations', 'duration is important as researchers study its efficacy'] },
  { q: 'what did this article conclude about ketamine', expect: 'answer', style: 'plain', headings: [CONC], evidence: ['ketamine may treat depression, but more research is needed', 'Clinicians should carefully consider patient factors and work with patients'] },
  { q: 'what makes ketamine unique among depression treatments', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['making it unique among depression treatments', 'improves depressive symptoms within hours or days of a single dose'] },

  { q: 'is there proof it makes people feel better overall, not only less depressed', expect: 'answer', style: 'paraphrase', headings: [IMMED], evidence: ['improves illness severity and well-being within hours or minutes', 'Clinical trials show that ketamine infusion therapy improves illness severity'] },
  { q: 'is anything known to speed up how soon it kicks in', expect: 'answer', style: 'paraphrase', headings: [IMMED], evidence: ['Low-dose ketamine infusions provide the fastest relief.'] },
  { q: 'do the experts agree that the good effects stick around afterwards', expect: 'answer', style: 'paraphrase', headings: [LONGER, CONC], evidence: ['Whether its antidepressant effects last long after treatment or not.', 'more research is needed to determine its efficacy, safety, and duration'] },
  { q: 'is using it for aches and pains a new idea', expect: 'answer', style: 'paraphrase', headings: [PAIN], evidence: ['Chronic pain management with ketamine infusion therapy is novel.'] },
  { q: "can it give hope to folks who've run out of options", expect: 'answer', style: 'paraphrase', headings: [TRD, WORK, LONGER], evidence: ['Treatment-resistant depression sufferers may find relief and hope in this quick action.', 'ketamine may provide rapid and profound relief', 'Ketamine therapy is an option for those who have failed other antidepressants.'] },

  { q: 'mood stabilizers', expect: 'answer', style: 'short', headings: [F_DRUGS, FAQS], evidence: ['Antidepressants and mood stabilizers are common mood-boosting drugs.'] },
  { q: 'blurred vision', expect: 'answer', style: 'short', headings: [IMMED, WORK], evidence: ['it can also cause blurred vision and disorientation', 'it may also cause transient dissociation, perception changes, and blurred vision'] },
  { q: 'mood disorders', expect: 'answer', style: 'short', headings: [IMMED, MECH], evidence: ['This mechanism controls mood disorders and reduces depression.', 'Ketamine shows promise for treating depression and other mood disorders'] },
  { q: 'long term though?', before: ['does ketamine help severe depression'], expect: 'answer', style: 'short', headings: [LONGER], evidence: ['Ketamine treatment for severe depression has promising long-term effects.', 'Sustained improvement in depressive symptoms can improve severe depression'] },
  { q: 'why so fast?', before: ['how does ketamine work'], expect: 'answer', style: 'short', headings: [MECH, WORK], evidence: ['rapid antidepressant effects and neural regeneration may be due to these effects', 'antidepressant effects may be due to dopamine release', 'restore neural connections and relieve depression and pain quickly'] },

  { q: 'do antidepresants work for evryone', expect: 'answer', style: 'typo', headings: [TRAD], evidence: ['not everyone responds well to them', 'Some people may experience unpleasant side effects or find the medications ineffective'] },
  { q: "how do ssri's wrok in the brian", expect: 'answer', style: 'typo', headings: [TRAD], evidence: ['These medications increase brain neurotransmitters, which can reduce depressive symptoms'] },
  { q: 'does psycotherapy take a long time to work', expect: 'answer', style: 'typo', headings: [LAST], evidence: ['Traditional depression treatments like psychotherapy and antidepressants take time to work.', 'Patients may wait weeks or months for relief.'] },
  { q: 'why is ketamine consdered a good choise for depresion', expect: 'answer', style: 'typo', headings: [LAST, TRD], evidence: ['Its fast action and long-term relief make it a good choice', 'Its fast onset, sustained efficacy, and potential benefits make it'] },

  { q: 'iz ketameen a payn killer', expect: 'answer', style: 'phonetic', headings: [LONGER, PAIN], evidence: ['often have chronic pain, which ketamine’s analgesic properties can relieve', 'Ketamine may relieve pain by interacting with brain glutamate receptors.'] },
  { q: 'do sientists reely no how it werks', expect: 'answer', style: 'phonetic', headings: [MECH], evidence: ['To fully understand the mechanisms and optimize ketamine clinical use'] },
  { q: 'cud 1 singel dose reely make a diffrence', expect: 'answer', style: 'phonetic', headings: [WHAT], evidence: ['improves depressive symptoms within hours or days of a single dose'] },

  { q: 'ok 🎶 does music actually help ur mood or is that a myth lol', expect: 'answer', style: 'emoji-filler', headings: [F_FAST, FAQS], evidence: ['exercise, deep breathing, nature, music, and mindfulness', 'It can improve mood faster.'] },
  { q: 'sooo 😵‍💫 will i feel floaty or detached on it?? kinda nervous ngl', expect: 'answer', style: 'emoji-filler', headings: [WORK, IMMED], evidence: ['it may also cause transient dissociation, perception changes', 'it can also cause blurred vision and disorientation'] },
  { q: 'hey 👋 umm is there still research going on about this stuff?? 🧪', expect: 'answer', style: 'emoji-filler', headings: [EFFECTS, CONC, IMMED, MECH], evidence: ['ongoing research on ketamine for depression', 'more research is needed to determine its efficacy, safety, and duration', 'Ketamine infusion therapy is still being studied as a safe', 'To fully understand the mechanisms and optimize ketamine clinical use'] },

  { q: 'my dad has been on antidepressants for ten years, does he have to keep taking them forever to stay well?', expect: 'answer', style: 'caregiver', headings: [LAST], evidence: ['these treatments often require long-term use to maintain benefits'] },
  { q: 'my sister is switching from IV ketamine to the nasal spray, will her dose be worked out differently?', expect: 'answer', style: 'caregiver', headings: [DOSE], evidence: ['Ketamine dosing depends on its form.', 'given at different doses depending on depression severity and patient characteristics'] },
  { q: "my partner has PTSD and a lot of pain that his meds don't touch, why don't the usual treatments help the pain?", expect: 'answer', style: 'caregiver', headings: [PAIN], evidence: ['Traditional treatments for these conditions may not relieve pain', 'Mental illnesses like depression and PTSD can cause chronic pain.'] },

  { q: 'does yoga count?', before: ['how can i control my mood naturally'], expect: 'answer', style: 'yes-no', headings: [F_NAT, FAQS], evidence: ['stress management (like meditation or yoga), and socializing with supportive'] },
  { q: 'is chronic pain common in people with mental illness?', expect: 'answer', style: 'yes-no', headings: [LONGER, PAIN], evidence: ['Mental health patients often have chronic pain', 'Mental illnesses like depression and PTSD can cause chronic pain.'] },
  { q: 'is ketamine treatment still evolving?', expect: 'answer', style: 'yes-no', headings: [INTRO, IMMED, CONC], evidence: ['shedding light on this promising but still-evolving depression treatment', 'Ketamine infusion therapy is still being studied as a safe', 'more research is needed to determine its efficacy, safety, and duration'] },

  { q: 'how is ketamine different from regular antidepressants in the way it acts on the brain', expect: 'answer', style: 'comparison', headings: [WHAT, WORK], evidence: ['by targeting glutamate receptors in the brain, unlike traditional antidepressants', 'It targets glutamate receptors in the brain, which regulate mood'] },
  { q: 'bipolar depression vs ordinary severe depression, does ketamine help both?', expect: 'answer', style: 'comparison', headings: [LONGER, TRD], evidence: ['may help treatment-resistant depression and bipolar disorder as well as severe depression', 'Bipolar disorder patients may benefit from ketamine treatment.'] },

  { q: 'what are glutamate receptors for and how does ketamine use them', expect: 'answer', style: 'two-part', headings: [WORK, MECH, WHAT], evidence: ['which regulate mood, cognition, and pain', 'Ketamine modulates glutamate signaling to restore neural connections', 'Ketamine stimulates new neural connections by targeting glutamate receptors'] },
  { q: 'does exercise help with mood and does diet matter too', expect: 'answer', style: 'two-part', headings: [F_NAT, F_FAST, FAQS], evidence: ['including regular exercise, a balanced diet, enough sleep', 'exercise, deep breathing, nature, music, and mindfulness'] },

  { q: 'the spray or the injection, which one is more easy for the patient?', expect: 'answer', style: 'non-native', headings: [DOSE, WHAT], evidence: ['are more convenient and less invasive', 'A convenient alternative to intravenous infusion therapy is ketamine nasal spray'] },
  { q: 'which are the traditional treatments for depression? only pills?', expect: 'answer', style: 'non-native', headings: [LAST, TRAD], evidence: ['Traditional depression treatments like psychotherapy and antidepressants take time to work.', 'Antidepressants like SSRIs (selective serotonin reuptake inhibitors) are commonly used'] },
  { q: 'this is by the weight of body?', before: ["what's the usual dose of ketamine"], expect: 'answer', style: 'non-native', headings: [DOSE], evidence: ['ranges from 0.5 to 2 mg/kg.'], why: 'follow-up; mg/kg answers it' },

  { q: "Background: I'm a nurse, I've seen ketamine used in theatre for years as an anaesthetic, and now my own GP has suggested it for my depression after three failed meds. It feels strange that the same drug is used for both. What is it actually doing in the brain that helps depression, in simple terms?", expect: 'answer', style: 'long-personal', headings: [WORK, MECH, WHAT], evidence: ['Ketamine modulates glutamate signaling to restore neural connections', 'ketamine helps brain neural connections regenerate', 'Ketamine stimulates new neural connections by targeting glutamate receptors'] },
  { q: "I've looked at two clinics near me. One does what they call low-dose ketamine, the other one uses bigger doses and says it's stronger. I had awful side effects on sertraline so that's the thing I'm most scared of. Is the low-dose approach worth it, and why would anyone use less?", expect: 'answer', style: 'long-personal', headings: [DOSE, IMMED], evidence: ['This method preserves ketamine’s benefits while reducing side effects.', 'Low-dose ketamine is given in lower doses than high-dose therapies.', 'Low-dose ketamine infusions provide the fastest relief.'] },
  { q: "Long story, but my mum has had depression and fibromyalgia for as long as I can remember and she's now being offered ketamine infusions at a pain clinic. She's nervous about it because the first round apparently only helps for a while. She asked me to find out: when the pain relief wears off, do they just give more, and how often?", expect: 'answer', style: 'long-personal', headings: [PAIN], evidence: ['To maintain pain relief, booster infusions may be needed.', 'The frequency and timing of booster infusions depend on each'] },
  { q: "Last Tuesday I had my very first ketamine infusion. I went in feeling completely hopeless and by the evening something had shifted, I even texted my sister for the first time in weeks. My partner thinks it's placebo because 'nothing works that fast'. Can it really start helping within hours?", expect: 'answer', style: 'long-personal', headings: [WHAT, IMMED, WORK], evidence: ['improves depressive symptoms within hours or days of a single dose', 'improves illness severity and well-being within hours or minutes', 'ketamine often works within hours'] },

  // out of scope: same domain, not covered
  { q: 'is ketamine addictive', expect: 'fallback', style: 'out-of-scope', why: 'addiction is never discussed' },
  { q: 'how much is spravato a month', expect: 'fallback', style: 'out-of-scope', why: 'no brand names or prices' },
  { q: 'does medicare pay for ketamine nasal spray', expect: 'fallback', style: 'out-of-scope', why: 'insurance is never mentioned' },
  { q: 'is EMDR good for PTSD', expect: 'fallback', style: 'out-of-scope', why: 'EMDR is never named' },
  { q: 'ketamine clinics near toronto', expect: 'fallback', style: 'short', why: 'no places' },
  { q: 'can i take ketamine with lithium', expect: 'fallback', style: 'out-of-scope', why: 'lithium and interactions are never named' },
  // out of scope: off-domain
  { q: 'how do i change a flat tire', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what time does the post office close on saturday', expect: 'fallback', style: 'out-of-scope' },
  { q: 'best pizza toppings 🍕😋', expect: 'fallback', style: 'emoji-filler' },
  { q: 'how many ounces in a cup', expect: 'fallback', style: 'out-of-scope' },
  { q: 'who wrote pride and prejudice', expect: 'fallback', style: 'out-of-scope' },
  { q: 'help me fix my python import error', expect: 'fallback', style: 'out-of-scope' },
];
