import type { ArticleCase } from '../types.ts';

const WHAT = 'What is self-esteem?';
const SIGNS = 'Signs of low self-esteem';
const WHERE = 'Where does low self-esteem come from?';
const DEP = 'Self-esteem, depression and anxiety';
const CRITIC = 'The inner critic';
const NOTICE = 'Notice your thoughts';
const KIND = 'Practise self-compassion';
const GOALS = 'Set small goals';
const ASSERT = 'Be more assertive';
const SOCIAL = 'Take a look at social media';
const HELP = 'When to get help';
const CBT = 'How CBT can help';
const SUPPORT = 'Supporting someone with low self-esteem';
const FAQ = 'FAQ';
const F_CHANGE = 'Can self-esteem really change as an adult?';
const F_DEP = 'Is low self-esteem the same as depression?';
const F_AFF = 'Are affirmations worth trying?';
const F_LONG = 'How long does it take to feel better about yourself?';

/** Test half for the Obsidian vault note "Low Self-Esteem and Your Mood": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what is self-esteem', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['Self-esteem is the opinion you have of yourself and the value'] },
  { q: 'what are the signs of low self-esteem', expect: 'answer', style: 'plain', headings: [SIGNS], evidence: ['calling yourself stupid, useless or a failure when something goes wrong', 'brushing off compliments or assuming people are just being polite'] },
  { q: 'what causes low self esteem', expect: 'answer', style: 'plain', headings: [WHERE], evidence: ['There is rarely a single cause.', 'Low self-esteem often develops over time, and it can start in childhood.'] },
  { q: 'how can cbt help with self esteem', expect: 'answer', style: 'plain', headings: [CBT], evidence: ['spot the negative beliefs you hold about yourself'] },
  { q: 'i can be sure of myself at my job but still feel worthless deep down, how does that work', expect: 'answer', style: 'paraphrase', headings: [WHAT], evidence: ['Someone can be very confident at work and still privately believe', 'It is not the same as confidence.'] },
  { q: 'why do i always think i am to blame when something goes wrong', expect: 'answer', style: 'paraphrase', headings: [SIGNS], evidence: ['assuming that anything that goes wrong must be your fault'] },
  { q: 'scrolling instagram makes me feel like a loser', expect: 'answer', style: 'paraphrase', headings: [SOCIAL], evidence: ['Social media shows a highlight reel of other people\'s lives', 'it is fine to mute or unfollow them'] },
  { q: 'how do i stop letting everyone walk all over me', expect: 'answer', style: 'paraphrase', headings: [ASSERT], evidence: ['Being assertive means expressing your needs and opinions clearly and respectfully', 'Start with small, low-risk situations'] },
  { q: 'inner critic', expect: 'answer', style: 'short', headings: [CRITIC], evidence: ['would I say this to someone I care about?', 'The inner critic usually thinks it is protecting you'] },
  { q: 'self compassion?', expect: 'answer', style: 'short', headings: [KIND], evidence: ['treating yourself with the same kindness you would offer a friend'] },
  { q: 'small goal ideas', expect: 'answer', style: 'short', headings: [GOALS], evidence: ['Write down three things I did well at the end', 'Keep goals small and specific, so that you can actually finish them'] },
  { q: 'how do i chalenge my negitive thoughts about myslef', expect: 'answer', style: 'typo', headings: [NOTICE], evidence: ['ask whether each thought is a fact or an opinion', 'Try writing a more balanced version'] },
  { q: 'does bulying as a kid cause low self esteme', expect: 'answer', style: 'typo', headings: [WHERE], evidence: ['being bullied at school, online or at work'] },
  { q: 'self esteam and anxeity connection', expect: 'answer', style: 'phonetic', headings: [DEP], evidence: ['low self-esteem often shows up as a fear of being judged'] },
  { q: 'do afirmashuns actually work', expect: 'answer', style: 'phonetic', headings: [F_AFF, FAQ], evidence: ['repeating statements you do not believe can make you feel worse'] },
  { q: 'ugh 😩 i literally cant take a compliment lol what do i do', expect: 'answer', style: 'emoji-filler', headings: [GOALS], evidence: ['Accept one compliment by just saying "thank you"'] },
  { q: 'sooo umm how long til i actually start liking myself 🙃', expect: 'answer', style: 'emoji-filler', headings: [F_LONG, FAQ], evidence: ['Many people notice small changes within a few weeks of regular practice.', 'There is no fixed timeline.'] },
  { q: 'my daughter puts herself down constantly, how can i help her', expect: 'answer', style: 'caregiver', headings: [SUPPORT], evidence: ['let them talk without rushing to reassure them or argue them out', 'you cannot fix it for them, but you can make a difference'] },
  { q: 'should i keep telling my husband he is great when he says he is useless', expect: 'answer', style: 'caregiver', headings: [SUPPORT], evidence: ['is easier to believe than general compliments'] },
  { q: 'can you still fix your self-esteem when you are 45?', expect: 'answer', style: 'yes-no', headings: [F_CHANGE, FAQ], evidence: ['they can be unlearned at any age.'] },
  { q: 'can i refer myself for therapy without going to the gp', expect: 'answer', style: 'yes-no', headings: [HELP], evidence: ['NHS Talking Therapies service without seeing your GP first'] },
  { q: 'what is the difference between confidence and self-esteem', expect: 'answer', style: 'comparison', headings: [WHAT], evidence: ['Confidence is about how sure you feel of your abilities', 'while self-esteem is about your overall sense of worth'] },
  { q: 'is low self-esteem basically depression or something different', expect: 'answer', style: 'comparison', headings: [F_DEP, FAQ, DEP], evidence: ['Low self-esteem is not a diagnosis, but it can be a part', 'Low self-esteem and depression feed each other.'] },
  { q: 'being assertive vs being aggressive, whats the line', expect: 'answer', style: 'comparison', headings: [ASSERT], evidence: ['without being aggressive or giving in'] },
  { q: 'where does low self-esteem come from and can it get better', expect: 'answer', style: 'two-part', headings: [WHERE, F_CHANGE], evidence: ['Early experiences: being criticised a lot, ignored or compared with', 'those beliefs were learned, so they can be questioned', 'they can be unlearned at any age.'] },
  { q: 'when should i see a doctor about it and what kind of therapy do they offer', expect: 'answer', style: 'two-part', headings: [HELP, CBT], evidence: ['you have felt down or hopeless for more than two weeks', 'one of the most widely used talking therapies for low self-esteem'] },
  { q: 'please what is meaning of people-pleasing, i think i have this', expect: 'answer', style: 'non-native', headings: [SIGNS], evidence: ['finding it very hard to say no'] },
  { q: 'why low self esteem make the depression more deep?', expect: 'answer', style: 'non-native', headings: [DEP], evidence: ['it is harder to see anything good about yourself', 'believing you are worthless can make a low mood deeper and longer-lasting'] },
  { q: 'my ex used to pick at everything i did for five years and now even though we split up i still hear his voice every time i make a tiny mistake at work, like you idiot, and i keep avoiding putting myself forward for anything. is this normal and what can i actually do about it', expect: 'answer', style: 'long-personal', headings: [CRITIC, WHERE, NOTICE], evidence: ['a controlling or critical partner can slowly wear down', 'it tends to exaggerate, and its rules are far stricter', 'Start by catching the critical thoughts as they happen.'] },
  { q: 'how do I keep track of them?', before: ['i keep having really nasty thoughts about myself'], expect: 'answer', style: 'plain', headings: [NOTICE], evidence: ['write down moments when you felt bad about yourself', 'what happened, what you thought, and how you felt'] },
  { q: 'and is avoiding things making it worse?', before: ['does low self-esteem link to anxiety'], expect: 'answer', style: 'yes-no', headings: [DEP], evidence: ['Avoiding things brings short-term relief, but it stops you from finding', 'so the belief that you are not capable stays in place'] },
  { q: 'what if it still feels too much', before: ['what small goals could i set'], expect: 'answer', style: 'paraphrase', headings: [GOALS], evidence: ['make it smaller rather than giving up.'] },
  // out of scope
  { q: 'how much does private therapy cost for self esteem', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you recommend a good self-esteem book', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is there medication for low self esteem', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is narcissistic personality disorder', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does hypnotherapy work for confidence', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i build self esteem in a 6 year old child', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what are the opening times of your office', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i get a fit note from my gp for stress', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i reset my password', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is imposter syndrome 🤔', expect: 'fallback', style: 'out-of-scope' },
  { q: 'best dating apps for shy people', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does body language training make you more confident', expect: 'fallback', style: 'out-of-scope' },
];
