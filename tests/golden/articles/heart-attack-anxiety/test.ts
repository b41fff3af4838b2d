import type { ArticleCase } from '../types.ts';
/** Test half for heart-attack-anxiety (a LinkedIn article by a cardiac rehab nurse): blind, never tuned on. */
export const test: ArticleCase[] = [
  // plain
  { q: 'How many people get depression after a heart attack?', expect: 'answer', style: 'plain', headings: ['How common is it to feel anxious or low?'], evidence: ['1 in 5 people develop depression in the months after'] },
  { q: 'and how long does it go on for?', before: ['what even is cardiac rehab'], expect: 'answer', style: 'plain', headings: ['Why cardiac rehab helps your mind as well as your heart'], evidence: ['and runs for 6 to 12 weeks, with sessions typically twice'] },
  { q: 'When can I have sex again after a heart attack?', expect: 'answer', style: 'plain', headings: ['Sex and relationships'], evidence: ['sex is safe once you can climb two flights of stairs', 'often around 4 weeks after an uncomplicated heart attack'] },
  // paraphrase
  { q: 'Does the effect on my head need sorting out as well, or is it only the physical side that matters?', expect: 'answer', style: 'paraphrase', headings: ['How common is it to feel anxious or low?'], evidence: ['Treating your mood is part of treating your heart', 'part of treating your heart, not an optional extra'] },
  { q: 'can I get counselling on the NHS without going through my family doctor first', expect: 'answer', style: 'paraphrase', headings: ['Talking therapies'], evidence: ['refer yourself to NHS Talking Therapies without seeing your GP first'] },
  { q: 'are the pills for trouble getting it up ok to take alongside my angina spray', expect: 'answer', style: 'paraphrase', headings: ['Sex and relationships'], evidence: ['Never use erection medicines such as sildenafil if you use GTN', 'can cause a dangerous drop in blood pressure'] },
  // short
  { q: 'rehab after bypass?', expect: 'answer', style: 'short', headings: ['Can I have rehab if I had heart surgery rather than a heart attack?'], evidence: ['Cardiac rehab is offered after bypass and valve surgery'] },
  { q: 'and after bypass?', before: ['how long till i can drive after a heart attack if they put a stent in'], expect: 'answer', style: 'short', headings: ['Driving'], evidence: ['or for 4 weeks after other treatment or bypass surgery'] },
  { q: 'angry all the time', expect: 'answer', style: 'short', headings: ['Is it normal to feel angry or tearful?'], evidence: ['Anger, tearfulness and irritability are all common in the first weeks'] },
  // typo
  { q: 'how long dose a panic atack last', expect: 'answer', style: 'typo', headings: ['What a panic attack can feel like'], evidence: ['It usually peaks within 10 minutes and then eases.'] },
  { q: 'wen can i go bak to wrok after a hart attack, i do an office job', expect: 'answer', style: 'typo', headings: ['Returning to work'], evidence: ['uncomplicated recovery may be back in 4 to 6 weeks'] },
  { q: 'are antidepresants safe with heart medicaton', expect: 'answer', style: 'typo', headings: ['Antidepressants and your heart medicines'], evidence: ['Several are considered suitable for people with heart disease', 'Certain antidepressants can slightly increase bleeding risk alongside blood thinners'] },
  // phonetic
  { q: 'wot shud i do if i get chest pain n im not sure if its just panic', expect: 'answer', style: 'phonetic', headings: ['A simple plan for chest symptoms'], evidence: ['Stop what you are doing and sit down.', 'No paramedic will ever mind being called out for chest pain'] },
  { q: 'cant sleep at nite since my heart op wot helps', expect: 'answer', style: 'phonetic', headings: ['Sleep after a heart attack or surgery'], evidence: ['Your rehab walks help you sleep better at night.', 'by writing them down an hour before bed', 'Keep a regular wake-up time'] },
  { q: 'cud stress giv me anuther heart attack', expect: 'answer', style: 'phonetic', headings: ['Can stress or anxiety cause another heart attack?'], evidence: ['Ordinary worry will not cause a heart attack on its own.'] },
  // emoji-filler
  { q: 'ngl every twinge in my chest freaks me out 😬 is that normal after surgery??', expect: 'answer', style: 'emoji-filler', headings: ['Chest sensations, panic and how to tell them apart'], evidence: ['the breastbone and chest wall can ache, pull or click'] },
  { q: 'sooo will this anxiety ever actually go away 😩🙏', expect: 'answer', style: 'emoji-filler', headings: ['Will these feelings go away?'], evidence: ['often ease over the first 3 to 6 months'] },
  // caregiver
  { q: 'My dad had a heart attack and I keep doing everything for him so he does not overdo it, is that the right thing?', expect: 'answer', style: 'caregiver', headings: ['For partners and family'], evidence: ['Encourage activity rather than doing everything for them'] },
  { q: 'my wife had bypass surgery 3 weeks ago and honestly I am the one falling apart, can I get help for me?', expect: 'answer', style: 'caregiver', headings: ['For partners and family'], evidence: ['If you are a carer and you are struggling', 'your GP can help you too'] },
  { q: 'my mum refuses cardiac rehab now, she says it is too late because her heart attack was months ago', expect: 'answer', style: 'caregiver', headings: ['Why cardiac rehab helps your mind as well as your heart'], evidence: ['ask your GP or cardiology team to refer you now', 'It is rarely too late.'] },
  // yes-no
  { q: 'Is it normal to check my pulse all day long?', expect: 'answer', style: 'yes-no', headings: ['Fear of another heart attack'], evidence: ['Checking your pulse or blood pressure many times a day'] },
  { q: 'im an HGV driver, do i have to tell the DVLA about my heart attack?', expect: 'answer', style: 'yes-no', headings: ['Driving'], evidence: ['Bus and lorry drivers must tell the DVLA and face longer restrictions.'] },
  { q: 'is it dangerous tho?', before: ['i think i had a panic attack last night, heart racing and tingly lips'], expect: 'answer', style: 'yes-no', headings: ['What a panic attack can feel like'], evidence: ['It is frightening but not dangerous in itself.'] },
  // comparison
  { q: 'How do I know if it is a panic attack or my heart?', expect: 'answer', style: 'comparison', headings: ['What a panic attack can feel like', 'Chest sensations, panic and how to tell them apart'], evidence: ['panic and heart symptoms overlap, and nobody can reliably tell them apart'] },
  { q: 'is the time off work longer after a bypass than after a heart attack with a desk job?', expect: 'answer', style: 'comparison', headings: ['Returning to work'], evidence: ['it is more often around 3 months', 'uncomplicated recovery may be back in 4 to 6 weeks'] },
  // two-part
  { q: 'How soon after hospital does rehab start, and can I do it from home?', expect: 'answer', style: 'two-part', headings: ['Why cardiac rehab helps your mind as well as your heart'], evidence: ['usually starts 2 to 6 weeks after you leave hospital', 'a leisure centre or online at home'] },
  { q: 'what is CBT and how would it help me after my heart attack?', expect: 'answer', style: 'two-part', headings: ['Talking therapies'], evidence: ['helps you notice frightening thoughts about your heart', 'slowly return to the things you have been avoiding'] },
  // non-native
  { q: 'After heart operation I feel very sad since one month, when I must go to see doctor?', expect: 'answer', style: 'non-native', headings: ['When to call 999 or 911, and when to see your GP'], evidence: ['loss of interest has lasted more than 2 weeks'] },
  { q: 'I am wanting buy herbal medicine for sadness from the shop, it is ok with my heart tablets?', expect: 'answer', style: 'non-native', headings: ['Antidepressants and your heart medicines'], evidence: ['including anything you buy over the counter', 'Ask your GP, cardiologist or pharmacist to check your full list'] },
  // long-personal
  { q: 'I had a heart attack in November and I am 52. Physically I am doing well and the cardiologist is happy with me. But I cannot shake the feeling that it is going to happen again any minute, and I barely leave the house now. Is this normal and what should I do?', expect: 'answer', style: 'long-personal', headings: ['Fear of another heart attack'], evidence: ['What helps is information and gradual exposure.', 'build activity back up step by step', 'Not wanting to be left alone in the house'] },
  { q: 'My husband had a heart attack in the summer and since then we have not been close at all. He is worried it will bring on another one, and he is also having problems in that department since starting his new tablets. I do not know how to bring it up with him. What is the advice?', expect: 'answer', style: 'long-personal', headings: ['Sex and relationships'], evidence: ['so talk to your GP rather than stopping a tablet', 'Loss of desire and erection problems are common after a heart event.'] },
  { q: 'I am 61 and had a triple bypass six weeks ago. I have been offered a rehab place but I hate gyms and feel really self-conscious. Honestly I am thinking of saying no. Is it actually worth it for how I feel in myself, not just for my heart?', expect: 'answer', style: 'long-personal', headings: ['Why cardiac rehab helps your mind as well as your heart'], evidence: ['People who complete rehab report less anxiety and depression'] },
  // out-of-scope
  { q: 'What is the survival rate after a heart attack?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Which statin has the fewest side effects?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How soon can I fly after a heart attack?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what foods lower cholesterol', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How much does cardiac rehab cost with insurance in the US?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What is the difference between a heart attack and a cardiac arrest?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i get sick pay or benefits while im off after my heart attack', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what dose of sertraline is best after a heart attack', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I explain to my 6 year old that grandad had a heart attack', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is broken heart syndrome a real thing?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long does a bypass operation take', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I get life insurance after a heart attack?', expect: 'fallback', style: 'out-of-scope' },
];
