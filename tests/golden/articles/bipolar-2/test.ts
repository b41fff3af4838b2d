import type { ArticleCase } from '../types.ts';
/** Test half for the NIMH bipolar disorder brochure (plain text from a PDF), second wording set: blind, never tuned on. */
export const test: ArticleCase[] = [
  // plain
  { q: 'How do doctors diagnose bipolar disorder?', expect: 'answer', style: 'plain', headings: ['How is bipolar disorder diagnosed?'], evidence: ['a health care provider may do a physical', 'A diagnosis is based on the symptoms, their severity'] },
  { q: 'What medications are used to treat bipolar?', expect: 'answer', style: 'plain', headings: ['Medications'], evidence: ['The most common types are mood stabilizers, such as lithium', 'Certain medications can help control the symptoms of bipolar disorder.'] },
  { q: 'What does psychosis look like in bipolar disorder?', expect: 'answer', style: 'plain', headings: ['What is hypomania?'], evidence: ['Some people with bipolar disorder also have psychosis during severe manic', 'seeing or hearing things that are not there'] },
  // paraphrase
  { q: 'why do so many people struggle on for ages before anyone puts the right name to it?', expect: 'answer', style: 'paraphrase', headings: ['WHO GETS BIPOLAR DISORDER?'], evidence: ['Many people have symptoms for years before they receive'] },
  { q: 'can going through something really awful raise the odds of getting it?', expect: 'answer', style: 'paraphrase', headings: ['Risk Factors'], evidence: ['Very stressful or traumatic life events'] },
  { q: 'what habits help keep me on an even keel between the highs and lows?', expect: 'answer', style: 'paraphrase', headings: ['Living With Bipolar Disorder'], evidence: ['Keep a regular routine for sleeping, eating, and exercise', 'Track your moods, sleep, and activities in a journal'] },
  // short
  { q: 'hypomania?', expect: 'answer', style: 'short', headings: ['What is hypomania?'], evidence: ['Hypomania is a milder form of mania.'] },
  { q: 'cyclothymia', expect: 'answer', style: 'short', headings: ['TYPES OF BIPOLAR DISORDER'], evidence: ['Cyclothymic disorder (also called cyclothymia) is defined by recurring'] },
  { q: 'blood tests for it?', expect: 'answer', style: 'short', before: ['is lithium one of the usual meds for bipolar?'], headings: ['Medications'], evidence: ['People taking lithium need regular blood tests to check'] },
  // typo
  { q: 'whats the sympotms of a manic epsiode', expect: 'answer', style: 'typo', headings: ['Signs and Symptoms'], evidence: ['Have a lot of energy and be more active', 'Do risky things, such as spending a lot'] },
  { q: 'can i stop takin my meds once i feel beter', expect: 'answer', style: 'typo', headings: ['Medications', 'Living With Bipolar Disorder'], evidence: ['Do not stop taking a medication without talking to your', 'Take your medications as prescribed, even when you feel well'] },
  { q: 'wat if the meds and therapy dont work, is there anythign else they can try?', expect: 'answer', style: 'typo', before: ['what treatments are there for bipolar'], headings: ['Other Treatment Options'], evidence: ['brain stimulation procedure that may help when other treatments have not worked'] },
  // phonetic
  { q: 'wot kind of therapy cud help wiv bipolar', expect: 'answer', style: 'phonetic', headings: ['Psychotherapy'], evidence: ['interpersonal and social rhythm therapy, which helps people keep a steady', 'It helps people with bipolar disorder and their families'] },
  { q: 'do kidz get bipolar aswell or iz it just grown ups', expect: 'answer', style: 'phonetic', headings: ['Can children have bipolar disorder?', 'WHO GETS BIPOLAR DISORDER?'], evidence: ['Bipolar disorder can begin in childhood, although it is more often', 'symptoms can appear in children and in older adults'] },
  { q: 'wen shud i ring 988 for sumone', expect: 'answer', style: 'phonetic', headings: ['When to Get Help Right Away', 'HOW CAN I HELP A FAMILY MEMBER OR FRIEND?'], evidence: ['If you or someone you know is in crisis', 'Warning signs that need urgent attention include talking about wanting', 'Call or text 988 if you are worried about their safety.'] },
  // emoji-filler
  { q: 'ngl i feel amazing and super productive rn lol could that actually be hypomania 😅', expect: 'answer', style: 'emoji-filler', headings: ['What is hypomania?'], evidence: ['During a hypomanic episode, a person may feel very good', 'The person may not feel that anything is wrong'] },
  { q: "lol my mate says everyone's a bit bipolar cos we all get moody 🙄 is that true??", expect: 'answer', style: 'emoji-filler', headings: ['What is bipolar disorder?', 'Is bipolar disorder the same as having mood swings?'], evidence: ['is not the same as the normal ups and downs', 'Everyone has ups and downs. In bipolar disorder, mood episodes last'] },
  { q: 'ugh can i still have a glass of wine or two 🍷 with bipolar?? asking for me haha', expect: 'answer', style: 'emoji-filler', headings: ['Living With Bipolar Disorder'], evidence: ['Avoid alcohol and recreational drugs'] },
  // caregiver
  { q: 'my husband has bipolar, how can I actually support him?', expect: 'answer', style: 'caregiver', headings: ['HOW CAN I HELP A FAMILY MEMBER OR FRIEND?'], evidence: ['Offer emotional support, understanding, patience, and encouragement.', 'Listen without judging, and take their feelings seriously.'] },
  { q: "my son is 9 and the school thinks it's ADHD but I wonder about bipolar, how would anyone tell?", expect: 'answer', style: 'caregiver', headings: ['Can children have bipolar disorder?'], evidence: ['Symptoms in children can look like other conditions, such as ADHD', 'so a careful evaluation by a specialist is important'] },
  { q: "I'm going along to my sister's psychiatric assessment, is it actually useful for me to be there?", expect: 'answer', style: 'caregiver', headings: ['How is bipolar disorder diagnosed?'], evidence: ['bring a family member or close friend to the appointment', 'who can describe changes they have seen'] },
  // yes-no
  { q: 'is it possible to be manic and depressed at the same time?', expect: 'answer', style: 'yes-no', headings: ['Signs and Symptoms'], evidence: ['A person can also have an episode with mixed features', 'symptoms of mania and depression at the same time'] },
  { q: 'so if my dad has it will I definitely get it too?', expect: 'answer', style: 'yes-no', before: ['what causes bipolar disorder?'], headings: ['Risk Factors'], evidence: ['Most people with a family history of bipolar disorder never develop', 'Having a family member with bipolar disorder does not mean'] },
  // comparison
  { q: "what's the difference between bipolar 1 and bipolar 2?", expect: 'answer', style: 'comparison', headings: ['TYPES OF BIPOLAR DISORDER'], evidence: ['Bipolar I disorder is defined by manic episodes that last', 'The hypomanic episodes are less severe than the full'] },
  { q: 'bipolar vs depression - how does a doctor tell which one I have?', expect: 'answer', style: 'comparison', headings: ['How is bipolar disorder diagnosed?'], evidence: ['A careful history of mood changes helps the provider tell', 'disorder is sometimes mistaken for depression'] },
  // two-part
  { q: 'how long does a manic episode last, and how long do the depressive ones go on for?', expect: 'answer', style: 'two-part', headings: ['TYPES OF BIPOLAR DISORDER'], evidence: ['manic episodes that last at least 7 days', 'Depressive episodes, typically lasting at least 2 weeks'] },
  { q: 'at what age does bipolar usually show up, and who tends to get it?', expect: 'answer', style: 'two-part', headings: ['WHO GETS BIPOLAR DISORDER?'], evidence: ['It is often diagnosed during late adolescence or early adulthood', 'Bipolar disorder affects people of all genders, races, and ethnic groups.'] },
  // non-native
  { q: 'I am pregnant and my doctor give me medicine for bipolar, it is danger for the baby?', expect: 'answer', style: 'non-native', headings: ['Is it safe to take bipolar medicine during pregnancy?'], evidence: ['Some medicines for bipolar disorder can harm an unborn baby.', 'talk with your provider before making any change to your treatment'] },
  { q: 'My brother have bipolar. He can still have a job and children in future?', expect: 'answer', style: 'non-native', headings: ['Can a person with bipolar disorder work and have a family?'], evidence: ['many people with bipolar disorder work, go to school, raise families'] },
  // long-personal
  { q: "Twice in the last year I've gone through spells where I barely slept, spent loads of money I don't have and felt like I could do anything. Then I crashed for weeks. My GP has just put me on antidepressants. Is that OK on its own?", expect: 'answer', style: 'long-personal', headings: ['Medications'], evidence: ['an antidepressant taken alone may trigger a manic episode in some people', 'Antidepressants are sometimes added, usually together with a mood stabilizer'] },
  { q: "I was diagnosed with bipolar II three years ago and I've been stable for a long while. This week I've been sleeping less and my thoughts are racing a bit. My partner has noticed it too. What should I be doing so it doesn't turn into a full episode?", expect: 'answer', style: 'long-personal', headings: ['Living With Bipolar Disorder'], evidence: ['Learn your early warning signs, such as sleeping less or racing', 'make a written plan for what to do if symptoms return'] },
  { q: "My mum has bipolar and looking after her is wearing me out. I love her but I'm exhausted and I feel guilty even saying it. Is there anything out there for people like me?", expect: 'answer', style: 'long-personal', headings: ['HOW CAN I HELP A FAMILY MEMBER OR FRIEND?'], evidence: ['Caring for someone with bipolar disorder can be stressful.', 'consider joining a support group for family members'] },

  // out of scope
  { q: 'does lithium make you put on weight?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'will my health insurance cover bipolar treatment?', expect: 'fallback', style: 'out-of-scope' },
  { q: "what's the difference between bipolar and borderline personality disorder?", expect: 'fallback', style: 'out-of-scope' },
  { q: 'how many people in the US have bipolar?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which famous people have bipolar disorder?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you join the army if you have bipolar?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does bipolar shorten your life expectancy?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is ketamine used for bipolar depression?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'should I tell my boss about my bipolar diagnosis?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is it ok to breastfeed while taking lithium?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is rapid cycling bipolar?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is there a special diet for bipolar disorder?', expect: 'fallback', style: 'out-of-scope' },
];
