import type { ArticleCase } from '../types.ts';
/** Dev half for ocd-2 (second wording set for the OCD page copied from the browser): free to tune on; different questions from the test half. */
export const dev: ArticleCase[] = [
  // plain
  { q: 'What is obsessive compulsive disorder?', expect: 'answer', style: 'plain', headings: ['What is OCD?'], evidence: ['Obsessive-compulsive disorder (OCD) is a common mental health condition.'] },
  { q: 'What can I do on my own to manage OCD while I wait for therapy?', expect: 'answer', style: 'plain', headings: ['Self-help'], evidence: ['try to delay a compulsion for a few minutes', 'learn about OCD so you can recognise the cycle when it starts'] },
  // paraphrase
  { q: 'Why do I keep steering clear of certain places and people lately?', expect: 'answer', style: 'paraphrase', headings: ['Obsessions and compulsions'], evidence: ['A person may stay away from places, people or objects that trigger', 'This can make life smaller over time.'] },
  { q: "When someone says they're 'so OCD' because their desk is clean, does that bother people who really have it?", expect: 'answer', style: 'paraphrase', headings: ['OCD or everyday tidiness and worry?'], evidence: ['This can make the real condition sound trivial.', 'when they mean they like things neat'] },
  { q: 'Will the doctor explain any unwanted effects of the tablets?', expect: 'answer', style: 'paraphrase', headings: ['Medication'], evidence: ['a doctor will talk through possible side effects with you'] },
  // short
  { q: 'contamination ocd', expect: 'answer', style: 'short', headings: ['Common types of OCD', 'Obsessions and compulsions'], evidence: ['worry about germs, dirt or becoming ill, often with washing or cleaning', 'fear of germs, dirt or illness'] },
  { q: 'brain chemistry?', before: ['what causes OCD'], expect: 'answer', style: 'short', headings: ['What causes OCD?'], evidence: ['differences in brain chemistry and how some parts of the brain communicate'] },
  { q: 'peer support groups', expect: 'answer', style: 'short', headings: ['Self-help'], evidence: ['join a peer support group to talk to others who understand'] },
  // typo
  { q: 'is ocd caused by bad parentng?', expect: 'answer', style: 'typo', headings: ['What causes OCD?'], evidence: ['it is not the result of bad parenting'] },
  { q: 'does excercise and sleeep help with ocd', expect: 'answer', style: 'typo', headings: ['Self-help'], evidence: ['keep active, eat regularly and try to get enough sleep'] },
  { q: 'whats the conection between ocd and anxeity', expect: 'answer', style: 'typo', headings: ['Is OCD a type of anxiety?'], evidence: ['as anxiety drives the obsessions and compulsions'] },
  // phonetic
  { q: 'y do my rituals take up so much of my day n mess up skool stuff', expect: 'answer', style: 'phonetic', headings: ['What is OCD?'], evidence: ['This cycle can take up a lot of time', 'get in the way of work, school, relationships and everyday life'] },
  { q: 'shud i argue wiv the thoughts 2 make em go away', expect: 'answer', style: 'phonetic', headings: ['Self-help'], evidence: ['label them as "just OCD" rather than arguing with them'] },
  { q: 'cud therapy help me stop thinkin that havin a bad thought means i want 2 do it', expect: 'answer', style: 'phonetic', headings: ['Treatment: ERP and CBT'], evidence: ['CBT also helps you notice and question unhelpful beliefs', 'having a thought means you want to act on it'] },
  // emoji-filler
  { q: 'ugh my brain keeps telling me i left the oven on 🙄🙄 is that an ocd thing??', expect: 'answer', style: 'emoji-filler', headings: ['Obsessions and compulsions', 'Common types of OCD'], evidence: ['worrying that you have left something unsafe, such as a door unlocked', 'doubt about whether something has been done safely'] },
  { q: 'okay so like what even IS exposure therapy 😅 asking for me', expect: 'answer', style: 'emoji-filler', headings: ['Treatment: ERP and CBT'], evidence: ['face the things that trigger your obsessions, step by step', 'At the same time, you practise not doing the compulsion.'] },
  { q: "ngl i know my rituals are kinda pointless but i literally can't stop 🙃 is that normal for ocd", expect: 'answer', style: 'emoji-filler', headings: ['What is OCD?'], evidence: ["know their thoughts and compulsions don't really make sense"] },
  // caregiver
  { q: 'How can I help my wife who has OCD?', expect: 'answer', style: 'caregiver', headings: ['Supporting someone with OCD'], evidence: ['encourage them to get professional help', 'praise small steps and effort, not just results'] },
  { q: 'I keep snapping at my dad when he does his checking rituals. What should I do instead?', expect: 'answer', style: 'caregiver', headings: ['Supporting someone with OCD'], evidence: ['avoid getting angry at the compulsions', 'remember the person is not the OCD'] },
  { q: 'Should I just stop helping with it all at once?', before: ['My teenage son has OCD and I do a lot of his checking for him.'], expect: 'answer', style: 'caregiver', headings: ['Supporting someone with OCD'], evidence: ['gently reduce how much you join in with rituals', 'ideally with the guidance of their therapist'] },
  // yes-no
  { q: 'Can you have more than one type of OCD?', expect: 'answer', style: 'yes-no', headings: ['Common types of OCD'], evidence: ['Some people have more than one'] },
  { q: 'Is it normal to get weird random thoughts now and then?', expect: 'answer', style: 'yes-no', headings: ['OCD or everyday tidiness and worry?'], evidence: ['Most people have odd thoughts or like some routines'] },
  { q: 'Can I do it in a group instead of one to one?', before: ['What therapy is used for OCD?'], expect: 'answer', style: 'yes-no', headings: ['Treatment: ERP and CBT'], evidence: ['Therapy can be one to one, in a group, or guided self-help'] },
  // comparison
  { q: "Is it OCD if I check the door once before leaving, or only if it's loads of times?", expect: 'answer', style: 'comparison', headings: ['OCD or everyday tidiness and worry?'], evidence: ['Checks the door once before going out', 'Checks the door many times and still feels unsure'] },
  { q: 'Does depression make OCD worse, or is it the other way round?', expect: 'answer', style: 'comparison', headings: ['OCD and depression'], evidence: ['Depression can also make OCD symptoms feel harder to resist.', 'which can lead to low mood'] },
  // two-part
  { q: 'Why is living with OCD so draining, and can that end up making you feel hopeless?', expect: 'answer', style: 'two-part', headings: ['OCD and depression'], evidence: ['Living with constant intrusive thoughts and time-consuming rituals can be exhausting.', 'It can leave you feeling hopeless, ashamed or cut off'] },
  { q: 'What kind of obsessions do people get, and what do they do about them?', expect: 'answer', style: 'two-part', headings: ['Obsessions and compulsions'], evidence: ['unwanted thoughts that feel upsetting or taboo', 'washing or cleaning again and again'] },
  // non-native
  { q: "What mean the 'symmetry' type of OCD? I don't understand", expect: 'answer', style: 'non-native', headings: ['Common types of OCD', 'Obsessions and compulsions'], evidence: ['a need for things to be even, ordered or "just right"', 'feel "just right" or in a certain order'] },
  { q: 'In England, is it need to see doctor first before I can get therapy for OCD?', expect: 'answer', style: 'non-native', headings: ['Treatment: ERP and CBT'], evidence: ['refer yourself to NHS Talking Therapies without seeing a GP first'] },
  // long-personal
  { q: "I've always been a perfectionist, at school and at work everything has to be done properly. Over the past year it's turned into checking emails ten times before sending and rewriting lists until they feel right. Could my personality have something to do with it?", expect: 'answer', style: 'long-personal', headings: ['What causes OCD?'], evidence: ['personality traits, such as being very careful or having high standards'] },
  { q: "I started ERP three weeks ago and honestly it's so uncomfortable. Every session I leave feeling wound up and I'm wondering if it's even working or making things worse. Is it supposed to feel this hard?", expect: 'answer', style: 'long-personal', headings: ['Treatment: ERP and CBT'], evidence: ['ERP can feel hard at first, because it means sitting with discomfort.'] },
  { q: "Whenever I've talked to someone I replay the conversation in my head for hours, checking whether I said something offensive. I also keep texting my friends to ask if they're upset with me. I never thought this was OCD because I don't wash or clean much. Can stuff like this count as compulsions?", expect: 'answer', style: 'long-personal', headings: ['Obsessions and compulsions'], evidence: ['going over past events in your mind', 'asking other people for reassurance'] },
  // out-of-scope
  { q: 'What questionnaire do doctors use to diagnose OCD?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I get signed off work because of my OCD?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Does OCD count as a disability under the Equality Act?', expect: 'fallback', style: 'out-of-scope' },
  { q: "What's the difference between OCD and autism?", expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is there a link between OCD and ADHD?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How much does private ERP therapy cost?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can a strep throat infection cause OCD in kids (PANDAS)?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is body dysmorphic disorder related to OCD?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is it safe to take sertraline while pregnant?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Are there any famous people who have OCD?', expect: 'fallback', style: 'out-of-scope' },
  { q: "What's the phone number for an OCD helpline?", expect: 'fallback', style: 'out-of-scope' },
  { q: 'Does ketamine treatment work for OCD?', expect: 'fallback', style: 'out-of-scope' },
];
