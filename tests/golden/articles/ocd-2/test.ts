import type { ArticleCase } from '../types.ts';
/** Test half for ocd-2 (second wording set for the OCD page copied from the browser): blind, never tuned on. */
export const test: ArticleCase[] = [
  // plain
  { q: 'How common is OCD?', expect: 'answer', style: 'plain', headings: ['What is OCD?'], evidence: ['It affects around 1 to 2 people in every 100'] },
  { q: 'What age does OCD usually start?', expect: 'answer', style: 'plain', headings: ['What is OCD?'], evidence: ['it often begins in the teenage years or early adulthood', 'it can start at any age'] },
  { q: 'How many therapy sessions do people usually need for OCD?', expect: 'answer', style: 'plain', headings: ['Treatment: ERP and CBT'], evidence: ['Most people have a course of around 10 to 20 sessions.'] },
  // paraphrase
  { q: "Why does the urge to repeat my ritual come straight back after I've done it?", expect: 'answer', style: 'paraphrase', headings: ['What is OCD?'], evidence: ['The relief from a compulsion is usually short-lived.', 'The anxiety soon comes back'] },
  { q: 'If I resist the urge, does the fear eventually fade by itself?', expect: 'answer', style: 'paraphrase', headings: ['Treatment: ERP and CBT'], evidence: ['Over time, your anxiety drops on its own', 'your brain learns that the feared outcome does not happen'] },
  { q: "Does not being able to stop mean I'm just a feeble person?", expect: 'answer', style: 'paraphrase', headings: ['What is OCD?'], evidence: ['it is not a sign of weakness'] },
  // short
  { q: 'OCD meds', expect: 'answer', style: 'short', headings: ['Medication'], evidence: ['The medicines most often used for OCD are a type of antidepressant.'] },
  { q: 'pure O', expect: 'answer', style: 'short', headings: ['Common types of OCD'], evidence: ['sometimes called "Pure O" because the compulsions are mostly mental'] },
  { q: 'hoarding ocd?', expect: 'answer', style: 'short', headings: ['Common types of OCD'], evidence: ['Hoarding used to be seen as a type of OCD', 'now usually treated as a separate condition'] },
  // typo
  { q: 'wat causes ocd', expect: 'answer', style: 'typo', headings: ['What causes OCD?'], evidence: ['There is no single cause of OCD.', 'It is likely to be a mix of things'] },
  { q: 'can ocd go awya by itslef without tretment?', expect: 'answer', style: 'typo', headings: ['Can OCD go away on its own?'], evidence: ['It rarely goes away completely without treatment'] },
  { q: 'is it my falt i have ocd, did i do somthing to cause it', expect: 'answer', style: 'typo', headings: ['What causes OCD?', 'What is OCD?'], evidence: ['Nobody causes their own OCD', 'Having OCD is not your fault'] },
  // phonetic
  { q: 'shud i tell my therapist bout my low mood 2 or jus the ocd', expect: 'answer', style: 'phonetic', headings: ['OCD and depression'], evidence: ['about your mood as well as your OCD', 'so they can plan the right support for you'] },
  { q: 'how long do ocd tablets take 2 wrk', expect: 'answer', style: 'phonetic', headings: ['Medication'], evidence: ['They can take several weeks to start working'] },
  { q: 'cud my ocd b coz of genes? my mum has it 2', expect: 'answer', style: 'phonetic', headings: ['What causes OCD?'], evidence: ['family history, as OCD can run in families'] },
  // emoji-filler
  { q: 'ngl that sounds terrifying 😬 will they make me do stuff i dont want to??', before: ['what is ERP?'], expect: 'answer', style: 'emoji-filler', headings: ['Treatment: ERP and CBT'], evidence: ['you will never be forced to do anything', 'Your therapist will go at a pace you agree on'] },
  { q: 'sooo i had a rly bad week and did all my rituals again 😩 have i ruined everything lol', expect: 'answer', style: 'emoji-filler', headings: ['Self-help'], evidence: ['Recovery is not a straight line', 'setbacks are a normal part of getting better'] },
  // caregiver
  { q: 'My son keeps asking me if his hands are clean and I always say yes to calm him down. Is that actually helping him?', expect: 'answer', style: 'caregiver', headings: ['Supporting someone with OCD'], evidence: ['This is called accommodation, and although it comes from kindness', 'it can keep OCD going'] },
  { q: "what signs should I watch for in my 9 year old? she's quite secretive", before: ['Can children get OCD?'], expect: 'answer', style: 'caregiver', headings: ['Can children have OCD?'], evidence: ['Children may hide their rituals or not have the words', 'look out for repeated washing, checking or asking for reassurance'] },
  { q: 'my husband has ocd and honestly im exhausted, is it ok to need help myself?', expect: 'answer', style: 'caregiver', headings: ['Supporting someone with OCD'], evidence: ['Looking after someone with OCD can be tiring.', "get support too, such as a carers' group"] },
  // yes-no
  { q: 'can i just quit them once i start feeling better?', before: ['what medication is used for OCD'], expect: 'answer', style: 'yes-no', headings: ['Medication'], evidence: ["Don't stop taking any prescribed medicine suddenly.", 'speak to your doctor first so they can help you'] },
  { q: "Does having OCD mean I'll probably get depressed too?", expect: 'answer', style: 'yes-no', headings: ['OCD and depression'], evidence: ['OCD and depression often happen together.', 'Many people with OCD will experience depression at some point'] },
  { q: 'Is OCD classed as an anxiety disorder?', expect: 'answer', style: 'yes-no', headings: ['Is OCD a type of anxiety?'], evidence: ['rather than as an anxiety disorder', 'grouped on its own as an obsessive-compulsive related condition'] },
  // comparison
  { q: "What's the difference between being a neat freak and actually having OCD?", expect: 'answer', style: 'comparison', headings: ['OCD or everyday tidiness and worry?'], evidence: ['The difference is in how much distress it causes', 'OCD is not about enjoying tidiness.'] },
  { q: 'Is medication or therapy the better option for OCD?', expect: 'answer', style: 'comparison', headings: ['Medication', 'Treatment: ERP and CBT'], evidence: ['either on its own or alongside therapy', 'The main talking therapy for OCD is cognitive behavioural therapy'] },
  // two-part
  { q: 'What are compulsions exactly, and can they happen just in your head?', expect: 'answer', style: 'two-part', headings: ['Obsessions and compulsions'], evidence: ['Compulsions are the actions or mental rituals that follow.', 'some happen silently in your head'] },
  { q: 'How much time on rituals is too much, and who should I talk to about it?', expect: 'answer', style: 'two-part', headings: ['OCD or everyday tidiness and worry?'], evidence: ['take up more than an hour a day', 'it is worth talking to a GP'] },
  // non-native
  { q: 'Please what is meaning of obsession in OCD? I not understand this word', expect: 'answer', style: 'non-native', headings: ['What is OCD?', 'Obsessions and compulsions'], evidence: ['Obsessions are unwanted thoughts, images or urges that keep coming back', 'They pop into your mind without being invited'] },
  { q: 'My brother have bad thoughts about hurt people. He will really do it?', expect: 'answer', style: 'non-native', headings: ['Does having intrusive thoughts mean I will act on them?'], evidence: ['not the same as wanting it or acting on it'] },
  // long-personal
  { q: "I've always been a worrier. Lately I keep getting horrible flashes in my head of something bad happening to my baby. I'd never want that and I feel like a monster for even thinking it. Why would my brain do this if I don't want it?", expect: 'answer', style: 'long-personal', headings: ['Does having intrusive thoughts mean I will act on them?', 'Obsessions and compulsions'], evidence: ['unwanted and distressing precisely because they go against what you value', 'they often go against what you value or want'] },
  { q: "I started a new job three months ago and since then my checking has gone through the roof. Before that it was manageable. My partner says stress can't make OCD worse. Is a big change like that linked?", expect: 'answer', style: 'long-personal', headings: ['What causes OCD?', 'Can OCD go away on its own?'], evidence: ['started or got worse during a big life change', 'they often get worse during stressful times'] },
  { q: "I was diagnosed with OCD two years ago and was coping okay. Recently I've stopped seeing friends, I sleep most of the day, and nothing I used to love feels fun. Is this still just the OCD or something else?", expect: 'answer', style: 'long-personal', headings: ['OCD and depression'], evidence: ['losing interest in things you used to enjoy, feeling low most days', 'Signs that depression may be building up alongside OCD include'] },
  // out-of-scope
  { q: "What's the usual antidepressant dose for OCD?", expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is deep brain stimulation used for OCD?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How long is the NHS waiting list for OCD therapy?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I get PIP or other benefits if I have OCD?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is trichotillomania a type of OCD?', expect: 'fallback', style: 'out-of-scope' },
  { q: "What's the difference between OCD and OCPD?", expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can OCD turn into psychosis?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Do I have to tell my employer about my OCD?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Does CBD oil help with OCD?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How can I volunteer for Brightside Minds?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Are there any good apps for managing OCD?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is it safe to drink alcohol while taking OCD medication?', expect: 'fallback', style: 'out-of-scope' },
];
