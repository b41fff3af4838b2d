import type { ArticleCase } from '../types.ts';
/** Dev half for shift-work-mood (a Ghost/Casper post saved from the browser, night and shift work, sleep and mood): written after the test half. */
export const dev: ArticleCase[] = [
  // plain
  { q: 'How common is shift work?', expect: 'answer', style: 'plain', headings: ['Night Shifts, Sleep and Mood: Looking After Yourself on Shift Work'], evidence: ['roughly 1 in 5 workers does some form of shift work'] },
  { q: 'What should I do if I think I have shift work sleep disorder?', expect: 'answer', style: 'plain', headings: ['When to see a doctor', 'Signs of shift work sleep disorder'], evidence: ['Tell the doctor about your shift pattern.', 'when these problems have lasted for at least a month'] },
  { q: 'What is the circadian rhythm?', expect: 'answer', style: 'plain', headings: ['How shift work affects your body clock'], evidence: ['Your body runs on an internal clock, called the circadian rhythm'] },
  { q: 'What are the signs of anxiety from shift work?', expect: 'answer', style: 'plain', headings: ['Shift work, depression and anxiety'], evidence: ['feeling irritable, tense or on edge much of the time', 'worrying constantly about work or about getting enough sleep'] },
  // paraphrase
  { q: 'What actually sets our internal timekeeper?', expect: 'answer', style: 'paraphrase', headings: ['How shift work affects your body clock'], evidence: ['It is set mainly by light.', "Morning daylight tells your brain it's time to be alert"] },
  { q: 'How long does a cup of coffee keep working in my system?', expect: 'answer', style: 'paraphrase', headings: ['Caffeine', 'Light and caffeine timing'], evidence: ['around 5 to 6 hours for your body to clear half'] },
  { q: 'how do I stay sharp during the graveyard shift', expect: 'answer', style: 'paraphrase', headings: ['Light', 'Light and caffeine timing', 'Is napping at work a good idea?'], evidence: ['in the first half of the shift, helps you feel more alert', 'can improve alertness for several hours'] },
  // short
  { q: 'rest between shifts', expect: 'answer', style: 'short', before: ["I'm on a rotating rota at a factory"], headings: ['Rotating shifts'], evidence: ['Try to have at least 11 hours off between shifts'] },
  { q: 'night owls', expect: 'answer', style: 'short', headings: ['Does your body ever get used to night shifts?'], evidence: ['often those who are natural "night owls", adapt better than others'] },
  // typo
  { q: 'can i splt my sleep into two bits after nihgts', expect: 'answer', style: 'typo', headings: ['Sleeping during the day'], evidence: ['split sleep into two blocks, for example 4 to 5 hours'] },
  { q: 'is it normall to feel tired after a run of night shfits', expect: 'answer', style: 'typo', headings: ['Signs of shift work sleep disorder'], evidence: ['Feeling tired after a run of nights is normal.'] },
  { q: 'my rota chnages every week between days and nights, why is that so hard on me', expect: 'answer', style: 'typo', headings: ['Rotating shifts'], evidence: ['your clock never gets a chance to settle'] },
  // phonetic
  { q: 'shud i hav brekkie b4 i sleep in the day', expect: 'answer', style: 'phonetic', headings: ['Food on nights'], evidence: ['Have a light breakfast before your daytime sleep so hunger'] },
  { q: 'does a coffee at 5am mess wiv my sleep l8r', expect: 'answer', style: 'phonetic', before: ['i do 10pm to 7am shifts'], headings: ['Caffeine', 'Light and caffeine timing'], evidence: ['a coffee at 5am will probably still be keeping you awake'] },
  // emoji-filler
  { q: 'lol my phone goes off constantly when im trying to sleep in the day 🙄📱 any tips', expect: 'answer', style: 'emoji-filler', headings: ['Sleeping during the day'], evidence: ['ask friends and family to text rather than call'] },
  { q: 'omg i open the car window n blast the radio to stay awake driving home 😅 that works right??', expect: 'answer', style: 'emoji-filler', headings: ['Is it safe to drive home after a night shift?'], evidence: ['Opening the window or turning up the radio does not make'] },
  { q: 'ngl i chug energy drinks just to get thru the week 🥤😬 is that a problem', expect: 'answer', style: 'emoji-filler', headings: ['When to see a doctor', 'Caffeine'], evidence: ['you are relying on alcohol, sleeping pills or energy drinks'] },
  // caregiver
  { q: "My son just started nights at a bakery and can't settle when he gets in at 6am. What helps him wind down?", expect: 'answer', style: 'caregiver', headings: ['Sleeping during the day'], evidence: ['a shower, something light to eat and 20 minutes of reading'] },
  { q: 'my partner snores really loudly and seems to stop breathing when he sleeps after nights, is that one for the doctor?', expect: 'answer', style: 'caregiver', headings: ['When to see a doctor'], evidence: ['someone has noticed you snore loudly or stop breathing'] },
  { q: 'My mum has bipolar disorder and is thinking about taking a night job. Is there anything she should consider?', expect: 'answer', style: 'caregiver', headings: ['Shift work, depression and anxiety'], evidence: ['disrupted sleep can make symptoms worse, so talk to whoever supports you'] },
  // yes-no
  { q: 'Am I entitled to a health check as a night worker?', expect: 'answer', style: 'yes-no', headings: ['What employers should do'], evidence: ['night workers have the right to a free health assessment'] },
  { q: 'Are 12 hour night shifts a bad idea?', expect: 'answer', style: 'yes-no', headings: ['What employers should do'], evidence: ['very long shifts of 12 hours or more'] },
  { q: 'Can not getting enough sleep make you more stressed?', expect: 'answer', style: 'yes-no', headings: ['Shift work, depression and anxiety'], evidence: ['your brain becomes more reactive to stress and less able'] },
  // comparison
  { q: 'Which is worse for my mood, the lost sleep or never seeing my family?', expect: 'answer', style: 'comparison', headings: ['Family life and relationships'], evidence: ['can weigh on your mood just as much as lost sleep'] },
  { q: 'is a quick nap or a long one better?', expect: 'answer', style: 'comparison', before: ['my work lets us have a kip on our break'], headings: ['Is napping at work a good idea?'], evidence: ['Keep it short, and give yourself 15 minutes to fully wake up'] },
  // two-part
  { q: 'Who can I talk to at work about changing my shifts, and can a doctor help with that?', expect: 'answer', style: 'two-part', headings: ['What employers should do', 'When to see a doctor'], evidence: ['ask your manager, occupational health team or union rep', 'a letter supporting a change in your working pattern'] },
  { q: 'How much should I sleep after a night shift, and should I nap before the next one?', expect: 'answer', style: 'two-part', headings: ['Shift work, depression and anxiety', 'Sleeping during the day'], evidence: ['protect one main block of sleep after every night shift', 'top it up with a short nap before your next shift'] },
  // non-native
  { q: 'My manager say night work is fine for everybody. It is true that some people have no problem with it?', expect: 'answer', style: 'non-native', headings: ['Night Shifts, Sleep and Mood: Looking After Yourself on Shift Work'], evidence: ["Shift work isn't bad for everyone, but it does put real strain"] },
  { q: 'Why the body not change fully to the night work, even after many years?', expect: 'answer', style: 'non-native', headings: ['How shift work affects your body clock', 'Does your body ever get used to night shifts?'], evidence: ['a single day off in daylight can pull it back again', 'daylight and days off keep pulling them back'] },
  // long-personal
  { q: "I work nights in a call centre. Around 4am I get really hungry and usually grab a burger and chips from the van outside. I've put on nearly a stone since I started. Is it the timing or just the food?", expect: 'answer', style: 'long-personal', headings: ['Food on nights'], evidence: ['Your digestion slows down at night, so a big'] },
  { q: "I'm a nurse on a ward that puts us on 7 nights in a row. By the end of the block I'm crying on the drive home and I can't concentrate. My manager says everyone feels like this. Is there a better way to plan nights?", expect: 'answer', style: 'long-personal', headings: ['Rotating shifts'], evidence: ['Shorter runs of 2 to 4 night shifts in a row', 'ideally two full days off after a run of nights'] },
  { q: "My daughter is 24 and works nights in a hospital lab. She's stopped coming to family things, barely texts back, and when I see her she seems really low. I know she's tired but I'm worried it's more than that. What should I look out for?", expect: 'answer', style: 'long-personal', headings: ['Shift work, depression and anxiety', 'When to see a doctor'], evidence: ['pulling away from friends and family', 'Talk to your GP or family doctor if:'] },
  // out of scope
  { q: 'How much do night nurses earn compared to day staff?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can shift work affect fertility or my periods?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i claim benefits if i have shift work sleep disorder', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Which light therapy lamp should I buy for night shifts?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats the best mattress for a side sleeper', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I deal with a rude coworker on the night shift?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Does working nights shorten your life?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i get my baby to sleep through the night', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what are the side effects of zopiclone', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I get sacked for refusing extra night shifts?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is intermittent fasting a good idea for night workers', expect: 'fallback', style: 'out-of-scope' },
  { q: 'any tips for jet lag when flying to Australia?', expect: 'fallback', style: 'out-of-scope' },
];
