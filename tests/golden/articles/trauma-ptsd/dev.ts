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

/** Dev half for the Hugo content page "Trauma and PTSD: Signs, Help and Recovery": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'what is trauma', expect: 'answer', style: 'plain', headings: [TRAUMA], evidence: ['Trauma describes the way an event affects you'] },
  { q: 'what does ptsd stand for and what is it', expect: 'answer', style: 'plain', headings: [PTSD], evidence: ['Post-traumatic stress disorder is a mental health condition'] },
  { q: 'how can i support a friend who has ptsd', expect: 'answer', style: 'plain', headings: [SUPPORT], evidence: ['You do not need to be an expert to help.', 'take what they tell you seriously, without judging or blaming'] },
  { q: 'why does my body act like im still in danger when its over', expect: 'answer', style: 'paraphrase', headings: [PTSD], evidence: ['your mind keeps reacting as if the danger is still happening'] },
  { q: 'i feel numb and ashamed and cut off from my family since it happened', expect: 'answer', style: 'paraphrase', headings: [SIGNS], evidence: ['feeling numb, guilty, ashamed or cut off from the people around you'] },
  { q: 'can trauma come from things that happened over and over, not one event', expect: 'answer', style: 'paraphrase', headings: [TRAUMA], evidence: ['It can also build up over time, through things that happen'] },
  { q: 'nightmares', expect: 'answer', style: 'short', headings: [SIGNS], evidence: ['flashbacks, nightmares or unwanted memories that feel vivid and real'] },
  { q: 'anniversary triggers', expect: 'answer', style: 'short', headings: [WHEN], evidence: ['A later event, an anniversary or a big life change can bring'] },
  { q: 'kids and ptsd', expect: 'answer', style: 'short', headings: [F_KIDS, FAQ], evidence: ['children and teenagers can develop PTSD after a frightening event'] },
  { q: 'is drinkng to forget a sign of ptsd', expect: 'answer', style: 'typo', headings: [SIGNS], evidence: ['Some people use alcohol or drugs to block out the feelings'] },
  { q: 'with emdr do i hav to tell the therapist evrything that hapened', expect: 'answer', style: 'typo', headings: [EMDR], evidence: ['You do not have to describe the event in detail'] },
  { q: 'wat tecniques help ground you', expect: 'answer', style: 'typo', headings: [GROUND], evidence: ['Grounding techniques can help when a memory or flashback pulls you'] },
  { q: 'wen shud i go see sum1 about it', expect: 'answer', style: 'phonetic', headings: [WHEN], evidence: ['If your symptoms last longer than a month, or they are'] },
  { q: 'is cumplex ptsd wurse if it woz from childhood', expect: 'answer', style: 'phonetic', headings: [COMPLEX], evidence: ['It is more likely when the trauma started in childhood'] },
  { q: 'ugh 😩 everything feels pointless and i cant enjoy anything since the attack... is that ptsd or smth else 🤷', expect: 'answer', style: 'emoji-filler', headings: [DEP], evidence: ['PTSD and depression often happen together.', 'Some signs overlap, such as losing interest in things'] },
  { q: '✨ any tips for practising grounding?? 🧘', expect: 'answer', style: 'emoji-filler', headings: [GROUND], evidence: ['It can help to practise when you feel calm'] },
  { q: 'my dad gets angry when we ask about his time as a paramedic, should i keep asking', expect: 'answer', style: 'caregiver', headings: [SUPPORT], evidence: ['do not push for details they do not want to share'] },
  { q: 'i want to help my partner get therapy, how do i bring it up', expect: 'answer', style: 'caregiver', headings: [SUPPORT], evidence: ['gently suggest they talk to their GP'] },
  { q: 'how can i tell if my teenager is struggling after the car crash', expect: 'answer', style: 'caregiver', headings: [F_KIDS, FAQ], evidence: ['bad dreams, clinginess or changes in behaviour at school'] },
  { q: 'is it possible to recover from ptsd', expect: 'answer', style: 'yes-no', headings: [TREAT], evidence: ['PTSD is treatable, even if the trauma happened many years ago.'] },
  { q: 'are pills the main treatment', expect: 'answer', style: 'yes-no', headings: [MEDS], evidence: ['Medication is not usually the first treatment for PTSD'] },
  { q: 'can i stop a therapy session if it gets too much', expect: 'answer', style: 'yes-no', headings: [F_TALK, FAQ], evidence: ['Take a break in a session if you need one'] },
  { q: 'do two people react the same to the same event', expect: 'answer', style: 'comparison', headings: [TRAUMA], evidence: ['Two people can go through the same event and react very differently.'] },
  { q: 'how are relationships different in complex ptsd compared to ptsd', expect: 'answer', style: 'comparison', headings: [COMPLEX], evidence: ['Long-term trouble trusting and feeling close', 'May feel distant for a while'] },
  { q: 'what is a flashback and what can i do during one', expect: 'answer', style: 'two-part', headings: [F_FLASH, FAQ, GROUND], evidence: ['A flashback is when you relive part of a traumatic event', 'Grounding techniques can help you come back to the present.'] },
  { q: 'who do i speak to first and what therapies are there', expect: 'answer', style: 'two-part', headings: [TREAT, CBT, EMDR], evidence: ['The first step is usually to talk to your GP', 'Trauma-focused cognitive behavioural therapy (CBT) helps you make sense'] },
  { q: 'My friend is doctor. She see many bad things at hospital. Is she can have trauma from this?', expect: 'answer', style: 'non-native', headings: [TRAUMA], evidence: ['hearing about it in detail as part of your job'] },
  { q: 'in complex ptsd why they do treatment slow, first feel safe?', expect: 'answer', style: 'non-native', headings: [COMPLEX], evidence: ['helping you feel safe and steady before working on the memories'] },
  { q: "My husband was in a fire at work last year. He seemed fine for months, but recently he's stopped sleeping, he won't drive past the building and he snaps at the kids. I'm exhausted trying to hold it together. What can I do for him and for me?", expect: 'answer', style: 'long-personal', headings: [SUPPORT, WHEN], evidence: ['Make time for your own rest and support too', 'Sometimes symptoms do not appear until months or even years later.'] },
  // follow-ups
  { q: 'how many sessions is that usually', before: ['tell me about trauma-focused cbt'], expect: 'answer', style: 'paraphrase', headings: [CBT], evidence: ['Most courses involve weekly sessions over a few months.'] },
  { q: 'what are the other senses in it', before: ['what is the 5-4-3-2-1 grounding exercise'], expect: 'answer', style: 'short', headings: [GROUND], evidence: ['Notice three things you can hear', 'Notice two things you can smell'] },
  { q: 'and if it lasts longer than that?', before: ['can ptsd get better without treatment'], expect: 'answer', style: 'paraphrase', headings: [F_AWAY, FAQ], evidence: ['they are less likely to go away on their own'] },
  // out of scope: same domain, not covered
  { q: 'what is prolonged exposure therapy', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long is the waiting list for trauma therapy', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can ptsd cause memory loss', expect: 'fallback', style: 'out-of-scope' },
  { q: 'should i tell my employer i have ptsd', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is dissociation', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is there a blood test for ptsd', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is yoga or meditation better for trauma', expect: 'fallback', style: 'comparison', why: 'neither is covered' },
  { q: 'how do i report a crime that happened years ago', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what does a trauma-informed school look like', expect: 'fallback', style: 'out-of-scope' },
  // out of scope: off-domain
  { q: 'how do i cancel my gym membership', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats the weather like in leeds tomorrow', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i cook rice in a microwave', expect: 'fallback', style: 'out-of-scope' },
];
