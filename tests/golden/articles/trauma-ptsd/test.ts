import type { ArticleCase } from '../types.ts';

const TRAUMA = 'What is trauma?';
const PTSD = 'What is PTSD?';
const SIGNS = 'Signs of PTSD';
const WHEN = 'When do symptoms start?';
const COMPLEX = 'Complex PTSD';
const DEP = 'How trauma links with depression';
const TREAT = 'Treatments that help';
const CBT = 'Trauma-focused CBT';
const EMDR = 'EMDR';
const MEDS = 'Medication';
const GROUND = 'Grounding techniques';
const SUPPORT = 'Supporting someone with PTSD';
const FAQ = 'Frequently asked questions';
const F_FLASH = 'What is a flashback?';
const F_AWAY = 'Can PTSD go away on its own?';
const F_TALK = 'Do I have to talk about what happened?';
const F_KIDS = 'Can children get PTSD?';

/** Test half for the Hugo content page "Trauma and PTSD: Signs, Help and Recovery": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what are the signs of ptsd', expect: 'answer', style: 'plain', headings: [SIGNS], evidence: ['flashbacks, nightmares or unwanted memories that feel vivid and real', 'The signs usually fall into four groups:'] },
  { q: 'what is complex ptsd', expect: 'answer', style: 'plain', headings: [COMPLEX], evidence: ['Complex PTSD can develop after trauma that went on for'] },
  { q: 'how does emdr work', expect: 'answer', style: 'plain', headings: [EMDR], evidence: ['helps the brain process traumatic memories so they feel less intense', 'the therapist guides you through side-to-side eye movements or tapping'] },
  { q: 'what is a flashback', expect: 'answer', style: 'plain', headings: [F_FLASH, FAQ], evidence: ['A flashback is when you relive part of a traumatic event'] },
  { q: 'why do i keep staying away from anything that reminds me of the crash', expect: 'answer', style: 'paraphrase', headings: [SIGNS], evidence: ['staying away from people, places or conversations that remind you'] },
  { q: 'does reacting badly to something awful mean i am weak', expect: 'answer', style: 'paraphrase', headings: [TRAUMA], evidence: ['Your reaction is not a sign of weakness.'] },
  { q: 'is it too late to get help if it all happened decades ago', expect: 'answer', style: 'paraphrase', headings: [TREAT, F_AWAY, FAQ], evidence: ['PTSD is treatable, even if the trauma happened many years ago.', 'Treatment can still help many years after the trauma.'] },
  { q: 'trauma focused cbt', expect: 'answer', style: 'short', headings: [CBT], evidence: ['helps you make sense of what happened and change the thoughts'] },
  { q: '5-4-3-2-1', expect: 'answer', style: 'short', headings: [GROUND], evidence: ['Notice five things you can see around you'] },
  { q: 'ptsd medication', expect: 'answer', style: 'short', headings: [MEDS], evidence: ['Medication is not usually the first treatment for PTSD'] },
  { q: 'how long aftr a traumatic event do symtoms usualy start', expect: 'answer', style: 'typo', headings: [WHEN], evidence: ['Symptoms often start within the first month after a traumatic event.'] },
  { q: 'does ptsd and depresion go togehter', expect: 'answer', style: 'typo', headings: [DEP], evidence: ['PTSD and depression often happen together.'] },
  { q: 'can you get traumatised just from hearing about stuff at werk', expect: 'answer', style: 'typo', headings: [TRAUMA], evidence: ['hearing about it in detail as part of your job'] },
  { q: 'wot is emdr therapee', expect: 'answer', style: 'phonetic', headings: [EMDR], evidence: ['Eye movement desensitisation and reprocessing (EMDR) is a therapy'] },
  { q: 'i get reely jumpy and cant sleep is that part of it', expect: 'answer', style: 'phonetic', headings: [SIGNS], evidence: ['being easily startled, finding it hard to relax, sleep or concentrate'] },
  { q: 'ok so 😬 my heart races n i feel sick whenever sth reminds me... normal?? 🙈', expect: 'answer', style: 'emoji-filler', headings: [SIGNS], evidence: ['a racing heart, sweating or feeling sick when something reminds'] },
  { q: '🌧️ soooo is therapy gonna make me go thru every detail?? 😰', expect: 'answer', style: 'emoji-filler', headings: [F_TALK, FAQ, EMDR], evidence: ['You will not be made to share anything you are not ready', 'You do not have to describe the event in detail'] },
  { q: 'my wife was in a serious accident and now barely talks about it, what should i do to help her', expect: 'answer', style: 'caregiver', headings: [SUPPORT], evidence: ['let them talk at their own pace, and do not push'] },
  { q: 'my son is 8 and has had nightmares and been very clingy since the house fire, could he have ptsd', expect: 'answer', style: 'caregiver', headings: [F_KIDS, FAQ], evidence: ['children and teenagers can develop PTSD after a frightening event', 'They may show it through play, bad dreams, clinginess'] },
  { q: 'supporting my brother through this is wearing me out', expect: 'answer', style: 'caregiver', headings: [SUPPORT], evidence: ['Looking after someone with PTSD can be draining.', 'Make time for your own rest and support too'] },
  { q: 'can symptoms show up years later', expect: 'answer', style: 'yes-no', headings: [WHEN], evidence: ['Sometimes symptoms do not appear until months or even years later.'] },
  { q: 'can i refer myself for therapy', before: ['who do i see first about ptsd'], expect: 'answer', style: 'yes-no', headings: [TREAT], evidence: ['In some areas you can refer yourself to a talking therapy service.'] },
  { q: 'will ptsd just go away by itself', expect: 'answer', style: 'yes-no', headings: [F_AWAY, FAQ], evidence: ["Some people's symptoms ease over the first few months", 'they are less likely to go away on their own'] },
  { q: 'what is the difference between ptsd and complex ptsd', expect: 'answer', style: 'comparison', headings: [COMPLEX], evidence: ['A single event or a short period of trauma', 'have difficulties with how they feel about themselves and other people'] },
  { q: 'how do i know if its ptsd or depression', expect: 'answer', style: 'comparison', headings: [DEP], evidence: ['Some signs overlap, such as losing interest in things', 'This can make it hard to tell which one you are experiencing.'] },
  { q: 'what causes complex ptsd and does it take longer to treat', expect: 'answer', style: 'two-part', headings: [COMPLEX], evidence: ['trauma that went on for a long time or happened many times', 'Complex PTSD usually takes longer to treat'] },
  { q: 'what is trauma-focused cbt and how long does it take', expect: 'answer', style: 'two-part', headings: [CBT], evidence: ['Most courses involve weekly sessions over a few months.', 'go back over the memory gradually and safely'] },
  { q: 'I was not hurt myself, I only see it happen to other person. Can this still be trauma for me?', expect: 'answer', style: 'non-native', headings: [TRAUMA], evidence: ['You do not have to have been directly harmed to be affected.'] },
  { q: 'please what is first step to get help for this ptsd?', expect: 'answer', style: 'non-native', headings: [TREAT], evidence: ['The first step is usually to talk to your GP'] },
  { q: "Three weeks ago I was mugged on my way home. I've been crying a lot and I jump at every noise, and I keep replaying it. Friends say I should be over it by now. Is this normal or is something wrong with me?", expect: 'answer', style: 'long-personal', headings: [WHEN], evidence: ['It is common to feel shaken, tearful or jumpy', 'for many people this settles without treatment'] },
  // follow-ups
  { q: 'what else can help in the moment?', before: ['how do i do the 5 4 3 2 1 thing'], expect: 'answer', style: 'paraphrase', headings: [GROUND], evidence: ['holding something cold, pressing your feet into the floor'] },
  { q: 'and can a doctor give me anything for it', before: ['what treatments are there for ptsd'], expect: 'answer', style: 'yes-no', headings: [MEDS], evidence: ['a doctor may discuss it with you'] },
  // out of scope: same domain, not covered
  { q: 'what is the ptsd checklist pcl-5 and where can i take it', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is cannabis helpful for ptsd', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i get a service dog for ptsd', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i claim disability benefits because of ptsd', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is acute stress disorder', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how many soldiers come back with ptsd', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does ptsd change the brain permanently', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is emdr better than trauma-focused cbt', expect: 'fallback', style: 'comparison', why: 'both are described, never compared' },
  { q: 'how much does a private emdr therapist cost', expect: 'fallback', style: 'out-of-scope' },
  // out of scope: off-domain
  { q: 'what time does the pharmacy close on sunday', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you recommend a good book on stoicism', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i reset my account password', expect: 'fallback', style: 'out-of-scope' },
];
