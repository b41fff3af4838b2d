import type { ArticleCase } from '../types.ts';

const WHAT = 'What is health anxiety?';
const SIGNS = 'Signs of health anxiety';
const CHECK = 'Checking and reassurance-seeking';
const NET = 'The internet searching trap';
const CAUSES = 'What causes health anxiety?';
const LINK = 'Health anxiety, depression and panic';
const SELF = 'Self-help: things you can try';
const GP = 'When to see a GP';
const CBT = 'Cognitive behavioural therapy (CBT)';
const FAMILY = 'How family and friends can help';
const FAQ = 'Frequently asked questions';
const F_HYPO = 'Is health anxiety the same as hypochondria?';
const F_PHYS = 'Can anxiety cause real physical symptoms?';
const F_MISSED = 'What if I really am ill and it gets missed?';
const F_AWAY = 'Will health anxiety ever go away?';
const F_KIDS = 'Can children get health anxiety?';

/** Dev half for the Squarespace 7.1 page "Health Anxiety: When Worry About Illness Takes Over": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'what is illness anxiety disorder', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['some doctors now call it illness anxiety disorder'] },
  { q: 'at what age does health anxiety usually start', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['although it often starts in early adulthood'] },
  { q: 'why is checking my pulse a problem', expect: 'answer', style: 'plain', headings: [CHECK], evidence: ['keep the anxiety going rather than calming it down'] },
  { q: 'how does cbt work for health anxiety', expect: 'answer', style: 'plain', headings: [CBT], evidence: ['how your thoughts, feelings and actions keep the worry going'] },
  { q: 'i cant even watch medical shows on tv anymore', expect: 'answer', style: 'paraphrase', headings: [SIGNS], evidence: ['Avoiding anything to do with illness, such as hospital dramas'] },
  { q: 'i stopped going to the gym in case my heart gives out', expect: 'answer', style: 'paraphrase', headings: [SIGNS, SELF], evidence: ['avoiding exercise in case it strains your heart', 'Go back to activities you have been avoiding'] },
  { q: 'my dad died of cancer and now i panic about every twinge, is that connected', expect: 'answer', style: 'paraphrase', headings: [CAUSES], evidence: ['Losing someone close to you to an illness'] },
  { q: 'relaxation', expect: 'answer', style: 'short', headings: [SELF], evidence: ['Try breathing exercises or relaxation when you feel your body tense up'] },
  { q: 'avoiding doctors', expect: 'answer', style: 'short', headings: [SIGNS], evidence: ['avoid doctors altogether, because they are so afraid'] },
  { q: 'why do searches alwys show the wrost diseases', expect: 'answer', style: 'typo', headings: [NET], evidence: ['show the rarest and most frightening explanations'] },
  { q: 'is it worth seing a gp about the anxeity itself', expect: 'answer', style: 'typo', headings: [GP], evidence: ['worth seeing your GP about the anxiety itself'] },
  { q: 'does cbt realy work or not', expect: 'answer', style: 'typo', headings: [CBT], evidence: ['most people notice a real difference by the end'] },
  { q: 'wy does my mind always jump to the wurst', expect: 'answer', style: 'phonetic', headings: [NET, CBT], evidence: ['an anxious mind will always land on the worst', 'turn a small sensation into a catastrophe'] },
  { q: 'wot can i do wen i get the urge to check', expect: 'answer', style: 'phonetic', headings: [SELF], evidence: ['it usually falls again on its own'] },
  { q: 'sooo 😬 my bf says im a hypochondriac lol... is that even a real thing??', expect: 'answer', style: 'emoji-filler', headings: [F_HYPO, FAQ, WHAT], evidence: ['Hypochondria is the older name', 'It used to be called hypochondria'] },
  { q: '😔 hm, does it come back once youve had it?', expect: 'answer', style: 'emoji-filler', headings: [F_AWAY, FAQ, WHAT], evidence: ['Some worries may return during stressful times', 'It can come and go over the years'] },
  { q: 'my son keeps asking me to look at his moles, should i do it for him', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['Avoid joining in with internet searches or checking their body for them'] },
  { q: 'caring for my partners health anxiety is wearing me out', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['Living with someone who has health anxiety can be tiring'] },
  { q: 'my teenage daughter keeps missing school with aches, who should i talk to', expect: 'answer', style: 'caregiver', headings: [F_KIDS, FAQ], evidence: ['talk to your GP or school nurse'] },
  { q: 'can health anxiety make me depressed', expect: 'answer', style: 'yes-no', headings: [LINK], evidence: ['especially when the worry has gone on for a long time'] },
  { q: 'does having health anxiety mean i can ignore new symptoms', expect: 'answer', style: 'yes-no', headings: [GP], evidence: ['does not mean you should ignore your body'] },
  { q: 'can i be completely sure nothing is wrong with me', expect: 'answer', style: 'yes-no', headings: [F_MISSED, FAQ], evidence: ['Nobody can promise complete certainty about health'] },
  { q: 'is reading health forums worse than just googling', expect: 'answer', style: 'comparison', headings: [NET], evidence: ['reading forums and comparing their own symptoms'] },
  { q: 'are aches from anxiety any less real than aches from an illness', expect: 'answer', style: 'comparison', headings: [F_PHYS, FAQ], evidence: ['These sensations are real, not imagined'] },
  { q: 'how do i know if its a thought or a fact, and what do i do about it', expect: 'answer', style: 'two-part', headings: [SELF], evidence: ['a thought is a guess about the future rather than a fact'] },
  { q: 'what do panic attacks feel like and can they be treated', expect: 'answer', style: 'two-part', headings: [LINK], evidence: ['A racing heart or a tight chest during a panic attack', 'because panic can be treated too'] },
  { q: 'my husband ask me every night if his face is yellow, what is this?', expect: 'answer', style: 'non-native', headings: [SIGNS, CHECK], evidence: ['Asking other people again and again whether you look or sound ill'] },
  { q: 'when I must go to the doctor for symptom that not go away?', expect: 'answer', style: 'non-native', headings: [GP], evidence: ['New symptoms that do not go away, or that change over time'] },
  { q: "I've always been a worrier, my mum was too and she talked about illnesses constantly when I was growing up. Now every headache I get, I'm sure it's something terrible. Is my background part of why I'm like this?", expect: 'answer', style: 'long-personal', headings: [CAUSES], evidence: ['A family where health worries were talked about a lot', 'A tendency to worry in general'] },
  // follow-ups
  { q: 'so is it my fault?', before: ['what is health anxiety'], expect: 'answer', style: 'yes-no', headings: [WHAT], evidence: ['People with health anxiety are not making their symptoms up'] },
  { q: 'and if i have depression too?', before: ['what treatment helps health anxiety'], expect: 'answer', style: 'short', headings: [CBT], evidence: ['Some people are also offered medicine alongside therapy'] },
  { q: 'how do i do less of it', before: ['why does asking for reassurance not help'], expect: 'answer', style: 'paraphrase', headings: [CHECK, SELF], evidence: ['it is usually best done gradually', 'Cut down on checking a little at a time'] },
  // out of scope
  { q: 'do you offer online sessions over zoom', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which antidepressant is best for health anxiety', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is there a health anxiety support group near me', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can mindfulness apps help with health anxiety', expect: 'fallback', style: 'out-of-scope' },
  { q: 'will my health insurance cover therapy', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is acceptance and commitment therapy better than cbt', expect: 'fallback', style: 'comparison', why: 'ACT is never named' },
  { q: 'what are the early signs of a stroke', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i cancel my booking', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what time does the whitby abbey open', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i get rid of hiccups', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is coffee bad for your blood pressure', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you recommend a squarespace template', expect: 'fallback', style: 'out-of-scope' },
];
