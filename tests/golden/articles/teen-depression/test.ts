import type { ArticleCase } from '../types.ts';

const LOOK = 'What does depression look like in teenagers?';
const SIGNS = 'Warning signs to look out for';
const NORMAL = 'Normal moodiness or depression?';
const CAUSES = 'What can cause depression in young people?';
const BULLY = 'Bullying';
const SOCIAL = 'Social media and screens';
const EXAMS = 'Exams and school pressure';
const FAMILY = 'Family and home life';
const TALK = 'How to talk to your teenager';
const AVOID = 'What to avoid saying';
const HELP = 'Getting professional help';
const GP = 'Your GP';
const SCHOOL = 'School counsellors and pastoral staff';
const SPEC = 'Specialist mental health services';
const SH = 'Self-harm and suicide: signs to take seriously';
const SELF = 'Looking after yourself as a parent';
const CRISIS = 'Crisis help';
const FAQ = 'Frequently asked questions';
const F_GROW = 'Will my teenager grow out of depression?';
const F_SCHOOL = "Should I tell my teenager's school?";
const F_BACK = 'Can depression in teenagers come back?';
const F_FAULT = 'Is it my fault that my child is depressed?';

/** Test half for the Wix page "Depression in Teenagers: A Guide for Parents": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what are the warning signs of depression in teenagers', expect: 'answer', style: 'plain', headings: [SIGNS], evidence: ['losing interest in hobbies, friends or activities they used to love', 'a low, sad or irritable mood most of the day'] },
  { q: 'how do I talk to my teenager about depression', expect: 'answer', style: 'plain', headings: [TALK], evidence: ['Choose a calm moment when neither of you is rushed.', 'Say what you have noticed, gently and without judgement.'] },
  { q: "when should we see a doctor about our teen's low mood", expect: 'answer', style: 'plain', headings: [HELP, GP], evidence: ['has lasted more than two weeks or is affecting their daily life', 'it is time to seek professional advice'] },
  { q: 'can being grumpy and short-tempered instead of crying be a sign', expect: 'answer', style: 'paraphrase', headings: [LOOK], evidence: ['seem irritable, angry or easily frustrated rather than tearful'], why: 'irritability rather than sadness; little word overlap' },
  { q: 'does being picked on by classmates raise the chances', expect: 'answer', style: 'paraphrase', headings: [BULLY], evidence: ['one of the strongest risk factors for depression in teenagers'] },
  { q: 'are mums and dads responsible when their kid gets low', expect: 'answer', style: 'paraphrase', headings: [F_FAULT, FAMILY, FAQ], evidence: ['Depression has many causes, and parents are not to blame.', "This does not mean parents are to blame for their child's depression."] },
  { q: 'school counsellor', expect: 'answer', style: 'short', headings: [SCHOOL], evidence: ['have a counsellor, a pastoral lead or a wellbeing team'] },
  { q: 'headaches stomach aches depression', expect: 'answer', style: 'short', headings: [LOOK], evidence: ['Some young people complain of headaches, stomach aches or tiredness'] },
  { q: 'exam stress', expect: 'answer', style: 'short', headings: [EXAMS], evidence: ['Exams, coursework and worries about the future can pile up.', 'Stress that goes on for a long time can wear down'] },
  { q: 'how do i no if its normal teenage moodyness or depresion', expect: 'answer', style: 'typo', headings: [NORMAL], evidence: ['The low or irritable mood lasts for weeks rather than days', 'Ordinary moodiness tends to come and go'] },
  { q: 'can socail media make my daugter depresed', expect: 'answer', style: 'typo', headings: [SOCIAL], evidence: ['expose them to comparison, pressure to look a certain way', 'Scrolling late at night can cut into sleep, which affects mood.'] },
  { q: 'wot r the sines of sooicide to wotch for', expect: 'answer', style: 'phonetic', headings: [SH], evidence: ['talking or writing about death, dying or wanting to disappear', 'giving away belongings or saying goodbye in unusual ways'] },
  { q: 'wil my kid grow owt of it', expect: 'answer', style: 'phonetic', headings: [F_GROW, FAQ], evidence: ['Depression is not just a phase that young people grow out of.'] },
  { q: "umm so like 😕 what do i even say to my kid who's been really down lately?? 🙏", expect: 'answer', style: 'emoji-filler', headings: [TALK], evidence: ['Ask open questions, such as how things have been lately.', 'Listen more than you talk, and let silences happen.'] },
  { q: 'ok random q 😅 is it bad to just take their phone away??', expect: 'answer', style: 'emoji-filler', headings: [SOCIAL], evidence: ['Rather than banning phones outright, talk with your teen'] },
  { q: 'my 15 year old has stopped going to football and stays in his room all weekend, should I be worried?', expect: 'answer', style: 'caregiver', headings: [SIGNS], evidence: ['pulling away from friends and spending long periods alone in their room', 'worth paying attention if you notice several of these'] },
  { q: "I'm a dad and honestly this is wearing me out, how do I cope while supporting my daughter", expect: 'answer', style: 'caregiver', headings: [SELF], evidence: ['Looking after your own wellbeing is not selfish', 'Talk to someone you trust, such as a partner, friend'] },
  { q: 'as a grandmother raising my grandson, what does the specialist team for young people actually do', expect: 'answer', style: 'caregiver', headings: [SPEC], evidence: ['These teams include psychologists, therapists and psychiatrists who work with young people'] },
  { q: 'if my child ever told me they self-harm, how should I react', expect: 'answer', style: 'caregiver', headings: [SH], evidence: ['try to stay calm and thank them for telling you', 'Focus on how they are feeling rather than on the injury itself'] },
  { q: 'does asking my teen about suicide put the idea in their head?', expect: 'answer', style: 'yes-no', headings: [SH], evidence: ['Asking about suicide does not put the idea into their head.'] },
  { q: 'can a 16 year old see the GP without me?', expect: 'answer', style: 'yes-no', headings: [GP], evidence: ['Older teenagers can see a GP without a parent if they prefer.'] },
  { q: 'is depression in teens treatable?', expect: 'answer', style: 'yes-no', headings: [LOOK], evidence: ['most young people recover with the right support'] },
  { q: "what's the difference between normal teenage moods and depression", expect: 'answer', style: 'comparison', headings: [NORMAL], evidence: ['Ordinary moodiness tends to come and go', 'it affects most areas of their life'] },
  { q: 'is therapy or medication used first for teens with depression', expect: 'answer', style: 'comparison', headings: [SPEC], evidence: ['Talking therapies are usually the first treatment for depression in young people.'] },
  { q: "what are the warning signs of suicide and what should I do if I'm worried", expect: 'answer', style: 'two-part', headings: [SH], evidence: ['ask your teenager directly whether they are thinking about suicide', 'giving away belongings or saying goodbye in unusual ways'] },
  { q: 'should the school know and who decides what they are told', expect: 'answer', style: 'two-part', headings: [F_SCHOOL, FAQ], evidence: ['It is usually helpful for the school to know', 'Talk to your teen first about who will be told'] },
  { q: 'my son not want speak with me, he close the door, how I can start talk with him', expect: 'answer', style: 'non-native', headings: [TALK], evidence: ['Side-by-side conversations, such as in the car or while walking the dog', 'Let them know the door is open and try again another day.'] },
  { q: 'what is meaning of emergency for teen, where we go', expect: 'answer', style: 'non-native', headings: [CRISIS], evidence: ['call your local emergency number or go to the nearest emergency department'] },
  { q: 'Our family has had a hard year. My husband and I separated in the spring and we moved house in the summer, and since then my 14-year-old has been quieter and her grades have slipped. I keep wondering whether all the changes at home could be part of why she seems so flat.', expect: 'answer', style: 'long-personal', headings: [FAMILY], evidence: ['such as parents separating, a house move, money worries, illness'] },
  // follow-ups
  { q: 'and what if it comes back after they get better?', before: ['what does depression look like in teenagers'], expect: 'answer', style: 'paraphrase', headings: [F_BACK, FAQ], evidence: ['Some young people have more than one episode of depression.'] },
  { q: 'what should I avoid saying?', before: ['how do I talk to my teenager about how they are feeling'], expect: 'answer', style: 'short', headings: [AVOID], evidence: ['tell your teen to cheer up or snap out of it'] },
  { q: 'what about bullying online?', before: ['what can cause depression in young people'], expect: 'answer', style: 'short', headings: [BULLY], evidence: ['Being bullied, in person or online, is one of the strongest'] },
  // out of scope: same domain, not covered
  { q: 'how much does a private child psychologist cost', expect: 'fallback', style: 'out-of-scope', why: 'prices never given' },
  { q: 'is fluoxetine safe for teenagers', expect: 'fallback', style: 'out-of-scope', why: 'no medicine is named' },
  { q: 'does DBT work for teens with depression', expect: 'fallback', style: 'out-of-scope', why: 'no named therapy' },
  { q: 'is there a CAMHS clinic in Leeds', expect: 'fallback', style: 'out-of-scope', why: 'places never named' },
  { q: 'does health insurance cover therapy for my son', expect: 'fallback', style: 'out-of-scope', why: 'insurance not covered' },
  { q: 'what is the difference between depression and bipolar disorder in teens', expect: 'fallback', style: 'out-of-scope', why: 'bipolar never mentioned' },
  // out of scope: off-domain
  { q: 'how do I set up parental controls on an iPhone', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what date does the autumn school term start', expect: 'fallback', style: 'out-of-scope' },
  { q: 'best revision timetable app for GCSEs', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I change my password on this site', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you recommend a quick recipe for a family dinner', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how does my 17 year old apply for a provisional driving licence', expect: 'fallback', style: 'out-of-scope' },
];
