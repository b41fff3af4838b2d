import type { ArticleCase } from '../types.ts';

const CYCLE = 'How sleep and low mood feed each other';
const KNOW = 'Did you know?';
const SIGNS = 'Signs of insomnia';
const HABITS = 'Sleep habits that help';
const WIND = 'A wind-down routine';
const CBT = 'CBT for insomnia (CBT-I)';
const WORRY = 'Worrying at night';
const NAPS = 'Naps, screens, caffeine and alcohol';
const MEDS = 'Sleeping tablets and other medicines';
const GP = 'When to see a GP';
const SHIFT = 'Shift workers and new parents';
const FAQ = 'Frequently asked questions';
const F_NEED = 'How much sleep do I actually need?';
const F_CAUSE = 'Can insomnia cause depression?';
const F_LIE = 'Should I stay in bed longer to catch up on lost sleep?';
const F_WAKE = 'Is it normal to wake up in the night?';
const F_MOOD = 'Will my sleep get better if my mood improves?';

/** Dev half for the WordPress (Astra + Spectra blocks) post "Insomnia and Low Mood": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'why does lack of sleep make me so emotional', expect: 'answer', style: 'plain', headings: [CYCLE], evidence: ['the part of the brain that handles emotions becomes more reactive'] },
  { q: 'can depression make you sleep too much', expect: 'answer', style: 'plain', headings: [CYCLE], evidence: ['Others sleep far more than usual but still wake up exhausted.'] },
  { q: 'what should I do in bed if I am worrying about tomorrow', expect: 'answer', style: 'plain', headings: [WORRY], evidence: ['that you do not have to solve anything tonight'] },
  { q: 'how do I get up after a bad night', expect: 'answer', style: 'plain', headings: [HABITS], evidence: ['A fixed wake-up time is one of the most useful things'] },
  { q: 'should i only go to bed when tired', expect: 'answer', style: 'plain', headings: [HABITS, WIND], evidence: ['Go to bed when you feel sleepy, not just because', 'Head to bed when your eyes feel heavy.'] },
  { q: 'does morning sunshine do anything for sleep', expect: 'answer', style: 'paraphrase', headings: [HABITS], evidence: ['as natural light helps set your body clock'] },
  { q: 'if I stay poorly rested after the depression goes, could it come back', expect: 'answer', style: 'paraphrase', headings: [CYCLE], evidence: ['sleep problems that carry on after depression lifts can make it'] },
  { q: 'is it ok to eat something before going to sleep', expect: 'answer', style: 'paraphrase', headings: [HABITS], evidence: ['Avoid heavy meals late in the evening, though a light snack'], before: ['should i only go to bed when tired'] },
  { q: 'i started the sleep programme and i am sleeping worse, is that normal', expect: 'answer', style: 'paraphrase', headings: [CBT], evidence: ['The early weeks can feel harder before things improve'] },
  { q: 'restless legs', expect: 'answer', style: 'short', headings: [GP], evidence: ['have an urge to move your legs at night'] },
  { q: 'energy drinks', expect: 'answer', style: 'short', headings: [NAPS], evidence: ['tea, coffee, cola and energy drinks can stay in your system'] },
  { q: 'worry time', expect: 'answer', style: 'short', headings: [WORRY], evidence: ['Spend 15 minutes writing down what is on your mind', 'one small next step for each worry'] },
  { q: 'shoud i check the clock wen i wake up at nite', expect: 'answer', style: 'typo', headings: [NAPS], evidence: ['avoid checking the time on your phone during the night'] },
  { q: 'why do my problms feel wrse at 3 in the morning', expect: 'answer', style: 'typo', headings: [WORRY], evidence: ['Remind yourself that things often look worse at 3am'] },
  { q: 'can i stop my antidepresants to help me sleep', expect: 'answer', style: 'typo', headings: [MEDS], evidence: ['Do not start, stop or change any medicine without speaking'] },
  { q: 'how do i no if im gettin enuf sleep', expect: 'answer', style: 'phonetic', headings: [F_NEED, FAQ], evidence: ['The best guide is how you feel during the day'] },
  { q: 'wen does wakin up in the nite becum a problem', expect: 'answer', style: 'phonetic', headings: [F_WAKE, FAQ], evidence: ['when you regularly struggle to get back to sleep'] },
  { q: 'honestly 🙃 so sleepy at work I nearly nodded off driving home... worth seeing someone?', expect: 'answer', style: 'emoji-filler', headings: [GP], evidence: ['you feel so sleepy in the day that you worry about driving'] },
  { q: 'lol ok so bath before bed, good or bad?? 🛁', expect: 'answer', style: 'emoji-filler', headings: [WIND], evidence: ['have a warm bath or shower, or try slow breathing'] },
  { q: 'my partner and I just had twins, how can we both get some sleep', expect: 'answer', style: 'caregiver', headings: [SHIFT], evidence: ['share night feeds or settling with a partner or family member', 'Sleep when you can, share night feeds'] },
  { q: 'my son does rotating shifts and his family keep waking him in the day, any advice', expect: 'answer', style: 'caregiver', headings: [SHIFT], evidence: ['letting people around you know when you are resting'] },
  { q: 'can drinking make low mood worse', expect: 'answer', style: 'yes-no', headings: [NAPS], evidence: ['It can also worsen low mood, so cutting down often helps both.'] },
  { q: 'is cbt-i only for people without depression', expect: 'answer', style: 'yes-no', headings: [CBT], evidence: ['it also tends to help people whose insomnia comes with depression'] },
  { q: 'does sorting out my sleep help my mood as well', expect: 'answer', style: 'yes-no', headings: [KNOW, CYCLE], evidence: ['often helps low mood lift too', 'breaking the cycle at either end can help both'] },
  { q: 'is a group course or one-to-one therapy for sleep', expect: 'answer', style: 'comparison', headings: [CBT], evidence: ['CBT-I can be done one-to-one with a trained therapist, in a group'] },
  { q: 'reading a book vs scrolling my phone before sleep', expect: 'answer', style: 'comparison', headings: [WIND, NAPS], evidence: ['swap scrolling for something gentle', 'Read a paper book, listen to calm music'] },
  { q: 'what should the bedroom be used for and where should my phone go at night', expect: 'answer', style: 'two-part', headings: [HABITS, WIND], evidence: ['use the bed mainly for sleep', 'Leave your phone to charge outside the bedroom'] },
  { q: 'does insomnia make it hard to concentrate and can it make you dread bedtime', expect: 'answer', style: 'two-part', headings: [SIGNS], evidence: ['finding it hard to concentrate or remember things', 'worrying about sleep and dreading going to bed'] },
  { q: 'in cbt for sleep what kind of thoughts they work on', expect: 'answer', style: 'non-native', headings: [CBT], evidence: ['the idea that one bad night will ruin the whole next day'], before: ['is cbt-i only for people without depression'] },
  { q: 'my worries are also all the day not only night, what it means', expect: 'answer', style: 'non-native', headings: [WORRY], evidence: ['it may be a sign of anxiety, and talking to your GP'] },
  { q: 'for about a month I have been waking at 5 every morning unable to drop off again, I feel grumpy and tired all day and have stopped enjoying football with my mates. I keep telling myself it will pass. Is this insomnia?', expect: 'answer', style: 'long-personal', headings: [SIGNS, GP], evidence: ['feeling tired, irritable or low during the day', 'you have felt low, hopeless or lost interest in things'] },
  { q: 'and what should I write down before I stop for the night', expect: 'answer', style: 'short', headings: [WIND], evidence: ['Write down anything you need to remember for tomorrow.'], before: ['what should I do in the hour before bed'] },
  // out of scope
  { q: 'what are the side effects of zopiclone', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is CBD oil good for sleep', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I find a sleep clinic near me', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the best white noise machine', expect: 'fallback', style: 'out-of-scope' },
  { q: 'why do I grind my teeth at night', expect: 'fallback', style: 'out-of-scope' },
  { q: 'my teenager stays up gaming until 2am, how do I get him to bed', expect: 'fallback', style: 'out-of-scope', before: ['can depression make you sleep too much'] },
  { q: 'what causes night terrors', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does magnesium help insomnia', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i stop sleepwalking', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can my employer make me work nights', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the best time zone for remote workers', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i cancel my gym membership', expect: 'fallback', style: 'out-of-scope' },
];
