import type { ArticleCase } from '../types.ts';
/** Dev half for bdd-mood (a public Notion page saved from the browser): written after the test half, new questions; tune here only. */
export const dev: ArticleCase[] = [
  // plain
  { q: 'Why is BDD grouped with OCD?', expect: 'answer', style: 'plain', headings: ['What is body dysmorphic disorder?'], evidence: ['Doctors group BDD with obsessive-compulsive disorder (OCD) because it involves'] },
  { q: "What number can I call if I'm struggling in the middle of the night?", expect: 'answer', style: 'plain', headings: ['When to get urgent help'], evidence: ['call Samaritans free on 116 123, any time of day'] },
  { q: 'Can I refer myself for therapy for BDD?', expect: 'answer', style: 'plain', headings: ['When to get urgent help'], evidence: ['In England you can also refer yourself to NHS Talking Therapies.'] },
  // paraphrase
  { q: "how can I tell if I'm just a bit self-conscious or if it's something more serious", expect: 'answer', style: 'paraphrase', headings: ['Everyday appearance worries or BDD?', 'What BDD is not'], evidence: ['An hour or more a day, often several hours', 'Plenty of people wish their nose were smaller or their skin clearer'] },
  { q: 'why does feeling ugly all the time end up making people so miserable', expect: 'answer', style: 'paraphrase', headings: ['BDD and depression'], evidence: ['feeling cut off from other people can slowly drain your energy'] },
  { q: 'could mentioning dark thoughts to my GP put ideas in my head?', expect: 'answer', style: 'paraphrase', headings: ['BDD and depression'], evidence: ['Talking openly about these thoughts with a doctor is safe'] },
  // short
  { q: 'skin picking', expect: 'answer', style: 'short', headings: ['Checking, hiding and other behaviours'], evidence: ['picking at their skin to try to make it smooth'] },
  { q: 'bdd symmetry', expect: 'answer', style: 'short', headings: ['Common concerns'], evidence: ['one side of the face or body looking different from the other'] },
  { q: 'bdd recovery', expect: 'answer', style: 'short', headings: ['Will BDD go away on its own?'], evidence: ['most people improve a great deal, and many recover'] },
  // typo
  { q: 'are ppl with bdd at higer risk of suicidal thougths', expect: 'answer', style: 'typo', headings: ['BDD and depression'], evidence: ['People with BDD are more likely than most to have thoughts'] },
  { q: 'is self help enuogh if my bdd is only mild', expect: 'answer', style: 'typo', headings: ['Treatment: CBT with exposure and response prevention'], evidence: ['guided self-help based on CBT can be a good starting point'] },
  { q: 'how long untill the urges get les once you start erp', expect: 'answer', style: 'typo', headings: ['Treatment: CBT with exposure and response prevention'], evidence: ['Most people notice the urges getting weaker within a few weeks'] },
  // phonetic
  { q: 'r selfies a bdd thing? i tek like 100 b4 i post 1', expect: 'answer', style: 'phonetic', headings: ['Checking, hiding and other behaviours'], evidence: ['taking selfies or photos to check how they look from every angle'] },
  { q: 'cud i hav bdd n social anxiety at da same time', expect: 'answer', style: 'phonetic', headings: ['BDD and social anxiety'], evidence: ['Many people with BDD also have social anxiety.', 'Treatment can work on both at the same time.'] },
  { q: 'wen do dey giv u dem as well as therapy', before: ['wot r ssris'], expect: 'answer', style: 'phonetic', headings: ['Medication: SSRIs'], evidence: ['often offered alongside CBT when BDD is moderate or severe'] },
  // emoji-filler
  { q: 'lol do surgeons even check for this stuff before they operate 🙃', before: ["i'm thinking about getting a nose job"], expect: 'answer', style: 'emoji-filler', headings: ['Why cosmetic procedures rarely help'], evidence: ['Many reputable surgeons now screen for BDD before they operate.'] },
  { q: "ugh i literally havent left my flat in 3 weeks cos of my face 😞 is that part of bdd", expect: 'answer', style: 'emoji-filler', headings: ['Checking, hiding and other behaviours'], evidence: ['Some people become so anxious that they stay at home for weeks', 'avoiding photos, social events, bright light or going out at all'] },
  { q: 'tbh is it normal to have surgery after surgery and still hate it 😩', expect: 'answer', style: 'emoji-filler', headings: ['Why cosmetic procedures rarely help'], evidence: ['Some people go on to have several operations in a search'] },
  // caregiver
  { q: 'what should I avoid saying to my daughter about how she looks?', expect: 'answer', style: 'caregiver', headings: ['Supporting someone with BDD'], evidence: ['Avoid teasing, nicknames or comments about their appearance, even kind ones.'] },
  { q: "my husband has bdd and honestly I'm exhausted from supporting him", expect: 'answer', style: 'caregiver', headings: ['Supporting someone with BDD'], evidence: ['Supporting someone with BDD can be tiring, and you deserve support'] },
  { q: 'my 11 year old keeps crying about his ears, can kids that young get bdd?', expect: 'answer', style: 'caregiver', headings: ['Can children and teenagers get BDD?'], evidence: ['it can occasionally start in childhood', 'CBT can be adapted for them'] },
  // yes-no
  { q: 'Is BDD the same as just not liking your nose?', expect: 'answer', style: 'yes-no', headings: ['What BDD is not'], evidence: ['It is also not the same as ordinary dislike of a feature.'] },
  { q: 'Do men find it harder to ask for help with this?', expect: 'answer', style: 'yes-no', headings: ['Does BDD only affect women?'], evidence: ['may find it even harder to ask for help'] },
  // comparison
  { q: 'does reassurance work the same for normal looks worries vs bdd', expect: 'answer', style: 'comparison', headings: ['Everyday appearance worries or BDD?'], evidence: ['Relief lasts minutes, if at all'] },
  { q: 'is bdd more common in women than in men?', expect: 'answer', style: 'comparison', headings: ['Who gets BDD?', 'Does BDD only affect women?'], evidence: ['It affects men and women in roughly equal numbers', 'Men and women are affected in about equal numbers.'] },
  // two-part
  { q: 'what does response prevention mean and why is it supposed to help?', expect: 'answer', style: 'two-part', headings: ['Treatment: CBT with exposure and response prevention'], evidence: ['resisting the urge to check, hide, pick or seek reassurance', 'so the anxiety can fall on its own'] },
  { q: 'what happens first in CBT for BDD, and what comes after that?', expect: 'answer', style: 'two-part', headings: ['Treatment: CBT with exposure and response prevention'], evidence: ['Understanding the cycle of worry, checking and short-term relief', 'Building a ladder of feared situations, from mildly uncomfortable'] },
  // non-native
  { q: 'My skin have small scars, everybody say I look normal, but I see them all the time. It is BDD?', expect: 'answer', style: 'non-native', headings: ['What is body dysmorphic disorder?'], evidence: ['usually invisible to other people, or look very minor to them'] },
  { q: 'What means camouflage? I not understand this word', before: ['what kind of behaviours happen in BDD?'], expect: 'answer', style: 'non-native', headings: ['Checking, hiding and other behaviours'], evidence: ['hiding the area with make-up, hats, clothes, hair or a particular posture'] },
  // long-personal
  { q: "Since my acne cleared up two years ago I still check my skin for hours every day. Everyone says it's gone, but now I'm fixated on my pores instead. I really thought I'd feel better once it cleared. Why hasn't the worry gone?", expect: 'answer', style: 'long-personal', headings: ['Everyday appearance worries or BDD?', 'Common concerns'], evidence: ['The worry stays or moves to another feature', 'The focus can also move from one body part to another'] },
  { q: "My partner has been saying for months that her teeth are crooked and yellow. I honestly can't see it, and neither can her dentist. She cries about it and wants veneers. I don't know whether to argue with her or not. How should I respond when she brings it up?", expect: 'answer', style: 'long-personal', headings: ['Supporting someone with BDD'], evidence: ['Listen to how they feel without arguing about how they look.'] },
  { q: "I'm a nurse and I've been signed off because I can't stand being seen under the ward lights. My GP suggested CBT but I'm scared they'll make me go in without make-up on day one. Do I get any say in how fast it goes?", expect: 'answer', style: 'long-personal', headings: ['Treatment: CBT with exposure and response prevention'], evidence: ['your therapist will move at a pace you agree together'] },
  // out of scope
  { q: 'can botox help with bdd', expect: 'fallback', style: 'out-of-scope' },
  { q: "what's the difference between BDD and gender dysphoria", expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does private CBT cost per session?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is there a blood test or brain scan for bdd', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which celebrities have talked about having BDD?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long does a rhinoplasty take to heal', expect: 'fallback', style: 'out-of-scope' },
  { q: 'wot r the side effects of sertraline', expect: 'fallback', style: 'out-of-scope' },
  { q: 'best app for tracking my mood?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how many calories should I eat to build muscle', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the ICD-10 code for body dysmorphic disorder', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is there a BDD charity I can donate to?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can my employer sack me for being off sick with bdd', expect: 'fallback', style: 'out-of-scope' },
];
