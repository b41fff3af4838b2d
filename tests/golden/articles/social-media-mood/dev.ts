import type { ArticleCase } from '../types.ts';

const TITLE = 'Social Media and Your Mood';
const SCROLL = 'How scrolling can affect your mood';
const COMPARE = 'Comparison and the highlight reel';
const DOOM = 'Doomscrolling';
const SLEEP = 'Sleep and screens';
const FOMO = 'FOMO: the fear of missing out';
const BULLY = 'Online bullying';
const POSITIVE = 'The positive side: support and connection';
const SIGNS = 'Signs social media is affecting you';
const STEPS = 'Practical steps to feel better';
const NOTIF = 'Turn off notifications';
const LIMITS = 'Set time limits';
const CURATE = 'Curate your feed';
const TEENS = 'Teenagers and parents';
const HELP = 'When to get help';
const FAQ = 'Frequently asked questions';
const F_DELETE = 'Should I delete social media altogether?';
const F_MUCH = 'How much time on social media is too much?';

/** Dev half for the HubSpot CMS blog post "Social Media and Your Mood": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'how do filters affect how I see my own body', expect: 'answer', style: 'plain', headings: [COMPARE], evidence: ['filtered faces and bodies that do not look like that'] },
  { q: 'what are some phone free times of day I could try', expect: 'answer', style: 'plain', headings: [LIMITS], evidence: ['No phone for the first half hour after waking up'] },
  { q: 'what should I follow instead', expect: 'answer', style: 'plain', headings: [CURATE], evidence: ['Follow accounts that make you laugh, teach you something'] },
  { q: 'what other support is there apart from my doctor', expect: 'answer', style: 'plain', headings: [HELP], evidence: ['talk to a school counsellor, a student support service', 'your workplace\'s employee assistance programme'] },
  { q: 'does a bad night of sleep make the comparing worse the next day', expect: 'answer', style: 'paraphrase', headings: [SLEEP], evidence: ['Poor sleep and low mood feed each other.', 'more likely to compare yourself with others the next day'] },
  { q: 'i only open it for a quick minute and somehow lose half an hour', expect: 'answer', style: 'paraphrase', headings: [SCROLL], evidence: ['put it down half an hour later feeling more tired'] },
  { q: 'is it my weakness that I cant stop checking', expect: 'answer', style: 'paraphrase', headings: [SCROLL], evidence: ['None of this is a personal failing'] },
  { q: 'staying in touch with friends abroad', expect: 'answer', style: 'short', headings: [POSITIVE], evidence: ['keep in touch with friends who live far away'] },
  { q: 'group chat exclusion', expect: 'answer', style: 'short', headings: [BULLY], evidence: ['deliberately leaving someone out of group chats'] },
  { q: 'alarm clock', expect: 'answer', style: 'short', headings: [SLEEP], evidence: ['An old-fashioned alarm clock means you do not need the phone'] },
  { q: 'whats a good swap for checkin the news all day', expect: 'answer', style: 'typo', headings: [STEPS], evidence: ['Pick one or two set times a day to catch up'] },
  { q: 'why do i feel like i hav to anwser every mesage right away', expect: 'answer', style: 'typo', headings: [FOMO], evidence: ['feel you must reply to every message straight away'] },
  { q: 'wots the point of screenshoting the nasty stuff', expect: 'answer', style: 'phonetic', headings: [BULLY], evidence: ['take screenshots of messages and posts with the date'] },
  { q: 'y does it feel like everybodys gettin engaged n promoted xcept me', expect: 'answer', style: 'phonetic', headings: [COMPARE], evidence: ['engagements, babies, promotions and new jobs arriving all at once'] },
  { q: 'ok so 😅 the bullying follows me home basically?? is that normal', expect: 'answer', style: 'emoji-filler', headings: [BULLY], evidence: ['online bullying can feel like there is no escape from it'] },
  { q: 'soooo 🙃 any tips for not scrolling at dinner lol', expect: 'answer', style: 'emoji-filler', headings: [LIMITS, TEENS], evidence: ['You could also try phone-free times of day', 'notice your own phone habits at meals and in the evening'] },
  { q: 'should my family have rules about phones and who decides them', expect: 'answer', style: 'caregiver', headings: [TEENS], evidence: ['phones out of bedrooms at night', 'ask what they enjoy online and which apps their friends use'] },
  { q: 'my son wont tell me what happens online, how do I get him to open up', expect: 'answer', style: 'caregiver', headings: [TEENS], evidence: ['they can come to you if something upsets them online'] },
  { q: 'my mum keeps reading scary news on facebook all evening, how can I help her', expect: 'answer', style: 'caregiver', headings: [DOOM, STEPS], evidence: ['that is a good moment to stop and do something else', 'Pick one or two set times a day to catch up'] },
  { q: 'will the person know if I mute them', expect: 'answer', style: 'yes-no', headings: [CURATE], evidence: ['take a break from someone without them knowing'] },
  { q: 'is staying informed a good reason to keep scrolling the news', expect: 'answer', style: 'yes-no', headings: [DOOM], evidence: ['It can feel like staying informed, but after a point'] },
  { q: 'is scrolling always a bad thing', expect: 'answer', style: 'yes-no', headings: [SCROLL], evidence: ['Scrolling itself is not good or bad.'] },
  { q: 'is a total break better than just changing a few settings', expect: 'answer', style: 'comparison', headings: [F_DELETE, FAQ], evidence: ['for most people a few changes, like turning off notifications', 'curating their feeds, work just as well'] },
  { q: 'which is worse for teens, the comparing or being left out', expect: 'answer', style: 'comparison', headings: [TEENS], evidence: ['fitting in with friends matters so much at that age'] },
  { q: 'which notifications should I keep and which should go', expect: 'answer', style: 'two-part', headings: [NOTIF], evidence: ['such as messages from close family', 'Turn off all but the most important ones'] },
  { q: 'who should I tell about being bullied online and should I reply to them', expect: 'answer', style: 'two-part', headings: [BULLY], evidence: ['a friend, family member, teacher or manager', 'responding often makes things worse'] },
  { q: 'the pictures of holidays and big houses of other peoples, they are real or not?', expect: 'answer', style: 'non-native', headings: [COMPARE], evidence: ['holidays, homes and shopping that may not be what they seem'] },
  { q: 'how I can know is too much time for me, no number is given?', expect: 'answer', style: 'non-native', headings: [F_MUCH, FAQ], evidence: ['A better guide is how you feel'] },
  { q: 'I moved to a new city for work last year and I do not know anyone here. Most evenings I end up on my phone watching other people, and a friend suggested joining an online group for people new to the area. Is that a good idea or will it make me feel worse?', expect: 'answer', style: 'long-personal', headings: [POSITIVE, SCROLL], evidence: ['Online support communities can help people who feel isolated find others', 'more likely to lower your mood than active use'] },
  { q: 'and can unfollowing really make a difference?', expect: 'answer', style: 'short', headings: [CURATE], evidence: ['You are in charge of what you see.'], before: ['some accounts make me feel so inadequate'] },
  { q: 'what would a reasonable first limit be?', expect: 'answer', style: 'plain', headings: [LIMITS], evidence: ['then set a limit a little lower'], before: ['i want to set time limits on my apps'] },
  { q: 'so what is the article mostly about', expect: 'answer', style: 'plain', headings: [TITLE], evidence: ['what you can do to make your feeds work for you'] },
  // out of scope
  { q: 'how do I turn off read receipts on whatsapp', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is it safe for my kid to use snapchat maps', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I report a fake account pretending to be me', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does social media cause ADHD in children', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which dating app is least stressful', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long is the waiting list for talking therapy in my area', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the best phone to buy for a teenager', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I get my employer to pay for counselling', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i grow my followers fast 📈', expect: 'fallback', style: 'out-of-scope' },
  { q: 'wats the wifi password at the library', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is melatonin good for sleep', expect: 'fallback', style: 'out-of-scope' },
  { q: 'and what about old posts of me that someone screenshotted years ago, can they be removed?', expect: 'fallback', style: 'out-of-scope', before: ['what should I do about online bullying'] },
];
