import type { ArticleCase } from '../types.ts';

const WHAT = 'What is loneliness?';
const TYPES = 'Social loneliness and emotional loneliness';
const ALONE = 'Being alone is not the same as feeling lonely';
const COMMON = 'How common is loneliness?';
const MENTAL = 'How loneliness affects your mental health';
const PHYS = 'Loneliness and your physical health';
const RISK = 'Who is most at risk?';
const SIGNS = 'Signs that someone may be lonely';
const STEPS = 'Steps to feel more connected';
const HOME = 'If going out is hard';
const HELP = 'How to help a lonely friend or relative';
const DEP = 'When loneliness becomes depression';
const DOC = 'When to see a doctor';
const LINES = 'Helplines and support';
const FAQ = 'Frequently asked questions';
const F_REL = 'Can you feel lonely in a relationship?';
const F_ILL = 'Is loneliness a mental illness?';
const F_LONG = 'How long does loneliness last?';
const F_OLD = 'Are older people always lonely?';

/** Test half for the WordPress (Gutenberg + Yoast FAQ) page "Loneliness and Your Mental Health": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what is loneliness', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['the relationships you have do not match the relationships you want'] },
  { q: 'how does loneliness affect your physical health', expect: 'answer', style: 'plain', headings: [PHYS], evidence: ['linked to high blood pressure, heart disease and stroke'] },
  { q: 'who is most likely to feel lonely', expect: 'answer', style: 'plain', headings: [RISK], evidence: ['Anyone can feel lonely, but some groups are more likely to:', 'Older adults, especially those who live alone'] },
  { q: 'why do i feel isolated even when im surrounded by mates at the pub', expect: 'answer', style: 'paraphrase', headings: [ALONE, WHAT], evidence: ['you can feel lonely in a crowded room', 'Someone with a large circle of friends can feel lonely'], why: 'no "lonely"/"alone" words; the answer is the alone-vs-lonely section' },
  { q: 'is spending most of my time by myself bad for me', expect: 'answer', style: 'paraphrase', headings: [ALONE], evidence: ['Many people enjoy time on their own and choose it', 'it can be restful and good for you'], why: 'solitude, not loneliness; the article says chosen time alone can be good' },
  { q: 'does it shorten your life', expect: 'answer', style: 'paraphrase', headings: [PHYS], evidence: ['effect on how long people live is similar to that of smoking'], why: '"it" is loneliness only by the page topic; no overlap with "how long people live"' },
  { q: 'loneliness statistics', expect: 'answer', style: 'short', headings: [COMMON], evidence: ['about 1 in 4 adults feel lonely some or all'] },
  { q: 'befriending', expect: 'answer', style: 'short', headings: [HOME], evidence: ['Befriending services match you with a volunteer who calls or visits'] },
  { q: 'lonely carers', expect: 'answer', style: 'short', headings: [RISK], evidence: ['Carers looking after a family member, who often have little time'] },
  { q: 'can lonelyness cause depresion', expect: 'answer', style: 'typo', headings: [MENTAL, DEP], evidence: ['People who are lonely for a long time are more likely', 'Loneliness and depression share many features, and one can lead'] },
  { q: 'signs somone is lonley', expect: 'answer', style: 'typo', headings: [SIGNS], evidence: ['spending much more time at home, talking a lot when'] },
  { q: 'how to stop feeling lonley after moveing to a new city', expect: 'answer', style: 'typo', headings: [STEPS], evidence: ['Start with small daily contact.', 'Join a group built around something you enjoy.'] },
  { q: 'wat r the 2 types of loneliness', expect: 'answer', style: 'phonetic', headings: [TYPES], evidence: ['Researchers often describe two kinds of loneliness.', 'Social loneliness is the lack of a wider network'] },
  { q: 'can being lonely mess up ur sleep, i wake up like 4 times a nite', expect: 'answer', style: 'phonetic', headings: [MENTAL], evidence: ['Lonely people often sleep more lightly and wake more often'] },
  { q: 'ugh 😩 does scrolling insta make u lonelier or is that just me lol', expect: 'answer', style: 'emoji-filler', headings: [STEPS], evidence: ["Scrolling through other people's posts can leave you feeling more left out."] },
  { q: 'hiii 🐶 would getting a dog actually help w loneliness??', expect: 'answer', style: 'emoji-filler', headings: [STEPS], evidence: ['A dog or cat gives you company and routine'] },
  { q: 'my dad has been really isolated since mum passed away, how can i help him', expect: 'answer', style: 'caregiver', headings: [HELP], evidence: ['Get in touch regularly, even if it is only a short call', 'Invite them to things, and keep inviting them even if'] },
  { q: 'my teenage son spends all day in his room on his laptop, could he be lonely?', expect: 'answer', style: 'caregiver', headings: [SIGNS], evidence: ['Some people spend long hours online or watching television'] },
  { q: 'my wife just had our baby and says she feels lonely at home all day, is that common', expect: 'answer', style: 'caregiver', headings: [RISK], evidence: ['New parents, who may spend long days at home with a baby'] },
  { q: 'is being lonely a mental health condition', expect: 'answer', style: 'yes-no', headings: [F_ILL, FAQ, WHAT], evidence: ['Loneliness is a feeling, not a diagnosis.', 'It is not a mental illness in itself'] },
  { q: "can you be lonely even if you're married", expect: 'answer', style: 'yes-no', headings: [F_REL, FAQ, ALONE], evidence: ['Being in a relationship does not protect you from loneliness.', 'even in a long marriage'] },
  { q: "what's the difference between loneliness and depression", expect: 'answer', style: 'comparison', headings: [DEP], evidence: ['Depression is a health condition that affects your mood, thinking and energy', 'it usually eases when those connections improve'] },
  { q: 'are young people lonelier than old people', expect: 'answer', style: 'comparison', headings: [COMMON, F_OLD], evidence: ['more likely to report feeling lonely than people over 70', 'Most older people do not feel lonely'], why: 'the answer is in the "Did you know?" box' },
  { q: 'when should i see a doctor about loneliness and what can they do for me', expect: 'answer', style: 'two-part', headings: [DOC], evidence: ['felt low, hopeless or empty for two weeks or more', 'Your doctor can check for depression and anxiety'] },
  { q: 'what is chronic loneliness and how long does it take to go away', expect: 'answer', style: 'two-part', headings: [F_LONG, FAQ, MENTAL], evidence: ['Loneliness that lasts a year or more is called chronic loneliness', 'often eases within a few months as new routines'] },
  { q: 'I am new in this country and have no friend here, is normal to feel lonely so much?', expect: 'answer', style: 'non-native', headings: [RISK], evidence: ['People who have moved to a new area or a new country'] },
  { q: 'how i can help my grandmother, she is alone always and she not want go out', expect: 'answer', style: 'non-native', headings: [HELP], evidence: ['Practical help, such as a lift to a club', 'keep inviting them even if they say no at first'] },
  { q: 'I retired six months ago and I thought I would love the free time. Instead I barely talk to anyone all week and the days drag on. What can I actually do about it?', expect: 'answer', style: 'long-personal', headings: [STEPS, RISK], evidence: ['Helping others gives you a reason to go out', 'Life changes such as retirement, divorce, redundancy or bereavement'] },
  { q: "I have a chronic illness and I can't leave the house much anymore. My friends have slowly stopped calling. Is there any kind of support for people like me?", expect: 'answer', style: 'long-personal', headings: [HOME], evidence: ['phone or video calls, online communities for people in a similar situation'] },
  // follow-ups
  { q: 'and the other kind?', before: ['what is social loneliness'], expect: 'answer', style: 'short', headings: [TYPES], evidence: ['Emotional loneliness is the lack of a close, intimate bond'], why: 'only the earlier question says which kinds' },
  { q: 'what is the loneliness loop', before: ['how does loneliness affect mental health'], expect: 'answer', style: 'plain', headings: [MENTAL], evidence: ['Feeling low or anxious makes it harder to reach out'] },
  { q: 'are they open at night?', before: ['are there helplines for lonely people'], expect: 'answer', style: 'yes-no', headings: [LINES], evidence: ['including services that run through the night'], why: '"they" = helplines from the earlier question' },
  // out of scope: same domain, not covered
  { q: 'is bumble bff a good app for making friends', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does a therapist cost for loneliness', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can sertraline help with loneliness', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i get disability benefits if loneliness stops me working', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the phone number for a loneliness helpline', expect: 'fallback', style: 'out-of-scope', why: 'helplines are mentioned only in general, with no numbers' },
  { q: 'are there any walking clubs in leeds', expect: 'fallback', style: 'out-of-scope' },
  // out of scope: off-domain
  { q: 'how do i make sourdough bread', expect: 'fallback', style: 'out-of-scope' },
  { q: 'best dog breeds for a small flat', expect: 'fallback', style: 'out-of-scope', why: 'pets are mentioned, breeds are not' },
  { q: 'whats the weather in manchester tomorrow', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how to reset my iphone passcode', expect: 'fallback', style: 'out-of-scope' },
  { q: 'who won the world cup in 2022', expect: 'fallback', style: 'out-of-scope' },
  { q: 'cheap flights to spain in may ✈️😎', expect: 'fallback', style: 'emoji-filler' },
];
