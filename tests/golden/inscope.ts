/**
 * In-scope golden questions: what real visitors type about the seed article (ketamine for
 * depression), in their own words. Each case names the section(s) or FAQ pair(s) whose text answers
 * it; several are listed only where the article really answers in several places.
 *
 * Written from the article, not from any engine's output: this file is the judge.
 */
import type { GoldenCase } from './types.ts';

/** Section and FAQ-pair ids of the seed article (see team/SECTIONS.md; checked against the build). */
export const SECTION_IDS = [
  'introduction',
  'what-is-ketamine',
  'how-long-does-ketamine-last-for-depression',
  'traditional-treatments-for-depression',
  'short-term-and-long-term-effects-of-ketamine-treatment-for-depression',
  'immediate-effects-rapid-onset-of-action',
  'longer-term-effects-on-symptoms-of-severe-depression',
  'effective-in-patients-with-treatment-resistant-depression-and-bipolar-disorder',
  'potential-to-reduce-chronic-pain-related-to-psychiatric-disorders',
  'how-does-ketamine-work',
  'mechanism-of-action-of-ketamine',
  'doses-of-ketamine-used-to-treat-depressive-symptoms',
  'conclusion',
  'faqs',
  'what-drugs-improve-mood',
  'how-can-i-improve-my-mood-fast',
  'how-can-i-control-my-mood-naturally',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** Short names, so each case reads on one line. */
export const S = {
  intro: 'introduction',
  what: 'what-is-ketamine',
  howLong: 'how-long-does-ketamine-last-for-depression',
  trad: 'traditional-treatments-for-depression',
  effects: 'short-term-and-long-term-effects-of-ketamine-treatment-for-depression',
  onset: 'immediate-effects-rapid-onset-of-action',
  longer: 'longer-term-effects-on-symptoms-of-severe-depression',
  trdBipolar: 'effective-in-patients-with-treatment-resistant-depression-and-bipolar-disorder',
  pain: 'potential-to-reduce-chronic-pain-related-to-psychiatric-disorders',
  work: 'how-does-ketamine-work',
  mechanism: 'mechanism-of-action-of-ketamine',
  doses: 'doses-of-ketamine-used-to-treat-depressive-symptoms',
  conclusion: 'conclusion',
  faqDrugs: 'what-drugs-improve-mood',
  faqFast: 'how-can-i-improve-my-mood-fast',
  faqNatural: 'how-can-i-control-my-mood-naturally',
} as const satisfies Record<string, SectionId>;

/** An `answer` case; `why` on hard ones. */
export function ask(q: string, sections: SectionId[], why?: string): GoldenCase {
  return why ? { q, kind: 'answer', sections, why } : { q, kind: 'answer', sections };
}

// Answer sets that recur: the article states these facts in several sections.
/** "Lasts days / weeks / months after the last infusion", said in four places. */
const DURATION: SectionId[] = [S.howLong, S.longer, S.what, S.trdBipolar];
/** Time to effect: hours/minutes (onset, work, what) and "one to two weeks" (howLong). */
const SPEED: SectionId[] = [S.onset, S.what, S.work, S.howLong];
/** Side effects of ketamine: blurred vision, disorientation, dissociation, perception changes. */
const SIDE_EFFECTS: SectionId[] = [S.onset, S.work];
/** How it works: glutamate receptors, neural connections, NMDA/AMPA, dopamine. */
const HOW_IT_WORKS: SectionId[] = [S.work, S.mechanism, S.onset, S.what];
/** Route of administration: IV, intranasal, nasal spray. */
const ROUTE: SectionId[] = [S.work, S.doses, S.what];
/** Bipolar disorder: stated for ketamine in three places. */
const BIPOLAR: SectionId[] = [S.trdBipolar, S.longer, S.howLong];
/** "Helps where other treatments failed", said in five places. */
const NON_RESPONDERS: SectionId[] = [S.trdBipolar, S.longer, S.intro, S.what, S.howLong];
/** Chronic pain relief by ketamine (what-is and rapid-onset name it among the uses). */
const PAIN: SectionId[] = [S.pain, S.longer, S.work, S.what, S.onset];
/** Conditions besides depression (PTSD, chronic pain, bipolar, anxiety): named almost everywhere. */
const OTHER_CONDITIONS: SectionId[] = [S.what, S.work, S.onset, S.effects, S.howLong, S.longer, S.trdBipolar, S.pain, S.mechanism];
/** Research still ongoing / more research needed. */
const RESEARCH: SectionId[] = [S.conclusion, S.intro, S.onset, S.mechanism];

export const inscope: GoldenCase[] = [
  // ─── introduction ────────────────────────────────────────────────────────────────────────────
  ask('why is ketamine suddenly so popular for depression?', [S.intro, S.what, S.mechanism]),
  ask('whats all the hype about ketamine', [S.intro, S.what, S.mechanism], '"hype" shares no word with "gained popularity" / "garnered attention" / "gained significant attention"'),
  ask('why does it even matter how long the effect lasts?', [S.intro], 'asks why duration matters (planning, expectations), not the duration itself'),
  ask('what does this page go over', [S.intro, S.conclusion, S.effects], 'a question about the article itself; no topic word at all'),
  ask('WHY DO PEOPLE USE KETAMINE FOR DEPRESSION', [S.intro, S.what, S.howLong, S.trdBipolar, S.longer], 'all caps; the reason (fast relief where other treatments failed) is given in five places'),
  ask('does knowing the duration help doctors plan treatment', [S.intro], '"knowing the duration" → "understanding how long ... helps develop treatment plans"'),
  ask('is ketamine still kind of experimental or is it settled science', RESEARCH, '"experimental / settled science" → "still-evolving", "still being studied", "more research is needed"'),
  ask('is anyone actually researching how well ketamine works', [S.intro, S.onset, S.conclusion, S.mechanism], '"researching how well" → "researchers study its efficacy"'),

  // ─── what-is-ketamine ────────────────────────────────────────────────────────────────────────
  ask('what even is ketamine', [S.what, S.mechanism]),
  ask('wat is ketamine used for', [S.what, S.work], 'typo "wat"'),
  ask('was ketamine originally an anesthetic', [S.what, S.mechanism, S.work]),
  ask("isn't that the stuff they knock you out with for surgery?", [S.what, S.mechanism, S.work], '"knock you out for surgery" → "surgical anesthetic"; no shared content word'),
  ask('can it help with PTSD', [S.what, S.work, S.onset], '"PTSD" abbreviation; two sections spell it out as post-traumatic stress disorder'),
  ask('is it approved', [S.what, S.onset], '"approved" → "off-label"; synonyms must carry it'),
  ask('is ketamine FDA approved for depression or what', [S.what, S.onset], '"FDA approved" → "off-label"'),
  ask('is it a nasal thing', ROUTE, '"nasal thing" → nasal spray / intranasal'),
  ask('can you take it at home or only at a clinic?', [S.what], 'only what-is says the nasal spray "can be used at home"'),
  ask('how is ketamine different from regular antidepressants', [S.what, S.work, S.onset, S.howLong]),
  ask('does one single dose do anything', [S.what], 'only what-is mentions "a single dose"'),
  ask('do you need more than one infusion', [S.what, S.doses], '"more than one" → "multiple infusions" / "multiple sessions"'),
  ask('is ketamine only for depression?', OTHER_CONDITIONS, 'yes/no answered by the list of other conditions'),

  // ─── how-long-does-ketamine-last-for-depression ─────────────────────────────────────────────
  ask('how long does ketamine last', DURATION),
  ask('when does it wear off', DURATION, '"wear off" shares no word with "last"; synonyms must carry it'),
  ask('how long do the effects stick around after the last infusion', [S.howLong, S.longer, S.trdBipolar]),
  ask('HOW LONG WILL I FEEL BETTER AFTER KETAMINE', DURATION, 'all caps'),
  ask('hw long dose ketamin last for depresion', DURATION, 'typos in every content word'),
  ask('does the relief go on for weeks or months', DURATION),
  ask('is it a permanent fix', DURATION, '"permanent" is answered by "gradually fade away" / "window period" / "need multiple infusions"'),
  ask('does it stop working if you keep using it', [S.howLong, S.longer], 'tolerance in lay words; "with regular use ... gradually fade away"'),
  ask('do the good effects fade over time?', [S.howLong, S.longer]),
  ask('does ketamine last longer than normal antidepressants', [S.howLong], 'comparison; only how-long says "relieved longer than with traditional treatments"'),
  ask('what makes ketamine a good choice for depression', [S.howLong, S.trdBipolar, S.longer, S.intro]),
  ask('does talk therapy need to be kept up long term', [S.howLong], '"talk therapy" → psychotherapy; "require long-term use to maintain benefits"'),
  ask('how many weeks does relief last', DURATION),
  ask('i heard the effect only lasts a few days is that true', DURATION),
  ask('how long does 1 infusion last', DURATION, 'digit "1"'),
  ask('do the benefits continue after you stop treatment', [S.howLong, S.longer, S.trdBipolar], '"after you stop" → "after treatment ... lasting effects"'),
  ask(
    'so my sister is thinking about trying ketamine for her depression and i wanted to know how long the results actually last because she cant go in every single week',
    DURATION,
    'run-on with a third person; still a general duration question',
  ),
  ask('how long til it kicks in, like days or weeks?', SPEED, '"kicks in" → improvement within hours / one to two weeks'),

  // ─── traditional-treatments-for-depression ───────────────────────────────────────────────────
  ask('what are SSRIs', [S.trad], 'abbreviation; expanded only in traditional-treatments'),
  ask('how do regular antidepressants work', [S.trad], 'about antidepressants, not ketamine: must not answer with ketamine\'s mechanism'),
  ask('how long do normal antidepressants take to kick in', [S.trad, S.howLong, S.onset, S.work], '"kick in" about traditional drugs'),
  ask("why don't antidepressant pills work for everybody", [S.trad]),
  ask('do antidepressants have side effects', [S.trad], 'side effects of antidepressants, not of ketamine'),
  ask('what are the usual treatments for depression', [S.trad, S.howLong]),
  ask('whats the problem with the meds people normally get for depression', [S.trad], 'colloquial; "meds" → medications'),
  ask('why would someone need something other than antidepressants', [S.trad], '"need alternative treatments that provide faster and longer-lasting relief"'),
  ask('do ssri raise serotonin levels?', [S.trad], '"raise serotonin" → "increase brain neurotransmitters"'),
  ask('do antidepressants work straight away', [S.trad, S.howLong, S.onset, S.work]),

  // ─── short-term-and-long-term-effects (parent section) ──────────────────────────────────────
  ask('what are the short and long term effects of ketamine', [S.effects, S.onset, S.longer]),
  ask('ketamine short term vs long term?', [S.effects, S.onset, S.longer]),
  ask('what happens right after ketamine and then months later', [S.effects, S.onset, S.longer], 'no shared word with "short-term / long-term"'),
  ask('can ketamine help other mental health problems besides depression', OTHER_CONDITIONS),
  ask('overview of what ketamine does, both the quick and the lasting stuff', [S.effects, S.onset, S.longer]),
  ask('is there ongoing research into ketamine', [S.effects, ...RESEARCH]),

  // ─── immediate-effects-rapid-onset-of-action ─────────────────────────────────────────────────
  ask('how quick does it kick in', SPEED, '"kick in" → onset; "quick" → fast / rapid'),
  ask('how fast does ketamine work', SPEED),
  ask('does it work right away', SPEED, '"right away" → "immediately" / "within hours"'),
  ask('can ketamine really work within minutes??', [S.onset], 'only rapid-onset mentions minutes ("within hours or minutes")'),
  ask('which kind of infusion gives the fastest relief', [S.onset], 'superlative; "Low-dose ketamine infusions provide the fastest relief"'),
  ask('can ketamine help people who have suicidal thoughts?', [S.onset], 'suicidality discussed as a topic, not a crisis; the article answers it'),
  ask('does ketamine make your vision blurry', SIDE_EFFECTS, '"blurry" → "blurred"; synonyms'),
  ask('blurry vision?', SIDE_EFFECTS, 'two words; adjective form differs from "blurred"'),
  ask('can it make you feel confused or disoriented', SIDE_EFFECTS),
  ask('what are the side effects of ketamine', SIDE_EFFECTS),
  ask('any side effects??', SIDE_EFFECTS, 'no subject; "ketamine" implied by the site'),
  ask('KETAMINE SIDE EFFECTS', SIDE_EFFECTS, 'all caps keyword query'),
  ask('does it mess with your eyesight', SIDE_EFFECTS, '"eyesight" → vision'),
  ask('does ketamine help anxiety too', [S.onset, S.howLong], '"relieve anxiety and depression symptoms immediately"; GAD listed in how-long'),
  ask('what makes ketamine act so fast', [S.onset, S.mechanism, S.work]),
  ask('is ketamine safe?', [S.onset, S.conclusion, S.work], 'no verdict in the article: still being studied, more research needed, side effects listed'),
  ask('how soon will i notice a difference', SPEED, '"notice a difference" → improvement'),
  ask('are there studies showing it works fast', [S.onset], '"Clinical trials show ... within hours or minutes"'),

  // ─── longer-term-effects-on-symptoms-of-severe-depression ───────────────────────────────────
  ask('what happens after the ketamine stops working', [S.longer], '"after this window period ... shift to other treatment options"'),
  ask('do experts agree on whether the effects last', [S.longer], '"agree" → "It is debatable"'),
  ask('can ketamine improve quality of life in the long run', [S.longer, S.trdBipolar]),
  ask('is ketamine good for severe depression long term', [S.longer, S.trdBipolar, S.howLong]),
  ask('long term effects of ketamine', [S.longer, S.effects, S.trdBipolar, S.howLong]),
  ask('does ketamine have pain killing properties', [S.longer, S.pain], '"pain killing" → "analgesic properties"; "killing" is not a crisis cue here'),
  ask('is ketamine an analgesic', [S.longer, S.pain]),
  ask('what do you switch to once the ketamine window is over', [S.longer]),
  ask('does it keep working if you keep getting infusions', [S.longer, S.howLong], '"continued ketamine treatment will disappear" / "gradually fade away"'),
  ask('is it an option if antidepressants already failed', NON_RESPONDERS),

  // ─── effective-in-patients-with-treatment-resistant-depression-and-bipolar-disorder ─────────
  ask('does it help bipolar', BIPOLAR, 'bare "bipolar"; article says "bipolar disorder"'),
  ask('is ketamine used for bipolar depression', BIPOLAR),
  ask('what is bipolar disorder', [S.trdBipolar], 'definition; only "Mania and depression are symptoms of bipolar disorder"'),
  ask('can ketamine even out mood swings in bipolar people', [S.trdBipolar], '"even out mood swings" → "stabilize mood"'),
  ask('could ketamine help when antidepressants havent worked', NON_RESPONDERS),
  ask('ketamine for TRD?', [S.trdBipolar, S.longer, S.effects, S.onset, S.what, S.howLong, S.mechanism, S.work], '"TRD" abbreviation must expand; nearly every section mentions treatment-resistant depression'),
  ask('does it work for bipolar patients who dont respond to antidepressants', [S.trdBipolar]),
  ask('BIPOLAR AND KETAMINE??', BIPOLAR, 'all caps, no verb'),
  ask('is ketamine a mood stabilizer', [S.trdBipolar], '"can stabilize mood"; the FAQ lists mood stabilizers but not ketamine'),
  ask('does ketamine work for manic depression', BIPOLAR, '"manic depression" is the lay/old name of bipolar disorder'),
  ask('is there any hope for people whose depression just wont budge', NON_RESPONDERS, '"won\'t budge" → treatment-resistant'),
  ask('how long do benefits last in treatment resistant patients', DURATION),
  ask('does ketamine help non-responders quickly', [S.trdBipolar, S.intro, S.howLong], '"non-responders ... rapidly improve"'),

  // ─── potential-to-reduce-chronic-pain-related-to-psychiatric-disorders ───────────────────────
  ask('what about pain', PAIN, 'bare topic without context'),
  ask('can ketamine help chronic pain', PAIN),
  ask('can depression cause physical pain', [S.pain, S.longer], 'about depression, not ketamine'),
  ask('how does ketamine relieve pain', [S.pain, S.work]),
  ask('how long does the pain relief last', [S.pain], '"how long" must stay on pain, not the depression-duration section'),
  ask('do you need booster shots for the pain', [S.pain], '"booster shots" → "booster infusions"'),
  ask('how often are top-up infusions needed for pain', [S.pain], '"top-up" → booster'),
  ask('is the pain relief the same for everyone', [S.pain], '"varies by person"'),
  ask("why don't regular treatments fix pain from depression", [S.pain]),
  ask('can PTSD make your body hurt', [S.pain, S.longer], '"body hurt" → chronic pain'),
  ask('PAIN RELIEF WITH KETAMINE HOW DOES THAT WORK', [S.pain, S.work, S.longer], 'all caps; asks how, so the uses-list sections do not count'),
  ask('is ketamine a painkiller', PAIN, '"painkiller" → analgesic / relieve pain'),
  ask('achy all the time from depression, can ketamine do anything', [S.pain, S.longer], '"achy" → chronic pain'),

  // ─── how-does-ketamine-work ──────────────────────────────────────────────────────────────────
  ask('how does ketamine work', HOW_IT_WORKS),
  ask('ok so how does it actually work in the brain', HOW_IT_WORKS),
  ask('what do glutamate receptors do', [S.work], '"regulate mood, cognition, and pain"'),
  ask('how is ketamine given', ROUTE),
  ask('is it a shot, a pill or a spray?', ROUTE, 'lay words for routes; "shot" ≈ infusion, "spray" → nasal spray'),
  ask('do they put it in your arm with an IV', ROUTE, '"IV" → intravenous'),
  ask('does it make you feel detached, like out of your body', [S.work], '"out of body / detached" → "dissociation"'),
  ask('can ketamine make you hallucinate', [S.work], '"hallucinate" → "perception changes"'),
  ask('does it do anything to nerve cells', [S.work]),
  ask('how quickly does it work compared to antidepressants', SPEED),
  ask('is the dose the same for everybody', [S.work, S.doses], '"suits each patient" / "depending on ... patient characteristics"'),
  ask('is the spaced out feeling permanent', [S.work], '"spaced out" → dissociation; "permanent" answered by "transient"'),
  ask(
    'ok so ketamine, how does it even work like in the brain, is it the glutamate thing or something else',
    HOW_IT_WORKS,
    'run-on',
  ),

  // ─── mechanism-of-action-of-ketamine ─────────────────────────────────────────────────────────
  ask('what is the mechanism of action', HOW_IT_WORKS),
  ask('which receptors does ketamine act on', [S.mechanism, S.work, S.what, S.onset]),
  ask('is ketamine an nmda antagonist', [S.mechanism], '"antagonist" → "inhibiting"'),
  ask('whats AMPA got to do with it', [S.mechanism]),
  ask('does ketamine release dopamine', [S.mechanism]),
  ask('does ketamine affect motivation', [S.mechanism], 'dopamine "linked to reward and motivation"'),
  ask('does ketamine regrow brain connections', [S.mechanism, S.what, S.onset, S.work], '"regrow" → regenerate / new neural connections'),
  ask('what is synaptic plasticity', [S.mechanism]),
  ask('does it make dendrites grow', [S.mechanism]),
  ask('whats the science behind the fast antidepressant effect', [S.mechanism, S.onset, S.work]),
  ask('what does the breakdown product of ketamine do', [S.mechanism], '"breakdown product" → "metabolite"'),
  ask('do scientists fully understand how ketamine works', [S.mechanism], '"To fully understand the mechanisms ... more research is needed"'),
  ask('its an anesthesia drug right?', [S.mechanism, S.what, S.work]),

  // ─── doses-of-ketamine-used-to-treat-depressive-symptoms ────────────────────────────────────
  ask('what dose is used for depression', [S.doses], 'general dose question: answer with a caution, not a referral'),
  ask('how many mg per kg', [S.doses], 'units only'),
  ask('whats the typical dosage range for infusions', [S.doses]),
  ask('how much ketamine do they usually give in an infusion', [S.doses], '"they" = clinics; general, not personal'),
  ask('WHAT IS THE USUAL DOSE', [S.doses], 'all caps'),
  ask('why do doses differ from patient to patient', [S.doses, S.work]),
  ask("what's low dose ketamine", [S.doses, S.onset]),
  ask('is low dose better because of fewer side effects', [S.doses], '"preserves ketamine\'s benefits while reducing side effects"'),
  ask('how many sessions are usually needed', [S.doses, S.what]),
  ask('is the nasal spray less invasive than an IV', [S.doses], 'only doses says "less invasive"'),
  ask('does the dose depend on how bad the depression is', [S.doses], '"how bad" → severity'),
  ask('is 0.5 mg/kg a normal amount', [S.doses], 'a number the article states, asked generally'),
  ask('who decides how often the infusions happen', [S.doses, S.work, S.conclusion, S.pain]),
  ask('how much ketamin per kilo', [S.doses], 'typo; "kilo" → kg'),
  ask('is the spray more convenient than an iv drip', [S.doses, S.what]),

  // ─── conclusion ──────────────────────────────────────────────────────────────────────────────
  ask('so whats the bottom line on ketamine', [S.conclusion], 'summary request; no topic word'),
  ask('what does the article conclude', [S.conclusion]),
  ask('is ketamine proven to work for depression', [S.conclusion, S.onset], '"proven" → "more research is needed to determine its efficacy"'),
  ask('do we know yet if its safe long term', [S.conclusion, S.onset]),
  ask('who figures out the best ketamine approach for a patient', [S.conclusion], '"Clinicians should carefully consider patient factors"'),
  ask('do doctors personalize ketamine treatment', [S.conclusion, S.work, S.doses, S.pain]),
  ask('is more research needed on ketamine', RESEARCH),
  ask('give me the summary', [S.conclusion]),

  // ─── FAQ: what-drugs-improve-mood ────────────────────────────────────────────────────────────
  ask('what drugs improve mood', [S.faqDrugs]),
  ask('which meds lift your mood', [S.faqDrugs], '"lift" → improve / boost'),
  ask('what medication makes you happier', [S.faqDrugs]),
  ask('are there pills for mood', [S.faqDrugs], '"pills" → drugs'),
  ask('name some mood boosting medicines', [S.faqDrugs]),
  ask('WHAT DRUGS MAKE YOU FEEL BETTER', [S.faqDrugs], 'all caps; "feel better" ~ mood'),
  ask('common mood meds?', [S.faqDrugs]),
  ask('besides ketamine what other drugs help your mood', [S.faqDrugs]),

  // ─── FAQ: how-can-i-improve-my-mood-fast ─────────────────────────────────────────────────────
  ask('how do i cheer up quickly', [S.faqFast], '"cheer up" → improve mood'),
  ask('quick ways to feel better right now', [S.faqFast]),
  ask('does music help my mood', [S.faqFast]),
  ask('does getting out in nature help your mood', [S.faqFast]),
  ask('will deep breaths help me calm down fast', [S.faqFast]),
  ask('does mindfulness lift your mood', [S.faqFast]),
  ask("i'm in a bad mood how do i snap out of it fast", [S.faqFast], '"bad mood" is not a crisis; "snap out of it" → improve mood'),
  ask('does exercise help mood', [S.faqFast, S.faqNatural], 'both FAQ answers name exercise'),
  ask('how to boost my mood fast without meds', [S.faqFast, S.faqNatural]),

  // ─── FAQ: how-can-i-control-my-mood-naturally ────────────────────────────────────────────────
  ask('natural ways to manage mood', [S.faqNatural]),
  ask('does sleep affect mood', [S.faqNatural]),
  ask('can what i eat help my mood', [S.faqNatural], '"what i eat" → "balanced diet"'),
  ask('does yoga help with mood', [S.faqNatural]),
  ask('does hanging out with friends help your mood', [S.faqNatural], '"hanging out" → socializing'),
  ask('how to keep my mood steady without medication', [S.faqNatural], '"steady without medication" → "naturally control"'),
  ask('lifestyle changes for a better mood', [S.faqNatural]),
  ask('does meditating help keep moods in check', [S.faqNatural]),
  ask('eating healthy and sleeping well, good for mood?', [S.faqNatural]),
];
