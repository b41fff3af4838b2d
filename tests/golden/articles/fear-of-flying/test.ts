import type { ArticleCase } from '../types.ts';
/** Test half for fear-of-flying (a Jimdo Creator therapist's page saved from the browser): blind, never tuned on. */
export const test: ArticleCase[] = [
  // plain
  { q: 'How many people are afraid of flying?', expect: 'answer', style: 'plain', headings: ['How common is a fear of flying?'], evidence: ['between one in four and one in three adults feel', 'around 2 to 3 in every 100 people'] },
  { q: 'How long does a panic attack last?', expect: 'answer', style: 'plain', headings: ['Panic on a plane'], evidence: ['usually peaks within about 10 minutes and eases over'] },
  { q: 'Is turbulence dangerous?', expect: 'answer', style: 'plain', headings: ['Turbulence: the facts'], evidence: ['The real risk from turbulence is small and mostly affects', 'built and tested to cope with forces far greater'] },
  // paraphrase
  { q: 'If I just never get on a plane again, why would that make things harder for me?', expect: 'answer', style: 'paraphrase', headings: ['Why avoiding flights makes the fear grow'], evidence: ['Each time you avoid flying, your brain learns that flying', 'that relief is exactly what keeps the fear going'] },
  { q: "what actually happens on those airline days for scared passengers? is there a pilot talking", expect: 'answer', style: 'paraphrase', headings: ['Fear of flying courses'], evidence: ['a talk from a pilot about how planes fly', 'a short flight of around 45 minutes with the trainers'] },
  { q: 'how many goes with the headset do people normally need', expect: 'answer', style: 'paraphrase', before: ['Do you offer virtual reality for fear of flying?'], headings: ['Virtual reality exposure'], evidence: ['A course of VR exposure is usually 6 to 8 sessions'] },
  // short
  { q: 'wings bending', expect: 'answer', style: 'short', headings: ['Turbulence: the facts'], evidence: ['Wings are designed to flex, and that bending is a sign'] },
  { q: 'CBT how many sessions', expect: 'answer', style: 'short', headings: ['Cognitive behavioural therapy (CBT)'], evidence: ['usually takes between 6 and 12 weekly sessions of about'] },
  { q: '5-4-3-2-1', expect: 'answer', style: 'short', headings: ['Grounding with your senses'], evidence: ['A simple version is the 5-4-3-2-1 exercise:', 'Name 5 things you can see'] },
  // typo
  { q: 'wat seat is best if turbulance scares me', expect: 'answer', style: 'typo', headings: ['Turbulence: the facts'], evidence: ['choose a seat over the wings, where the movement feels gentlest'] },
  { q: 'can i get sleeping pils from my docter for the flight', expect: 'answer', style: 'typo', headings: ['Questions about medication'], evidence: ['please speak to your GP, who can look at your health'] },
  { q: 'how shoud i breath when im panicing on the plane', expect: 'answer', style: 'typo', headings: ['Slow breathing', 'Calming techniques to use on board'], evidence: ['breathing in gently through your nose for a count of 4', 'out through your mouth for a count of 6 or 7'] },
  // phonetic
  { q: 'wot if i hav a panic attak on the plane n cant get off', expect: 'answer', style: 'phonetic', headings: ['Panic on a plane'], evidence: ['it often helps to tell a member of the cabin crew', 'they are not dangerous to a healthy person'] },
  { q: 'shud i tell the crew im scared b4 we take off', expect: 'answer', style: 'phonetic', before: ["I'm flying to Rome on Friday and I'm dreading it"], headings: ['Should I tell the cabin crew I am nervous?', 'Panic on a plane'], evidence: ['Crew can explain unusual noises, check on you during the flight', 'it often helps to tell a member of the cabin crew'] },
  // emoji-filler
  { q: 'ngl my whole thing is being stuck with no way off 😬 is that even a fear of flying thing??', expect: 'answer', style: 'emoji-filler', headings: ['What is the fear really about?'], evidence: ['no way of getting off once the doors close'] },
  { q: 'soooo is flying actually safe or is everyone just saying that lol ✈️', expect: 'answer', style: 'emoji-filler', headings: ['Is flying really safe?'], evidence: ['Commercial flying is one of the safest ways to travel'] },
  { q: "does the fear come back after therapy 😩 like if i dont fly for ages", expect: 'answer', style: 'emoji-filler', headings: ['Does the fear come back?'], evidence: ['It can return a little after a long break from flying', 'ideally within 3 to 6 months, helps keep the progress'] },
  // caregiver
  { q: 'My 6 year old is terrified about our first flight, how can I help her?', expect: 'answer', style: 'caregiver', headings: ['Travelling with a child who is scared of flying'], evidence: ['Talk about the trip in advance, using picture books or videos', 'your own calm matters more than anything you say'] },
  { q: 'My husband only gets on planes after 3 or 4 beers at the airport bar. Is that a problem?', expect: 'answer', style: 'caregiver', headings: ['Why avoiding flights makes the fear grow', 'Questions about medication', 'When to get help'], evidence: ['such as only flying after several drinks', 'Alcohol has similar drawbacks and often makes anxiety worse', 'you rely on alcohol or someone else\'s medication to cope'] },
  { q: 'he panics at take off cos his ears hurt, anything that helps?', expect: 'answer', style: 'caregiver', before: ["We're flying to see grandma with our 5 year old"], headings: ['Travelling with a child who is scared of flying'], evidence: ['Give swallowing, sucking or a drink during take-off and landing'] },
  // yes-no
  { q: 'Can you suddenly get scared of flying in your 30s when you used to love it?', expect: 'answer', style: 'yes-no', headings: ['How common is a fear of flying?'], evidence: ['develop the fear in their 20s or 30s, often after'] },
  { q: 'Can CBT for this be done online?', expect: 'answer', style: 'yes-no', headings: ['Cognitive behavioural therapy (CBT)'], evidence: ['it can be done in person or online'] },
  { q: "Is it ok to take one of my mum's diazepam for the flight?", expect: 'answer', style: 'yes-no', headings: ['Questions about medication'], evidence: ['Do not take medication prescribed for someone else.'] },
  // comparison
  { q: 'Is virtual reality as good as practising on actual flights?', expect: 'answer', style: 'comparison', headings: ['Virtual reality exposure'], evidence: ['works about as well as practising on real flights'] },
  { q: 'What is riskier, driving to the airport or the flight itself?', expect: 'answer', style: 'comparison', headings: ['Is flying really safe?'], evidence: ['the journey to the airport by car carries more risk'] },
  // two-part
  { q: 'What causes the bumps in the air and how do pilots avoid them?', expect: 'answer', style: 'two-part', headings: ['Turbulence: the facts'], evidence: ['It is simply uneven air, like waves on the sea', 'Pilots use weather radar and reports from other aircraft'] },
  { q: 'How many sessions does it take, and is a month and a half enough before my holiday?', expect: 'answer', style: 'two-part', headings: ['Can I get over it before my trip in six weeks?', 'Cognitive behavioural therapy (CBT)'], evidence: ['Many people make real progress in 4 to 6 sessions', 'usually takes between 6 and 12 weekly sessions of about'] },
  // non-native
  { q: 'Please, why sedative medicine is not good idea for flight? I am afraid very much.', expect: 'answer', style: 'non-native', headings: ['Questions about medication'], evidence: ['sedating medicines can make you drowsy and less alert', 'may increase the risk of blood clots on long flights'] },
  { q: 'I am not flying since 2 years because of fear. When I must go to professional?', expect: 'answer', style: 'non-native', headings: ['When to get help'], evidence: ['you have avoided flying for more than 6 months because of fear'] },
  // long-personal
  { q: "I used to fly for work all the time. Two years ago I had a panic attack in a supermarket and since then I've been dreading every trip. Last month I took the train to Edinburgh instead and felt so relieved. Am I making it worse by doing that?", expect: 'answer', style: 'long-personal', headings: ['Why avoiding flights makes the fear grow'], evidence: ['that relief is exactly what keeps the fear going', 'Each time you avoid flying, your brain learns that flying'] },
  { q: "We're going to Spain in the summer. I'm fine at the airport but once the plane starts moving I grip the armrest, my hands tingle and my mind goes straight to crashing. I can't see anyone before the trip. What can I actually do in my seat to calm down?", expect: 'answer', style: 'long-personal', headings: ['Calming techniques to use on board', 'Slow breathing', 'Grounding with your senses'], evidence: ['Try breathing in gently through your nose for a count', 'Name 5 things you can see'] },
  { q: "I'm 41 and I've never been on a plane. My family have booked a wedding in Cyprus and I said I'd go. Honestly I can't tell if I'm scared of crashing or of freaking out in front of everyone. Does it matter which one it is?", expect: 'answer', style: 'long-personal', headings: ['What is the fear really about?'], evidence: ['Working out which one drives yours makes it much easier to tackle', 'the biggest worry is not the plane at all'] },
  // out of scope
  { q: 'Which airlines near Bristol run fear of flying courses?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How much does a session with you cost?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Do you do hypnotherapy for fear of flying?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is there an app that forecasts turbulence on my route', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I bring my emotional support dog on the plane?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i get over jet lag after a long haul flight', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is it safe to fly when I am 30 weeks pregnant?', expect: 'fallback', style: 'out-of-scope' },
  { q: "what's the medical name for fear of flying", expect: 'fallback', style: 'out-of-scope' },
  { q: 'Any tips for seasickness on the ferry to France?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Are your sessions covered by Bupa insurance?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I get a refund on my flight if I am too anxious to go?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what helps with motion sickness on planes', expect: 'fallback', style: 'out-of-scope' },
];
