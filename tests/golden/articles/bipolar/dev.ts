import type { ArticleCase } from '../types.ts';

const TITLE = 'Bipolar Disorder';
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
const F_KIDS = 'Can children have bipolar disorder?';
const F_WORK = 'Can a person with bipolar disorder work and have a family?';
const INFO = 'Where can I find more information?';
const REPRINTS = 'Reprints';

/** Dev half for the PDF-copied NIMH-style brochure "Bipolar Disorder" (plain text): free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'what are the signs of a depressive episode', expect: 'answer', style: 'plain', headings: [SIGNS], evidence: ['Feel very sad, down, empty, worried, or', 'Have very little energy and be less active'], why: 'right column of the flattened two-column table' },
  { q: 'what was bipolar disorder called in the past', expect: 'answer', style: 'plain', headings: [TITLE], evidence: ['Bipolar disorder (formerly called manic-depressive illness or manic'], why: 'the intro under the title line' },
  { q: 'is there a helpline that can help me find treatment', expect: 'answer', style: 'plain', headings: [INFO], evidence: ['or call the SAMHSA National Helpline at 1-800-662-4357 (1-800-662-HELP).', 'For help finding treatment services near you, visit FindTreatment.gov'] },
  { q: 'why might the person themselves not realise anything is off when they are up', expect: 'answer', style: 'paraphrase', headings: [HYPO], evidence: ['may not feel that anything is wrong, but family and friends'] },
  { q: 'should my doctor know about the vitamins and natural stuff i take', expect: 'answer', style: 'paraphrase', headings: [OTHER], evidence: ['Always tell your provider about any supplements or herbal products you'] },
  { q: 'what else tends to show up alongside it, like anxiety or adhd', expect: 'answer', style: 'paraphrase', headings: [DIAG], evidence: ['Bipolar disorder often occurs together with other conditions, including', 'anxiety disorders, attention-deficit/hyperactivity disorder (ADHD), and'] },
  { q: 'what are delusions', before: ['can bipolar cause psychosis'], expect: 'answer', style: 'short', headings: [HYPO], evidence: ['seeing or hearing things that are not there, or delusions, which are'], why: 'follow-up; the sentence ends on the next line ("strong false beliefs.")' },
  { q: 'social rhythm therapy', expect: 'answer', style: 'short', headings: [PSY], evidence: ['interpersonal and social rhythm therapy, which helps people keep a steady'] },
  { q: 'support groups', expect: 'answer', style: 'short', headings: [LIVING, HELP], evidence: ['Lean on trusted family and friends, or join a support group', 'own health, and consider joining a support group for family members.'] },
  { q: 'can teh thyroid cause mood problms', expect: 'answer', style: 'typo', headings: [DIAG], evidence: ['Some thyroid conditions can also cause mood'], why: 'the sentence is hyphenated across a line break ("symp-/toms")' },
  { q: 'shoud i keep taking my meds when i feel fine', expect: 'answer', style: 'typo', headings: [LIVING, TREAT, MEDS], evidence: ['Take your medications as prescribed, even when you feel well', 'long-term illness, so treatment is ongoing, even during periods when a', 'provider first, even if you feel better.'] },
  { q: 'how long dose the manic episod have to last', before: ['what is bipolar 1'], expect: 'answer', style: 'typo', headings: [TYPES], evidence: ['defined by manic episodes that last at least 7 days,', 'by manic symptoms so severe that the person needs hospital care'], why: 'follow-up' },
  { q: 'wut iz a mood epasode', expect: 'answer', style: 'phonetic', headings: [WHAT], evidence: ['These distinct periods are called mood episodes.', 'Extremely "up," elated, or irritable periods are called manic episodes.'] },
  { q: 'kan old peepul get bipoler', expect: 'answer', style: 'phonetic', headings: [WHO], evidence: ['symptoms can appear in children and in older adults.'] },
  { q: 'lol 🤔 why does it take sooo long to get diagnosed with bipolar??', expect: 'answer', style: 'emoji-filler', headings: [WHO, DIAG], evidence: ['symptoms for years before they receive a correct diagnosis.', 'more likely to seek help when they are'] },
  { q: 'heyy 👋 can i print copies of this for my support group?? 📄', expect: 'answer', style: 'emoji-filler', headings: [REPRINTS], evidence: ['publication is in the public domain and may be reproduced or copied'], why: 'the Reprints boilerplate answers it' },
  { q: 'caring for my son with bipolar is exhausting me, what about my own needs', expect: 'answer', style: 'caregiver', headings: [HELP], evidence: ['Caring for someone with bipolar disorder can be stressful. Look after your', 'own health, and consider joining a support group for family members.'] },
  { q: 'should i go with my mum to her psychiatrist appointment', expect: 'answer', style: 'caregiver', headings: [DIAG, HELP], evidence: ['family member or close friend to the appointment who can describe changes', 'Help them make and keep appointments with their health care provider.'] },
  { q: 'he seems to be getting high again, should i say something', before: ['how can I help my husband with bipolar'], expect: 'answer', style: 'caregiver', headings: [HELP], evidence: ['early warning signs of a new episode and gently point them'], why: 'follow-up' },
  { q: 'can someone with bipolar have kids and a career', expect: 'answer', style: 'yes-no', headings: [F_WORK, FAQ], evidence: ['Yes. With proper treatment, many people with bipolar disorder work, go to', 'school, raise families, and lead full, productive lives.'] },
  { q: 'can a 10 year old have bipolar', expect: 'answer', style: 'yes-no', headings: [F_KIDS, FAQ], evidence: ['Yes. Bipolar disorder can begin in childhood, although it is more often'] },
  { q: 'is drinking a lot of alcohol a risk factor', expect: 'answer', style: 'yes-no', headings: [RISK, LIVING], evidence: ['Misuse of alcohol or drugs', 'Avoid alcohol and recreational drugs'] },
  { q: 'manic vs depressive energy levels', expect: 'answer', style: 'comparison', headings: [SIGNS], evidence: ['Have a lot of energy and be more active', 'Have very little energy and be less active'] },
  { q: 'difference between cyclothymia and bipolar II', expect: 'answer', style: 'comparison', headings: [TYPES], evidence: ['hypomanic and depressive symptoms that are not intense enough or do not', 'Bipolar II disorder is defined by a pattern of depressive episodes and'] },
  { q: 'how does talking and thinking change when manic compared with depressed', expect: 'answer', style: 'comparison', headings: [SIGNS], evidence: ['Talk very fast about many different', 'Talk very slowly, or feel they have nothing', 'Have trouble concentrating or making'] },
  { q: 'what does psychotherapy do and can my family be part of it', expect: 'answer', style: 'two-part', headings: [PSY], evidence: ['It helps people with bipolar disorder and their families', 'behavioral therapy, psychoeducation, family-focused therapy, and'], why: 'the first sentence starts after a page header ("...part of" / header / "treatment.")' },
  { q: 'is the crisis line free and when should i call 911 instead', expect: 'answer', style: 'two-part', headings: [URGENT], evidence: ['Lifeline is free, confidential, and open 24 hours a day.', 'the 988 Suicide and Crisis Lifeline at 988 or chat'] },
  { q: 'the medicine not work quick, is normal?', before: ['what medications treat bipolar'], expect: 'answer', style: 'non-native', headings: [MEDS], evidence: ['It may take time to find the medication that works best'], why: 'follow-up' },
  { q: 'big stress or trauma can make bipolar come?', expect: 'answer', style: 'non-native', headings: [RISK], evidence: ['Very stressful or traumatic life events'] },
  { q: 'when ECT is use for bipolar patient', expect: 'answer', style: 'non-native', headings: [OTHER], evidence: ['help when other treatments have not worked, or when symptoms are severe'] },
  { q: "My sister has been up for days, hardly sleeping, talking nonstop about starting three businesses, and she spent all her savings online. Today she said something about not wanting to be here anymore and I'm scared. What do I do right now?", expect: 'answer', style: 'long-personal', headings: [URGENT, HELP], evidence: ['Warning signs that need urgent attention include talking about wanting to', 'the 988 Suicide and Crisis Lifeline at 988 or chat', 'Never ignore comments about suicide. Call or text 988 if you are'] },
  { q: "I've had bipolar II for about ten years. Most of the time I'm okay, but every few months I get a few weeks where I feel amazing and super productive and everyone says I seem fine. My therapist says I should still be careful during those times. Why, if I feel good?", expect: 'answer', style: 'long-personal', headings: [HYPO], evidence: ['Without proper treatment, people with', 'hypomania can develop severe mania or depression.'] },
  // out of scope: same domain, not covered
  { q: 'how much does a psychiatrist visit cost', expect: 'fallback', style: 'out-of-scope' },
  { q: 'will blue cross pay for my bipolar meds', expect: 'fallback', style: 'out-of-scope', why: 'insurance' },
  { q: 'is seroquel good for sleep with bipolar', expect: 'fallback', style: 'out-of-scope', why: 'quetiapine is never named' },
  { q: 'does TMS work for bipolar depression', expect: 'fallback', style: 'out-of-scope', why: 'only ECT is named among brain stimulation' },
  { q: 'can i get disability benefits for bipolar', expect: 'fallback', style: 'out-of-scope' },
  { q: 'was van gogh bipolar', expect: 'fallback', style: 'out-of-scope' },
  // out of scope: off-domain
  { q: 'how do polar bears stay warm', expect: 'fallback', style: 'out-of-scope', why: '"polar" lookalike' },
  { q: 'whats the best way to learn spanish fast', expect: 'fallback', style: 'out-of-scope' },
  { q: 'my car makes a grinding noise when i brake', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how many tablespoons in a cup', expect: 'fallback', style: 'out-of-scope' },
  { q: 'tell me a joke 😂😂', expect: 'fallback', style: 'emoji-filler' },
  { q: 'wats the wether like in seatle tomorow', expect: 'fallback', style: 'typo' },
];
