import type { ArticleCase } from '../types.ts';

const TITLE = 'Alcohol and Your Mood';
const MOOD = 'How alcohol affects your mood';
const SLEEP = 'Alcohol and sleep';
const HANG = 'The hangover low';
const COPE = 'Drinking to cope';
const ANX = 'Alcohol and anxiety';
const MEDS = 'Alcohol and antidepressants';
const SIGNS = 'Signs drinking is becoming a problem';
const CUT = 'Cutting down';
const SUPPORT = 'Getting support';
const SOMEONE = 'Supporting someone who drinks';
const FAQ = 'Frequently asked questions';
const F_DEP = 'Can alcohol cause depression?';
const F_ANX = 'Why do I feel so anxious the day after drinking?';
const F_MEDS = 'Is it OK to drink while taking antidepressants?';
const F_READY = 'What if I am not ready to stop drinking completely?';

/** Test half for the MkDocs Material page "Alcohol and Your Mood": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'is alcohol a depressant', expect: 'answer', style: 'plain', headings: [TITLE, MOOD], evidence: ['But alcohol is a depressant, and it can have', 'Alcohol slows down the brain and nervous system.'] },
  { q: 'does alcohol affect sleep', expect: 'answer', style: 'plain', headings: [SLEEP], evidence: ['but it disrupts your sleep later in the night'] },
  { q: 'what are the signs my drinking is getting out of hand', expect: 'answer', style: 'plain', headings: [SIGNS], evidence: ['you often drink more than you meant to', 'you have tried to cut down but found it hard'] },
  { q: 'what can a gp do about my drinking', expect: 'answer', style: 'plain', headings: [SUPPORT], evidence: ['check your physical health and refer you to local services'] },
  { q: 'why do i get so emotional and weepy after a few glasses', expect: 'answer', style: 'paraphrase', headings: [MOOD], evidence: ['Alcohol can make difficult feelings stronger rather than weaker.', 'Some people become tearful, irritable or angry.'] },
  { q: 'i always reach for a bottle when life gets on top of me, is that bad', expect: 'answer', style: 'paraphrase', headings: [COPE], evidence: ['using alcohol to cope tends to make problems harder to deal with'] },
  { q: 'which is first, feeling low or the booze', expect: 'answer', style: 'paraphrase', headings: [MOOD], evidence: ['It can be hard to tell which came first.', 'Some people drink because they feel low, and drinking'] },
  { q: 'hangxiety', expect: 'answer', style: 'short', headings: [HANG, F_ANX, FAQ], evidence: ['they feel anxious, down or on edge for no clear reason', 'As alcohol leaves your body, your brain readjusts'] },
  { q: 'drink diary', expect: 'answer', style: 'short', headings: [CUT], evidence: ['Keeping a drink diary for a couple of weeks can help'] },
  { q: 'mutual aid groups', expect: 'answer', style: 'short', headings: [SUPPORT], evidence: ['Mutual aid groups bring together people who want to change'] },
  { q: 'why do i wake up at 4am after drinkin wine', expect: 'answer', style: 'typo', headings: [SLEEP], evidence: ['to wake more often, especially in the early hours'] },
  { q: 'can i refer my self to an alchohol service', expect: 'answer', style: 'typo', headings: [SUPPORT], evidence: ['In many areas you can refer yourself.'] },
  { q: 'does drinkng make anxeity worse in the long run', expect: 'answer', style: 'typo', headings: [ANX], evidence: ['regular drinking can make anxiety and panic more likely', 'As it wears off, though, anxiety often comes back stronger.'] },
  { q: 'wot can i do insted of a nitecap to get to sleep', expect: 'answer', style: 'phonetic', headings: [SLEEP], evidence: ['try a wind-down routine instead: a warm bath, dim lights'] },
  { q: 'y do i feel so gilty the morning after', expect: 'answer', style: 'phonetic', headings: [HANG, MOOD], evidence: ['replay things you said or did the night before and worry', 'which can add to feelings of guilt and shame the next day'] },
  { q: 'ugh 🍷😩 always get dragged into rounds at the pub... how do i not overdo it??', expect: 'answer', style: 'emoji-filler', headings: [CUT], evidence: ['Avoid getting into rounds, and have a line ready', 'Alternate alcoholic drinks with water or soft drinks'] },
  { q: 'sooo 🙃 how long till my sleep gets better if i drink less lol', expect: 'answer', style: 'emoji-filler', headings: [SLEEP, CUT], evidence: ['It may take a week or two for your sleep to settle', 'their mood and sleep begin to improve within a few weeks'] },
  { q: 'my dad drinks every night and i want to bring it up, how should i do it', expect: 'answer', style: 'caregiver', headings: [SOMEONE], evidence: ['Choose a calm time to talk, when neither of you', 'without blaming or labelling them'] },
  { q: 'my partner drinks heavily every day and wants to quit cold turkey, is that ok', expect: 'answer', style: 'caregiver', headings: [CUT], evidence: ['do not stop suddenly without advice', 'Stopping all at once can be dangerous for some people.'] },
  { q: 'is there any support for me as the family of someone who drinks', expect: 'answer', style: 'caregiver', headings: [SOMEONE], evidence: ['Support groups for families and friends of people who drink'] },
  { q: 'can i drink on my antidepressants', expect: 'answer', style: 'yes-no', headings: [MEDS, F_MEDS, FAQ], evidence: ['ask your doctor or pharmacist whether it is safe for you', 'Ask your doctor or pharmacist for advice about your own medicine.'] },
  { q: 'should i skip my antidepressants on nights i go out drinking', expect: 'answer', style: 'yes-no', headings: [MEDS], evidence: ['Do not stop taking antidepressants suddenly so that you can drink.'] },
  { q: 'will my mood improve if i stop drinking', expect: 'answer', style: 'yes-no', headings: [F_DEP, FAQ, CUT], evidence: ['Many people find their mood lifts after they cut down or stop.'] },
  { q: 'whats the difference between a gp and a mutual aid group for help', expect: 'answer', style: 'comparison', headings: [SUPPORT], evidence: ['Peer support from people with shared experience', 'A chat about your drinking, health checks, referral'] },
  { q: 'so what works better than a drink for calming my nerves', before: ['does alcohol make anxiety worse'], expect: 'answer', style: 'comparison', headings: [ANX], evidence: ['without the rebound effect that alcohol brings', 'Talking therapies, relaxation techniques and regular exercise can help'] },
  { q: 'what are some tips for drinking less at home and what about when i go out', expect: 'answer', style: 'two-part', headings: [CUT], evidence: ['Keep less alcohol in the house, or none at all.', 'Decide before you go out how much you plan to drink.'] },
  { q: 'why do i feel anxious after drinking and how long does it last', expect: 'answer', style: 'two-part', headings: [HANG, F_ANX, FAQ], evidence: ['These feelings usually pass within a day or two.', 'The feeling usually passes within a day or two.'] },
  { q: 'I am not ready for stop drinking totally, is still worth it to drink less?', expect: 'answer', style: 'non-native', headings: [F_READY, FAQ], evidence: ['Cutting down can still improve your mood and sleep.'] },
  { q: 'when I drink I am becoming angry and say bad things, why alcohol make this?', expect: 'answer', style: 'non-native', headings: [MOOD], evidence: ['Because alcohol lowers inhibitions, people sometimes say or do things'] },
  { q: "Since my mum died last year I've been having a few glasses of wine most evenings just to get through it. It helps at the time but I feel flatter than ever in the mornings. Am I making it worse?", expect: 'answer', style: 'long-personal', headings: [COPE, MOOD], evidence: ['to numb painful feelings such as grief, loneliness or worry', 'This can turn into a cycle that is hard to break'] },
  // follow-ups
  { q: 'and what if that doesnt work', before: ['how do i cut down on drinking'], expect: 'answer', style: 'short', headings: [SUPPORT, F_READY], evidence: ['Free local alcohol services offer one-to-one support, groups and help', 'You can always ask your GP or a local service for help'] },
  { q: 'what about anxiety meds then', before: ['does alcohol stop antidepressants working'], expect: 'answer', style: 'paraphrase', headings: [MEDS], evidence: ['If you take antidepressants or other medicine for your mental health', 'With some medicines, alcohol can also increase side effects'] },
  // out of scope: same domain, not covered
  { q: 'how many units are in a pint of beer', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is red wine good for your heart', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what does alcohol do to your liver', expect: 'fallback', style: 'out-of-scope' },
  { q: 'are there tablets that stop cravings for alcohol', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does a private rehab clinic cost', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is smoking weed better than drinking for anxiety', expect: 'fallback', style: 'comparison', why: 'cannabis is never mentioned' },
  { q: 'wat is the drink drive limit', expect: 'fallback', style: 'phonetic' },
  // out of scope: off-domain
  { q: 'how do i make a sourdough starter', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what time does the post office close on saturday', expect: 'fallback', style: 'out-of-scope' },
  { q: 'best way to clean a cast iron pan', expect: 'fallback', style: 'out-of-scope' },
  { q: 'who won the world cup in 2018', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i change my car tyre 🚗', expect: 'fallback', style: 'emoji-filler' },
];
