import type { ArticleCase } from '../types.ts';
/** Dev half for infertility-mood (a Logseq page on fertility problems, IVF and mood): written after the test half, with different questions. */
export const dev: ArticleCase[] = [
  // plain
  { q: 'Why do I feel angry at my own body?', expect: 'answer', style: 'plain', headings: ['Feelings you might notice'], evidence: ['anger or a sense of unfairness, sometimes at your own body'] },
  { q: 'How many IVF cycles does the NHS give you?', expect: 'answer', style: 'plain', headings: ['Deciding when to stop treatment'], evidence: ['women under 40 should be offered up to 3 full cycles', 'what is actually funded varies by area'] },
  { q: 'What number can I ring if I feel desperate in the middle of the night?', expect: 'answer', style: 'plain', headings: ['When to get help'], evidence: ['You can call Samaritans any time, day or night, on 116 123.'] },
  // paraphrase
  { q: 'is there a point in the process where it is usual to feel at your worst?', expect: 'answer', style: 'paraphrase', headings: ['How common is emotional distress?'], evidence: ['Distress often rises at particular moments: waiting for test results'] },
  { q: 'should I pee on a stick before the date the clinic gave me?', expect: 'answer', style: 'paraphrase', headings: ['The two-week wait'], evidence: ['Testing early with a home test can give a false result'] },
  { q: 'if we end up never having kids, is there anyone to talk to about making peace with that?', expect: 'answer', style: 'paraphrase', headings: ['Support groups', 'Deciding when to stop treatment'], evidence: ['for people thinking about life without children', 'others build a fulfilling life without children'] },
  // short
  { q: 'chemical pregnancy', expect: 'answer', style: 'short', headings: ['When a cycle does not work'], evidence: ['a miscarriage, a chemical pregnancy or having no embryos to transfer'] },
  { q: 'mood diary ivf', expect: 'answer', style: 'short', headings: ['Feelings you might notice'], evidence: ['keep a short note of your mood alongside your treatment dates'] },
  { q: 'couples counselling', expect: 'answer', style: 'short', headings: ['Your relationship'], evidence: ['Couples counselling, either through the clinic or separately'] },
  // typo
  { q: 'is it normal to feel so gulity and ashamed about infertilty', expect: 'answer', style: 'typo', headings: ['Feelings you might notice'], evidence: ["guilt or shame, even though infertility is nobody's fault"] },
  { q: 'how do i stop googleing ivf stuff all day', expect: 'answer', style: 'typo', headings: ['What helps day to day'], evidence: ['Setting limits on how long you spend researching treatment online'] },
  { q: 'fertilty support groups for single women or same sex coupels?', expect: 'answer', style: 'typo', headings: ['Support groups'], evidence: ['some run separate groups for men, for same-sex couples'] },
  // phonetic
  { q: 'cud i ask ppl 2 txt me baby news instead of tellin me 2 my face', expect: 'answer', style: 'phonetic', headings: ['Pregnancy announcements and baby showers'], evidence: ['ask people to tell you news by message'] },
  { q: 'do u get 2 see the doc after?', before: ['our 1st round didnt work'], expect: 'answer', style: 'phonetic', headings: ['When a cycle does not work'], evidence: ['Most clinics offer a follow-up appointment to review what happened.'] },
  { q: 'r there groups 4 blokes goin thru ivf', expect: 'answer', style: 'phonetic', headings: ['Men and fertility problems', 'Support groups'], evidence: ['there are support groups and online forums run for men', 'some run separate groups for men'] },
  // emoji-filler
  { q: 'tbh i cant stop looking at pregnant ppl on insta 😭 should i just unfollow them', expect: 'answer', style: 'emoji-filler', headings: ['Pregnancy announcements and baby showers'], evidence: ['mute or unfollow social media accounts for a while'] },
  { q: 'ugh we literally only talk about ivf now 🙄 any tips lol', expect: 'answer', style: 'emoji-filler', headings: ['Your relationship'], evidence: ['set aside time each week when you do not talk about fertility'] },
  // caregiver
  { q: "My wife has had two miscarriages during treatment and I'm not sure if what she's going through counts as proper grief", expect: 'answer', style: 'caregiver', headings: ['When a cycle does not work'], evidence: ['can be just as painful and deserve the same care'] },
  { q: "My son says he feels useless at his wife's IVF appointments. Is that common for men?", expect: 'answer', style: 'caregiver', headings: ['Men and fertility problems'], evidence: ["with most appointments focused on their partner's body"] },
  { q: 'my partner has started drinking every night since our last cycle failed, should we be worried', expect: 'answer', style: 'caregiver', headings: ['When to get help', 'What helps day to day'], evidence: ['you are drinking more or using other things to cope', 'cut down on alcohol, which can make low mood and anxiety worse'] },
  // yes-no
  { q: 'Does my clinic have to offer me counselling?', expect: 'answer', style: 'yes-no', headings: ['Counselling offered by clinics'], evidence: ['every licensed fertility clinic must offer you the chance'] },
  { q: 'can that actually be treated?', before: ['I think I might be depressed because of all the IVF'], expect: 'answer', style: 'yes-no', headings: ['When to get help'], evidence: ['can be treated with talking therapy, medication or both'] },
  { q: 'Will the date of our failed test bring it all back next year?', expect: 'answer', style: 'yes-no', headings: ['How long does it take to feel better after a failed cycle?'], evidence: ['anniversaries and test dates can bring it back'] },
  // comparison
  { q: 'is it the progesterone after transfer making my boobs sore, or is it pregnancy?', expect: 'answer', style: 'comparison', headings: ['The two-week wait'], evidence: ['the progesterone given after transfer can cause the same symptoms'] },
  { q: 'GP or clinic counsellor - who should I talk to about my low mood?', expect: 'answer', style: 'comparison', headings: ['When to get help', 'Counselling offered by clinics'], evidence: ['Speak to your GP, your clinic counsellor or a mental health professional', 'your GP can also refer you to NHS talking therapies'] },
  // two-part
  { q: 'What does disenfranchised grief mean, and why does it happen after IVF?', expect: 'answer', style: 'two-part', headings: ['Grief that others may not see'], evidence: ['This is sometimes called disenfranchised grief.', 'Because few people may know you were having treatment'] },
  { q: "the clinic books scans at really short notice - how am I meant to juggle that with my job, and where do I find my company's rules?", expect: 'answer', style: 'two-part', headings: ['Work and telling your employer'], evidence: ['often at short notice, which can be hard to fit', 'Check your staff handbook or ask HR in confidence.'] },
  // non-native
  { q: 'before the egg collection i am very nervous, what i can do for calm down?', expect: 'answer', style: 'non-native', headings: ['What helps day to day'], evidence: ['try a relaxation or breathing exercise before appointments'] },
  { q: 'if it never work, what other way to have family?', before: ['we have done 4 IVF already'], expect: 'answer', style: 'non-native', headings: ['Deciding when to stop treatment'], evidence: ['Some people go on to explore donor conception, adoption or fostering'] },
  // long-personal
  { q: "I've got my blood test on Friday. Last time it was negative and I completely fell apart on the day. I want to be better prepared this time but I don't know how. Any ideas?", expect: 'answer', style: 'long-personal', headings: ['The two-week wait'], evidence: ['deciding in advance who you will tell the result to, and how', 'Write down three things to do on test day'] },
  { q: "We've been at this for five years. Every month it feels like my life is on hold and I have no idea if it will ever end. Friends just tell me to relax. Why is it so hard?", expect: 'answer', style: 'long-personal', headings: ['How common is emotional distress?'], evidence: ['the hardest part is the uncertainty, because there is'] },
  { q: "I had egg collection last month but none of the eggs fertilised, so there was nothing to put back. People keep saying at least I wasn't pregnant. Why do I feel so devastated?", expect: 'answer', style: 'long-personal', headings: ['When a cycle does not work'], evidence: ['having no embryos to transfer, can be just as painful', 'even if the pregnancy never began'] },
  // out of scope
  { q: 'What does my AMH level mean?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i drink coffee during ivf', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how many embryos should we transfer?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is IVF covered by private health insurance?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what are the side effects of clomid', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I find an egg donor?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can endometriosis cause infertility', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what should I eat to improve egg quality?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how soon after a miscarriage can we try again naturally', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What is OHSS?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Does the NHS pay for IVF for same-sex couples?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do we tell our child they were donor conceived', expect: 'fallback', style: 'out-of-scope' },
];
