import type { ArticleCase } from '../types.ts';

const FAQ = 'Frequently asked questions';
const HELP = 'When to see a GP or get urgent help';
const PACING = 'Pacing: living within your energy envelope';
const WORK = 'Going back to work or study';
const THERAPY = 'Talking therapies and other treatment';
const SUPPORTING = 'If you are supporting someone with long COVID';

/** Dev half for long-covid-mood (a Framer charity page on long COVID, fatigue and mood): written after the test half, with different questions. */
export const dev: ArticleCase[] = [
  // plain
  { q: 'Which age group gets long covid the most?', expect: 'answer', style: 'plain', headings: ['How common is it?'], evidence: ['most often reported by people aged 35 to 69'] },
  { q: 'What are the signs of a PEM crash?', expect: 'answer', style: 'plain', headings: ['Post-exertional malaise (PEM)'], evidence: ['heavier fatigue, often with flu-like aches', 'feeling tearful, irritable or low'] },
  { q: 'How many sessions of talking therapy do you usually get?', expect: 'answer', style: 'plain', headings: [THERAPY], evidence: ['A course usually lasts 6 to 12 sessions'] },
  // paraphrase
  { q: 'does thinking hard or having an upsetting chat drain me the same as walking does?', expect: 'answer', style: 'paraphrase', headings: [PACING, 'Post-exertional malaise (PEM)'], evidence: ['count mental and emotional effort too', 'symptoms get worse after physical, mental or emotional effort'] },
  { q: 'Am I just not coping properly if this illness is getting me down?', expect: 'answer', style: 'paraphrase', headings: ['Why long COVID can affect your mood'], evidence: ['Feeling low or anxious with long COVID is very common', 'it is not a sign of weakness'] },
  { q: 'what counts as properly recharging, is watching TikTok in bed ok?', expect: 'answer', style: 'paraphrase', headings: [PACING], evidence: ['sitting quietly with your eyes closed, not scrolling on your phone'] },
  // short
  { q: 'dizzy when standing', expect: 'answer', style: 'short', headings: ['What is long COVID?'], evidence: ['dizziness, especially when you stand up'] },
  { q: 'adjustments at work', expect: 'answer', style: 'short', headings: [WORK], evidence: ['shorter days, or rest days between working days', 'fewer meetings, written instructions and extra time for tasks'] },
  { q: 'antidepressants?', expect: 'answer', style: 'short', before: ["therapy hasn't really lifted my mood"], headings: [THERAPY], evidence: ['your GP may talk to you about antidepressants'] },
  // typo
  { q: 'is it normal to sleep 12 hours and still feel exausted', expect: 'answer', style: 'typo', headings: ['Sleep and long COVID'], evidence: ['You might sleep for 10 or 12 hours and still wake unrefreshed'] },
  { q: 'can long covid make my heart race or give me a tight chest? im so worried abt my hart', expect: 'answer', style: 'typo', headings: ['What is long COVID?'], evidence: ['shortness of breath or a tight chest', 'a racing or pounding heart (palpitations)'] },
  { q: 'cna my gp refer me to a long covid clinic', expect: 'answer', style: 'typo', headings: [THERAPY], evidence: ['refer you to a specialist long COVID service for assessment and rehabilitation'] },
  // phonetic
  { q: 'how long duz a crash last, mine go on 4 ages', expect: 'answer', style: 'phonetic', before: ['what is post-exertional malaise?'], headings: ['Post-exertional malaise (PEM)'], evidence: ['it can last for days or even weeks'] },
  { q: 'shud i keep a diary or sumthin 2 work out my limits', expect: 'answer', style: 'phonetic', headings: [PACING], evidence: ['keep a simple diary for 1 to 2 weeks'] },
  { q: 'r women more likely 2 get it than men', expect: 'answer', style: 'phonetic', headings: ['How common is it?'], evidence: ['it is more common in women than in men'] },
  // emoji-filler
  { q: 'ugh even having a shower wipes me out 😭 is that a long covid thing??', expect: 'answer', style: 'emoji-filler', headings: ['Fatigue and brain fog', PACING], evidence: ['simple jobs like showering, cooking or a phone call feel exhausting', 'split tasks into smaller pieces, such as showering and then resting'] },
  { q: 'lol i keep googling every twinge 🙃🙃 how do i stop', expect: 'answer', style: 'emoji-filler', headings: ['Health anxiety and fear of crashing'], evidence: ['can reduce the need to keep searching online', 'Talking this through with your GP'] },
  { q: 'had a great week then crashed hard 😩 does that mean im going backwards??', expect: 'answer', style: 'emoji-filler', headings: [PACING, 'Will I ever feel like myself again?', FAQ], evidence: ['Progress with pacing is slow, and setbacks are normal', 'recovery is often slow and not a straight line'] },
  // caregiver
  { q: 'My son is at uni with long covid and falling behind, what can he ask for?', expect: 'answer', style: 'caregiver', headings: [WORK], evidence: ['ask the student support or disability team about extensions and adjusted timetables'] },
  { q: "I look after my wife who has long covid and I'm running on empty myself. Is there anything for me?", expect: 'answer', style: 'caregiver', headings: [SUPPORTING], evidence: ['Carers need support as well, so look after your own sleep'] },
  { q: 'my friend with long covid cancels on me nearly every time, should i just stop inviting her?', expect: 'answer', style: 'caregiver', headings: [SUPPORTING], evidence: ['inviting them to things even if they often have to say no'] },
  // yes-no
  { q: 'Can I have therapy sessions over the phone?', expect: 'answer', style: 'yes-no', headings: [THERAPY], evidence: ['many services offer sessions by phone or video, which can save energy'] },
  { q: "If I get help for my mood, does that mean my long covid isn't real?", expect: 'answer', style: 'yes-no', headings: ['Is long COVID all in my head?', FAQ], evidence: ['support for your mood does not mean your illness is not real'] },
  // comparison
  { q: 'Is easing back into exercise slowly the same as graded exercise therapy?', expect: 'answer', style: 'comparison', headings: ['Should I try graded exercise to build up my fitness?', FAQ], evidence: ['Any return to exercise should be guided by how your body responds', 'increase activity by a fixed amount each week'] },
  { q: 'whats worse for it, being tired or being stressed?', expect: 'answer', style: 'comparison', before: ['i keep forgetting words in meetings since covid'], headings: ['Fatigue and brain fog'], evidence: ['it usually gets worse when you are tired or stressed'] },
  // two-part
  { q: 'Can long covid count as a disability, and who can help me plan going back to work?', expect: 'answer', style: 'two-part', headings: [WORK], evidence: ['Long COVID may count as a disability under the Equality Act 2010', 'Occupational health, your trade union or'] },
  { q: 'When do I need to ring 999 and when is it fine to wait for the GP?', expect: 'answer', style: 'two-part', headings: [HELP], evidence: ['chest pain, severe breathlessness, fainting, or signs of a stroke', 'your symptoms are getting worse or new ones appear'] },
  // non-native
  { q: 'I am from Poland, my English not so good. Where I can find other people with this illness for talk?', expect: 'answer', style: 'non-native', headings: ['Support groups'], evidence: ['share tips on pacing, work and benefits with people who really understand', 'Meeting other people with long COVID can reduce the loneliness'] },
  { q: 'Long covid it make me very angry and guilty, not only sad. This is normal also?', expect: 'answer', style: 'non-native', headings: ['Grieving your old life'], evidence: ['it can bring sadness, anger, guilt or numbness'] },
  // long-personal
  { q: "I'm a teacher and I've had long covid for a year. I used to be the one who organised everything for everyone. Now I can barely plan a week ahead. How do I live with not being that person any more?", expect: 'answer', style: 'long-personal', headings: ['Grieving your old life'], evidence: ['find smaller, adapted ways to keep doing what matters to you', 'Grief and hope can exist side by side'] },
  { q: "I had covid about 5 weeks ago and I'm still not right. I've also started snoring loudly and my partner says I stop breathing at night. I don't want to waste anyone's time. Should I go back to the doctor?", expect: 'answer', style: 'long-personal', headings: ['Sleep and long COVID', HELP], evidence: ['you snore heavily and stop breathing at night, speak to your GP', 'you still have symptoms 4 weeks after having COVID-19'] },
  { q: "I've had long covid for nearly a year. I've stopped painting, stopped seeing friends, nothing interests me any more. My partner says it's just the fatigue. Is this something to see a doctor about?", expect: 'answer', style: 'long-personal', headings: [HELP, 'Why long COVID can affect your mood'], evidence: ['you have lost interest in things you used to enjoy', 'make it harder to do the things that usually lift your mood'] },
  // out of scope
  { q: 'Is long covid contagious?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i get a blue badge with long covid', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What breathing exercises help breathlessness after covid?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does long covid show up on a blood test', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is it safe to fly on holiday with long covid?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is hyperbaric oxygen therapy worth paying for?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i become a volunteer with your charity', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can long covid make your hair fall out', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which heart rate monitor is best for pacing?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Will Access to Work pay for taxis to the office?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the latest research on long covid treatment', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i take ibuprofen for the muscle aches', expect: 'fallback', style: 'out-of-scope' },
];
