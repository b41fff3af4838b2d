import type { ArticleCase } from '../types.ts';

const HELPS = 'How exercise helps your mood';
const RESEARCH = 'What the research shows';
const ENOUGH = 'How much is enough?';
const START = 'Starting when you feel low';
const TYPES = 'Types of activity to try';
const WALK = 'Walking and everyday movement';
const OUT = 'Exercise outdoors';
const YOGA = 'Yoga and gentle exercise';
const TEAM = 'Team sports and classes';
const BARRIERS = 'Barriers and how to get past them';
const TIME = '"I don\'t have time"';
const TIRED = '"I\'m too tired"';
const SHY = '"I feel self-conscious"';
const COST = '"It costs too much"';
const TREAT = 'Exercise alongside treatment';
const DOC = 'When to talk to a doctor';
const FAQ = 'Frequently asked questions';
const F_WHEN = 'What time of day is best to exercise for mood?';
const F_SOON = 'How soon will I feel better?';
const F_MUCH = 'Can I exercise too much?';
const F_ANX = 'Does exercise help with anxiety as well?';

export const dev: ArticleCase[] = [
  // in scope
  { q: 'what chemicals does the body release when you exercise', expect: 'answer', style: 'plain', headings: [HELPS], evidence: ['the body releases endorphins and other chemicals that can lift your mood'] },
  { q: 'what are the limits of the research on exercise and depression', expect: 'answer', style: 'plain', headings: [RESEARCH], evidence: ['Many studies are small, and people who choose to exercise may differ'] },
  { q: 'what exercise is best for mood', expect: 'answer', style: 'plain', headings: [TYPES], evidence: ['for your mood is the one you will keep doing'] },
  { q: 'what should i do if i feel suicidal', expect: 'answer', style: 'plain', headings: [DOC], evidence: ['call emergency services or a crisis line now'] },
  { q: 'what is the easiest possible first step if i barely get out of bed', expect: 'answer', style: 'paraphrase', headings: [START], evidence: ['Try walking to the end of your street and back'] },
  { q: 'why does going for a jog stop my brain from spiralling', expect: 'answer', style: 'paraphrase', headings: [HELPS], evidence: ['a break from worrying thoughts and a reason to get out'] },
  { q: 'can a fitness routine take the place of my meds and counselling', expect: 'answer', style: 'paraphrase', headings: [TREAT], evidence: ['it should never replace treatment your doctor has recommended'] },
  { q: 'do people who keep fit for years get depressed less', expect: 'answer', style: 'paraphrase', headings: [RESEARCH], evidence: ['seem to have a lower risk of developing depression'] },
  { q: 'tai chi', expect: 'answer', style: 'short', headings: [YOGA], evidence: ['Yoga, tai chi and Pilates combine movement with slow breathing'] },
  { q: 'exercise and daylight', expect: 'answer', style: 'short', headings: [OUT, F_WHEN], evidence: ['Daylight can also help your body clock', 'Morning daylight can help your body clock'] },
  { q: 'rest days?', expect: 'answer', style: 'short', headings: [F_MUCH, FAQ], evidence: ['Build up slowly and take rest days.'] },
  { q: 'does exercize help depresion at all', expect: 'answer', style: 'typo', headings: [RESEARCH], evidence: ['can reduce symptoms of mild to moderate depression'] },
  { q: 'exercising late at nite stops me sleping', expect: 'answer', style: 'typo', headings: [F_WHEN, FAQ], evidence: ['Finish hard exercise a couple of hours before bed'] },
  { q: 'do i need 2 go 2 a jim', expect: 'answer', style: 'phonetic', headings: [TYPES], evidence: ['There is no need to join a gym or run a marathon.'] },
  { q: 'wen will i feel a diffrunce after a wurkout', expect: 'answer', style: 'phonetic', headings: [F_SOON, FAQ], evidence: ['Many people feel a small lift in mood straight after a session.'] },
  { q: 'sooo 😅 my heart races when i run and it freaks me out… is that bad for anxiety??', expect: 'answer', style: 'emoji-filler', headings: [F_ANX, FAQ], evidence: ['a racing heart during exercise can help you get used'] },
  { q: 'hiii 🌞 is walking actually enough or is that cheating lol', expect: 'answer', style: 'emoji-filler', headings: [WALK, ENOUGH], evidence: ['Walking is free, needs no kit and can be done almost anywhere.', 'Even small amounts of activity are linked to better mood'] },
  { q: 'my teenage daughter is low and never leaves her room, would joining a football team help her', expect: 'answer', style: 'caregiver', headings: [TEAM], evidence: ['Team sports, running clubs and group classes add routine and company.'] },
  { q: 'my husband has diabetes and wants to start running to cheer himself up, anything he should do first', expect: 'answer', style: 'caregiver', headings: [TREAT], evidence: ['If you have a heart condition, diabetes, joint problems'] },
  { q: 'my mum felt dizzy and out of breath on her exercise bike, what should she do', expect: 'answer', style: 'caregiver', headings: [DOC], evidence: ['Stop straight away and get medical advice before you exercise again.'] },
  { q: 'does walking the dog count as exercise', expect: 'answer', style: 'yes-no', headings: [WALK], evidence: ['Walking the dog counts as exercise, and daylight is good'] },
  { q: 'should i wait until i feel motivated before i start', expect: 'answer', style: 'yes-no', headings: [START], evidence: ['Do not wait until you feel like it.'] },
  { q: 'is it ok to split my exercise into short bits', expect: 'answer', style: 'yes-no', headings: [ENOUGH, TIME], evidence: ['Short bouts of ten minutes all add up.', 'Break activity into short blocks through the day.'] },
  { q: 'is yoga or a team sport better if i get anxious', expect: 'answer', style: 'comparison', headings: [YOGA], evidence: ['They can be a good choice if you feel anxious or tense'] },
  { q: 'outdoor exercise vs indoor, does it matter for mood', expect: 'answer', style: 'comparison', headings: [OUT], evidence: ['Being active in green spaces, such as parks, woods or by water'] },
  { q: 'how much do i need to do each week and how hard should it feel', expect: 'answer', style: 'two-part', headings: [ENOUGH], evidence: ['at least 150 minutes of moderate activity a week', 'feel warmer but can still hold a conversation'] },
  { q: 'when should i plan my workouts and should i write them down', expect: 'answer', style: 'two-part', headings: [START], evidence: ['Plan your activity for a set time of day'] },
  { q: 'I am shy, I not like people look at me when I do sport. What I can do?', expect: 'answer', style: 'non-native', headings: [SHY, BARRIERS], evidence: ['walk with a friend at a quiet time of day'] },
  { q: 'why is more easy to start when you do nothing before? the biggest gain is for who?', expect: 'answer', style: 'non-native', headings: [ENOUGH], evidence: ['the biggest gains come when someone who does nothing starts'] },
  // follow-ups
  { q: 'and how long does that last', before: ['do you feel better right after exercising'], expect: 'answer', style: 'short', headings: [F_SOON, FAQ], evidence: ['Bigger changes in low mood usually take a few weeks'], why: 'asks how long until bigger changes after the immediate lift' },
  { q: 'what if i never enjoy it', before: ['what kind of exercise should i try for low mood'], expect: 'answer', style: 'paraphrase', headings: [TYPES], evidence: ['You do not have to enjoy every minute.', 'for your mood is the one you will keep doing'] },
  { q: "I've been off work with depression for a month. My friend keeps telling me to go running, but I can barely get dressed, and when I tried a jog last week I gave up after two minutes and felt worse about myself. Is there any point even trying?", expect: 'answer', style: 'long-personal', headings: [START, TIRED], evidence: ['Be kind to yourself if you miss a day.', 'Start with a few minutes and stop if you feel unwell.', 'make the first step so small that it feels almost too easy'], before: ['does exercise really help depression'] },
  // out of scope: same domain, not covered
  { q: 'which fitness tracker is best for counting steps', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does omega 3 help depression', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i stretch before a run to avoid injury', expect: 'fallback', style: 'out-of-scope', why: 'stretching is mentioned only as a first step, no warm-up advice' },
  { q: 'is cold water swimming good for depression', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does a gym membership cost in manchester', expect: 'fallback', style: 'out-of-scope' },
  { q: 'are protein shakes or energy bars better after a workout', expect: 'fallback', style: 'comparison' },
  // out of scope: off-domain
  { q: 'how do i fix a dripping tap', expect: 'fallback', style: 'out-of-scope' },
  { q: 'convert 10 miles to kilometres', expect: 'fallback', style: 'out-of-scope' },
  { q: 'good name for a golden retriever puppy', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what time does the post office close on saturday', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i change my instagram password', expect: 'fallback', style: 'out-of-scope' },
  { q: 'recomend a gud film for tonite', expect: 'fallback', style: 'typo' },
];
