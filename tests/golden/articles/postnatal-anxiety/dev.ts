import type { ArticleCase } from '../types.ts';

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
const F_ALONE = 'Can I have anxiety without postnatal depression?';
const F_LONG = 'How long does postnatal anxiety last?';

/** Dev half for the Wagtail (StreamField) charity page "Anxiety in Pregnancy and After Birth": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'what is antenatal anxiety', expect: 'answer', style: 'plain', headings: [COMMON], evidence: ['You might also see it called antenatal anxiety (during pregnancy)'] },
  { q: 'what is perinatal OCD', expect: 'answer', style: 'plain', headings: [THOUGHTS], evidence: ['Sometimes these thoughts are part of perinatal OCD'] },
  { q: 'what is CBT and how does it help with anxiety', expect: 'answer', style: 'plain', headings: [TREAT], evidence: ['helps you notice anxious thoughts and gradually change the habits'] },
  { q: 'what is a birth debrief', expect: 'answer', style: 'plain', headings: [BIRTH], evidence: ['where you can go through your notes and ask questions'] },
  { q: 'does being exhausted make the anxiety worse', expect: 'answer', style: 'plain', headings: [WHY], evidence: ['Lack of sleep plays a big part too'] },
  { q: 'i keep needing my mum to tell me the baby is fine over and over', expect: 'answer', style: 'paraphrase', headings: [SIGNS], evidence: ['needing lots of reassurance from your partner, family or the internet'] },
  { q: 'i dread being left on my own with my newborn', expect: 'answer', style: 'paraphrase', headings: [SIGNS], evidence: ['avoiding things, like being alone with the baby or going out'] },
  { q: 'my delivery went fine medically so why do i feel so shaken by it', expect: 'answer', style: 'paraphrase', headings: [BIRTH], evidence: ['whether or not the birth had medical complications', 'what matters is how it felt to you'] },
  { q: 'at what point do intrusive thoughts become a problem', expect: 'answer', style: 'paraphrase', headings: [THOUGHTS], evidence: ['when you feel you have to do things to cope with them'] },
  { q: 'panic attacks', expect: 'answer', style: 'short', headings: [SIGNS], evidence: ['which are frightening but not harmful and pass on their own'] },
  { q: 'specialist perinatal team?', expect: 'answer', style: 'short', headings: [TREAT], evidence: ['you may be referred to a specialist perinatal mental health team'] },
  { q: 'worry diary', expect: 'answer', style: 'short', before: ['any tips for when worries keep going round my head'], headings: [SELF], evidence: ['Write worries down and set them aside for a set time'] },
  { q: 'does havng a miscarige before make anxiety more likley', expect: 'answer', style: 'typo', headings: [WHY], evidence: ['a previous pregnancy loss, a difficult pregnancy or fertility treatment'] },
  { q: 'my baby was in nicu and now i cant stop worying', expect: 'answer', style: 'typo', headings: [WHY], evidence: ['a baby who is unwell or needed care in a neonatal unit'] },
  { q: 'what shud i say to the gp, i get so nervus at apointments', expect: 'answer', style: 'typo', headings: [TALK], evidence: ['write down what you have noticed before the appointment', 'or to bring your partner or a friend with you'] },
  { q: 'i carnt sleep even wen i get the chanse', expect: 'answer', style: 'phonetic', headings: [SIGNS], evidence: ['finding it hard to sleep even when you have the chance'] },
  { q: 'wot is post partum sycosis', expect: 'answer', style: 'phonetic', headings: [URGENT], evidence: ['a rare but serious illness called postpartum psychosis'] },
  { q: 'ugh 😩 i feel like such a failure, everyone else seems like a perfect mum', expect: 'answer', style: 'emoji-filler', headings: [SELF], evidence: ['There is no such thing as a perfect parent', 'good enough really is good enough'] },
  { q: 'hiii 👋 are there groups where i can meet other anxious mums??', expect: 'answer', style: 'emoji-filler', headings: [SELF], evidence: ['Local baby groups and peer support groups can show you'] },
  { q: 'my sister keeps refusing help with the baby and is anxious, what can i practically do for her', expect: 'answer', style: 'caregiver', headings: [PARTNERS], evidence: ['holding the baby while they have a bath or a nap', 'Encourage them to talk to their midwife, health visitor or GP'] },
  { q: 'i am struggling myself while supporting my girlfriend after the birth', expect: 'answer', style: 'caregiver', headings: [PARTNERS], evidence: ['Look after your own wellbeing, and speak to your GP'] },
  { q: 'do anxiety and depression often come together after birth', expect: 'answer', style: 'yes-no', headings: [COMMON, F_ALONE], evidence: ['Anxiety and depression often turn up together.', 'Some people have both at once.'] },
  { q: 'can i book a gp appointment just to talk about my mood', expect: 'answer', style: 'yes-no', headings: [TALK], evidence: ['book an appointment just to talk about how you are feeling'] },
  { q: 'is googling symptoms at night a bad idea', expect: 'answer', style: 'yes-no', headings: [SELF], evidence: ['Limit late-night searching online for symptoms'] },
  { q: 'how is birth trauma different from normal upset after a hard birth', expect: 'answer', style: 'comparison', headings: [BIRTH], evidence: ['These reactions often fade over the first few weeks.', 'If they carry on for longer than a month'] },
  { q: 'is therapy or medication usually tried first', expect: 'answer', style: 'comparison', headings: [TREAT], evidence: ['Talking therapies are usually the first treatment offered.'] },
  { q: 'how does anxiety feel in your body and can it make you snappy', expect: 'answer', style: 'two-part', headings: [SIGNS], evidence: ['tense muscles, headaches or dizziness', 'feeling irritable, tearful or that something bad is about to happen'] },
  { q: 'why are these baby thoughts so upsetting and should i tell anyone', expect: 'answer', style: 'two-part', headings: [THOUGHTS, F_HURT], evidence: ['because they go against everything you care about', 'talk to your midwife, health visitor or GP'] },
  { q: 'the health visitor she ask about my mood every time, why she do this?', expect: 'answer', style: 'non-native', headings: [TALK], evidence: ['Your midwife, health visitor and GP all ask about your mood'] },
  { q: 'Since I found out I was pregnant with my second I have been on edge all the time. I had a horrible time with my first birth and my partner works away so I am on my own a lot. Money is tight too. Why is this happening to me when I was fine before?', expect: 'answer', style: 'long-personal', headings: [WHY], evidence: ['There is rarely one single cause.', 'stressful life events, such as a move, money worries or a bereavement'] },
  { q: 'and without treatment?', expect: 'answer', style: 'short', before: ['how long does postnatal anxiety usually go on for'], headings: [F_LONG, FAQ], evidence: ['Without support it can linger for months'] },
  { q: 'what should i do if she is seeing things that are not there', expect: 'answer', style: 'caregiver', before: ['my daughter gave birth last week and is acting really strangely'], headings: [URGENT], evidence: ['Contact your GP, midwife or health visitor the same day', 'is seeing or hearing things others do not'] },
  // out of scope
  { q: 'can i get a free NHS doula', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is it safe to drink coffee while pregnant', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the best formula milk for a colicky baby', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i apply for child benefit', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does acupuncture help anxiety in pregnancy', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how many health visitor visits will i get in the first year', expect: 'fallback', style: 'out-of-scope' },
  { q: 'when should my baby have their first vaccinations', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can my employer sack me for being off with anxiety during pregnancy', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is there an app you recommend for anxious new mums 📱', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i volunteer for your charity', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the tongue tie clinic in Manchester like', expect: 'fallback', style: 'out-of-scope' },
  { q: 'and does it affect the baby\'s weight gain?', expect: 'fallback', style: 'out-of-scope', before: ['can medicine for anxiety be taken when breastfeeding'] },
];
