import type { ArticleCase } from '../types.ts';

const INTRO = 'Perinatal Depression';
const WHAT = 'What is perinatal depression?';
const BLUES = 'Baby blues or postpartum depression?';
const SYMPT = 'What are the signs and symptoms of perinatal depression?';
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
const F_LATE = 'Can postpartum depression start months after birth?';
const F_AGAIN = 'Will I get it again if I have another baby?';
const F_ANX = 'Is perinatal anxiety the same thing?';

/** Blind test half for the government-style HTML page "Perinatal Depression": written before the dev half, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what is perinatal depression', expect: 'answer', style: 'plain', headings: [WHAT, INTRO], evidence: ['depression that begins during pregnancy (prenatal depression) or after', 'a mood disorder that can affect women during pregnancy'] },
  { q: 'what are the symptoms of postpartum depression', expect: 'answer', style: 'plain', headings: [SYMPT], evidence: ['Loss of interest or pleasure in hobbies and activities', 'Trouble bonding or forming an emotional attachment with the new baby', 'Feelings of guilt, worthlessness, or hopelessness'] },
  { q: 'what tests do doctors use to check for depression after having a baby', expect: 'answer', style: 'plain', headings: [DIAG], evidence: ['Edinburgh Postnatal Depression Scale, a list of 10 questions', 'There is no blood test or scan for perinatal depression.'] },
  { q: 'why do hormones after giving birth mess with your head', expect: 'answer', style: 'paraphrase', headings: [CAUSES], evidence: ['levels of the hormones estrogen and progesterone drop quickly', 'These sudden changes may affect the brain chemicals that regulate mood.'] },
  { q: 'does being down while expecting hurt the unborn child', expect: 'answer', style: 'paraphrase', headings: [F_BABY, FAQ], evidence: ['it is linked with preterm birth and low birth weight'] },
  { q: 'things i can do at home to feel a bit better after having a baby', expect: 'answer', style: 'paraphrase', headings: [SELF], evidence: ['Eat regular meals and drink plenty of water', 'Take a short walk or get outside for a few minutes', 'small daily steps can help you feel better'] },
  { q: 'will i ever feel like myself again, how long does this go on for', expect: 'answer', style: 'paraphrase', headings: [F_LONG, FAQ], evidence: ['many people start to feel better within a few weeks', 'postpartum depression can last for many months or longer'] },
  { q: 'ppd causes', expect: 'answer', style: 'short', headings: [CAUSES], evidence: ['combination of genetic, hormonal, psychological, and social factors'] },
  { q: 'baby blues', expect: 'answer', style: 'short', headings: [BLUES], evidence: ['Up to 80 percent of new mothers have the baby blues.', 'usually begin two to three days after delivery'] },
  { q: 'how common is it', before: ['what is postpartum psychosis'], expect: 'answer', style: 'short', headings: [PSY], evidence: ['affects about 1 to 2 of every 1,000 women'] },
  { q: 'how is postpartum depresion diagnosed', expect: 'answer', style: 'typo', headings: [DIAG], evidence: ['A health care provider diagnoses it by asking about your symptoms'] },
  { q: 'postpartum psycosis signs', expect: 'answer', style: 'typo', headings: [PSY], evidence: ['seeing or hearing things that are not there, strong beliefs', 'extreme confusion, rapid mood swings, and being unable to sleep'] },
  { q: 'wat r the risk factrs 4 gettin ppd', expect: 'answer', style: 'phonetic', headings: [RISK], evidence: ['A personal or family history of depression, anxiety, or bipolar disorder', 'Had perinatal depression with an earlier pregnancy'] },
  { q: 'wen shud i call a doc about the baby blues', expect: 'answer', style: 'phonetic', headings: [BLUES], evidence: ['If your baby blues have not gone away after two weeks'] },
  { q: 'sooo tired all the time 😩😩 is that ppd or just the newborn thing lol', expect: 'answer', style: 'emoji-filler', headings: [WHAT, SYMPT], evidence: ['Perinatal depression is more than feeling tired or overwhelmed.', 'Fatigue or low energy, even when someone else is caring'] },
  { q: '🤱 hi!! um is talk therapy actually helpful for postnatal depression?', expect: 'answer', style: 'emoji-filler', headings: [THERAPY, TREAT], evidence: ['often the first treatment for mild to moderate perinatal depression', 'Two types have strong evidence.'] },
  { q: 'my wife cries all day and barely wants to hold our 3 week old, how can I help her', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['Encourage her to talk with her health care provider, and offer', 'Help with practical tasks, such as cooking, cleaning, shopping'] },
  { q: 'my daughter had her baby 5 days ago and now she is confused, saying strange things and hasnt slept at all. what is happening to her', expect: 'answer', style: 'caregiver', headings: [PSY], evidence: ['Postpartum psychosis is a medical emergency.', 'extreme confusion, rapid mood swings, and being unable to sleep', 'often within the first two weeks after delivery'] },
  { q: 'what signs should i look out for in him', before: ['can dads get postpartum depression too'], expect: 'answer', style: 'caregiver', headings: [FATHERS], evidence: ['a partner may show irritability, anger, withdrawal, or longer hours'] },
  { q: 'can men get postpartum depression', expect: 'answer', style: 'yes-no', headings: [FATHERS], evidence: ['About 1 in 10 new fathers experience depression'] },
  { q: 'is it possible to be depressed while still pregnant', expect: 'answer', style: 'yes-no', headings: [WHAT], evidence: ['Perinatal depression is depression that begins during pregnancy'] },
  { q: 'can antidepressants get into breast milk', expect: 'answer', style: 'yes-no', headings: [MEDS], evidence: ['Small amounts of antidepressant medicine can pass into breast milk'] },
  { q: 'difference between baby blues and postpartum depression', expect: 'answer', style: 'comparison', headings: [BLUES], evidence: ['Postpartum depression is more severe, lasts longer, and needs treatment.', 'go away on their own within two weeks'] },
  { q: 'CBT vs IPT for postpartum depression', expect: 'answer', style: 'comparison', headings: [THERAPY], evidence: ['Interpersonal therapy (IPT) focuses on relationships and on adjusting', 'Cognitive behavioral therapy (CBT) helps you notice and change unhelpful'] },
  { q: 'are perinatal anxiety and depression the same or different', expect: 'answer', style: 'comparison', headings: [F_ANX, FAQ], evidence: ['No, but the two often occur together.'] },
  { q: 'what is brexanolone and when was it approved', expect: 'answer', style: 'two-part', headings: [MEDS], evidence: ['approved brexanolone, the first medicine made specifically for postpartum depression'] },
  { q: 'how common is postpartum depression and who is most at risk', expect: 'answer', style: 'two-part', headings: [WHAT, RISK, BLUES], evidence: ['about 1 in 7 women experience it', 'Little support from a partner, family, or friends'] },
  { q: 'after birth the thyroid can make me sad? is true?', expect: 'answer', style: 'non-native', headings: [CAUSES, DIAG], evidence: ['Thyroid hormone levels can also fall after birth', 'because thyroid problems can cause similar symptoms'] },
  { q: 'how many time it take for the antidepressant medicine to work', before: ['which medicines treat depression after the baby'], expect: 'answer', style: 'non-native', headings: [MEDS], evidence: ['It may take 6 to 8 weeks for an antidepressant'] },
  { q: 'My son is 7 months old. I was fine at first but since I stopped nursing last month I feel flat, I snap at everyone and I cant enjoy anything. Everyone says PPD happens right after birth so this cant be it, right?', expect: 'answer', style: 'long-personal', headings: [F_LATE, FAQ], evidence: ['can begin at any time in the first year after birth', 'first notice symptoms when they stop breastfeeding'] },
  { q: 'I had really bad depression after my first baby and now I am 10 weeks pregnant with my second. I am so scared it is going to happen all over again. Will it?', expect: 'answer', style: 'long-personal', headings: [F_AGAIN, FAQ, RISK], evidence: ['raises your chance of having it again with a later pregnancy', 'but it does not mean you will'] },
  { q: 'i feel like a terrible mom. i love her but i dont feel the bond everyone talks about and i am too embarrassed to tell my midwife because they will judge me', expect: 'answer', style: 'long-personal', headings: [DIAG, WHAT], evidence: ['Providers ask these questions to help you, not to judge your parenting.', 'It does not mean you are a bad mother'] },
  // out of scope: same domain, not covered
  { q: 'how much does zulresso cost', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does medicaid cover therapy after having a baby', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is acupuncture good for postpartum depression', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can postpartum hormones make your hair fall out', expect: 'fallback', style: 'out-of-scope' },
  { q: 'find a perinatal psychiatrist near me in columbus ohio', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does eating your placenta prevent ppd', expect: 'fallback', style: 'yes-no' },
  // out of scope: off-domain
  { q: 'what is the best car seat for a newborn', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i renew my passport', expect: 'fallback', style: 'out-of-scope' },
  { q: 'recipe for lactation cookies', expect: 'fallback', style: 'out-of-scope' },
  { q: 'who won the world cup in 2022', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i reset my wifi routr', expect: 'fallback', style: 'typo' },
  { q: 'whats the weather in seattle this weekend 🌧️', expect: 'fallback', style: 'emoji-filler' },
];
