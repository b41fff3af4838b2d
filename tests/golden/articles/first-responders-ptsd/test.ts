import type { ArticleCase } from '../types.ts';
/** Test half for first-responders-ptsd (a peer-support network's GitHub README, raw): blind, never tuned on. */
export const test: ArticleCase[] = [
  // plain
  { q: 'How common is PTSD in the emergency services?', expect: 'answer', style: 'plain', headings: ['What this guide covers'], evidence: ['roughly 1 in 10 emergency service workers will have symptoms'] },
  { q: 'When should I get help urgently?', expect: 'answer', style: 'plain', headings: ['When to get urgent help'], evidence: ['flashbacks or lack of sleep make it unsafe for you to drive', 'call NHS 111 and choose the mental health option'] },
  { q: 'What are the symptoms of complex PTSD?', expect: 'answer', style: 'plain', headings: ['Complex PTSD'], evidence: ['strong emotions that are hard to control', 'a deep sense of shame, guilt or worthlessness', 'difficulty feeling close to other people or keeping relationships going'] },
  // paraphrase
  { q: 'Can loads of smaller calls over time wear you down even if none of them felt huge?', expect: 'answer', style: 'paraphrase', headings: ['Cumulative trauma: it adds up'], evidence: ['the slow build-up of hundreds of smaller jobs over years', 'You may cope well with each one at the time'] },
  { q: 'Are there tablets I could take rather than sitting with a counsellor?', expect: 'answer', style: 'paraphrase', headings: ['EMDR', 'Treatment: trauma-focused CBT and EMDR'], evidence: ['an antidepressant such as sertraline may be offered if you prefer it', 'Medication is not usually the first treatment for PTSD'] },
  { q: 'Will my boss find out if I go and see my doctor about this?', expect: 'answer', style: 'paraphrase', headings: ["Why people don't ask for help"], evidence: ['Your employer will not be told without your consent', 'Talking to your GP is confidential.'] },
  // short
  { q: 'EMDR?', expect: 'answer', style: 'short', headings: ['EMDR'], evidence: ['hold the memory in mind while following side-to-side eye movements'] },
  { q: 'delayed ptsd', expect: 'answer', style: 'short', headings: ['Signs of PTSD', 'Can PTSD start years after an incident?'], evidence: ['this is known as delayed-onset PTSD', 'Delayed-onset PTSD can appear months or years later'] },
  // typo
  { q: 'how many sesions of trauma focussed cbt will i need', expect: 'answer', style: 'typo', headings: ['Trauma-focused CBT'], evidence: ['It usually involves 8 to 12 weekly sessions'] },
  { q: 'is it ok to have a drink to get to sleep after a nigth shift', expect: 'answer', style: 'typo', headings: ['Sleep, alcohol and shifts'], evidence: ['it breaks up sleep later in the night', 'A drink may help you fall asleep'] },
  { q: 'what adjustmants can i ask for when i go back', expect: 'answer', style: 'typo', before: ["I've been off sick for 2 months with PTSD"], headings: ['Returning to duty'], evidence: ['shorter or day shifts for the first few weeks', 'working alongside a trusted colleague, or buddying'] },
  // phonetic
  { q: 'cud i get ptsd if im only on the fones in control not at the scene', expect: 'answer', style: 'phonetic', headings: ['Can call handlers get PTSD without going to the scene?', 'Cumulative trauma: it adds up'], evidence: ['and imagining what you cannot see, can be traumatic', 'they can develop PTSD at similar rates to crews on the road'] },
  { q: 'wot r the signs of ptsd 2 look out 4', expect: 'answer', style: 'phonetic', headings: ['Signs of PTSD'], evidence: ['flashbacks, nightmares, or intrusive images and sounds that arrive without warning', 'feeling numb or detached, blaming yourself'] },
  { q: 'shud i tlk about the job wiv my crew after or keep it 2 myself', expect: 'answer', style: 'phonetic', headings: ['Should I talk about the job with my crew afterwards?'], evidence: ['Informal chats with colleagues you trust can help', 'not being made to relive the details'] },
  // emoji-filler
  { q: 'ngl i feel literally nothing after that job last night 😶 is that weird lol', expect: 'answer', style: 'emoji-filler', headings: ['Is it normal to feel nothing after a really bad job?'], evidence: ['Feeling numb or detached straight after an incident is a common'] },
  { q: 'sooo is the TRiM thing basically a debrief where u go over everything?? 😬', expect: 'answer', style: 'emoji-filler', headings: ['TRiM and peer support'], evidence: ['you will not be asked to go through the incident in detail', 'The meeting is not a debrief'] },
  { q: 'how much booze is too much a week tbh 🍺🍺', expect: 'answer', style: 'emoji-filler', before: ["I can't sleep after night shifts"], headings: ['Sleep, alcohol and shifts'], evidence: ['UK guidelines advise no more than 14 units a week'] },
  // caregiver
  { q: "My husband is a firefighter and won't tell me anything about his shifts. How can I help him?", expect: 'answer', style: 'caregiver', headings: ['Family and partners'], evidence: ["you don't need to hear the details of the job to help", 'be ready to listen without trying to fix it'] },
  { q: 'What do I tell our kids when their mum comes home upset from a bad shift?', expect: 'answer', style: 'caregiver', headings: ['Family and partners'], evidence: ['A short, honest explanation suited to their age', 'is usually better than saying nothing'] },
  { q: "My daughter's a paramedic and I think she's drinking most nights to switch off. Is that a warning sign?", expect: 'answer', style: 'caregiver', headings: ['Sleep, alcohol and shifts', 'Family and partners', 'When to get urgent help'], evidence: ['you need a drink to switch off after every shift', 'that is a good time to talk to someone', 'you are drinking or using drugs every day to cope'] },
  // yes-no
  { q: 'and can it be treated?', expect: 'answer', style: 'yes-no', before: ["what's complex ptsd"], headings: ['Complex PTSD'], evidence: ['It is treatable, although treatment may take longer'] },
  { q: 'Is a group debrief straight after the incident a good idea?', expect: 'answer', style: 'yes-no', headings: ['TRiM and peer support'], evidence: ['is not recommended, as it does not prevent PTSD'] },
  { q: 'Can PTSD be cured if it happened ages ago?', expect: 'answer', style: 'yes-no', headings: ['Treatment: trauma-focused CBT and EMDR'], evidence: ['even when the trauma happened many years ago'] },
  // comparison
  { q: "What's the difference between trauma-focused CBT and EMDR?", expect: 'answer', style: 'comparison', headings: ['Trauma-focused CBT', 'EMDR'], evidence: ['helps you process the memory so it feels less', 'while following side-to-side eye movements, taps or sounds'] },
  { q: "how can I tell if it's PTSD or depression", expect: 'answer', style: 'comparison', headings: ['Normal reaction, PTSD or depression?'], evidence: ['Memories intrude and feel like it is happening again', 'Most of the day, nearly every day, for 2 weeks or more'] },
  // two-part
  { q: 'When should I get assessed for PTSD, and can it show up years later?', expect: 'answer', style: 'two-part', headings: ['Signs of PTSD', 'Can PTSD start years after an incident?'], evidence: ['If symptoms last longer than 4 weeks, are getting worse', 'PTSD can also appear months or even years after an incident'] },
  { q: 'whats moral injury and does it count as a mental illness', expect: 'answer', style: 'two-part', headings: ['Moral injury'], evidence: ['Moral injury is not a mental illness', 'distress that comes from doing, failing to prevent, or witnessing'] },
  // non-native
  { q: 'If I tell about my problem to the service, they will stop my career?', expect: 'answer', style: 'non-native', headings: ['Will asking for help end my career?', "Why people don't ask for help"], evidence: ['who get support for PTSD or low mood stay in their role', 'Temporary changes to duties are usually about safety during recovery', 'people who get treatment early are more likely to stay'] },
  { q: 'PTSD it can get better or not? Which help is exist?', expect: 'answer', style: 'non-native', headings: ['Treatment: trauma-focused CBT and EMDR'], evidence: ['PTSD is treatable, and most people improve with the right help'] },
  // long-personal
  { q: "I've been a paramedic for 14 years and never had a problem, I coped with everything. Then last month a pretty ordinary RTC and I just fell apart in the cab afterwards. Why now, when it wasn't even a bad one?", expect: 'answer', style: 'long-personal', headings: ['Cumulative trauma: it adds up'], evidence: ['often after a job that seemed no worse than the others', "It isn't always one big incident that causes problems."] },
  { q: "I'm a call handler. Last year I stayed on the line with a mum doing CPR on her baby and since then I shake on every cardiac arrest call and I've started calling in sick. My manager wants me back on full duties next week. What can I ask for?", expect: 'answer', style: 'long-personal', headings: ['Returning to duty'], evidence: ['often starts with a phased return over 2 to 4 weeks', 'temporarily avoiding the call types linked to your trauma'] },
  { q: "We had a fatal house fire with kids involved three weeks ago. The lads on the watch all say they're fine. I'm the watch manager and I don't want anyone slipping through the net. What should I be organising?", expect: 'answer', style: 'long-personal', headings: ['Our phone tree', 'TRiM and peer support'], evidence: ['so that nobody involved in a serious incident is missed', 'a TRiM practitioner usually meets you within about 72 hours', 'A follow-up meeting around 28 days later checks whether symptoms'] },
  // out-of-scope
  { q: 'How do I apply to become a paramedic?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Does the police pension pay out for ill-health retirement with PTSD?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I sue my employer for compensation over PTSD?', expect: 'fallback', style: 'out-of-scope' },
  { q: "What's the phone number for the Fire Fighters Charity?", expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I train to become a TRiM practitioner?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What are the side effects of sertraline?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is ketamine therapy available for PTSD?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can police officers get a PTSD assistance dog?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How much sick pay will I get while off with stress?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I go to an employment tribunal if they dismiss me over my mental health?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do you treat a burn at the scene?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is there a separate PTSD service for military veterans?', expect: 'fallback', style: 'out-of-scope' },
];
