import type { ArticleCase } from '../types.ts';
/** Dev half for heart-attack-anxiety (a LinkedIn article by a cardiac rehab nurse): new questions, not paraphrases of the test half. */
export const dev: ArticleCase[] = [
  // plain
  { q: 'What are the symptoms of a panic attack?', expect: 'answer', style: 'plain', headings: ['What a panic attack can feel like'], evidence: ['a racing or pounding heart, tightness in the chest, breathlessness'] },
  { q: 'What numbers can I call if I am struggling emotionally?', expect: 'answer', style: 'plain', headings: ['When to call 999 or 911, and when to see your GP'], evidence: ['call Samaritans on 116 123 in the UK', 'call or text the 988 Suicide'] },
  { q: 'Do most people actually go to cardiac rehab?', expect: 'answer', style: 'plain', headings: ['Why cardiac rehab helps your mind as well as your heart'], evidence: ['only around half of eligible people in the UK take up'] },
  // paraphrase
  { q: 'I keep getting up to wee all night since my new pills, can anything be done?', expect: 'answer', style: 'paraphrase', headings: ['Sleep after a heart attack or surgery'], evidence: ['ask whether the timing of a water tablet could be changed'] },
  { q: 'my other half will not stop fussing over me and I feel suffocated', expect: 'answer', style: 'paraphrase', headings: ['Sex and relationships'], evidence: ['Partners often become protective, and the person who was ill', 'can feel smothered or fragile'] },
  { q: 'any trick to settle myself when my chest goes funny and I start to lose it?', expect: 'answer', style: 'paraphrase', headings: ['A simple plan for chest symptoms'], evidence: ['can calm the anxiety that comes with any episode'] },
  // short
  { q: 'first drive nerves', expect: 'answer', style: 'short', headings: ['Driving'], evidence: ['Start with short, familiar routes at quiet times'] },
  { q: 'phased return?', expect: 'answer', style: 'short', headings: ['Returning to work'], evidence: ['A phased return, with shorter hours for the first few weeks'] },
  { q: 'what about heart failure?', before: ['can you do cardiac rehab after valve surgery'], expect: 'answer', style: 'short', headings: ['Can I have rehab if I had heart surgery rather than a heart attack?'], evidence: ['and to some people with heart failure'] },
  // typo
  { q: 'is it normal to fel so low and teary after a hart atack', expect: 'answer', style: 'typo', headings: ['How common is it to feel anxious or low?'], evidence: ['Many more have a rough few weeks of tearfulness, irritability', 'These feelings are not weakness'] },
  { q: 'wat are the signs the fear is takng over my life', expect: 'answer', style: 'typo', headings: ['Fear of another heart attack'], evidence: ['Avoiding stairs, walking or anything that raises your heart rate', 'Searching symptoms online late at night'] },
  { q: 'when shoud i ring 999 for chest pian', expect: 'answer', style: 'typo', headings: ['When to call 999 or 911, and when to see your GP', 'A simple plan for chest symptoms'], evidence: ['spreads to your arms, neck, jaw, back or stomach', 'Chest pain with sweating, feeling sick, light-headedness or breathlessness'] },
  // phonetic
  { q: 'wen does the fear of anuther 1 usually get worst', expect: 'answer', style: 'phonetic', headings: ['Fear of another heart attack'], evidence: ['It often peaks in the first 3 months'] },
  { q: 'shud i hav a plan 4 chest pain b4 it happens', expect: 'answer', style: 'phonetic', headings: ['A simple plan for chest symptoms'], evidence: ['Agree a written plan with your team before you need it.'] },
  { q: 'r sum antidepressants bad 4 ur heart rhythm', expect: 'answer', style: 'phonetic', headings: ['Antidepressants and your heart medicines'], evidence: ['some affect heart rhythm or interact with other heart tablets'] },
  // emoji-filler
  { q: 'ngl im the wife and im a wreck too 🙃 is that normal or am i being dramatic', expect: 'answer', style: 'emoji-filler', headings: ['For partners and family'], evidence: ['Partners and families have their own shock to process.'] },
  { q: 'soooo my GP brought up antidepressants 😳 why would they even suggest that', expect: 'answer', style: 'emoji-filler', headings: ['Antidepressants and your heart medicines'], evidence: ['or has not improved with other support', 'treating depression can make it easier to keep up with rehab'] },
  // caregiver
  { q: 'my husband is allowed to drive again next week but he is terrified, any tips for him?', expect: 'answer', style: 'caregiver', headings: ['Driving'], evidence: ['with someone you trust in the passenger seat', 'Start with short, familiar routes at quiet times'] },
  { q: 'How can I support my partner after his stent, should I go along to rehab with him?', expect: 'answer', style: 'caregiver', headings: ['For partners and family'], evidence: ['Go to at least one rehab session or education talk together'] },
  { q: 'what should I be watching for in my mum after her heart attack, mood wise?', expect: 'answer', style: 'caregiver', headings: ['For partners and family'], evidence: ['Notice changes in mood that last more than a couple of weeks'] },
  // yes-no
  { q: 'Does untreated depression actually affect your heart?', expect: 'answer', style: 'yes-no', headings: ['Can stress or anxiety cause another heart attack?'], evidence: ['Long-term stress and untreated depression are linked with poorer heart health'] },
  { q: 'is napping in the day ok?', before: ['my sleep has been terrible since my heart attack'], expect: 'answer', style: 'yes-no', headings: ['Sleep after a heart attack or surgery'], evidence: ['to 30 minutes, and take them before mid-afternoon.'] },
  { q: 'Do I need to tell my insurance company?', before: ['when can i drive again after my heart attack'], expect: 'answer', style: 'yes-no', headings: ['Driving'], evidence: ['Check the current rules with your team, and let your insurer know.'] },
  // comparison
  { q: 'my chest clicks and pulls since my surgery, is that healing or is it my heart?', expect: 'answer', style: 'comparison', headings: ['Chest sensations, panic and how to tell them apart'], evidence: ['Some sensations are part of normal healing'] },
  { q: 'is it a 999 thing or a GP thing if panic is stopping me going out?', expect: 'answer', style: 'comparison', headings: ['When to call 999 or 911, and when to see your GP'], evidence: ['is stopping you from exercising, sleeping or leaving the house', 'See your GP or contact your rehab team soon if:'] },
  // two-part
  { q: 'after a bypass when can we start having sex again and are some positions better?', expect: 'answer', style: 'two-part', headings: ['Sex and relationships'], evidence: ['wait until your breastbone has healed, usually 6 to 8 weeks', 'choose positions that put no weight on your chest'] },
  { q: 'is there a psychologist in the rehab team, and if not who can refer me?', expect: 'answer', style: 'two-part', headings: ['Talking therapies'], evidence: ['Some rehab teams include a psychologist; elsewhere your GP can refer you.'] },
  // non-native
  { q: 'My father have heart attack, he work in factory with heavy lifting. How long he must stay at home before work again?', expect: 'answer', style: 'non-native', headings: ['Returning to work'], evidence: ['in a heavy manual job, it is more often around 3 months'] },
  { q: 'In my country the number is different. Which number I must call for heart pain when I am in America?', expect: 'answer', style: 'non-native', headings: ['When to call 999 or 911, and when to see your GP', 'A simple plan for chest symptoms'], evidence: ['Call 999 (or 911 in the US) straight away if you have:', 'call 999 (911 in the US)'] },
  // long-personal
  { q: 'I am 45 and had a heart attack out of nowhere three months ago. I used to run marathons. Now I snap at everyone and cry at adverts, and my wife says I am not myself. Is this part of it?', expect: 'answer', style: 'long-personal', headings: ['Is it normal to feel angry or tearful?'], evidence: ['strongest in people who were fit and never expected to be ill'] },
  { q: 'Since my bypass I have stopped going to rehab, I forget my tablets half the time and I just sit in front of the TV. My daughter says I am depressed but I think I am just tired. Does it even matter?', expect: 'answer', style: 'long-personal', headings: ['How common is it to feel anxious or low?', 'When to call 999 or 911, and when to see your GP'], evidence: ['depression after a heart attack is linked with people missing rehab', 'You find yourself avoiding your medicines or your appointments'] },
  { q: 'I am 38 with two kids and had an unexpected heart attack last year. The rehab class was all older men and I felt so out of place that I stopped going. I am still anxious most days. Is there anything else I can try?', expect: 'answer', style: 'long-personal', headings: ['Talking therapies'], evidence: ['Talking therapies work well for anxiety and depression after a heart event.'] },
  // out-of-scope
  { q: 'What is a normal resting heart rate after a heart attack?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do stents actually work', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I use a sauna or hot tub after heart surgery?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What are the side effects of beta blockers?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I get a blue badge after my heart surgery', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can a smartwatch warn me before a heart attack', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Does vaping raise the risk of another heart attack?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long is the waiting list for a cardiology appointment', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Will my stent need replacing one day?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Do women get different heart attack symptoms from men?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i cope with how the scar on my chest looks', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is it safe to go on holiday abroad 2 months after a bypass', expect: 'fallback', style: 'out-of-scope' },
];
