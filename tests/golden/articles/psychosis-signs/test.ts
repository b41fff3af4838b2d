import type { ArticleCase } from '../types.ts';

/** Test half for psychosis-signs (Sphinx / Read the Docs handbook page): blind, never tuned on. */
export const test: ArticleCase[] = [
  // plain
  { q: 'What age does psychosis usually start?', expect: 'answer', style: 'plain', headings: ['What is psychosis?'], evidence: ['most often happens between the ages of 14 and 35'] },
  { q: 'How long does it take for antipsychotics to work?', expect: 'answer', style: 'plain', headings: ['Antipsychotic medication'], evidence: ['the full effect can take 4 to 6 weeks', 'Some people feel calmer within a few days'] },
  { q: 'how long do they stick with you for?', before: ['what do early intervention teams do'], expect: 'answer', style: 'plain', headings: ['Early intervention in psychosis teams'], evidence: ['An EIP team usually offers support for up to 3 years'] },
  // paraphrase
  { q: 'How common is it for people to lose touch with reality at some point in life?', expect: 'answer', style: 'paraphrase', headings: ['What is psychosis?'], evidence: ['Around 3 in every 100 people will have a psychotic episode'] },
  { q: 'does smoking weed every day make you more likely to lose your grip on reality', expect: 'answer', style: 'paraphrase', headings: ['Cannabis and other drugs'], evidence: ['every day were around 5 times more likely to develop psychosis'] },
  { q: 'Will the tablets they give me make me put on weight?', expect: 'answer', style: 'paraphrase', headings: ['Antipsychotic medication'], evidence: ['Side effects can include weight gain, tiredness and feeling restless'] },
  // short
  { q: 'prodrome', expect: 'answer', style: 'short', headings: ['The prodrome'], evidence: ['Doctors call this early period of change the prodrome'] },
  { q: 'CBTp sessions', expect: 'answer', style: 'short', headings: ['Talking therapies and family intervention'], evidence: ['It usually involves at least 16 sessions.'] },
  // typo
  { q: 'can psycosis be caused by trauma from childhood', expect: 'answer', style: 'typo', headings: ['Other risk factors'], evidence: ['traumatic experiences, especially abuse or bullying in childhood'] },
  { q: 'what hapens if my son refusez to get help, he says hes fine', expect: 'answer', style: 'typo', headings: ['What if the person refuses help?'], evidence: ['This is common, because the person may not feel unwell.', 'Keep the relationship going and focus on problems they do notice'] },
  { q: 'how long do i have to stay on the medicaton after im better', expect: 'answer', style: 'typo', headings: ['Antipsychotic medication'], evidence: ['usually advised to keep taking medication for 1 to 2 years'] },
  // phonetic
  { q: 'wot r hallucinations exactly', expect: 'answer', style: 'phonetic', headings: ['Hallucinations', 'What is psychosis?'], evidence: ['Hearing, seeing, smelling or feeling things that are not there'] },
  { q: 'n cud stress on its own do it?', before: ['wot causes psychosis'], expect: 'answer', style: 'phonetic', headings: ['Can stress alone cause psychosis?', 'What causes psychosis?'], evidence: ['Stress rarely causes psychosis on its own.', 'It is more often the trigger in someone who is already vulnerable'] },
  { q: 'how soon shud the EIP ppl see u after the gp refers', expect: 'answer', style: 'phonetic', headings: ['Early intervention in psychosis teams'], evidence: ['national target is for treatment to start within 2 weeks of referral'] },
  // emoji / filler
  { q: 'ngl im scared 😟 my brother keeps saying ppl are following him, is that like a delusion??', expect: 'answer', style: 'emoji-filler', headings: ['Delusions', 'What is psychosis?'], evidence: ['such as believing they are being followed or watched', 'Strong beliefs that other people do not share'] },
  { q: 'lol ok so can u actually get better from psychosis 🙏', expect: 'answer', style: 'emoji-filler', headings: ['Recovery'], evidence: ['Recovery from a first episode is common.', 'around 3 in 4 people recover well from their first episode'] },
  { q: 'sooo can ketamine or coke cause this stuff too 😬', expect: 'answer', style: 'emoji-filler', headings: ['Cannabis and other drugs'], evidence: ['Other drugs, including amphetamines, cocaine, ketamine and LSD, can also trigger'] },
  // caregiver
  { q: 'My daughter has just been diagnosed with psychosis. What can I do at home to help her?', expect: 'answer', style: 'caregiver', headings: ['How family and friends can help'], evidence: ['keep the home routine steady, with regular meals and sleep', 'stay calm and speak in short, clear sentences'] },
  { q: "my husband is convinced the neighbours are spying on him, should I tell him he's wrong?", expect: 'answer', style: 'caregiver', headings: ['How family and friends can help'], evidence: ['listen to how the person feels, without arguing about their beliefs', 'avoid agreeing with delusions, but accept that the experience'] },
  { q: "I'm looking after my son after his first episode and I'm worn out. Is there any support for me?", expect: 'answer', style: 'caregiver', headings: ['How family and friends can help'], evidence: ['many EIP teams run groups for families', 'Make time for your own rest and support too.'] },
  // yes-no
  { q: 'is having psychosis basically schizophrenia then?', expect: 'answer', style: 'yes-no', headings: ['Is psychosis the same as schizophrenia?'], evidence: ['Psychosis is a group of symptoms, and schizophrenia is one', 'Many people who have a first episode are never diagnosed with schizophrenia'] },
  { q: 'Are people with psychosis violent?', expect: 'answer', style: 'yes-no', headings: ['Does psychosis mean someone is dangerous?'], evidence: ['Most people with psychosis are not violent.'] },
  { q: 'Can I refer myself to the early intervention team without going through my GP?', expect: 'answer', style: 'yes-no', headings: ['Early intervention in psychosis teams'], evidence: ['in many areas you can also contact the team yourself'] },
  // comparison
  { q: 'how do you tell the start of psychosis apart from normal teenage moodiness?', expect: 'answer', style: 'comparison', headings: ['Early warning signs'], evidence: ['look a lot like ordinary teenage moodiness, stress or depression', 'a combination of changes that lasts and is clearly different'] },
  { q: 'Is therapy or medication better for psychosis?', expect: 'answer', style: 'comparison', headings: ['Treatment'], evidence: ['offered a combination of medicine, talking therapy and practical support'] },
  // two-part
  { q: 'what does a care coordinator actually do, and can the team help with stuff like benefits?', expect: 'answer', style: 'two-part', headings: ['Early intervention in psychosis teams'], evidence: ['Each person has a care coordinator who gets to know them', 'The team can also help with housing, benefits, studying and getting'] },
  { q: 'My dad had schizophrenia. Does that mean I will get it, and what else raises the risk?', expect: 'answer', style: 'two-part', headings: ['Other risk factors'], evidence: ['Most people with a family history never do.', 'a parent, brother or sister with psychosis, schizophrenia or bipolar disorder'] },
  // non-native
  { q: 'My friend he say he hear voices, it is psychosis? What I must do for him?', expect: 'answer', style: 'non-native', headings: ['Hallucinations', 'What is psychosis?', 'How family and friends can help'], evidence: ['Hearing voices is the most common kind.', 'encourage them to see their GP or the EIP team'] },
  { q: 'and the family intervention, how many meeting it have?', before: ['what treatment they give for psychosis?'], expect: 'answer', style: 'non-native', headings: ['Talking therapies and family intervention'], evidence: ['usually at least 10 over 3 months to a year'] },
  // long personal
  { q: "I'm 19 and for the last few months things have felt strange and different but I can't explain why. I've stopped seeing my mates and I sleep most of the day. My mum thinks it's just a phase. Should I see someone about it?", expect: 'answer', style: 'long-personal', headings: ['When to get urgent help', 'The prodrome'], evidence: ['book an appointment with your GP and explain the changes', 'You do not need to be sure it is psychosis.', 'Support at this stage can sometimes stop symptoms'] },
  { q: "My partner had a first episode last year and is doing loads better now. He's been on his meds for about 8 months and wants to come off them because he feels fine. Is that a good idea?", expect: 'answer', style: 'long-personal', headings: ['Antipsychotic medication'], evidence: ['stopping suddenly raises the risk of relapse', 'talk it through with your team first'] },
  { q: 'I had psychosis two years ago and I got through it. But I still feel tired and unmotivated a lot of the time, and my friends have moved on. Is that normal after recovering?', expect: 'answer', style: 'long-personal', headings: ['Recovery'], evidence: ['tiredness and low motivation can carry on for a while', 'It often takes longer than people expect'] },
  // out of scope
  { q: 'What is the difference between psychosis and psychopathy?', expect: 'fallback', style: 'out-of-scope' },
  { q: "Is CBD oil safe to use if I've had psychosis?", expect: 'fallback', style: 'out-of-scope' },
  { q: 'Which antipsychotic has the fewest side effects?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I drive while taking antipsychotics?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i get PIP for psychosis', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What is postpartum psychosis?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is it safe to take antipsychotics while pregnant?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Do I have to tell my employer about my psychosis diagnosis?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What does being sectioned under the Mental Health Act mean?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can a brain scan show if someone has psychosis?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what time does the eastvale crisis cafe open', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is psychosis more common in men or women?', expect: 'fallback', style: 'out-of-scope' },
];
