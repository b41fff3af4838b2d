import type { ArticleCase } from '../types.ts';
/** Dev half for sleep-paralysis (Mailchimp campaign HTML): different questions from the test half. */
export const dev: ArticleCase[] = [
  // plain
  { q: 'What is REM sleep and what has it got to do with this?', expect: 'answer', style: 'plain', headings: ['Why does it happen?'], evidence: ['the stage in which most vivid dreaming happens', 'your brain stops most of your muscles from moving'] },
  { q: 'Will my GP send me to a sleep clinic?', expect: 'answer', style: 'plain', headings: ['When to see a GP'], evidence: ['they can refer you to a sleep clinic', 'If they think you might have narcolepsy or another sleep disorder'] },
  { q: 'What should I do straight after an episode ends?', expect: 'answer', style: 'plain', headings: ['What to do during an episode'], evidence: ['Switching on a light or having a drink of water'] },
  // paraphrase
  { q: "Am I going crazy if I see things when I'm half awake?", expect: 'answer', style: 'paraphrase', headings: ['What an episode feels like'], evidence: ['They are not a sign that you are losing your mind.'] },
  { q: 'Is it better to battle against it or just go with it?', expect: 'answer', style: 'paraphrase', headings: ['What to do during an episode'], evidence: ['some people find it easier to relax and let the episode end', 'Struggling tends to increase the fear'] },
  { q: 'How can I work out what sets mine off?', expect: 'answer', style: 'paraphrase', headings: ['Reducing how often it happens'], evidence: ['Keeping a simple sleep diary for 2 weeks', 'can help you spot patterns'] },
  // short
  { q: 'demons at night', expect: 'answer', style: 'short', headings: ['Why do so many people see a figure or intruder?'], evidence: ['Many cultures have described it for centuries', 'It is a trick of the half-dreaming brain'] },
  { q: 'snoring and gasping', expect: 'answer', style: 'short', headings: ['When it may be a sign of something else'], evidence: ['which can be signs of sleep apnoea', 'you snore loudly, stop breathing or wake up gasping at night'] },
  { q: 'samaritans number', expect: 'answer', style: 'short', headings: ['When to see a GP'], evidence: ['contact Samaritans any time on 116 123'] },
  // typo
  { q: 'can i move my eyes durring sleep paralisys', expect: 'answer', style: 'typo', headings: ['What an episode feels like'], evidence: ['although you can usually move your eyes'] },
  { q: 'does screen time befor bed make it wose', before: ['I always scroll on my phone in bed till like 1am'], expect: 'answer', style: 'typo', headings: ['Reducing how often it happens'], evidence: ['60 minute wind-down before bed, away from bright screens'] },
  { q: 'waht is cataplexy', expect: 'answer', style: 'typo', headings: ['Narcolepsy'], evidence: ['cataplexy, a sudden loss of muscle control', 'brought on by strong emotions like laughing or surprise'] },
  // phonetic
  { q: 'can it go on 4 like 20 mins??', before: ['mine usually last about a minute'], expect: 'answer', style: 'phonetic', headings: ['How long does an episode last?'], evidence: ['an episode may go on for up to 10 or 20 minutes'] },
  { q: 'shud i cut out coffee 2 stop it', expect: 'answer', style: 'phonetic', headings: ['Reducing how often it happens'], evidence: ['Avoid caffeine after mid-afternoon and keep alcohol low'] },
  { q: 'wot if i c things wen im properly awake tho', expect: 'answer', style: 'phonetic', headings: ['When it may be a sign of something else'], evidence: ['you see or hear things when you are fully awake'] },
  // emoji-filler
  { q: 'soooo my whole body jerked and i bit my tongue 😬 was that sleep paralysis??', expect: 'answer', style: 'emoji-filler', headings: ['When it may be a sign of something else'], evidence: ['jerking movements, tongue biting or wetting yourself, which could point to seizures'] },
  { q: "tbh the fear is the worst part 😩 how do i stop panicking while it's happening", expect: 'answer', style: 'emoji-filler', headings: ['What to do during an episode', 'Sleep paralysis and anxiety'], evidence: ['this is sleep paralysis, it is harmless and it will pass', 'can take the edge off the fear', 'The fear is real, but the danger is not.'] },
  { q: 'ugh 🙄 exams next month and i keep getting sleep paralysis, coincidence??', expect: 'answer', style: 'emoji-filler', headings: ['Can children get sleep paralysis?', 'Why does it happen?'], evidence: ['irregular bedtimes and stress, for example around exams'] },
  // caregiver
  { q: "My 9 year old says he woke up and couldn't move. Do kids that young get this?", expect: 'answer', style: 'caregiver', headings: ['Can children get sleep paralysis?'], evidence: ['it is less common before the teenage years'] },
  { q: "My teenage son's episodes have started coming with him falling asleep in class all the time. Is that something to get checked?", expect: 'answer', style: 'caregiver', headings: ['A note for parents and partners', 'When it may be a sign of something else'], evidence: ['has episodes along with daytime sleepiness, speak to your GP', 'you feel extremely sleepy during the day'] },
  { q: "My flatmate screams in the night because of this. What's actually going on in her brain when she sees things?", expect: 'answer', style: 'caregiver', headings: ['Why does it happen?'], evidence: ['parts of the dream can spill over into what you see'] },
  // yes-no
  { q: 'Is sleep paralysis linked to depression?', expect: 'answer', style: 'yes-no', headings: ['Does sleep paralysis mean I have a mental illness?'], evidence: ['more frequent in people with anxiety, depression or PTSD'] },
  { q: 'and do teenagers need more than that?', before: ['how many hours sleep should adults get to avoid it'], expect: 'answer', style: 'yes-no', headings: ['Reducing how often it happens'], evidence: ['teenagers need around 8 to 10'] },
  // comparison
  { q: "What's the difference between isolated and recurrent isolated sleep paralysis?", expect: 'answer', style: 'comparison', headings: ['What is sleep paralysis?'], evidence: ['Having an episode once or now and then is known as isolated', 'When it happens often and causes a lot of distress'] },
  { q: 'Which is rarer, narcolepsy or sleep paralysis?', expect: 'answer', style: 'comparison', headings: ['Narcolepsy', 'How common is it?'], evidence: ['Only about 1 in 2,000 people has narcolepsy', 'roughly 8 in every 100 people (about 8%)'] },
  // two-part
  { q: 'Why do I get it more when I work nights, and how many hours should I try to sleep after a shift?', expect: 'answer', style: 'two-part', headings: ['Shift work and jet lag'], evidence: ['REM sleep can come at unusual times and in shorter, broken blocks', 'protect a main sleep of at least 7 hours'] },
  { q: 'What will the GP actually do, and will they go through my medication?', expect: 'answer', style: 'two-part', headings: ['When to see a GP'], evidence: ['Your GP may ask you to keep a sleep diary', 'will look at any medicines you take'] },
  // non-native
  { q: 'Is always sleep paralysis meaning I have some other disease?', expect: 'answer', style: 'non-native', headings: ['When it may be a sign of something else'], evidence: ['sleep paralysis is not a sign of any underlying illness'] },
  { q: 'How much percent of people with PTSD are having this?', expect: 'answer', style: 'non-native', headings: ['Links with PTSD'], evidence: ['found episodes in more than a third of people with PTSD'] },
  // long-personal
  { q: "Last night was my third episode this month. I could hear heavy footsteps coming up the stairs and I was screaming inside but nothing came out. I finally managed to wiggle my toes and it stopped. Could it start again straight away if I just go back to sleep?", expect: 'answer', style: 'long-personal', headings: ['What to do during an episode'], evidence: ['can stop you sliding straight back into the same episode', 'Switching on a light or having a drink of water'] },
  { q: "I'm a flight attendant and I cross time zones most weeks. I've started getting sleep paralysis a few times a month, nearly always after long-haul trips, and my sleep is all over the place. Could the travel be behind it?", expect: 'answer', style: 'long-personal', headings: ['Why does it happen?', 'Shift work and jet lag'], evidence: ['an irregular sleep pattern, for example from shift work or jet lag', 'Working nights or rotating shifts disrupts your body clock'] },
  { q: "My boyfriend and I just moved in together. The first week he saw me have an episode, said I was making weird little noises and breathing really fast, and he's been worried ever since. What's the best way to handle it with him?", expect: 'answer', style: 'long-personal', headings: ['What to do during an episode', 'A note for parents and partners'], evidence: ['If you share a bed, tell your partner what sleep paralysis is', 'a partner who knows the signs', 'Watching someone you love go through this can be worrying too.'] },
  // out of scope
  { q: 'Is CBD oil any good for sleep paralysis?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can sleep paralysis be caused by a brain tumour?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does hypnosis work for sleep paralysis', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What are night terrors in toddlers and how do I deal with them?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is it safe to take sleeping pills every night?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i book a sleep study on the NHS app', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can dogs get sleep paralysis? 🐶', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what does it mean when you dream your teeth are falling out', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Which smartwatch tracks REM sleep best?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How long does it take to get over jet lag after flying to Australia?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can you recommend a good meditation app?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I cancel my gym membership?', expect: 'fallback', style: 'out-of-scope' },
];
