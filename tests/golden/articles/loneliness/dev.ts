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
const HELP = 'How to help a lonely friend or relative';
const DEP = 'When loneliness becomes depression';
const DOC = 'When to see a doctor';
const LINES = 'Helplines and support';
const FAQ = 'Frequently asked questions';
const F_REL = 'Can you feel lonely in a relationship?';
const F_ILL = 'Is loneliness a mental illness?';
const F_OLD = 'Are older people always lonely?';

/** Dev half for the WordPress (Gutenberg + Yoast FAQ) page "Loneliness and Your Mental Health": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'how does loneliness cause anxiety', expect: 'answer', style: 'plain', headings: [MENTAL], evidence: ['Loneliness can make you more alert to rejection'] },
  { q: 'how can volunteering help with loneliness', expect: 'answer', style: 'plain', headings: [STEPS], evidence: ['a shared purpose and a chance to meet people'] },
  { q: 'what should i say to a lonely friend', expect: 'answer', style: 'plain', headings: [HELP], evidence: ['Listen without rushing to give advice'] },
  { q: 'why do i feel like nobody wants to hang out with me', expect: 'answer', style: 'paraphrase', headings: [MENTAL], evidence: ['You may start to believe that people do not want'], why: 'the low self-esteem bullet; no word overlap' },
  { q: 'why does nobody ever notice when someone is struggling like this', expect: 'answer', style: 'paraphrase', headings: [SIGNS], evidence: ['because many feel embarrassed about it.'] },
  { q: 'does feeling cut off from people raise your stress levels', expect: 'answer', style: 'paraphrase', headings: [MENTAL], evidence: ['Loneliness raises levels of the stress hormone cortisol.'] },
  { q: 'loneliness in young people', expect: 'answer', style: 'short', headings: [COMMON], evidence: ['Around 1 in 3 young adults say they feel lonely often.'] },
  { q: 'dementia risk', expect: 'answer', style: 'short', headings: [PHYS], evidence: ['In older people it is linked to a higher risk of dementia.'] },
  { q: 'how to meet new poeple when your shy', expect: 'answer', style: 'typo', headings: [STEPS], evidence: ['a chance to meet people without the pressure of making small talk', 'it is normal to feel nervous at first'] },
  { q: 'so lonely after my devorce', expect: 'answer', style: 'typo', headings: [RISK], evidence: ['can also trigger loneliness at any age'] },
  { q: 'is lonelyness the same as being isloated', expect: 'answer', style: 'typo', headings: [ALONE], evidence: ['Being alone, or social isolation, describes how much contact you have'] },
  { q: 'wen does lonelyness turn in2 depreshun', expect: 'answer', style: 'phonetic', headings: [DEP, DOC], evidence: ['it does not lift just because you spend time with people', 'lost interest in things you used to enjoy'] },
  { q: 'r old ppl always lonely', expect: 'answer', style: 'phonetic', headings: [F_OLD, FAQ], evidence: ['getting older is not a cause of loneliness on its own'] },
  { q: 'sooo 🙃 i feel lonely even tho i have like 500 followers 😂 how', expect: 'answer', style: 'emoji-filler', headings: [WHAT, ALONE], evidence: ['It is about the quality of your connections, not only', 'may need closer, more meaningful relationships'] },
  { q: 'hey 👋 any tips for feeling less alone when u work from home all week??', expect: 'answer', style: 'emoji-filler', headings: [STEPS], evidence: ['send one message a day to someone you have not heard'] },
  { q: 'my mum says she is fine but she hardly leaves the house and is snappy on the phone, how do i know if she is lonely', expect: 'answer', style: 'caregiver', headings: [SIGNS], evidence: ['Others become more irritable or withdrawn.', 'spending much more time at home'] },
  { q: 'how do i bring it up with my friend without making it awkward, i think hes lonely', expect: 'answer', style: 'caregiver', headings: [HELP], evidence: ['try not to make them feel like a project'] },
  { q: 'my daughter started uni in september and calls home crying every week, is this normal', expect: 'answer', style: 'caregiver', headings: [RISK], evidence: ['Young adults leaving home, starting university or beginning their first job'] },
  { q: 'does loneliness affect your immune system', expect: 'answer', style: 'yes-no', headings: [PHYS], evidence: ['and to a weaker immune system'] },
  { q: 'should i be worried that i feel lonely sometimes', expect: 'answer', style: 'yes-no', headings: [WHAT], evidence: ['Loneliness is a normal human signal, a bit like hunger', 'it is nothing to be ashamed of'] },
  { q: 'can couples counselling help if i feel lonely with my partner', expect: 'answer', style: 'yes-no', headings: [F_REL, FAQ], evidence: ['seeing a couples counsellor, can help'] },
  { q: "loneliness vs solitude, what's the difference", expect: 'answer', style: 'comparison', headings: [ALONE], evidence: ['this is usually called solitude, and it can be restful'] },
  { q: 'is it better to have lots of friends or one really close one', expect: 'answer', style: 'comparison', headings: [TYPES], evidence: ['You can have one without the other.', 'plenty of visitors and still feel deep emotional loneliness'], why: 'social vs emotional loneliness without naming either' },
  { q: 'what kind of groups could i join and how often should i go', expect: 'answer', style: 'two-part', headings: [STEPS], evidence: ['A walking club, choir, book group, sports team or evening class', 'you see the same faces every week'] },
  { q: 'where can i find out whats available near me and are the helplines free', expect: 'answer', style: 'two-part', headings: [LINES], evidence: ['Your doctor, local library or community centre can usually tell you', 'free, confidential helplines for people who feel lonely or low'] },
  { q: 'for what reason the loneliness make bad the health of the body?', expect: 'answer', style: 'non-native', headings: [PHYS], evidence: ['Lonely people are also less likely to exercise, eat well'] },
  { q: 'my english is not so good and is difficult speak with people, how I start to make contact?', expect: 'answer', style: 'non-native', headings: [STEPS], evidence: ['Say hello to a neighbour, chat with the person at'] },
  { q: "We moved here for my husband's job in the spring. He is busy at work and I know nobody, so I mostly stay home with the TV on. I have felt flat for about a month and I don't enjoy my painting any more. Is this just loneliness or something more?", expect: 'answer', style: 'long-personal', headings: [DOC, DEP], evidence: ['lost interest in things you used to enjoy', 'for most of the day, nearly every day'] },
  { q: 'My best friend moved abroad last year and since then I have nobody I can really talk to. I still go to work and see people every day, but I feel empty. Why does it feel like this when I am not actually alone?', expect: 'answer', style: 'long-personal', headings: [TYPES, ALONE], evidence: ['such as a partner or a best friend', 'Someone who is lonely despite plenty of contact may need'] },
  // follow-ups
  { q: 'what about social media?', before: ['how can i feel less lonely'], expect: 'answer', style: 'short', headings: [STEPS], evidence: ['Use social media actively instead, to message or arrange to meet'] },
  { q: 'what if they keep saying no', before: ['how can i help a lonely neighbour'], expect: 'answer', style: 'short', headings: [HELP], evidence: ['keep inviting them even if they say no at first'], why: '"they" = the neighbour from the earlier question' },
  { q: 'so why take it seriously then', before: ['is loneliness a mental illness'], expect: 'answer', style: 'paraphrase', headings: [F_ILL, FAQ], evidence: ['long-lasting loneliness raises the risk of mental health problems'] },
  // out of scope: same domain, not covered
  { q: 'does meetup cost money to join', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does it cost to adopt a rescue cat', expect: 'fallback', style: 'out-of-scope', why: 'pets are covered, adoption costs are not' },
  { q: "does st john's wort help with low mood", expect: 'fallback', style: 'out-of-scope' },
  { q: 'can my employer sack me for taking time off with depression', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is there a befriending service in bristol', expect: 'fallback', style: 'out-of-scope', why: 'befriending is described, no places are named' },
  { q: 'is cbt or counselling better for loneliness', expect: 'fallback', style: 'comparison' },
  // out of scope: off-domain
  { q: 'how to change a flat tyre', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is 15 percent of 80', expect: 'fallback', style: 'out-of-scope' },
  { q: 'easy banana bread recipe', expect: 'fallback', style: 'out-of-scope' },
  { q: 'when is the next bank holiday', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i unblock someone on whatsapp', expect: 'fallback', style: 'out-of-scope' },
  { q: 'wher can i watch the footbal tonite', expect: 'fallback', style: 'typo' },
];
