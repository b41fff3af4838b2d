import type { ArticleCase } from '../types.ts';
/** Test half for dementia-diagnosis (low mood and anxiety after a dementia diagnosis, a two-column charity factsheet PDF through `pdftotext -layout`): blind, never tuned on. */
export const test: ArticleCase[] = [
  // plain
  { q: 'Is it common to feel depressed after being diagnosed with dementia?', expect: 'answer', style: 'plain', headings: ['Key facts'], evidence: ['Depression affects around 1 in 3 people living'] },
  { q: 'How do I tell my grandchildren that I have dementia?', expect: 'answer', style: 'plain', headings: ['Telling children and grandchildren'], evidence: ['Use simple, honest words that suit', 'reassure them that they cannot'] },
  { q: 'Do I have to tell the DVLA about my dementia?', expect: 'answer', style: 'plain', headings: ['Driving'], evidence: ['in the UK you must tell the DVLA'] },
  // paraphrase
  { q: 'What gadgets or tricks stop me forgetting my tablets and appointments?', expect: 'answer', style: 'paraphrase', headings: ['Memory aids that can help'], evidence: ['a weekly pill organiser, or a dispenser', 'a large calendar or whiteboard in the'] },
  { q: 'Is there a way to give someone I trust the legal right to decide things for me later on?', expect: 'answer', style: 'paraphrase', headings: ['Planning ahead'], evidence: ['setting up a lasting power of attorney', 'decisions for you if you cannot'] },
  { q: 'can counselling be changed to suit someone whose recall is poor', expect: 'answer', style: 'paraphrase', headings: ['Talking therapies adapted for memory problems'], evidence: ['Therapists can adapt their approach for', 'shorter sessions, for example 30 minutes'] },
  // short
  { q: 'memory cafes', expect: 'answer', style: 'short', headings: ['Support groups and peer support'], evidence: ['held once a month, where people with memory', 'Memory cafés are informal sessions, usually'] },
  { q: 'how many types', before: ['what is a lasting power of attorney?'], expect: 'answer', style: 'short', headings: ['Planning ahead'], evidence: ['There are two types of LPA: one for property', 'and financial affairs, and one for health and'] },
  { q: 'CST', expect: 'answer', style: 'short', headings: ['Talking therapies adapted for memory problems'], evidence: ['Some memory services also offer cognitive', 'programme, usually 14 sessions held twice a'] },
  // typo
  { q: 'how do i tell my freinds and famly about my diagnosys', expect: 'answer', style: 'typo', headings: ['Telling family and friends'], evidence: ['You might find it easier to tell people one', 'at a time, somewhere quiet.'] },
  { q: 'does my emploer have to make changes for me at work if i have dementia', expect: 'answer', style: 'typo', headings: ['Work'], evidence: ['is usually treated as a disability under the', 'Equality Act 2010, which means your employer'] },
  { q: 'is ther an age limit for talkng therapy', expect: 'answer', style: 'typo', headings: ['Am I too old to try talking therapy?'], evidence: ['There is no upper age limit for talking therapies'] },
  // phonetic
  { q: 'wot can i do if i get rly anxious in the evenins', expect: 'answer', style: 'phonetic', headings: ['Anxiety and worry'], evidence: ['find that anxiety rises in the late afternoon', 'routine and a calm, quiet space can all help.'] },
  { q: 'do u hav 2 stop drivin straight away wen u get dementia', expect: 'answer', style: 'phonetic', headings: ['Driving'], evidence: ['A diagnosis of dementia does not', 'automatically mean you have to stop driving.'] },
  // emoji-filler
  { q: 'ngl i feel kinda relieved i finally got diagnosed 😅 is that weird??', expect: 'answer', style: 'emoji-filler', headings: ['Is it normal to feel relieved after a diagnosis?', 'Common feelings after a diagnosis'], evidence: ['Feeling relieved and upset at the same time is common.', 'relief at finally having an explanation'] },
  { q: 'sooo are there groups for ppl like me who got dementia before 65?? 🙏', expect: 'answer', style: 'emoji-filler', headings: ['Support groups and peer support'], evidence: ['diagnosed under the age of 65 (known as'] },
  { q: 'lol my memory is bad enough already 🙃 does being low make it even worse', expect: 'answer', style: 'emoji-filler', headings: ['Can low mood make my memory worse?'], evidence: ['Depression and anxiety affect concentration, which makes it harder'] },
  // caregiver
  { q: "My dad has just been diagnosed and he's stopped doing anything, barely talks. Is that depression or just the dementia?", expect: 'answer', style: 'caregiver', headings: ['Is it depression or dementia?'], evidence: ['Someone with apathy may do less, but', 'Some signs point more towards depression.'] },
  { q: "my wife was told she has dementia and she's terrified of forgetting things, what can we put round the house to help", expect: 'answer', style: 'caregiver', headings: ['Memory aids that can help'], evidence: ['a clock that shows the day and date as', 'a notebook you carry with you for names'] },
  { q: 'when should I get my mum to see her GP about her low mood since her diagnosis?', expect: 'answer', style: 'caregiver', headings: ['When to get help'], evidence: ['you have felt low, empty or hopeless for', 'Speak to your GP or memory service if:'] },
  // yes-no
  { q: 'Can I refer myself or do I have to go through the GP?', before: ['are there talking therapies for people with dementia?'], expect: 'answer', style: 'yes-no', headings: ['Talking therapies adapted for memory problems'], evidence: ['In England, you can refer yourself to NHS', 'Talking Therapies without seeing your GP'] },
  { q: "Will I get fined if I don't tell the DVLA?", expect: 'answer', style: 'yes-no', headings: ['Driving'], evidence: ['You can be fined up to', '£1,000 if you do not tell the DVLA.'] },
  { q: 'are antidepressants ok with dementia then?', before: ['what if therapy isnt enough for my depression'], expect: 'answer', style: 'yes-no', headings: ['Talking therapies adapted for memory problems'], evidence: ['Antidepressants may help if depression is', 'suitable than others for people with'] },
  // comparison
  { q: "what's the difference between apathy and depression in dementia", expect: 'answer', style: 'comparison', headings: ['Is it depression or dementia?'], evidence: ['Apathy is different. It is a loss of', 'they do not usually feel sad about it.'] },
  { q: 'whats the difference between CBT and counselling', expect: 'answer', style: 'comparison', headings: ['Talking therapies adapted for memory problems'], evidence: ['therapy (CBT) helps you notice unhelpful', 'responding. Counselling gives you space to'] },
  // two-part
  { q: 'How much exercise should I be doing, and what if that feels like too much?', expect: 'answer', style: 'two-part', headings: ['Staying active and connected'], evidence: ['about 150 minutes of moderate activity a', 'days. If that sounds like a lot, start with'] },
  { q: 'What is an advance statement and how long does registering an LPA take?', expect: 'answer', style: 'two-part', headings: ['Planning ahead'], evidence: ['writing an advance statement about your', 'be used, and this can take several weeks.'] },
  // non-native
  { q: 'I am have dementia since short time. Is normal that I feel angry and afraid?', expect: 'answer', style: 'non-native', headings: ['Common feelings after a diagnosis'], evidence: ['These feelings are a normal reaction to', 'anger, or a sense that it is unfair'] },
  { q: 'My English not so good. After diagnose, I must stop my job immediately?', expect: 'answer', style: 'non-native', headings: ['Will I have to stop working straight away?', 'Work'], evidence: ['Many people carry on working for some time after a diagnosis'] },
  // long-personal
  { q: "I was diagnosed with Alzheimer's three months ago. At first I was okay but now I just sit at home and don't want to see anyone. My friends keep inviting me out but I'm scared I'll lose track of what people are saying. Should I just stay in?", expect: 'answer', style: 'long-personal', headings: ['Staying active and connected'], evidence: ['can be tempting to turn down invitations', 'a conversation, but isolation tends to make', 'low mood worse. Tell friends what helps, such'] },
  { q: "I'm 62 and still teach part time. I got my diagnosis last month and I haven't told the school yet. I'm worried they'll push me out. Do I have to tell them?", expect: 'answer', style: 'long-personal', headings: ['Work'], evidence: ['If you are still working, you do not have to', 'tell your employer straight away, but telling'] },
  { q: "I had a memory assessment and they say it's early Alzheimer's. Honestly I've been crying a lot and waking at 4am every day. My daughter thinks the dementia is making me like this. How do I know if it's actually depression?", expect: 'answer', style: 'long-personal', headings: ['Is it depression or dementia?'], evidence: ['and waking very early in the morning feeling', 'These include feeling sad, empty or hopeless'] },
  // out of scope
  { q: "What medication slows down Alzheimer's?", expect: 'fallback', style: 'out-of-scope' },
  { q: 'how is dementia diagnosed, what tests do they do', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is dementia hereditary? Will my kids get it?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How long do people usually live after a dementia diagnosis?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I get PIP or attendance allowance with dementia', expect: 'fallback', style: 'out-of-scope' },
  { q: "what's the difference between alzheimer's and vascular dementia", expect: 'fallback', style: 'out-of-scope' },
  { q: 'How much does a care home cost per week?', expect: 'fallback', style: 'out-of-scope' },
  { q: "what's the DVLA phone number", expect: 'fallback', style: 'out-of-scope' },
  { q: 'How much does it cost to register a lasting power of attorney?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I sign up for a clinical trial for a new dementia drug?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is it safe for me to keep living alone with dementia?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i still fly abroad on holiday now i have dementia', expect: 'fallback', style: 'out-of-scope' },
];
