import type { ArticleCase } from '../types.ts';

const WHAT = 'What is bipolar disorder?';
const TYPES = 'TYPES OF BIPOLAR DISORDER';
const SIGNS = 'Signs and Symptoms';
const HYPO = 'What is hypomania?';
const WHO = 'WHO GETS BIPOLAR DISORDER?';
const RISK = 'Risk Factors';
const DIAG = 'How is bipolar disorder diagnosed?';
const TREAT = 'TREATMENTS AND THERAPIES';
const MEDS = 'Medications';
const PSY = 'Psychotherapy';
const OTHER = 'Other Treatment Options';
const LIVING = 'Living With Bipolar Disorder';
const HELP = 'HOW CAN I HELP A FAMILY MEMBER OR FRIEND?';
const URGENT = 'When to Get Help Right Away';
const FAQ = 'Frequently Asked Questions';
const F_SWINGS = 'Is bipolar disorder the same as having mood swings?';
const F_PREG = 'Is it safe to take bipolar medicine during pregnancy?';

/** Test half (blind) for the PDF-copied NIMH-style brochure "Bipolar Disorder" (plain text): never tune on it. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what are the symptoms of a manic episode', expect: 'answer', style: 'plain', headings: [SIGNS], evidence: ['Have a lot of energy and be more active', 'Do risky things, such as spending a lot', 'Feel unusually important, talented, or'], why: 'left column of the flattened two-column table' },
  { q: 'how long do the symptoms have to last', before: ['what is cyclothymic disorder'], expect: 'answer', style: 'plain', headings: [TYPES], evidence: ['In adults the symptoms last for at'], why: 'follow-up: "the symptoms" are cyclothymia\'s; the sentence ends on the next line ("least 2 years.")' },
  { q: 'how is bipolar disorder treated', expect: 'answer', style: 'plain', headings: [TREAT], evidence: ['An effective treatment plan usually includes a', 'combination of medication and psychotherapy. Bipolar disorder is a'] },
  { q: 'why do doctors sometimes think it is just regular depression at first', expect: 'answer', style: 'paraphrase', headings: [DIAG], evidence: ['disorder is sometimes mistaken for depression. A careful history of mood', 'more likely to seek help when they are'] },
  { q: 'is this something you can inherit from your mom or dad', expect: 'answer', style: 'paraphrase', headings: [RISK], evidence: ['Family history, such as having a parent or sibling with bipolar', 'Having a family member with bipolar disorder does not mean you will'] },
  { q: 'what happens if someone quits their pills all of a sudden', expect: 'answer', style: 'paraphrase', headings: [MEDS], evidence: ['Do not stop taking a medication without talking to your', 'toms to come back or get worse.'], why: 'the answering sentence is hyphenated across a line break ("symp-/toms")' },
  { q: 'bipolar 2', expect: 'answer', style: 'short', headings: [TYPES], evidence: ['Bipolar II disorder is defined by a pattern of depressive episodes and'] },
  { q: 'ECT', expect: 'answer', style: 'short', headings: [OTHER], evidence: ['Electroconvulsive therapy (ECT) is a brain stimulation procedure that may'] },
  { q: 'side effects?', before: ['what medications are used for bipolar disorder'], expect: 'answer', style: 'short', headings: [MEDS], evidence: ['your health care provider about the possible benefits and side effects of'], why: 'follow-up' },
  { q: 'how do they diagnoze bipoler', expect: 'answer', style: 'typo', headings: [DIAG], evidence: ['A diagnosis is based on the symptoms, their severity, and how long', 'To diagnose bipolar disorder, a health care provider may do a physical'] },
  { q: 'wat is hypomaina', expect: 'answer', style: 'typo', headings: [HYPO], evidence: ['Hypomania is a milder form of mania.'] },
  { q: 'does excercise help with bipolar depresion', expect: 'answer', style: 'typo', headings: [OTHER], evidence: ['aerobic exercise helps with depression and anxiety and may improve sleep.'] },
  { q: 'wot age duz bipoler usually start', expect: 'answer', style: 'phonetic', headings: [WHO], evidence: ['It is often diagnosed during late adolescence or early adulthood, but'] },
  { q: 'can u get sykosis with bypolar', expect: 'answer', style: 'phonetic', headings: [HYPO], evidence: ['Some people with bipolar disorder also have psychosis during severe manic', 'This can include hallucinations, which means'] },
  { q: 'ok so 😅 like what am i even supposed to do day to day to stay stable?? 🙏', expect: 'answer', style: 'emoji-filler', headings: [LIVING], evidence: ['Keep a regular routine for sleeping, eating, and exercise', 'Take your medications as prescribed, even when you feel well'] },
  { q: "hiii 💬 is there someone i can talk to rn, i'm really not ok 😞", expect: 'answer', style: 'emoji-filler', headings: [URGENT], evidence: ['someone you know is in crisis, get help right away.', 'the 988 Suicide and Crisis Lifeline at 988 or chat'] },
  { q: 'my brother was just diagnosed with bipolar, how can i support him', expect: 'answer', style: 'caregiver', headings: [HELP], evidence: ['Offer emotional support, understanding, patience, and encouragement.', 'Learn about bipolar disorder so you understand what your loved one is'] },
  { q: 'what if she starts talking about wanting to die', before: ['how can I help my sister who has bipolar'], expect: 'answer', style: 'caregiver', headings: [HELP, URGENT], evidence: ['Never ignore comments about suicide. Call or text 988 if you are', 'the 988 Suicide and Crisis Lifeline at 988 or chat'], why: 'follow-up' },
  { q: 'is bipolar curable?', expect: 'answer', style: 'yes-no', headings: [WHAT, TREAT], evidence: ['Bipolar disorder is a lifelong condition, but it can be managed.', 'long-term illness, so treatment is ongoing'] },
  { q: 'if my dad has bipolar will i definitely get it too', expect: 'answer', style: 'yes-no', headings: [RISK], evidence: ['Having a family member with bipolar disorder does not mean you will', 'develop it. Most people with a family history of bipolar disorder never'] },
  { q: 'are you asleep for it?', before: ['what is ECT'], expect: 'answer', style: 'yes-no', headings: [OTHER], evidence: ['ECT is done under general', 'thesia by a trained medical team.'], why: 'follow-up; the sentence is hyphenated across a line break ("anes-/thesia")' },
  { q: 'difference between bipolar 1 and bipolar 2', expect: 'answer', style: 'comparison', headings: [TYPES], evidence: ['defined by manic episodes that last at least 7 days,', 'hypomanic episodes. The hypomanic episodes are less severe than the full'] },
  { q: 'bipolar vs just being moody', expect: 'answer', style: 'comparison', headings: [F_SWINGS, FAQ, WHAT], evidence: ['No. Everyone has ups and downs. In bipolar disorder, mood episodes last', 'not the same as the normal ups and downs everyone goes'] },
  { q: 'how is sleep different when manic compared to when depressed', expect: 'answer', style: 'comparison', headings: [SIGNS], evidence: ['Have trouble sleeping or feel much less', 'Sleep too little or too much'], why: 'the two columns of the flattened table sit on the same line' },
  { q: 'what causes bipolar and who is most likely to get it', expect: 'answer', style: 'two-part', headings: [RISK, WHO], evidence: ['there is no single cause and that many factors likely work together.', 'Bipolar disorder affects people of all genders, races, and ethnic groups.'] },
  { q: 'which medicines are used for it and do you need blood tests', expect: 'answer', style: 'two-part', headings: [MEDS], evidence: ['most common types are mood stabilizers, such as lithium, and some', 'blood tests to check that the level in the blood is right.'] },
  { q: 'what is meaning of mixed features in bipolar please', expect: 'answer', style: 'non-native', headings: [SIGNS], evidence: ['can also have an episode with mixed features, meaning symptoms of', 'mania and depression at the same time.'] },
  { q: 'antidepressant alone is dangerous for bipolar person, why?', expect: 'answer', style: 'non-native', headings: [MEDS], evidence: ['usually together with a mood stabilizer, because an antidepressant taken', 'alone may trigger a manic episode in some people.'] },
  { q: 'which talking therapy is help for bipolar', expect: 'answer', style: 'non-native', headings: [PSY], evidence: ['Psychotherapy, sometimes called talk therapy, can be an effective part of', 'behavioral therapy, psychoeducation, family-focused therapy, and', 'interpersonal and social rhythm therapy, which helps people keep a steady'] },
  { q: "I'm 24 and for the last few years I've had weeks where I barely sleep, start a dozen projects and spend way too much money, and then I crash and can't get out of bed for weeks. My GP treated me for depression but the antidepressants made me feel wired. Could this be bipolar, and how would someone figure that out?", expect: 'answer', style: 'long-personal', headings: [DIAG], evidence: ['disorder is sometimes mistaken for depression. A careful history of mood', 'A diagnosis is based on the symptoms, their severity, and how long'] },
  { q: "I was diagnosed with bipolar I two years ago and I've been stable on lithium since. My partner and I are thinking about trying for a baby next year and I'm scared about what that means for my medication. What should I do?", expect: 'answer', style: 'long-personal', headings: [F_PREG, FAQ], evidence: ['Some medicines for bipolar disorder can harm an unborn baby.', 'pregnant or planning to become pregnant, talk with your provider before'] },
  { q: "Last time I got sick I didn't notice it coming until I'd gone three nights without sleep and my family had to take me to the hospital. I'm well again now and I really want to catch it earlier next time. Is there anything I can do?", expect: 'answer', style: 'long-personal', headings: [LIVING], evidence: ['Learn your early warning signs, such as sleeping less or racing', 'Track your moods, sleep, and activities in a journal or app', 'Work with your provider and your loved ones to make'] },
  // out of scope: same domain, not covered
  { q: 'how much does lithium cost without insurance', expect: 'fallback', style: 'out-of-scope', why: 'lithium is named, its price is not' },
  { q: 'does medicare cover ECT', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is lamotrigine better than lithium for bipolar depression', expect: 'fallback', style: 'out-of-scope', why: 'lamotrigine is never named' },
  { q: 'can ketamine infusions help bipolar depression', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is DBT a good therapy for bipolar', expect: 'fallback', style: 'out-of-scope', why: 'dialectical behavior therapy is never named' },
  { q: 'what percentage of americans have bipolar disorder', expect: 'fallback', style: 'out-of-scope', why: 'no prevalence figures' },
  // out of scope: off-domain
  { q: 'how cold does it get at the north pole', expect: 'fallback', style: 'out-of-scope', why: '"polar" lookalike' },
  { q: 'whats a good recipe for banana bread 🍌😋', expect: 'fallback', style: 'emoji-filler' },
  { q: 'how do i reset my wifi router', expect: 'fallback', style: 'out-of-scope' },
  { q: 'who won the world series last year', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you help me write a cover leter for a nursing job', expect: 'fallback', style: 'typo' },
  { q: 'what is the capital of australia', expect: 'fallback', style: 'out-of-scope' },
];
