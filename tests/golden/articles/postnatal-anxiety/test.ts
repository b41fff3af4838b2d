import type { ArticleCase } from '../types.ts';

const TITLE = 'Anxiety in Pregnancy and After Birth';
const COMMON = 'How common is anxiety in pregnancy and after birth?';
const SIGNS = 'Signs of perinatal anxiety';
const THOUGHTS = 'Unwanted thoughts about your baby';
const WORRY = 'Everyday worry or anxiety?';
const WHY = 'Why does it happen?';
const BIRTH = 'After a difficult or traumatic birth';
const SELF = 'Things you can try yourself';
const TALK = 'Talking to your midwife, health visitor or GP';
const TREAT = 'Treatment and support';
const PARTNERS = 'For partners, family and friends';
const URGENT = 'When to get help urgently';
const FAQ = 'Frequently asked questions';
const F_HURT = 'Do intrusive thoughts mean I might hurt my baby?';
const F_HARM = 'Will anxiety during pregnancy harm my baby?';
const F_ALONE = 'Can I have anxiety without postnatal depression?';
const F_LONG = 'How long does postnatal anxiety last?';

/** Test half for the Wagtail (StreamField) charity page "Anxiety in Pregnancy and After Birth": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'how common is anxiety after having a baby', expect: 'answer', style: 'plain', headings: [COMMON], evidence: ['Roughly one in five women and birthing people will have', 'Anxiety is one of the most common mental health problems'] },
  { q: 'what are the signs of postnatal anxiety', expect: 'answer', style: 'plain', headings: [SIGNS], evidence: ['constant worry that is hard to switch off', 'checking things again and again, such as whether the baby'] },
  { q: 'what treatments are there for anxiety in pregnancy', expect: 'answer', style: 'plain', headings: [TREAT], evidence: ['Talking therapies are usually the first treatment offered.'] },
  { q: 'what does perinatal mean', expect: 'answer', style: 'plain', headings: [COMMON], evidence: ['Health professionals call this time the perinatal period'] },
  { q: 'what can make someone more likely to get anxiety when pregnant', expect: 'answer', style: 'plain', headings: [WHY], evidence: ['having had anxiety, depression or another mental health problem before', 'little support from a partner, family or friends'] },
  { q: 'my mind keeps flashing up pictures of my son getting hurt and it horrifies me', expect: 'answer', style: 'paraphrase', headings: [THOUGHTS, F_HURT], evidence: ['Intrusive thoughts are very common after having a baby', 'Having a thought is not the same as wanting it to happen.'] },
  { q: 'how do i know if my fretting is beyond what every new mum goes through', expect: 'answer', style: 'paraphrase', headings: [WORRY], evidence: ['Anxiety tends to be there most of the time', 'if worry has lasted more than two weeks and is getting'] },
  { q: 'my body feels wired all the time, heart pounding and queasy, could that be nerves', expect: 'answer', style: 'paraphrase', headings: [SIGNS], evidence: ['You might notice a racing heart, tight chest, fast breathing, feeling sick'] },
  { q: 'can i go to talking therapy without my doctor sending me', expect: 'answer', style: 'paraphrase', headings: [TREAT], evidence: ['In England you can refer yourself to NHS Talking Therapies'] },
  { q: 'birth trauma', expect: 'answer', style: 'short', headings: [BIRTH], evidence: ['you may have birth trauma or postnatal post-traumatic stress disorder', 'Some people experience their baby\'s birth as frightening or traumatic.'] },
  { q: 'breathing tips?', expect: 'answer', style: 'short', before: ['what can i do at home when the worry gets bad'], headings: [SELF], evidence: ['then breathe out for a little longer than you breathed in'] },
  { q: 'checking baby breathing constantly', expect: 'answer', style: 'short', headings: [SIGNS, THOUGHTS], evidence: ['checking things again and again, such as whether the baby', 'such as checking, avoiding bathtime or asking others to hold the baby'] },
  { q: 'how long does it last', expect: 'answer', style: 'short', before: ['i think i have had anxiety since my baby was born'], headings: [F_LONG, FAQ], evidence: ['with help most people start to feel better within a few weeks'] },
  { q: 'wat causes anxeity in pregnancy', expect: 'answer', style: 'typo', headings: [WHY], evidence: ['There is rarely one single cause.', 'Pregnancy and a new baby bring huge changes to your body'] },
  { q: 'can medecine be taken wile breast feeding for anxiety', expect: 'answer', style: 'typo', headings: [TREAT], evidence: ['a doctor can discuss options that are safe in pregnancy and breastfeeding'] },
  { q: 'will the midwfe think im a bad mum if i tell her my thoghts', expect: 'answer', style: 'typo', headings: [THOUGHTS, TALK], evidence: ['will not think you are a bad parent', 'Professionals want to help you and your family'] },
  { q: 'wil sosial servises take my baby if i say im not coping', expect: 'answer', style: 'phonetic', headings: [TALK], evidence: ['their baby will be taken away. This is very unlikely.'] },
  { q: 'is it normle to have flashbaks of the berth', expect: 'answer', style: 'phonetic', headings: [BIRTH], evidence: ['Afterwards you might have flashbacks, nightmares, or feel panicky', 'These reactions often fade over the first few weeks.'] },
  { q: 'so umm is anxiety being pregnant gonna hurt the baby 😟🤰', expect: 'answer', style: 'emoji-filler', headings: [F_HARM, FAQ], evidence: ['Feeling anxious at times will not harm your baby.'] },
  { q: 'lol ok so what can i actually do myself to feel calmer?? 🙏', expect: 'answer', style: 'emoji-filler', headings: [SELF], evidence: ['Limit late-night searching online for symptoms', 'Rest when you can, and accept offers of help with night feeds'] },
  { q: 'my wife is pregnant and anxious all the time, how can i support her', expect: 'answer', style: 'caregiver', headings: [PARTNERS], evidence: ['Listen without judging, and remind them that anxiety is common and treatable.', 'Offer practical help, such as taking a night feed'] },
  { q: 'my daughter just had a baby and seems terrified of going back near the hospital, what can she do', expect: 'answer', style: 'caregiver', headings: [BIRTH], evidence: ['Ask your midwife or GP about a birth reflections or debrief service'] },
  { q: 'can partners get anxiety after the birth as well', expect: 'answer', style: 'yes-no', headings: [PARTNERS, COMMON], evidence: ['Partners can develop anxiety too, especially after a difficult birth.', 'and partners can be affected too'] },
  { q: 'is it possible to be anxious but not depressed after giving birth?', expect: 'answer', style: 'yes-no', headings: [F_ALONE, FAQ], evidence: ['Anxiety can happen on its own, without low mood.'] },
  { q: 'should i stop my tablets now that i am pregnant', expect: 'answer', style: 'yes-no', headings: [TREAT], evidence: ['Do not stop or change any medicine without talking'] },
  { q: 'is postnatal anxiety more or less common than postnatal depression', expect: 'answer', style: 'comparison', headings: [COMMON], evidence: ['even though it is at least as common'] },
  { q: 'normal worrying vs anxiety disorder in new parents', expect: 'answer', style: 'comparison', headings: [WORRY], evidence: ['Everyday new-parent worry usually comes and goes', 'eases when you get reassurance'] },
  { q: 'what signs mean i need help urgently and who do i call', expect: 'answer', style: 'two-part', headings: [URGENT], evidence: ['or call NHS 111, if you or someone close to you', 'These can be signs of a rare but serious illness'] },
  { q: 'when can i bring up my anxiety and what if it is really bad', expect: 'answer', style: 'two-part', headings: [TALK, TREAT], evidence: ['including your six to eight week postnatal check', 'you may be referred to a specialist perinatal mental health team'] },
  { q: 'please, the bad pictures in my head of baby harm, it mean i am dangerous person?', expect: 'answer', style: 'non-native', headings: [F_HURT, THOUGHTS], evidence: ['are common and do not mean you will act on them', 'The distress they cause shows how much you care.'] },
  { q: 'I am first time mother, my baby is 4 months. Since birth I cannot relax, I check him all night, my husband says I am too much worried, I google everything at 3am and I snap at everyone. I always was a perfectionist. Is this just being a new mum or something I should talk to someone about?', expect: 'answer', style: 'long-personal', headings: [WORRY, SIGNS], evidence: ['if worry has lasted more than two weeks and is getting', 'it is worth talking to someone'] },
  { q: 'and is it my fault?', expect: 'answer', style: 'short', before: ['what is postnatal anxiety'], headings: [TITLE, COMMON], evidence: ['you are not alone and you have not done anything wrong', 'it is not your fault, and there is help that works'] },
  // out of scope
  { q: 'how much does a private perinatal therapist cost', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is it safe to take herbal remedies like chamomile when pregnant', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i get my baby to sleep through the night', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what are the symptoms of pre-eclampsia', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i claim statutory maternity pay if i am off sick with anxiety', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which mother and baby unit is nearest to Leeds', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how many weeks should i breastfeed for', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does hypnobirthing prevent a traumatic birth', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i make a complaint about my maternity care', expect: 'fallback', style: 'out-of-scope' },
  { q: 'wots the best baby monitor for a worried mum 👶', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i register my baby\'s birth', expect: 'fallback', style: 'out-of-scope' },
  { q: 'and how long is the waiting list for CBT in Bristol?', expect: 'fallback', style: 'out-of-scope', before: ['what treatment is there for postnatal anxiety'] },
];
