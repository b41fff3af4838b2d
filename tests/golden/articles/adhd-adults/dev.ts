import type { ArticleCase } from '../types.ts';

const WHAT = '1. What is adult ADHD?';
const SIGNS = '2. Signs and symptoms';
const INATT = '2.1 Inattention';
const HYPER = '2.2 Hyperactivity and impulsivity';
const EMO = '2.3 Emotional dysregulation';
const MOOD = '3. ADHD, anxiety and depression';
const ASSESS = '4. Getting assessed';
const WHO = '4.1 Who can diagnose ADHD?';
const HAPPENS = '4.2 What happens at an assessment';
const MEDS = '5.1 Medication';
const CBT = '5.2 Talking therapy and coaching';
const LIVING = '6. Living with ADHD';
const EVERY = '6.1 Everyday strategies';
const WORK = '6.2 Work and relationships';
const FAQ = '7. Frequently asked questions';
const F_ADULT = 'Can you develop ADHD as an adult?';
const F_WOMEN = 'Is ADHD different in women?';
const F_LIFE = 'Will I need to take medication for the rest of my life?';
const URGENT = 'If you are struggling';

/** Dev half for the Google Docs plain-text export "ADHD in Adults: Focus, Mood and Getting Help": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'how common is adhd in adults', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['around 2 to 4 in every 100 adults have ADHD'] },
  { q: 'what are the types of adhd', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['Doctors usually describe three presentations of ADHD:', 'Combined, where both kinds of symptoms are present.'] },
  { q: 'what should i bring to my gp appointment about adhd', expect: 'answer', style: 'plain', headings: [ASSESS], evidence: ['It helps to write down the problems you have noticed', 'any examples from your school years'] },
  { q: 'why do i keep buying stuff i dont need and blurting things out', expect: 'answer', style: 'paraphrase', headings: [HYPER], evidence: ['spending money on impulse, quitting a job suddenly or driving too fast', 'Talking a lot, interrupting others or finishing their sentences.'] },
  { q: 'why does everything i start never get done', expect: 'answer', style: 'paraphrase', headings: [INATT], evidence: ['Starting lots of projects but finishing few of them.'] },
  { q: 'how do they rule out that its actually my thyroid', expect: 'answer', style: 'paraphrase', headings: [ASSESS], evidence: ['check for other causes, such as thyroid problems or sleep disorders'] },
  { q: 'what about drinking?', before: ['what can help with adhd day to day'], expect: 'answer', style: 'short', headings: [EVERY], evidence: ['Cut back on alcohol and recreational drugs, which can make symptoms'], why: 'drinking alcohol, among the everyday strategies asked about before' },
  { q: 'age of onset', expect: 'answer', style: 'short', headings: [SIGNS], evidence: ['Symptoms must have been present before the age of 12'] },
  { q: 'and the non-stimulant ones?', before: ['do adhd stimulants work fast'], expect: 'answer', style: 'short', headings: [MEDS], evidence: ['Non-stimulants work more gradually and may be an option', 'may be an option if stimulants do not suit you'], why: 'how the non-stimulants compare, after a question on stimulants' },
  { q: 'does excercise help adhd simptoms', expect: 'answer', style: 'typo', headings: [EVERY], evidence: ['regular exercise, which can improve focus and mood'] },
  { q: 'is an adhd coach qualifed to do this?', expect: 'answer', style: 'typo', headings: [CBT], evidence: ['Coaching is not a regulated profession in most places'] },
  { q: 'y cant i sleep wiv adhd', expect: 'answer', style: 'phonetic', headings: [MOOD], evidence: ['Racing thoughts and a habit of staying up late', 'Sleep problems, which are common in ADHD, can also make mood worse.'] },
  { q: 'do i hav 2 take meds 4eva', expect: 'answer', style: 'phonetic', headings: [F_LIFE, FAQ], evidence: ['Some people take medication for years, while others use it', 'Your prescriber will review regularly whether it is still helping.'] },
  { q: 'lol 😅 my brain feels like it has a motor that never switches off, normal??', expect: 'answer', style: 'emoji-filler', headings: [HYPER], evidence: ['An inner restlessness, or a feeling of being driven by a motor.'] },
  { q: 'omg 🙃 diagnosed at 29 and kinda relieved?? is that weird', expect: 'answer', style: 'emoji-filler', headings: [LIVING], evidence: ['a diagnosis helped them see that their struggles were not'] },
  { q: 'hmm 🤷‍♀️ not hungry at all since starting my adhd meds, what do i do', expect: 'answer', style: 'emoji-filler', headings: [EVERY, MEDS], evidence: ['regular meals, especially if your medicine reduces your appetite', 'Common side effects include a reduced appetite'] },
  { q: 'my wife has adhd and says i nag her about chores constantly, how do we stop fighting about it', expect: 'answer', style: 'caregiver', headings: [WORK], evidence: ['agreeing who does which jobs can ease the tension', 'and you may feel nagged'] },
  { q: 'my mum wants to do a private adhd assessment online, how do we know it is legit', expect: 'answer', style: 'caregiver', headings: [WHO], evidence: ['check that the assessor is properly qualified', 'your own doctor will accept the diagnosis'] },
  { q: 'my daughter (26) is being assessed and asked me to come along, will they want to talk to me?', expect: 'answer', style: 'caregiver', headings: [HAPPENS], evidence: ['someone who knew you when you were young', 'sometimes a partner or close friend, to fill in rating scales'] },
  { q: 'can adults with adhd have autism too', expect: 'answer', style: 'yes-no', headings: [HAPPENS], evidence: ['such as anxiety, depression, substance use or autism'] },
  { q: 'should both my adhd and my depression be treated', expect: 'answer', style: 'yes-no', headings: [MOOD], evidence: ['it is important that both are treated', 'treating depression alone may leave the day-to-day struggles untouched'] },
  { q: 'can my employer refuse?', before: ['can i ask for noise cancelling headphones at work for my adhd'], expect: 'answer', style: 'yes-no', headings: [WORK], evidence: ['your employer may have to make reasonable adjustments for you'], why: 'refuse the adjustment asked about before' },
  { q: 'how can i tell the difference then', before: ['my mood goes up and down all day, is that bipolar'], expect: 'answer', style: 'comparison', headings: [EMO], evidence: ['These mood changes are usually short and linked to events', 'which is one way they differ from the longer mood episodes'], why: 'ADHD mood swings vs bipolar episodes' },
  { q: 'procrastination from adhd vs from anxiety', expect: 'answer', style: 'comparison', headings: [MOOD], evidence: ['The task feels boring or too big to start', 'Fear of failing or being judged'] },
  { q: 'who decides my dose and can i change it myself', expect: 'answer', style: 'two-part', headings: [MEDS], evidence: ['The right medicine and dose differ from person to person', 'worked out step by step with a prescriber'] },
  { q: 'what does cbt for adhd involve and does it help with self criticism', expect: 'answer', style: 'two-part', headings: [CBT], evidence: ['challenge the harsh self-criticism many adults carry', 'help you build routines, manage time, tackle procrastination'] },
  { q: 'why i get adhd only now at university, before i was ok?', expect: 'answer', style: 'non-native', headings: [F_ADULT, FAQ], evidence: ['because life becomes more demanding, for example when they start university'] },
  { q: 'for woman the adhd is found more late? why?', expect: 'answer', style: 'non-native', headings: [F_WOMEN, FAQ], evidence: ['so they are often diagnosed later, sometimes after years of treatment', 'hide their difficulties by working extra hard'] },
  { q: 'in emergency what number i call in england', expect: 'answer', style: 'non-native', headings: [URGENT], evidence: ['call 999 (UK) or 911 (US), or go to your nearest', 'In the UK, call Samaritans free on 116 123'] },
  { q: "My partner and I have been together six years. I was diagnosed last year and the medication helps, but we still argue because I lose track of time and I'm always late for things we planned together. Is there anything practical that helps with time?", expect: 'answer', style: 'long-personal', headings: [EVERY, WORK], evidence: ['use one calendar and one to-do list', 'set phone reminders for anything with a time', 'Talking openly about ADHD, sharing a family calendar'] },
  { q: "Since my diagnosis I've been reading everything online and it's overwhelming. I get angry really quickly, cry at adverts, and when my boss gives me even tiny feedback I can't stop thinking about it for days. Nobody told me ADHD could be about emotions, is this part of it or something else?", expect: 'answer', style: 'long-personal', headings: [EMO], evidence: ['Emotional dysregulation is not part of the formal diagnostic criteria, but', 'feeling hurt for a long time after a small comment'] },
  { q: "I'm 52 and have struggled for as long as I can remember. My GP said the waiting list for an assessment is long and I just have to wait. I feel completely hopeless tonight and I've been thinking about ending it.", expect: 'answer', style: 'long-personal', headings: [URGENT], evidence: ['if you feel you cannot keep yourself safe', 'call or text 988 to reach the 988 Suicide'], why: 'suicidal thoughts: the crisis box' },

  // out of scope: same domain, not covered
  { q: 'how long is the nhs waiting list for an adult adhd assessment', expect: 'fallback', style: 'out-of-scope', why: 'no waiting times given' },
  { q: 'can i get strattera instead of stimulants', expect: 'fallback', style: 'out-of-scope', why: 'the article names no medicine' },
  { q: 'is dbt good for adhd', expect: 'fallback', style: 'yes-no', why: 'DBT never named' },
  { q: 'adhd specialists in dublin', expect: 'fallback', style: 'out-of-scope', why: 'no places or services listed' },
  { q: 'does caffeine help adhd', expect: 'fallback', style: 'out-of-scope', why: 'caffeine not covered' },
  { q: 'how much do adhd meds cost per month', expect: 'fallback', style: 'out-of-scope', why: 'no prices' },
  // out of scope: off-domain
  { q: 'how tall is the eiffel tower', expect: 'fallback', style: 'out-of-scope' },
  { q: 'write me a poem about cats', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what time does tesco close on sunday', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i change a flat tyre', expect: 'fallback', style: 'out-of-scope' },
  { q: 'convert 50 fahrenheit to celsius', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats a good name for a golden retriever puppy 🐶', expect: 'fallback', style: 'out-of-scope' },
];
