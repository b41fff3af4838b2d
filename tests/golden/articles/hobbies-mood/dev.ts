import type { ArticleCase } from '../types.ts';
/** Dev half for hobbies-mood (an iPhone Notes handout on hobbies, creativity and mood, shared as plain text): written after the test half. */
const WHY = '🎨 Why hobbies help';
const FLOW = '🌊 WHAT IS “FLOW”?';
const MUSIC = '🎵 Music';
const GARDEN = '🌱 Gardening';
const CRAFTS = '🧶 Crafts and making things';
const GROUP = '👥 GROUP HOBBIES AND LONELINESS';
const START = '🔋 Starting when you have no energy';
const PERFECT = '🎯 Perfectionism and hobbies';
const SP = '🤝 SOCIAL PRESCRIBING – HOW TO GET REFERRED';
const COST = '💷 Cost and free options';
const CHECK = '✅ Checklist before your first group';
const HELP = '🚩 WHEN A HOBBY IS NOT ENOUGH';
const NUMBERS = '📞 Useful numbers';
export const dev: ArticleCase[] = [
  // plain
  { q: 'What does a link worker do?', expect: 'answer', style: 'plain', headings: [SP], evidence: ['my job is to spend time finding out what matters to you'] },
  { q: 'What kinds of crafts could I try?', expect: 'answer', style: 'plain', headings: [CRAFTS], evidence: ['Knitting, crochet, sewing, drawing, pottery, woodwork, baking'] },
  { q: 'What should I do to prepare before my first group session?', expect: 'answer', style: 'plain', headings: [CHECK], evidence: ['Check the time, the address and whether you need to book', 'Plan your journey (bus times, parking, step-free access)'] },
  // paraphrase
  { q: 'Could playing the same gloomy tracks over and over be keeping me down?', expect: 'answer', style: 'paraphrase', headings: [MUSIC], evidence: ['if you notice that sad songs on repeat are keeping you stuck', 'try mixing in some music with more energy'] },
  { q: "how do I stop my pastime turning into another chore where I'm beating myself up?", expect: 'answer', style: 'paraphrase', headings: [PERFECT], evidence: ['Setting a time limit instead of a quality goal', 'Calling it “practice” or “playing” rather than “work”'] },
  { q: 'When I am in a slump, why do I drop all the stuff I normally enjoy?', expect: 'answer', style: 'paraphrase', headings: [WHY], evidence: ['You have less energy, so you do less', 'That cycle can keep low mood going.'] },
  // short
  { q: 'shout text number', expect: 'answer', style: 'short', headings: [NUMBERS], evidence: ['Shout – text SHOUT to 85258 (free, 24/7)'] },
  { q: 'cheap wool', expect: 'answer', style: 'short', headings: [COST], evidence: ['Charity shops for second-hand wool, paints and instruments'] },
  { q: 'link worker opening hours', expect: 'answer', style: 'short', headings: [NUMBERS], evidence: ['Riverside PCN social prescribing – 07700 900123 (Mon–Fri, 9am–4pm)'] },
  // typo
  { q: 'how meny times will i see them', expect: 'answer', style: 'typo', headings: [SP], evidence: ['Most people see me between 3 and 6 times'], before: ['ok i asked my GP to refer me to the link worker'] },
  { q: 'what if i mis a day of my new routeen', expect: 'answer', style: 'typo', headings: [START], evidence: ['just pick it up again the next day', 'It isn’t a test and you haven’t failed.'] },
  { q: 'any advise for gardning when you have a bad back', expect: 'answer', style: 'typo', headings: [GARDEN], evidence: ['lift with bent knees, wear gloves and sun cream'] },
  // phonetic
  { q: 'how long b4 sum1 rings me after i get reffered', expect: 'answer', style: 'phonetic', headings: [SP], evidence: ['I’ll phone you within about 2 weeks to book a first chat'] },
  { q: 'wots the point of watchin plants grow tbh', expect: 'answer', style: 'phonetic', headings: [GARDEN], evidence: ['watching something grow reminds them that things change and can get better'] },
  { q: 'is it cos im lazy that i cant be bothered doin nethin', expect: 'answer', style: 'phonetic', headings: [START], evidence: ['That’s the low mood talking, not a sign that you’re lazy.'] },
  // emoji-filler
  { q: 'omg i cant stop checking my phone when i try to draw 🙄📱 help', expect: 'answer', style: 'emoji-filler', headings: [FLOW], evidence: ['Put your phone in another room or on do not disturb'] },
  { q: 'lol does cooking tea count as being creative or nah 🍝', expect: 'answer', style: 'emoji-filler', headings: ['Do I need to be creative or “arty”?'], evidence: ['Cooking a new recipe, rearranging a room'] },
  { q: 'tbh everyone on insta is sooo much better at crochet than me 😭 makes me want to quit', expect: 'answer', style: 'emoji-filler', headings: [PERFECT], evidence: ['Not comparing yourself with people online who have been doing it'] },
  // caregiver
  { q: 'My teenage daughter stays in her room all day and has lost interest in everything, even dancing. When should we get her seen?', expect: 'answer', style: 'caregiver', headings: [HELP], evidence: ['You’ve lost interest in almost everything, including things you used to love'] },
  { q: 'My dad is really shy and hates sitting face to face with new people. What sort of group would suit him?', expect: 'answer', style: 'caregiver', headings: [GROUP], evidence: ['Choose something side by side, like a craft group or gardening'] },
  { q: "Can I go along with my friend to her first session? She's too anxious to walk in alone", expect: 'answer', style: 'caregiver', headings: [GROUP], evidence: ['Bring a friend, or ask me about one of our volunteer'] },
  // yes-no
  { q: 'Can the receptionist refer me or does it have to be a doctor?', expect: 'answer', style: 'yes-no', headings: [SP], evidence: ['a GP, nurse, pharmacist or receptionist'] },
  { q: 'Do I have to come into the surgery to meet you?', expect: 'answer', style: 'yes-no', headings: [SP], evidence: ['in person, on the phone or as a walk in the park'], before: ['I’ve just been referred for social prescribing'] },
  // comparison
  { q: 'is just listening as good as actually playing an instrument?', expect: 'answer', style: 'comparison', headings: [MUSIC], evidence: ['Listening, singing and playing all count.'], before: ['does music help with low mood?'] },
  { q: 'is knitting better for me than scrolling my phone to switch off?', expect: 'answer', style: 'comparison', headings: [WHY], evidence: ['A break from screens, the news and your phone', 'can give your mind a rest from worrying'] },
  // two-part
  { q: "How do I tell if it's actually helping, and how quickly should I do more of it?", expect: 'answer', style: 'two-part', headings: [START], evidence: ['rate your mood 0–10 before and after', 'Slowly build up, for example by 5 minutes a week'] },
  { q: "are there cheap classes, and is there a discount if I'm on benefits?", expect: 'answer', style: 'two-part', headings: [COST], evidence: ['Some groups have a “pay what you can” price or concession rates.', 'you may be able to get free or discounted adult learning courses'] },
  // non-native
  { q: 'What is meaning of this flow? I not understand the word', expect: 'answer', style: 'non-native', headings: [FLOW], evidence: ['is the word psychologists use for being so absorbed'] },
  { q: 'If it is emergency with my mind in the night, which number I can call?', expect: 'answer', style: 'non-native', headings: [NUMBERS, HELP], evidence: ['NHS 111 – urgent help, 24 hours a day', 'call 999 or go to A&E now'] },
  // long-personal
  { q: "My GP mentioned hobbies and honestly it felt a bit like being fobbed off. I've had low mood for about six months now and I think I need proper therapy. Can I refer myself somewhere?", expect: 'answer', style: 'long-personal', headings: [HELP], evidence: ['You can also refer yourself to NHS Talking Therapies for free'] },
  { q: "I've written poems in a notebook since I was a teenager but I'd be mortified if anyone read them. My counsellor says creative stuff might help my mood. Does it still count if it's just for me?", expect: 'answer', style: 'long-personal', headings: [CRAFTS], evidence: ['Writing counts as a creative hobby as well', 'You don’t have to show anyone.'] },
  { q: "I was made redundant last winter and I've been drinking more in the evenings to get through. My wife suggested I take up fishing again with my brother. I'm up for it, but is that all I should be doing?", expect: 'answer', style: 'long-personal', headings: [HELP], evidence: ['You’re drinking more or using drugs to cope'] },
  // out of scope
  { q: 'What is a good knitting pattern for a complete beginner?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I set up my own community choir?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Does art therapy work for PTSD?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'are there hobby groups for people with dementia', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what day does the knit and natter group at the library meet?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is CBT better than behavioural activation for depression?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Which vegetables are easiest to grow in pots?', expect: 'fallback', style: 'out-of-scope' },
  { q: "does St John's wort help low mood", expect: 'fallback', style: 'out-of-scope' },
  { q: 'Will my employer find out if I see a link worker?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what are the side effects of mirtazapine', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I get my child assessed for autism?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I still do pottery if I have arthritis in my hands?', expect: 'fallback', style: 'out-of-scope' },
];
