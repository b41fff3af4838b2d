import type { ArticleCase } from '../types.ts';

const WHAT = 'What is OCD?';
const OBS = 'Obsessions and compulsions';
const TYPES = 'Common types of OCD';
const TIDY = 'OCD or everyday tidiness and worry?';
const CAUSES = 'What causes OCD?';
const DEP = 'OCD and depression';
const ERP = 'Treatment: ERP and CBT';
const MEDS = 'Medication';
const SELF = 'Self-help';
const SUPPORT = 'Supporting someone with OCD';
const FAQ = 'Frequently asked questions';
const F_KIDS = 'Can children have OCD?';
const F_AWAY = 'Can OCD go away on its own?';
const F_ANX = 'Is OCD a type of anxiety?';

/** Dev half for the browser Ctrl+A copy of a charity page "OCD: Understanding Obsessions and Compulsions": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'what is symmetry OCD', expect: 'answer', style: 'plain', headings: [TYPES], evidence: ['a need for things to be even, ordered or "just right"'] },
  { q: 'can compulsions happen only in your head', expect: 'answer', style: 'plain', headings: [OBS], evidence: ['some happen silently in your head', 'going over past events in your mind'] },
  { q: 'what side effects do OCD medicines have', before: ['can a doctor give medication for OCD'], expect: 'answer', style: 'plain', headings: [MEDS], evidence: ['a doctor will talk through possible side effects with you'] },
  { q: 'what can I do myself to manage OCD', expect: 'answer', style: 'plain', headings: [SELF], evidence: ['learn about OCD so you can recognise the cycle when it starts', 'keep active, eat regularly and try to get enough sleep'] },
  { q: 'is therapy for OCD always one to one', expect: 'answer', style: 'plain', headings: [ERP], evidence: ['Therapy can be one to one, in a group, or guided self-help'] },
  { q: 'i know my fears are irrational so why cant i just quit', expect: 'answer', style: 'paraphrase', headings: [WHAT], evidence: ['but they still feel unable to stop', 'Many people with OCD know their thoughts and compulsions'] },
  { q: 'does the anxiety really fade if i dont give in to the urge', expect: 'answer', style: 'paraphrase', headings: [ERP], evidence: ['Over time, your anxiety drops on its own'] },
  { q: 'it annoys me when people joke they are a bit ocd', expect: 'answer', style: 'paraphrase', headings: [TIDY], evidence: ['This can make the real condition sound trivial.'] },
  { q: 'reassurance seeking', expect: 'answer', style: 'short', headings: [OBS], evidence: ['asking other people for reassurance'] },
  { q: 'ocd genetic?', expect: 'answer', style: 'short', headings: [CAUSES], evidence: ['family history, as OCD can run in families'] },
  { q: 'setbacks', before: ['what self-help is there for OCD'], expect: 'answer', style: 'short', headings: [SELF], evidence: ['Recovery is not a straight line, and setbacks are a normal part'] },
  { q: 'can you have more then one kind of ocd at the same tiem', expect: 'answer', style: 'typo', headings: [TYPES], evidence: ['Some people have more than one'] },
  { q: 'does trauma cuase ocd', expect: 'answer', style: 'typo', headings: [CAUSES], evidence: ['stressful or traumatic life events'] },
  { q: 'is ocd a weekness', expect: 'answer', style: 'typo', headings: [WHAT], evidence: ['it is not a sign of weakness'] },
  { q: 'i feel so ashaymed and hopless becos of my ocd', expect: 'answer', style: 'phonetic', headings: [DEP], evidence: ['It can leave you feeling hopeless, ashamed or cut off from others'] },
  { q: 'is ocd sumthing to do with brane chemicals', expect: 'answer', style: 'phonetic', headings: [CAUSES], evidence: ['differences in brain chemistry and how some parts of the brain communicate'] },
  { q: 'omg 🙈 i get these really weird taboo thoughts out of nowhere, is that an ocd thing??', expect: 'answer', style: 'emoji-filler', headings: [OBS], evidence: ['unwanted thoughts that feel upsetting or taboo', 'They pop into your mind without being invited'] },
  { q: 'hmm ok so like... should i argue with the thoughts or what 🤷', expect: 'answer', style: 'emoji-filler', headings: [SELF], evidence: ['label them as "just OCD" rather than arguing with them'] },
  { q: 'my son gets so frustrated with his rituals and honestly so do I, how should I react', expect: 'answer', style: 'caregiver', headings: [SUPPORT], evidence: ['avoid getting angry at the compulsions', 'remember the person is not the OCD'] },
  { q: 'what signs of OCD should I look for in my 8 year old', expect: 'answer', style: 'caregiver', headings: [F_KIDS, FAQ], evidence: ['look out for repeated washing, checking or asking for reassurance'] },
  { q: 'should I tell my GP about feeling low as well as the OCD', expect: 'answer', style: 'yes-no', headings: [DEP], evidence: ['Tell your GP or therapist about your mood'] },
  { q: 'does stress make OCD worse', expect: 'answer', style: 'yes-no', headings: [F_AWAY, FAQ], evidence: ['they often get worse during stressful times'] },
  { q: 'is ERP going to be uncomfortable', expect: 'answer', style: 'yes-no', headings: [ERP], evidence: ['ERP can feel hard at first, because it means sitting with discomfort.'] },
  { q: 'checking the door once vs checking it loads, whats the difference', expect: 'answer', style: 'comparison', headings: [TIDY], evidence: ['Checks the door many times and still feels unsure'] },
  { q: 'ocd compared to generalised anxiety, is the cause the same', expect: 'answer', style: 'comparison', headings: [F_ANX, FAQ], evidence: ['as anxiety drives the obsessions and compulsions'] },
  { q: 'does OCD usually need treatment and can people actually recover', expect: 'answer', style: 'two-part', headings: [F_AWAY, FAQ], evidence: ['with the right help many people recover'] },
  { q: 'can depression make OCD harder and can the treatment help both', expect: 'answer', style: 'two-part', headings: [DEP], evidence: ['Depression can also make OCD symptoms feel harder to resist.', 'The good news is that treatment can help with both.'] },
  { q: 'in CBT what they do with my wrong beliefs about the thoughts?', expect: 'answer', style: 'non-native', headings: [ERP], evidence: ['CBT also helps you notice and question unhelpful beliefs'] },
  { q: 'my friend have OCD, where I can find group for talk with other people like this', expect: 'answer', style: 'non-native', headings: [SELF], evidence: ['join a peer support group to talk to others who understand'] },
  { q: 'Since I had my baby six months ago I keep getting frightening pictures in my head and I check she is breathing all night. I never had anything like this before. Can OCD really start after something like pregnancy?', expect: 'answer', style: 'long-personal', headings: [CAUSES], evidence: ['started or got worse during a big life change, such as pregnancy'] },
  { q: 'My partner has OCD and I have tried to help by doing her checking for her, but now she has started therapy and is trying hard. I want to encourage her. What kind of things should I be praising?', expect: 'answer', style: 'long-personal', headings: [SUPPORT], evidence: ['praise small steps and effort, not just results'] },
  // follow-ups
  { q: 'and how is that different from just liking things organised?', before: ['what is symmetry OCD'], expect: 'answer', style: 'comparison', headings: [TIDY], evidence: ['Feels intense anxiety until things are arranged exactly right'] },
  // out of scope
  { q: 'how long is the NHS waiting list for OCD therapy', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does fluoxetine or sertraline work better for OCD', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is PANDAS in children', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is body dysmorphic disorder the same as OCD', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does mindfulness meditation cure OCD', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I volunteer at your charity', expect: 'fallback', style: 'out-of-scope' },
  { q: 'do u sell t shirts 👕', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I reset my account password', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what time does the football start tonight', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I tell my school to give me extra time in exams because of OCD', expect: 'fallback', style: 'out-of-scope' },
  { q: 'are there any famous people with OCD', expect: 'fallback', style: 'out-of-scope' },
  { q: 'and how much does it cost?', before: ['what is ERP'], expect: 'fallback', style: 'out-of-scope' },
];
