import type { ArticleCase } from '../types.ts';

const WHAT = 'What is self-harm?';
const WHY = 'Why do people self-harm?';
const FEEL = 'The feelings behind it';
const SIGNS = 'Signs that someone may be self-harming';
const RESPOND = 'How to respond if someone tells you';
const PARENT = 'If you are a parent or carer';
const FRIEND = 'If you are a friend';
const SCHOOL = 'If you work in a school';
const COPE = 'Other ways to cope with difficult feelings';
const WOUNDS = 'Wounds and scars';
const PRO = 'Getting professional support';
const URGENT = 'When to get urgent help';
const M_ATT = 'Myth: Self-harm is attention-seeking';
const FAQ = 'Frequently asked questions';
const F_ILL = 'Is self-harm a mental illness?';
const F_SCHOOL = 'Can someone who self-harms keep going to school or work?';

/**
 * Dev half (free to tune on) for the Elementor page "Self-Harm: Understanding It and Finding Support".
 * Every message comes from someone not in crisis: a parent, a friend, a teacher, a grandparent, or someone who self-harmed in the past.
 */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'what is self harm', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['Self-harm means deliberately hurting your own body.'] },
  { q: 'who is affected by self harm', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['It can affect anyone of any age, background or gender'] },
  { q: 'how can parents look after themselves when their child self harms', expect: 'answer', style: 'plain', headings: [PARENT], evidence: ['a parent support line or your own doctor can help you'] },
  { q: 'does it only count if someone physically injures themselves, or can reckless behaviour be part of it too', expect: 'answer', style: 'paraphrase', headings: [WHAT], evidence: ['taking serious risks, picking fights or deliberately not looking after yourself'] },
  { q: 'if my kid gets treatment for their low mood, could that ease the hurting too', expect: 'answer', style: 'paraphrase', headings: [PRO], evidence: ['treating that problem often helps too'] },
  { q: 'what deserves more attention, the wound or what is going on inside', expect: 'answer', style: 'paraphrase', headings: [FEEL], evidence: ['Understanding the feeling underneath matters more than focusing on the injury'] },
  { q: 'feeling numb', expect: 'answer', style: 'short', headings: [FEEL], evidence: ['say they feel numb, empty, angry, ashamed or overwhelmed'] },
  { q: 'teachers', expect: 'answer', style: 'short', headings: [SCHOOL], evidence: ['Teachers and school staff are often the first adults to notice.'] },
  { q: 'how ofen should i check in on my freind', expect: 'answer', style: 'typo', headings: [FRIEND], evidence: ['Being there, listening and checking in regularly already makes a difference.'] },
  { q: 'can being lonly or feeling not good enuf lead to self harm', expect: 'answer', style: 'typo', headings: [WHY], evidence: ['feeling lonely, different or not good enough'] },
  { q: 'my sun stays in the bathrom for ages and wont go swiming anymore', expect: 'answer', style: 'typo', headings: [SIGNS], evidence: ['avoiding swimming, sports or getting changed in front of others', 'spending long periods alone in their room or the bathroom'] },
  { q: 'doz therapy actully help wiv self harm', expect: 'answer', style: 'phonetic', headings: [PRO], evidence: ['Talking therapies help people understand the feelings behind self-harm'] },
  { q: 'y do ppl hide there self harm so much', expect: 'answer', style: 'phonetic', headings: [M_ATT, SIGNS], evidence: ['Many go years without telling anyone.', 'often go to great lengths to hide it'] },
  { q: "hey 😊 my sister (17) self harmed last year, she's doing loads better now but had a wobble last week... does that mean it's all undone?? 😔", expect: 'answer', style: 'emoji-filler', headings: [PRO], evidence: ['Setbacks along the way are common, and they are not a failure.'] },
  { q: 'omg 😬 what do i even SAY when my friend shows me?? 😭', expect: 'answer', style: 'emoji-filler', headings: [RESPOND, FRIEND], evidence: ['Listen more than you speak, and ask how they are feeling'] },
  { q: 'should we keep it from the rest of the family? my daughter asked us not to tell anyone', expect: 'answer', style: 'caregiver', headings: [PARENT], evidence: ['involve them in decisions about who else is told'] },
  { q: 'my boyfriend self harms and honestly i get angry at him, is that normal', expect: 'answer', style: 'caregiver', headings: [RESPOND], evidence: ['can bring up shock, sadness, fear or even anger'] },
  { q: "can i promise a pupil i won't pass on what they tell me", expect: 'answer', style: 'caregiver', headings: [SCHOOL], evidence: ['be honest that you cannot promise to keep what they tell you'] },
  { q: 'are people who self harm more at risk of suicide', expect: 'answer', style: 'yes-no', headings: [URGENT], evidence: ['people who self-harm are at higher risk of suicide'] },
  { q: 'is it ok to cover my old scars at work', expect: 'answer', style: 'yes-no', headings: [WOUNDS], evidence: ['Many people choose to cover scars in some situations and not others'] },
  { q: 'is self harm more common in teenagers or adults', expect: 'answer', style: 'comparison', headings: [WHAT], evidence: ['most often first noticed in teenagers and young adults'] },
  { q: 'is it better to ask my son to promise to stop or just listen', expect: 'answer', style: 'comparison', headings: [RESPOND], evidence: ['Avoid ultimatums such as making them promise to stop'] },
  { q: 'what causes self harm and can it be treated', expect: 'answer', style: 'two-part', headings: [WHY, PRO], evidence: ['There is rarely one single reason.', 'Talking therapies help people understand the feelings behind self-harm'] },
  { q: 'what can someone do when the urge comes, and what is the long-term aim', expect: 'answer', style: 'two-part', headings: [COPE], evidence: ['Going for a brisk walk, dancing or doing some intense exercise', 'understand and deal with what is causing the distress'] },
  { q: 'my daughter is angry always and not eat, not sleep good, this can be sign?', expect: 'answer', style: 'non-native', headings: [SIGNS], evidence: ['changes in mood, sleep or eating'] },
  { q: 'what i can do with the hands when the bad feeling is come, for my son?', expect: 'answer', style: 'non-native', headings: [COPE], evidence: ['Squeezing a stress ball or punching a pillow'] },
  { q: "My flatmate at uni told me a few weeks ago that she self-harms. I've been checking on her every day and I'm exhausted, and I feel like it's my job to keep her safe. I don't know how much longer I can keep this up.", expect: 'answer', style: 'long-personal', headings: [FRIEND], evidence: ['you do not have to fix things or become their counsellor', 'talk to a trusted adult, a doctor or a helpline'] },
  { q: 'My grandson is 16 and lives with us. His mum died two years ago and he has been very quiet since. Yesterday I saw marks on his arm when he reached for something. I am 72 and I know nothing about this. Why might he be doing it?', expect: 'answer', style: 'long-personal', headings: [WHY, FEEL], evidence: ['grief, loss or big changes such as moving home', 'a way to turn emotional pain they cannot put into words'] },
  // follow-ups
  { q: 'so can you have it without a diagnosis', before: ['is self harm a mental illness'], expect: 'answer', style: 'short', headings: [F_ILL, FAQ], evidence: ['with or without a diagnosed mental health problem'] },
  { q: 'and if i think she is in danger?', before: ['what should i do if my friend tells me they self harm'], expect: 'answer', style: 'short', headings: [FRIEND], evidence: ['If you are worried that they are in danger, it is right'] },
  { q: 'what if it is healing slowly', before: ['how should self harm wounds be looked after'], expect: 'answer', style: 'short', headings: [WOUNDS], evidence: ['is healing slowly or looks infected', 'A GP or practice nurse can also help if an injury'] },
  { q: 'who at school should we tell', before: ['can my child still go to school if they self harm'], expect: 'answer', style: 'plain', headings: [F_SCHOOL, FAQ], evidence: ['Telling a trusted teacher, tutor or manager can help them'] },
  // out of scope: same domain, not covered
  { q: 'how much does laser scar removal cost', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is fluoxetine safe for a 15 year old', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does EMDR help people who self harm', expect: 'fallback', style: 'out-of-scope' },
  { q: 'opening hours of the crisis cafe in glasgow', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can a school exclude my child for self harming', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does private health insurance pay for therapy for teenagers', expect: 'fallback', style: 'out-of-scope' },
  // out of scope: off-domain
  { q: 'how to make fluffy pancakes', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what time is it in tokyo right now', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i renew my passport', expect: 'fallback', style: 'out-of-scope' },
  { q: 'wots the wether gonna be tomoro', expect: 'fallback', style: 'phonetic' },
  { q: 'who wrote pride and prejudice', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i fix a squeaky door 🚪😩', expect: 'fallback', style: 'emoji-filler' },
];
