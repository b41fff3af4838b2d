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
const F_ADDICT = 'Is social media addictive?';
const F_DEPRESS = 'Can social media cause depression?';

/** Test half for the HubSpot CMS blog post "Social Media and Your Mood": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'why do I feel worse after scrolling instagram', expect: 'answer', style: 'plain', headings: [SCROLL, COMPARE], evidence: ['passive scrolling, where you watch other people\'s lives without joining in', 'When you compare your ordinary life with someone else\'s highlight reel'] },
  { q: 'what is doomscrolling', expect: 'answer', style: 'plain', headings: [DOOM], evidence: ['Doomscrolling means continuing to scroll through bad news or upsetting posts'] },
  { q: 'how do I stop online bullying happening to me', expect: 'answer', style: 'plain', headings: [BULLY], evidence: ['every major platform has tools to block and report accounts', 'take screenshots of messages and posts with the date'] },
  { q: 'how can I tell if social media is affecting my mental health', expect: 'answer', style: 'plain', headings: [SIGNS], evidence: ['Feeling worse about yourself or your life after scrolling', 'Feeling anxious or irritable when you cannot get online'] },
  { q: 'why are these apps so hard to put down', expect: 'answer', style: 'paraphrase', headings: [SCROLL], evidence: ['Social media apps are designed to hold your attention.', 'the apps are built to be hard to put down.'] },
  { q: 'everyone online seems to have a perfect life and mine feels boring', expect: 'answer', style: 'paraphrase', headings: [COMPARE], evidence: ['you are seeing a small, edited slice of someone\'s life', 'What people post is usually the best moment of their day'] },
  { q: 'can being online ever actually be good for you', expect: 'answer', style: 'paraphrase', headings: [POSITIVE], evidence: ['Social media is not all bad for mental health.', 'Online support communities can help people who feel isolated find others'] },
  { q: 'i keep reading awful news for hours, is that bad for me', expect: 'answer', style: 'paraphrase', headings: [DOOM], evidence: ['more scrolling rarely adds anything useful', 'it can keep your body on alert, making it harder to relax'] },
  { q: 'fomo', expect: 'answer', style: 'short', headings: [FOMO], evidence: ['FOMO is the worry that other people are having fun', 'Social media makes this feeling stronger'] },
  { q: 'phone in bed', expect: 'answer', style: 'short', headings: [SLEEP], evidence: ['Using your phone in bed is one of the most common ways', 'charge your phone outside the bedroom if you can'] },
  { q: 'app time limits', expect: 'answer', style: 'short', headings: [LIMITS, STEPS], evidence: ['Most phones let you set a daily time limit for each app.'] },
  { q: 'how to get rid of notifcations pulling me bak into apps', expect: 'answer', style: 'typo', headings: [NOTIF, STEPS], evidence: ['Turn off all but the most important ones', 'Notifications pull you back into apps many times a day.'] },
  { q: 'is socal media adictive', expect: 'answer', style: 'typo', headings: [F_ADDICT, FAQ], evidence: ['Many people find it very hard to stop scrolling', 'setting limits and asking for support can help'] },
  { q: 'shud i unfollow pepole who make me feel bad even if i no them', expect: 'answer', style: 'phonetic', headings: [CURATE], evidence: ['Unfollow or mute accounts that leave you feeling bad about yourself', 'even if they belong to people you know'] },
  { q: 'wot time shud i stop lookin at my fone b4 bed', expect: 'answer', style: 'phonetic', headings: [SLEEP, LIMITS], evidence: ['stop using social media about an hour before bed', 'No social media for the last hour before bed'] },
  { q: 'ugh 😩 so like every time I open tiktok at night I cant sleep?? why lol', expect: 'answer', style: 'emoji-filler', headings: [SLEEP], evidence: ['Scrolling late at night keeps your mind busy'] },
  { q: 'hmm ok so um 🤔 what do I do if I see mates posting from a party I wasnt invited to', expect: 'answer', style: 'emoji-filler', headings: [FOMO, COMPARE], evidence: ['notice the feeling, name it, and turn your attention back', 'photos of nights out or gatherings you were not part of'] },
  { q: 'my 14 year old is on her phone constantly, should I just take it off her', expect: 'answer', style: 'caregiver', headings: [TEENS], evidence: ['banning phones completely rarely works and can stop your child'] },
  { q: 'how do I know if my son is being upset by something online', expect: 'answer', style: 'caregiver', headings: [TEENS], evidence: ['withdrawing from family, losing interest in things they used to enjoy', 'seeming upset after being online'] },
  { q: 'my teenage daughter gets really upset about likes, why does it hit teens so hard', expect: 'answer', style: 'caregiver', headings: [TEENS], evidence: ['Teenagers can be especially sensitive to comparison, likes and being left out'] },
  { q: 'do I have to delete all my accounts to feel better', expect: 'answer', style: 'yes-no', headings: [F_DELETE, FAQ, TITLE], evidence: ['for most people a few changes, like turning off notifications', 'You do not need to delete every app to feel better.'] },
  { q: 'is it my fault if people are bullying me online', expect: 'answer', style: 'yes-no', headings: [BULLY], evidence: ['Being bullied is never your fault'] },
  { q: 'can social media give you depression', expect: 'answer', style: 'yes-no', headings: [F_DEPRESS, FAQ], evidence: ['unlikely to be the only cause of depression', 'comparison, bullying and lost sleep can all make low mood worse'] },
  { q: 'is messaging friends better for you than just scrolling through posts', expect: 'answer', style: 'comparison', headings: [SCROLL], evidence: ['more likely to lower your mood than active use such as messaging'] },
  { q: 'is muting someone different from unfollowing them', expect: 'answer', style: 'comparison', headings: [CURATE], evidence: ['Muting is a quiet way to take a break from someone'] },
  { q: 'what counts as online bullying and what should I do about it', expect: 'answer', style: 'two-part', headings: [BULLY], evidence: ['unkind comments, sharing private photos, spreading rumours', 'responding often makes things worse'] },
  { q: 'how many hours a day is too much and how do I cut down', expect: 'answer', style: 'two-part', headings: [F_MUCH, FAQ, LIMITS], evidence: ['There is no single safe number of hours.', 'Start by checking how much time you spend now'] },
  { q: 'please what is the good things of online groups for person who is alone', expect: 'answer', style: 'non-native', headings: [POSITIVE], evidence: ['reading others\' stories helped them feel less alone', 'Online support communities can help people who feel isolated find others'] },
  { q: 'when I must go to doctor about my mood from the phone', expect: 'answer', style: 'non-native', headings: [HELP], evidence: ['felt low, anxious or hopeless for more than two weeks', 'school or relationships, talk to your GP'] },
  { q: 'I am 32 and I have noticed that I check my phone the moment I wake up and then again last thing at night, and lately I feel flat and a bit jealous of everyone. My partner says I am always on it. Could it be the phone?', expect: 'answer', style: 'long-personal', headings: [SIGNS], evidence: ['Checking your phone first thing in the morning', 'Feeling jealous, left out or worried after seeing other people\'s posts'] },
  { q: 'what happens if I take a break from it?', expect: 'answer', style: 'plain', headings: [F_DELETE, FAQ], evidence: ['notice how you feel after a week or two', 'Some people find a complete break helpful'], before: ['should i delete social media'] },
  { q: 'and what if they threaten me or share private pictures', expect: 'answer', style: 'short', headings: [HELP], evidence: ['you can report it to the police'], before: ['someone keeps leaving nasty comments on my posts'] },
  // out of scope
  { q: 'which social media app is the worst for mental health', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I recover a hacked instagram account', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what parental control app do you recommend', expect: 'fallback', style: 'out-of-scope' },
  { q: 'at what age should a child get their first smartphone', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does blue light from screens damage your eyes', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I make money as an influencer', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is online gaming bad for my mood', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats the best vpn for my phone', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I sue someone for posting lies about me', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does CBT cost privately', expect: 'fallback', style: 'out-of-scope' },
  { q: 'recipe for banana bread pls 🍌', expect: 'fallback', style: 'out-of-scope' },
  { q: 'and how long would the waiting list be for that?', expect: 'fallback', style: 'out-of-scope', before: ['when should I see a GP about my mood'] },
];
