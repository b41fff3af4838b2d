import type { ArticleCase } from '../types.ts';
/** Dev half for the NIMH bipolar disorder brochure (plain text from a PDF), second wording set: blind (written without reading the engine). */
export const dev: ArticleCase[] = [
  // plain
  { q: 'What other conditions commonly go along with bipolar?', expect: 'answer', style: 'plain', headings: ['How is bipolar disorder diagnosed?'], evidence: ['Bipolar disorder often occurs together with other conditions, including', 'anxiety disorders, attention-deficit/hyperactivity disorder (ADHD), and'] },
  { q: 'What does a typical treatment plan for bipolar include?', expect: 'answer', style: 'plain', headings: ['TREATMENTS AND THERAPIES'], evidence: ['An effective treatment plan usually includes a combination of medication and psychotherapy.'] },
  { q: 'What was bipolar disorder called before?', expect: 'answer', style: 'plain', headings: ['Bipolar Disorder'], evidence: ['formerly called manic-depressive illness or manic'] },
  // paraphrase
  { q: 'when things settle down in between, how long can that calm stretch go on?', expect: 'answer', style: 'paraphrase', headings: ['What is bipolar disorder?'], evidence: ['periods of stable mood that can last for weeks, months, or'] },
  { q: 'is there one thing that sets it off or is it a mix of stuff?', expect: 'answer', style: 'paraphrase', headings: ['Risk Factors'], evidence: ['there is no single cause and that many factors likely work together'] },
  { q: "how long before I start noticing I'm getting better?", expect: 'answer', style: 'paraphrase', headings: ['Living With Bipolar Disorder'], evidence: ['Be patient: improvement takes time'] },
  // short
  { q: 'other specified bipolar', expect: 'answer', style: 'short', headings: ['TYPES OF BIPOLAR DISORDER'], evidence: ['symptoms of bipolar disorder that do not match'] },
  { q: 'mood episodes?', expect: 'answer', style: 'short', headings: ['What is bipolar disorder?'], evidence: ['These distinct periods are called mood episodes.', 'Mood episodes are very different from the moods and behaviors'] },
  { q: 'herbal supplements ok?', expect: 'answer', style: 'short', before: ["i'm on lithium for my bipolar"], headings: ['Other Treatment Options'], evidence: ['Always tell your provider about any supplements or herbal products you'] },
  // typo
  { q: 'does excercise acutally help with bipolar depresion', expect: 'answer', style: 'typo', headings: ['Other Treatment Options'], evidence: ['find that regular aerobic exercise helps with depression and anxiety'] },
  { q: 'what are the sings of a depresive episode', expect: 'answer', style: 'typo', headings: ['Signs and Symptoms'], evidence: ['Have very little energy and be less active', 'Talk very slowly, or feel they have nothing'] },
  { q: 'whats suposed to go in a relapse plan', expect: 'answer', style: 'typo', headings: ['Living With Bipolar Disorder'], evidence: ['The plan can list your warning signs, your medicines'] },
  // phonetic
  { q: 'cud my fyroid be causin the mood stuff', expect: 'answer', style: 'phonetic', headings: ['How is bipolar disorder diagnosed?'], evidence: ['Some thyroid conditions can also cause mood'] },
  { q: 'how do i find sumwhere 4 treatment near me', expect: 'answer', style: 'phonetic', headings: ['Where can I find more information?'], evidence: ['For help finding treatment services near you, visit FindTreatment.gov', 'call the SAMHSA National Helpline at 1-800-662-4357'] },
  { q: 'iz bipolar sumfin u hav 4 life', expect: 'answer', style: 'phonetic', headings: ['What is bipolar disorder?'], evidence: ['Bipolar disorder is a lifelong condition, but it can be managed.'] },
  // emoji-filler
  { q: 'sooo my doc says finding the right meds takes ages 😩 is that normal??', expect: 'answer', style: 'emoji-filler', headings: ['Medications'], evidence: ['It may take time to find the medication that works best'] },
  { q: 'okay random but can hypomania turn into something worse?? 😬', expect: 'answer', style: 'emoji-filler', headings: ['What is hypomania?'], evidence: ['Without proper treatment, people with hypomania can develop severe mania'] },
  { q: 'ngl feeling v alone with my diagnosis 😔 do people actually join groups for this lol', expect: 'answer', style: 'emoji-filler', headings: ['Living With Bipolar Disorder'], evidence: ['Lean on trusted family and friends, or join a support group'] },
  // caregiver
  { q: "my girlfriend has bipolar and she said something about not wanting to be here anymore, what do i do?", expect: 'answer', style: 'caregiver', headings: ['HOW CAN I HELP A FAMILY MEMBER OR FRIEND?', 'When to Get Help Right Away'], evidence: ['Never ignore comments about suicide.', 'Call or text 988 if you are worried about their safety.'] },
  { q: 'he keeps missing his psychiatrist appointments, is it ok for me to step in?', expect: 'answer', style: 'caregiver', before: ['my dad was diagnosed with bipolar last month'], headings: ['HOW CAN I HELP A FAMILY MEMBER OR FRIEND?'], evidence: ['Help them make and keep appointments with their health care provider.'] },
  { q: 'I think my wife is heading into another high, should I say something to her?', expect: 'answer', style: 'caregiver', headings: ['HOW CAN I HELP A FAMILY MEMBER OR FRIEND?'], evidence: ['Watch for early warning signs of a new episode and gently point'] },
  // yes-no
  { q: 'Can drinking or taking drugs make bipolar more likely?', expect: 'answer', style: 'yes-no', headings: ['Risk Factors'], evidence: ['Misuse of alcohol or drugs'] },
  { q: 'Is bipolar anything to do with how the brain is built?', expect: 'answer', style: 'yes-no', headings: ['Risk Factors'], evidence: ['Differences in brain structure and function'] },
  // comparison
  { q: "and how is the sleep different from when someone's depressed?", expect: 'answer', style: 'comparison', before: ['what are the signs of a manic episode?'], headings: ['Signs and Symptoms'], evidence: ['Have trouble sleeping or feel much less', 'Sleep too little or too much'] },
  { q: "hallucinations vs delusions, what's the difference?", expect: 'answer', style: 'comparison', headings: ['What is hypomania?'], evidence: ['delusions, which are strong false beliefs', 'hallucinations, which means seeing or hearing things that are not there'] },
  // two-part
  { q: 'when should I call 911 instead of 988, and does 988 cost anything?', expect: 'answer', style: 'two-part', headings: ['When to Get Help Right Away'], evidence: ['In a life-threatening situation, call 911.', 'The Lifeline is free, confidential, and open 24 hours a day.'] },
  { q: 'Can I print copies of this brochure for my support group, and do I need to ask permission?', expect: 'answer', style: 'two-part', headings: ['Reprints'], evidence: ['This publication is in the public domain and may be reproduced', 'may be reproduced or copied without permission from NIMH'] },
  // non-native
  { q: 'My mother has bipolar. What I should do first for understand her better?', expect: 'answer', style: 'non-native', headings: ['HOW CAN I HELP A FAMILY MEMBER OR FRIEND?'], evidence: ['Learn about bipolar disorder so you understand what your loved one is'] },
  { q: 'Doctor say me now I have bipolar, but before I go to doctor only when I am sad. Why nobody see it before?', expect: 'answer', style: 'non-native', headings: ['How is bipolar disorder diagnosed?'], evidence: ['more likely to seek help when they are depressed than when'] },
  // long-personal
  { q: "My partner was diagnosed last year and we keep arguing about it. I don't really understand what's going on for her and she feels like I'm not trying. Is there any kind of therapy we could do together as a family?", expect: 'answer', style: 'long-personal', headings: ['Psychotherapy'], evidence: ['bipolar disorder and their families recognize and manage symptoms'] },
  { q: "Last summer I had what I now know was a manic episode. I maxed out two credit cards, drove way too fast and barely slept for a week. Looking back it really scares me. At what point should the people around me have got urgent help?", expect: 'answer', style: 'long-personal', headings: ['When to Get Help Right Away'], evidence: ['very risky behavior during a manic episode'] },
  { q: "My grandad is 72 and has always been a steady, quiet man. In the last few months he's been up at all hours starting big projects and snapping at everyone, then going flat for weeks. We all assumed bipolar was a young person's thing. Can it start this late?", expect: 'answer', style: 'long-personal', headings: ['WHO GETS BIPOLAR DISORDER?'], evidence: ['symptoms can appear in children and in older adults'] },

  // out of scope
  { q: 'can I get disability benefits for bipolar?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can my employer fire me for having bipolar?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does it cost to see a psychiatrist?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is bipolar linked to being creative?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does bipolar get worse as you get older?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what should I do if I miss a dose of lamotrigine?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is there an online quiz to check if I have bipolar?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can lithium damage your kidneys?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long do people usually stay in a psychiatric hospital?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is bipolar the same thing as schizophrenia?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I take my bipolar meds on a plane when I travel abroad?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is it safe to drive while taking lithium?', expect: 'fallback', style: 'out-of-scope' },
];
