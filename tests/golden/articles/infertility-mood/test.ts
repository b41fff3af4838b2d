import type { ArticleCase } from '../types.ts';
/** Test half for infertility-mood (a Logseq page on fertility problems, IVF and mood): blind, never tuned on. */
export const test: ArticleCase[] = [
  // plain
  { q: 'how long does it usually last', before: ["what's the two week wait?"], expect: 'answer', style: 'plain', headings: ['The two-week wait'], evidence: ['It usually lasts about 10 to 14 days.'] },
  { q: 'Do I have to tell my boss I am doing IVF?', expect: 'answer', style: 'plain', headings: ['Work and telling your employer'], evidence: ['You do not have to tell your employer that you are', 'Some people tell only their manager or HR'] },
  { q: 'What can a fertility counsellor help with?', expect: 'answer', style: 'plain', headings: ['Counselling offered by clinics'], evidence: ['making decisions, such as using donor eggs or sperm', 'coping with a failed cycle or a pregnancy loss'] },
  // paraphrase
  { q: 'how many people going through test-tube baby treatment end up depressed or on edge?', expect: 'answer', style: 'paraphrase', headings: ['How common is emotional distress?'], evidence: ['somewhere between a quarter and a half have noticeable symptoms'] },
  { q: 'is there any point reading into every little ache while I wait to find out if it worked?', expect: 'answer', style: 'paraphrase', headings: ['The two-week wait'], evidence: ['so they cannot tell you the result', 'It is common to search symptoms online and read meaning'] },
  { q: "we keep arguing about how many more goes we can afford, is that a bad sign for us as a couple?", expect: 'answer', style: 'paraphrase', headings: ['Your relationship', 'Deciding when to stop treatment'], evidence: ['do not mean the relationship is failing', 'agree a rough plan with your partner before you start'] },
  // short
  { q: 'failed ivf grief', expect: 'answer', style: 'short', headings: ['When a cycle does not work', 'Grief that others may not see'], evidence: ['A negative test or a failed cycle is a real loss', 'It is normal to grieve for the hopes and plans'] },
  { q: 'support groups', expect: 'answer', style: 'short', headings: ['Support groups'], evidence: ['Fertility Network UK runs free support groups and a support line', 'Support groups meet in person and online'] },
  { q: 'ivf hormones mood', expect: 'answer', style: 'short', headings: ['Feelings you might notice'], evidence: ['The hormones used in treatment can also affect your mood'] },
  // typo
  { q: 'does stres make ivf fail??', expect: 'answer', style: 'typo', headings: ['Can stress stop IVF from working?'], evidence: ['no good evidence that everyday stress or anxiety lowers', 'You have not caused a failed cycle by worrying.'] },
  { q: 'am i entitiled to paid time of for ivf apointments', expect: 'answer', style: 'typo', headings: ['Work and telling your employer'], evidence: ['there is no legal right to paid time off for IVF appointments', 'many employers have a fertility policy that allows it'] },
  { q: 'how long till i feel normal agian after a failed cyle', expect: 'answer', style: 'typo', headings: ['How long does it take to feel better after a failed cycle?', 'When a cycle does not work'], evidence: ['feel the worst of the grief ease over 4 to 6 weeks', 'These feelings usually soften over weeks rather than days.'] },
  // phonetic
  { q: 'wot do i say wen ppl keep askin wen r u havin kids', expect: 'answer', style: 'phonetic', headings: ['Pregnancy announcements and baby showers'], evidence: ['prepare one simple sentence for when they are asked'] },
  { q: 'shud we hav a break b4 the nxt round', expect: 'answer', style: 'phonetic', headings: ['Should I take a break between cycles?'], evidence: ['waiting at least one full menstrual cycle before starting again', 'A longer break can also give you time to recover emotionally.'] },
  { q: 'is it ok 2 not go 2 my m8s baby shower', expect: 'answer', style: 'phonetic', headings: ['Pregnancy announcements and baby showers'], evidence: ['say no to a baby shower or a christening', 'send a card or a gift instead of attending in person'] },
  // emoji-filler
  { q: 'ngl the 2ww is actually killing me 😩😩 how do ppl get thru it', expect: 'answer', style: 'emoji-filler', headings: ['The two-week wait'], evidence: ['planning small, low-effort distractions for each day', 'limiting time on forums and symptom-checking websites'] },
  { q: 'sooo our sex life has basically died since we started trying lol 🙈 normal??', expect: 'answer', style: 'emoji-filler', headings: ['Your relationship'], evidence: ['many couples notice a drop in intimacy', 'Sex can start to feel like a task when it is timed'] },
  // caregiver
  { q: "My husband has just been told he has a low sperm count and he's shut down completely. How can I understand what he's going through?", expect: 'answer', style: 'caregiver', headings: ['Men and fertility problems'], evidence: ["can affect a man's sense of identity and self-worth", 'Many men hide their own sadness because they feel'] },
  { q: 'my sister just had another failed IVF and nobody at her work even knew she was doing it, how can she grieve properly', expect: 'answer', style: 'caregiver', headings: ['Grief that others may not see'], evidence: ['Giving yourself permission to grieve can help', 'there may be no card, no time off and no one asking'] },
  { q: "my daughter is having fertility treatment and says she can't stop crying and hasn't slept properly for weeks. when should she see someone?", expect: 'answer', style: 'caregiver', headings: ['When to get help'], evidence: ['felt low, hopeless or numb most days for 2 weeks', 'worry or panic is stopping you sleeping, working'] },
  // yes-no
  { q: 'can I keep taking them while we do IVF?', before: ["I'm on antidepressants for anxiety"], expect: 'answer', style: 'yes-no', headings: ['Is it safe to take antidepressants during fertility treatment?'], evidence: ['Some antidepressants can be used while trying to conceive', 'Do not stop taking them suddenly'] },
  { q: 'Is it only women who get upset about infertility?', expect: 'answer', style: 'yes-no', headings: ['Men and fertility problems'], evidence: ['Men are affected too, both as partners', 'Men often say they feel like a bystander in treatment'] },
  { q: "Can I see the clinic counsellor even if I'm not falling apart?", expect: 'answer', style: 'yes-no', headings: ['Counselling offered by clinics'], evidence: ['you do not have to be in crisis to go', 'You can see them at any stage, not only at the start'] },
  // comparison
  { q: 'clinic counselling vs NHS talking therapy - which one costs money?', expect: 'answer', style: 'comparison', headings: ['Counselling offered by clinics'], evidence: ['Some clinics include a few sessions in the price of treatment', 'NHS talking therapies, which are free'] },
  { q: 'are IVF forums online as good as going to a proper support group?', expect: 'answer', style: 'comparison', headings: ['Support groups'], evidence: ['Online forums can be comforting, but if reading', 'Talking to people who understand can ease the isolation'] },
  // two-part
  { q: 'How common is infertility, and is it normal to feel this anxious about it?', expect: 'answer', style: 'two-part', headings: ['How common is emotional distress?'], evidence: ['around 1 in 6 people of reproductive age', 'is not a sign that you are coping badly'] },
  { q: 'do we have to see a counsellor for that, and what is it actually about?', before: ["we're going to use donor eggs"], expect: 'answer', style: 'two-part', headings: ['Counselling offered by clinics'], evidence: ['Implications counselling is required if you are using donated eggs', 'what the decision may mean for you and any future child'] },
  // non-native
  { q: 'My employer can dismiss me after the embryo transfer? I am not pregnant for sure yet', expect: 'answer', style: 'non-native', headings: ['Work and telling your employer'], evidence: ['Once embryos have been transferred you are legally treated as pregnant.', 'this protection ends 2 weeks after the test'] },
  { q: 'which things i can do every day for feel less bad in the treatment time', expect: 'answer', style: 'non-native', headings: ['What helps day to day'], evidence: ['keep regular sleep and meal times where you can', 'do some gentle exercise, such as walking, most days'] },
  // long-personal
  { q: "We've been trying for four years. Last night my best friend told me she's expecting and I smiled, then cried the whole way home. I feel like a horrible person. Is it wrong to feel jealous?", expect: 'answer', style: 'long-personal', headings: ['Is it normal to feel jealous of pregnant friends?', 'Pregnancy announcements and baby showers'], evidence: ['Envy is one of the most common feelings during fertility problems', 'does not make you a bad friend'] },
  { q: "We've had three rounds now, our NHS funding is used up and we spent our savings on a fourth. I'm exhausted and part of me just wants it to be over. How do people know when it's time to stop?", expect: 'answer', style: 'long-personal', headings: ['Deciding when to stop treatment'], evidence: ['People often decide to stop because of money, their age', 'Stopping treatment can bring grief and relief at the same time.'] },
  { q: "Our cycle failed last week and I've been off work since. I keep crying at my desk and I don't want to tell anyone why. Can I get signed off?", expect: 'answer', style: 'long-personal', headings: ['Work and telling your employer'], evidence: ['your GP can give you a fit note', 'this is treated like any other sickness absence'] },
  // out of scope
  { q: 'What is the success rate of IVF at 38?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How much does one private IVF cycle cost?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does acupuncture improve ivf success', expect: 'fallback', style: 'out-of-scope' },
  { q: "what's the best age to freeze my eggs", expect: 'fallback', style: 'out-of-scope' },
  { q: 'How is PCOS treated?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which fertility clinic near me has the best results', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i do my gonal-f injection', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Do I get maternity pay if we have a baby through a surrogate?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is ICSI and how is it different from IVF', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long can frozen embryos be stored for', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is it safe to fly after embryo transfer?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do we apply to adopt a child?', expect: 'fallback', style: 'out-of-scope' },
];
