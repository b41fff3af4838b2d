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
const F_BOND = 'Is it my fault if I cannot bond with the baby?';

/** Dev half for the pandoc (docx -> markdown) page "Fathers and Postnatal Depression": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'how does postnatal depression in dads affect the relationship', expect: 'answer', style: 'plain', headings: [FAMILY], evidence: ['the relationship with his partner, and arguments may become more'] },
  { q: 'what can i do to look after myself', expect: 'answer', style: 'plain', headings: [SELF], evidence: ['Eat regular meals and cut down on alcohol.', 'Spend some time each week doing something you enjoy.'] },
  { q: 'what is paternal postnatal depression', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['Some experts call it paternal postnatal depression.', 'Postnatal depression is depression that starts during pregnancy or in'] },
  { q: 'why do so many men suffer in silence with this', expect: 'answer', style: 'paraphrase', headings: [TITLE], evidence: ['Many of them never get help, because they'] },
  { q: 'i feel like an outsider watching my wife and the baby together', expect: 'answer', style: 'paraphrase', headings: [WHY], evidence: ['feeling left out of the bond between mother and baby'] },
  { q: 'is being worn out and worried after having a kid the same thing', expect: 'answer', style: 'paraphrase', headings: [WHAT], evidence: ['the normal tiredness and worry that almost every new parent feels.'] },
  { q: 'physical symptoms', expect: 'answer', style: 'short', headings: [SIGNS], evidence: ['headaches, stomach problems or aches with no clear cause'] },
  { q: 'peer support', expect: 'answer', style: 'short', headings: [HELP], evidence: ['local groups and peer support for dads'] },
  { q: 'my husbnd cant sleep even wen the baby is sleping', expect: 'answer', style: 'typo', headings: [SIGNS], evidence: ['trouble sleeping even when the baby is asleep'] },
  { q: 'does depresion in dads efect the childrens developement', expect: 'answer', style: 'typo', headings: [FAMILY], evidence: ['Research has linked depression in fathers with later behaviour and', 'is a reason to get help early, because treatment works'] },
  { q: 'is it selfsh to take time for my self as a new dad', expect: 'answer', style: 'typo', headings: [SELF], evidence: ['Looking after your own wellbeing is not selfish.'] },
  { q: 'wot if i dont feel nuffink for the baby', expect: 'answer', style: 'phonetic', headings: [SIGNS, F_BOND, FAQ], evidence: ['feeling detached from the baby or unable to bond', 'Bonding usually grows once the depression is treated.'] },
  { q: 'cud i get it even tho i didnt giv birth', expect: 'answer', style: 'phonetic', headings: [F_REAL, FAQ], evidence: ['even though they have not given birth.'] },
  { q: 'lol 😅 wife keeps saying i should "talk to someone"... who tho?? 🤔', expect: 'answer', style: 'emoji-filler', headings: [HELP], evidence: ['The first step is to talk to your GP.', 'counselling, on your own or as a couple'] },
  { q: '🙏 how do i support my fella, he is not himself since bub arrived 💔', expect: 'answer', style: 'emoji-filler', headings: [PARTNERS], evidence: ['Share night feeds or baby care so that you both', 'Pick a calm moment to say what you have noticed, without blame.'] },
  { q: 'my brother in law keeps picking fights at family meals since the baby came, could he be depressed', expect: 'answer', style: 'caregiver', headings: [SIGNS], evidence: ['likely to show it through anger, withdrawal or risky behaviour.'] },
  { q: 'how do i keep going myself while my husband is depressed', expect: 'answer', style: 'caregiver', headings: [PARTNERS], evidence: ['Look after your own health too, because caring for someone is'] },
  { q: 'my mate has no family nearby and hardly any friends since the baby, is he more at risk', expect: 'answer', style: 'caregiver', headings: [WHY], evidence: ['having little support from family or friends'] },
  { q: 'is it ok to go to counselling together with my partner', expect: 'answer', style: 'yes-no', headings: [HELP], evidence: ['counselling, on your own or as a couple'] },
  { q: 'does having depression make me a bad father', expect: 'answer', style: 'yes-no', headings: [WHAT], evidence: ['or of being a bad parent.'] },
  { q: 'can it start before the baby is even born', expect: 'answer', style: 'yes-no', headings: [WHAT], evidence: ['Postnatal depression is depression that starts during pregnancy or in'] },
  { q: 'how long do the baby blues last compared to postnatal depression', expect: 'answer', style: 'comparison', headings: [BLUES], evidence: ['Weeks or months if not', 'which one you have, talk to your GP.'] },
  { q: 'which is more to blame, lack of sleep or money stress', expect: 'answer', style: 'comparison', headings: [WHY], evidence: ['There is usually no single cause.', 'money worries or pressure to be the main earner'] },
  { q: 'how does it affect my partner and how does it affect the baby', expect: 'answer', style: 'two-part', headings: [FAMILY], evidence: ['the relationship with his partner, and arguments may become more', 'A father who is depressed may find it hard to play,'] },
  { q: 'what are the warning signs and when do i call 999', expect: 'answer', style: 'two-part', headings: [SIGNS], evidence: ['feeling low, hopeless or numb for most of the day', 'Call 999 or go to A&E if you are in danger now.'] },
  { q: 'after the baby I am not want see my friends and football, why is this?', expect: 'answer', style: 'non-native', headings: [SIGNS], evidence: ['losing interest in your partner, friends or hobbies'] },
  { q: 'is possible for talk to someone in the night if I am feel very bad?', expect: 'answer', style: 'non-native', headings: [HELP], evidence: ['Samaritans free on 116 123 at any time.'] },
  { q: "My wife had postnatal depression after our first and I was the one holding it all together. Now she's better but I feel like I've got nothing left, I snap at the kids and I don't want to go anywhere. Can this happen to the dad afterwards?", expect: 'answer', style: 'long-personal', headings: [WHY], evidence: ['your partner having postnatal depression, which raises your own risk', 'postnatal depression become depressed as well.'] },
  { q: "I'm a new dad and I've been drinking most nights to switch off. My partner is worried. I don't feel sad exactly, just numb and angry. I didn't think men got this, is it worth seeing someone?", expect: 'answer', style: 'long-personal', headings: [SIGNS, HELP], evidence: ['drinking more alcohol or using drugs to cope', 'Most people feel better within a few months of starting treatment.'] },
  // follow-ups
  { q: 'anything about sleep?', before: ['how can i look after myself as a new dad'], expect: 'answer', style: 'short', headings: [SELF], evidence: ['Sleep when you can, and take turns with night feeds.'] },
  { q: 'how is that different from the baby blues', before: ['what does postnatal depression feel like for a dad'], expect: 'answer', style: 'comparison', headings: [BLUES], evidence: ['The table below shows some of the main differences.', 'Weeks or months if not'] },
  { q: 'what did one dad say helped him', before: ['can a dad really get postnatal depression'], expect: 'answer', style: 'paraphrase', headings: [STORY], evidence: ['Talking to a counsellor was the best thing', 'I thought I was just tired. I was snapping at everyone'] },
  // out of scope: same domain, not covered
  { q: 'how do i apply for shared parental leave', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the edinburgh postnatal depression scale', expect: 'fallback', style: 'out-of-scope' },
  { q: "can i take st john's wort for low mood", expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i find a sleep consultant for my baby', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is colic why my baby cries so much', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is cbt better than antidepressants for dads', expect: 'fallback', style: 'comparison', why: 'both are listed, never compared' },
  // out of scope: off-domain
  { q: 'how to fix a leaking tap', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the capital of canada', expect: 'fallback', style: 'out-of-scope' },
  { q: 'best pizza dough recipe', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i renew my passport', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is 12 times 14', expect: 'fallback', style: 'out-of-scope' },
  { q: 'wen does the footy season start', expect: 'fallback', style: 'typo' },
];
