import type { ArticleCase } from '../types.ts';
/** Dev half for dementia-diagnosis (low mood and anxiety after a dementia diagnosis, a two-column charity factsheet PDF through `pdftotext -layout`). */
export const dev: ArticleCase[] = [
  // plain
  { q: 'When is the dementia support line open?', expect: 'answer', style: 'plain', headings: ['Useful numbers'], evidence: ['Monday to Friday 9am to 8pm, weekends 10am to 4pm'] },
  { q: 'Who runs peer support groups for people with dementia?', expect: 'answer', style: 'plain', headings: ['Support groups and peer support'], evidence: ['Peer support groups are run by', 'charities, memory services and local'] },
  { q: "What should I do if I'm having thoughts of ending my life?", expect: 'answer', style: 'plain', headings: ['When to get help'], evidence: ['If you have thoughts of ending your life or', 'harming yourself, get help straight away.'] },
  // paraphrase
  { q: 'If my spirits get sorted out, will I be able to think more clearly?', expect: 'answer', style: 'paraphrase', headings: ['Can low mood make my memory worse?', 'Is it depression or dementia?'], evidence: ['memory and day-to-day coping improve once their mood lifts.', 'by depression often improve when the'] },
  { q: 'Is there funding to help me hold on to my job?', expect: 'answer', style: 'paraphrase', headings: ['Work'], evidence: ['Access to Work scheme can pay for some'] },
  { q: 'Is moving my body more worth it for lifting my spirits?', expect: 'answer', style: 'paraphrase', headings: ['Staying active and connected'], evidence: ['Keeping active is one of the most effective'] },
  // short
  { q: 'samaritans number', expect: 'answer', style: 'short', headings: ['When to get help', 'Useful numbers'], evidence: ['advice, or talk to Samaritans at any time,', 'day or night, on 116 123.'] },
  { q: 'giving up driving', expect: 'answer', style: 'short', headings: ['Driving'], evidence: ['Giving up driving can feel like a big loss of', 'afterwards. Planning other ways to get about,'] },
  { q: 'anxiety symptoms', expect: 'answer', style: 'short', headings: ['Anxiety and worry'], evidence: ['Anxiety can show up as constant worry,', 'restlessness, a racing heart, feeling sick or'] },
  // typo
  { q: 'do i need to make a will and an advanse decison', expect: 'answer', style: 'typo', headings: ['Planning ahead'], evidence: ['making or updating a will', 'making an advance decision to refuse'] },
  { q: 'were can i find a suport group near me', expect: 'answer', style: 'typo', headings: ['Support groups and peer support'], evidence: ['helpline to find groups near you.', 'at home. Ask your memory service or call our'] },
  // phonetic
  { q: 'cud i bring my hubby 2 the sessions', before: ['can therapy be adapted for people with memory problems?'], expect: 'answer', style: 'phonetic', headings: ['Talking therapies adapted for memory problems'], evidence: ['bringing a family member or friend to part'] },
  { q: 'wen shud i start usin memory aids, rite away?', expect: 'answer', style: 'phonetic', headings: ['Memory aids that can help'], evidence: ['It is best to start using aids early, while', 'they are easier to learn. Introduce one at a'] },
  { q: 'wot happens after i tell the dvla, do they check wiv my doctor', expect: 'answer', style: 'phonetic', headings: ['Driving'], evidence: ['may ask your doctor for a report or ask you'] },
  // emoji-filler
  { q: 'ugh my whole family went weird and quiet when i told them 😔 is that normal', expect: 'answer', style: 'emoji-filler', headings: ['Telling family and friends'], evidence: ['disbelief or an awkward silence. Give them', 'time: many friends come back with offers of'] },
  { q: 'honestly so scared about the future rn 😩 is it too soon to sort out power of attorney stuff', expect: 'answer', style: 'emoji-filler', headings: ['Planning ahead'], evidence: ['is worth starting soon after diagnosis,', 'Making plans while you are able to can bring'] },
  { q: 'is cognitive stimulation therapy actually any good for mood tbh 🤔', expect: 'answer', style: 'emoji-filler', headings: ['Talking therapies adapted for memory problems'], evidence: ['many people find it lifts their mood and'] },
  // caregiver
  { q: 'My husband has dementia and gets really panicky in busy shops. Is that anxiety?', expect: 'answer', style: 'caregiver', headings: ['Anxiety and worry'], evidence: ['new or busy places, or when you are afraid of'] },
  { q: 'My brother has been drinking a lot more since his dementia diagnosis, should we be worried?', expect: 'answer', style: 'caregiver', headings: ['When to get help'], evidence: ['you are drinking more alcohol to cope'] },
  { q: "my gran's just been told she has dementia and she feels like nobody understands, how can I help her feel less alone?", expect: 'answer', style: 'caregiver', headings: ['Support groups and peer support'], evidence: ['Meeting other people who have dementia can be'] },
  // yes-no
  { q: 'can they catch it?', before: ['how do I explain my dementia to my grandkids'], expect: 'answer', style: 'yes-no', headings: ['Telling children and grandchildren'], evidence: ['questions, and reassure them that they cannot'] },
  { q: 'Is feeling low just an unavoidable part of having dementia?', expect: 'answer', style: 'yes-no', headings: ['Key facts'], evidence: ['Low mood is not an inevitable part of dementia.'] },
  { q: 'do any of them meet online?', before: ['are there support groups for people with dementia'], expect: 'answer', style: 'yes-no', headings: ['Support groups and peer support'], evidence: ['fortnight, and others meet online.', 'councils. Some meet in person every week or'] },
  // comparison
  { q: 'Is anxiety as common as depression after a dementia diagnosis?', expect: 'answer', style: 'comparison', headings: ['Key facts'], evidence: ['Anxiety is common too, especially in the first 12 months'] },
  { q: 'Is it better to keep working or retire early?', expect: 'answer', style: 'comparison', headings: ['Work'], evidence: ['reduce their hours or retire early; talk to a', 'benefits or financial adviser before you make'] },
  // two-part
  { q: 'Who should I tell first, and is there a time limit on telling people?', expect: 'answer', style: 'two-part', headings: ['Telling other people'], evidence: ['Deciding who to tell, and when, is a personal', 'close people first. There is no deadline.'] },
  { q: 'Can an occupational therapist help with memory at home, and can occupational health help at work?', expect: 'answer', style: 'two-part', headings: ['Memory aids that can help', 'Will I have to stop working straight away?'], evidence: ['habit. An occupational therapist can suggest', 'occupational health assessment can help you and your employer'] },
  // non-native
  { q: 'What is this factsheet for? For who it is written?', expect: 'answer', style: 'non-native', headings: ['About this factsheet'], evidence: ['This factsheet is for you if you have', 'recently been told you have dementia, or if'] },
  { q: 'I live in Northern Ireland, here is no DVLA. Who I must tell about dementia for driving?', expect: 'answer', style: 'non-native', headings: ['Driving'], evidence: ['the DVA in Northern Ireland) about your'] },
  // long-personal
  { q: "Three weeks ago I was told I have vascular dementia. I haven't cried at all, I just feel flat and numb, like it's happening to someone else. Everyone expected me to be upset. Is something wrong with me?", expect: 'answer', style: 'long-personal', headings: ['Common feelings after a diagnosis'], evidence: ['There is no right way to feel when you are', 'told you have dementia. Some people feel numb'] },
  { q: "I told my GP I've been feeling down for about a month since my diagnosis. I'm 78. She mentioned therapy but I can never remember what was said at appointments. Would it even work for me?", expect: 'answer', style: 'long-personal', headings: ['Talking therapies adapted for memory problems'], evidence: ['repeating and reviewing the main points at', 'using diaries, pictures and reminders'] },
  { q: "I live on my own and since the diagnosis I lie awake worrying I'll forget to turn the cooker off or miss my pills. My heart races and I'm exhausted with it. What can help?", expect: 'answer', style: 'long-personal', headings: ['Memory aids that can help', 'Anxiety and worry'], evidence: ['ing, but they can reduce the everyday worry', 'of forgetting things, which in turn can ease'] },
  // out of scope
  { q: 'How quickly does dementia usually progress?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What are the early signs of dementia?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does dementia make you aggressive', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I get a blue badge for parking if I have dementia?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I apply for carers allowance for my wife?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What side effects does donepezil have?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'do brain training games stop dementia getting worse', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I still vote if I have dementia?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i stop my mum wandering at night', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Where can I get a dementia-friendly mobile phone?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Will my council tax be reduced because of dementia?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What happens at a memory clinic follow-up appointment?', expect: 'fallback', style: 'out-of-scope' },
];
