import type { ArticleCase } from '../types.ts';

const WHAT = 'What is perinatal depression?';
const BLUES = 'Baby blues or postpartum depression?';
const SYMPT = 'What are the signs and symptoms of perinatal depression?';
const URGENT = 'When to get help right away';
const CAUSES = 'What causes perinatal depression?';
const RISK = 'Risk factors';
const PSY = 'Postpartum psychosis';
const DIAG = 'How is perinatal depression diagnosed?';
const TREAT = 'How is perinatal depression treated?';
const THERAPY = 'Psychotherapy';
const MEDS = 'Medication';
const SELF = 'How can I take care of myself?';
const FAMILY = 'How can partners, family, and friends help?';
const FATHERS = 'Can fathers and partners have perinatal depression?';
const FAQ = 'Frequently asked questions';
const F_BABY = 'Can perinatal depression affect my baby?';
const F_LONG = 'How long does postpartum depression last?';

/** Dev half for the government-style HTML page "Perinatal Depression": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'what does perinatal mean', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['refers to the time during pregnancy and the first year'] },
  { q: 'who is at risk for postpartum psychosis', expect: 'answer', style: 'plain', headings: [PSY], evidence: ['Women with bipolar disorder or a past episode of postpartum psychosis'] },
  { q: 'what is interpersonal therapy', expect: 'answer', style: 'plain', headings: [THERAPY], evidence: ['focuses on relationships and on adjusting to your new role'] },
  { q: 'what happens if postpartum depression goes untreated', expect: 'answer', style: 'plain', headings: [F_BABY, F_LONG, FAQ], evidence: ['Untreated depression can affect your health and your baby\'s health.', 'Without treatment, postpartum depression can last for many months or longer.'] },
  { q: 'why would my kid\'s pediatrician ask about my mood', expect: 'answer', style: 'paraphrase', headings: [DIAG], evidence: ['Your baby\'s pediatrician may also ask how you are feeling'] },
  { q: 'is it my fault that i feel this way after the birth', expect: 'answer', style: 'paraphrase', headings: [WHAT], evidence: ['Perinatal depression is no one\'s fault.', 'It does not mean you are a bad mother'] },
  { q: 'does losing a pregnancy before make it more likely', expect: 'answer', style: 'paraphrase', headings: [RISK], evidence: ['Had a pregnancy loss or the death of a baby'] },
  { q: 'what kind of help is there besides pills', expect: 'answer', style: 'paraphrase', headings: [THERAPY, TREAT], evidence: ['Psychotherapy, sometimes called talk therapy, is often the first treatment'] },
  { q: 'what about adoptive parents?', before: ['can partners get perinatal depression'], expect: 'answer', style: 'short', headings: [FATHERS], evidence: ['Non-birthing partners and adoptive parents can also become depressed.'] },
  { q: 'edinburgh scale', expect: 'answer', style: 'short', headings: [DIAG], evidence: ['a list of 10 questions about how you have felt'] },
  { q: 'ppd treatment', expect: 'answer', style: 'short', headings: [TREAT], evidence: ['Most people are treated with psychotherapy, medication, or a combination'] },
  { q: 'how many moms get it', before: ['what are the baby blues'], expect: 'answer', style: 'short', headings: [BLUES], evidence: ['Up to 80 percent of new mothers'] },
  { q: 'is postpartum depresion treatabel', expect: 'answer', style: 'typo', headings: [TREAT, WHAT], evidence: ['Treatment depends on how severe the symptoms are', 'With treatment, most people feel better.'] },
  { q: 'alchol and postpartum depresion', expect: 'answer', style: 'typo', headings: [SELF], evidence: ['Avoid alcohol and recreational drugs, which can make depression worse'] },
  { q: 'wot iz the new pill 4 ppd', expect: 'answer', style: 'phonetic', headings: [MEDS], evidence: ['the FDA approved zuranolone, a pill taken once a day'] },
  { q: 'y do i feel so anxius all the tym since the baby came', expect: 'answer', style: 'phonetic', headings: [SYMPT], evidence: ['Anxiety is common in perinatal depression.', 'constant worry about the baby\'s health, or panic attacks'] },
  { q: 'ok so umm 🙈 can u get ppd even if u never had depression b4??', expect: 'answer', style: 'emoji-filler', headings: [RISK], evidence: ['including people who have never been depressed before'] },
  { q: 'lol my baby is 2 wks and i cry at commercials 😂😭 normal?', expect: 'answer', style: 'emoji-filler', headings: [BLUES], evidence: ['Weepiness, mood swings, irritability, and feeling overwhelmed', 'Many new mothers have mild mood changes in the days after'] },
  { q: 'my sister refuses to see a doctor about her postpartum depression, what can i do', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['offer to make the call or go with her to the appointment'] },
  { q: 'my girlfriend is pregnant and seems really low, how do i bring it up with her', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['Ask how she is feeling, and listen without judging'] },
  { q: 'the doctors said my son\'s wife has postpartum psychosis. is it ok to leave her alone with the baby while he is at work?', expect: 'answer', style: 'caregiver', headings: [FAMILY, PSY], evidence: ['do not leave her alone with the baby, and call 911'] },
  { q: 'does a hard birth make postpartum depression more likely', expect: 'answer', style: 'yes-no', headings: [RISK], evidence: ['Complications in pregnancy or delivery, or a baby born early'] },
  { q: 'can i do therapy online', expect: 'answer', style: 'yes-no', headings: [THERAPY], evidence: ['Therapy can take place in person, by video, or in a group'] },
  { q: 'does lack of sleep cause postpartum depression', expect: 'answer', style: 'yes-no', headings: [CAUSES], evidence: ['Lack of sleep, physical recovery from delivery, and the demands'] },
  { q: 'postpartum psychosis vs postpartum depression, which is more serious', expect: 'answer', style: 'comparison', headings: [PSY], evidence: ['Postpartum psychosis is a rare but serious mental illness', 'Postpartum psychosis is a medical emergency.'] },
  { q: 'zuranolone or brexanolone, whats the difference', expect: 'answer', style: 'comparison', headings: [MEDS], evidence: ['given as a continuous intravenous (IV) infusion over 60 hours', 'a pill taken once a day for 14 days'] },
  { q: 'what is the maternal mental health hotline and is it open at night', expect: 'answer', style: 'two-part', headings: [URGENT], evidence: ['available 24 hours a day, 7 days a week', 'National Maternal Mental Health Hotline at 1-833-TLC-MAMA'] },
  { q: 'can it come back if i quit therapy, and how long should i keep going', expect: 'answer', style: 'two-part', headings: [F_LONG, FAQ], evidence: ['Keep going to appointments even after you feel better'] },
  { q: 'which things make more the risk, like money problem?', expect: 'answer', style: 'non-native', headings: [RISK], evidence: ['Money problems or an unplanned pregnancy'] },
  { q: 'what can do the family for help the new mother, in my country the grandmother help', expect: 'answer', style: 'non-native', headings: [FAMILY], evidence: ['Watch the baby for a few hours so she can sleep', 'Help with practical tasks, such as cooking, cleaning, shopping'] },
  { q: 'My baby was born at 30 weeks and spent a month in the NICU. She is home now and doing well, but I still cant stop worrying, I cant sleep even when she sleeps and I feel numb. Could this be depression?', expect: 'answer', style: 'long-personal', headings: [SYMPT, RISK], evidence: ['Trouble sleeping when the baby sleeps, or sleeping too much', 'a baby born early or with health problems'] },
  { q: 'I am 6 months pregnant and have felt empty and hopeless for about a month. I thought depression only came after the baby. My OB has never asked about my mood, should she have?', expect: 'answer', style: 'long-personal', headings: [DIAG, WHAT], evidence: ['Screening is recommended during pregnancy and after birth.', 'Your provider may screen you at prenatal visits'] },
  // out of scope: same domain, not covered
  { q: 'how much paid maternity leave do i get in california', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does insurance pay for a postpartum doula', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can yoga cure postpartum depression', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which vitamins help your mood after giving birth', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is there a ppd support group in austin texas', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does fish oil help with depression in pregnancy', expect: 'fallback', style: 'yes-no' },
  // out of scope: off-domain
  { q: 'how much formula should a 2 month old drink', expect: 'fallback', style: 'out-of-scope' },
  { q: 'best jogging stroller under 300 dollars', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i file my taxes online', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what time does target close tonight', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the capital of australia', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how to fix a leeky faucet 🔧', expect: 'fallback', style: 'typo' },
];
