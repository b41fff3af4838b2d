import type { ArticleCase } from '../types.ts';

const TITLE = 'Fathers and Postnatal Depression';
const WHAT = 'What is postnatal depression in fathers?';
const BLUES = 'Baby blues or postnatal depression?';
const SIGNS = 'Signs to look out for';
const WHY = 'Why does it happen?';
const FAMILY = 'How it can affect your family';
const STORY = 'One dad talks about it';
const PARTNERS = 'How partners can help';
const HELP = 'Getting help';
const SELF = 'Looking after yourself';
const FAQ = 'Frequently asked questions';
const F_REAL = 'Can dads really get postnatal depression?';
const F_LONG = 'How long does postnatal depression last in fathers?';
const F_WORK = 'Will my employer find out if I see a doctor?';
const F_BOND = 'Is it my fault if I cannot bond with the baby?';

/** Test half for the pandoc (docx -> markdown) page "Fathers and Postnatal Depression": never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what are the signs of postnatal depression in men', expect: 'answer', style: 'plain', headings: [SIGNS], evidence: ['being irritable, short-tempered or angry over small things', 'feeling low, hopeless or numb for most of the day'] },
  { q: 'how common is postnatal depression in fathers', expect: 'answer', style: 'plain', headings: [TITLE], evidence: ['around 1 in 10 new fathers has depression in the year'] },
  { q: 'what treatments are there for dads with postnatal depression', expect: 'answer', style: 'plain', headings: [HELP], evidence: ['talking therapies such as cognitive behavioural therapy (CBT)', 'antidepressant medicine, if your depression is moderate or severe'] },
  { q: 'why would a new dad start staying late at work all the time', expect: 'answer', style: 'paraphrase', headings: [SIGNS], evidence: ['working much longer hours to avoid being at home'] },
  { q: 'does it matter for the kids if their dad is depressed', expect: 'answer', style: 'paraphrase', headings: [FAMILY], evidence: ['Research has linked depression in fathers with later behaviour and'] },
  { q: 'could a drop in male hormones after the birth be behind my low mood', expect: 'answer', style: 'paraphrase', headings: [WHY], evidence: ['Research has found that testosterone levels in some new fathers'] },
  { q: 'risk factors', expect: 'answer', style: 'short', headings: [WHY], evidence: ['a past history of depression or anxiety', 'lack of sleep over many weeks'] },
  { q: 'antidepressants for dads', expect: 'answer', style: 'short', headings: [HELP], evidence: ['antidepressant medicine, if your depression is moderate or severe'] },
  { q: 'can my boyfreind get post natal depresion', expect: 'answer', style: 'typo', headings: [F_REAL, FAQ], evidence: ['Fathers and co-parents can develop depression after a baby is born'] },
  { q: 'how to hepl my husbnd hes depresed since the baby', expect: 'answer', style: 'typo', headings: [PARTNERS], evidence: ['Pick a calm moment to say what you have noticed, without blame.', 'Encourage him to see a GP, and offer to go along'] },
  { q: 'did talkin to a counceler help other dads', expect: 'answer', style: 'typo', headings: [STORY], evidence: ['Talking to a counsellor was the best thing'] },
  { q: 'wil my boss no if i go 2 the docter', expect: 'answer', style: 'phonetic', headings: [F_WORK, FAQ], evidence: ['Your appointment is confidential, and your doctor will not contact'] },
  { q: 'y do blokes find it so hard 2 say how they feel', expect: 'answer', style: 'phonetic', headings: [WHY], evidence: ['pressure can stop them from saying how they really feel.'], why: 'the custom-style "Quote" fenced div' },
  { q: 'ugh 😩 baby is 4 months and i feel nothing but angry lol... normal?? 🤷', expect: 'answer', style: 'emoji-filler', headings: [SIGNS, WHAT], evidence: ['Depression in men does not always look like sadness.', 'with a peak when the baby'] },
  { q: 'hiya 👋 any self care tips for a knackered new dad 😴☕', expect: 'answer', style: 'emoji-filler', headings: [SELF], evidence: ['Sleep when you can, and take turns with night feeds.', 'Get outside for a walk every day, with or without the baby.'] },
  { q: 'my partner has gone really distant since our son was born and drinks every night, what can i do', expect: 'answer', style: 'caregiver', headings: [PARTNERS, SIGNS], evidence: ['Listen to him and let him talk without trying to fix everything.', 'drinking more alcohol or using drugs to cope'] },
  { q: 'my son just became a father and he seems so low, is that even a thing for men', expect: 'answer', style: 'caregiver', headings: [WHAT, F_REAL, FAQ], evidence: ['It is a real illness, not a sign of weakness', 'Fathers and co-parents can develop depression after a baby is born'] },
  { q: 'i had ppd myself and now my husband seems depressed too, can we both have it', expect: 'answer', style: 'caregiver', headings: [PARTNERS, WHY], evidence: ['Remember that both parents can be depressed at the same time.', 'your partner having postnatal depression, which raises your own risk'] },
  { q: "do i need my wife's midwife to refer me", expect: 'answer', style: 'yes-no', headings: [HELP], evidence: ['The first step is to talk to your GP.', 'You can book an appointment for'] },
  { q: 'is it my fault i dont feel a bond with my baby', expect: 'answer', style: 'yes-no', headings: [F_BOND, FAQ], evidence: ['Many fathers take time to bond, and depression can make it harder.'] },
  { q: 'can a traumatic birth cause depression in dads', expect: 'answer', style: 'yes-no', headings: [WHY], evidence: ['a difficult or frightening birth'] },
  { q: 'baby blues vs postnatal depression for fathers, how do i tell', expect: 'answer', style: 'comparison', headings: [BLUES], evidence: ['The table below shows some of the main differences.', 'Weeks or months if not', 'It gets in the way of'] },
  { q: 'do men show depression differently to women', expect: 'answer', style: 'comparison', headings: [SIGNS], evidence: ['Depression in men does not always look like sadness.', 'likely to show it through anger, withdrawal or risky behaviour.'] },
  { q: 'when does it usually start and is it a real illness', expect: 'answer', style: 'two-part', headings: [WHAT], evidence: ['Postnatal depression is depression that starts during pregnancy or in', 'It is a real illness, not a sign of weakness'] },
  { q: 'what causes it and can hormones play a part', expect: 'answer', style: 'two-part', headings: [WHY], evidence: ['There is usually no single cause.', 'Hormones may also play a'] },
  { q: 'my wife say I am angry all time after baby come, this can be depression of father?', expect: 'answer', style: 'non-native', headings: [SIGNS], evidence: ['being irritable, short-tempered or angry over small things'] },
  { q: 'where I must go for get help, which doctor?', expect: 'answer', style: 'non-native', headings: [HELP], evidence: ['The first step is to talk to your GP.', 'Your doctor will ask how you have been feeling'] },
  { q: "Our daughter is five months old. I can't sleep even when she sleeps, I've stopped going to football, and I keep thinking my family would be better off without me. Is this just being a tired dad?", expect: 'answer', style: 'long-personal', headings: [SIGNS, HELP], evidence: ['thoughts of running away, harming yourself or ending your life', 'Call 999 or go to A&E if you are in danger now.', 'Samaritans free on 116 123 at any time.'], why: 'suicidal thoughts: the answer must point to urgent help' },
  { q: "Since our twins arrived I work 12 hour days to keep up with the bills, my partner and I argue constantly and I barely see my mates. I feel like a failure. Could this be postnatal depression even though I'm the dad?", expect: 'answer', style: 'long-personal', headings: [WHY], evidence: ['money worries or pressure to be the main earner', 'problems in your relationship with your partner'] },
  // follow-ups
  { q: 'and what causes it?', before: ['what are the signs of postnatal depression in dads'], expect: 'answer', style: 'short', headings: [WHY], evidence: ['There is usually no single cause.', 'lack of sleep over many weeks'] },
  { q: 'what if im struggling too', before: ['how can i help my partner if he has postnatal depression'], expect: 'answer', style: 'short', headings: [PARTNERS], evidence: ['Remember that both parents can be depressed at the same time.'] },
  { q: 'does treatment actually work', before: ['how long does postnatal depression last in fathers'], expect: 'answer', style: 'yes-no', headings: [HELP, F_LONG, FAQ], evidence: ['Most people feel better within a few months of starting treatment.', 'support, most fathers recover fully.'] },
  // out of scope: same domain, not covered
  { q: 'how much paternity leave am i entitled to', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is sertraline safe while my wife is breastfeeding', expect: 'fallback', style: 'out-of-scope', why: 'antidepressants are mentioned, no medicine or breastfeeding safety' },
  { q: 'how do i get my baby to sleep through the night', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is postpartum psychosis', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does private couples therapy cost', expect: 'fallback', style: 'out-of-scope' },
  { q: 'are there any dads groups in manchester', expect: 'fallback', style: 'out-of-scope', why: 'peer support is mentioned, no places are named' },
  // out of scope: off-domain
  { q: 'how do i reset my wifi router', expect: 'fallback', style: 'out-of-scope' },
  { q: 'who won the world cup in 2018', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how to make a sourdough starter', expect: 'fallback', style: 'out-of-scope' },
  { q: 'convert 30 celsius to fahrenheit', expect: 'fallback', style: 'out-of-scope' },
  { q: 'cheap flights to spain in june', expect: 'fallback', style: 'out-of-scope' },
  { q: 'wat channel is the darts on tonite', expect: 'fallback', style: 'typo' },
];
