import type { ArticleCase } from '../types.ts';

const TITLE = 'Phobias: When Fear Gets in the Way';
const WHAT = 'What is a phobia?';
const TYPES = 'Common types of phobia';
const SPECIFIC = 'Specific phobias';
const COMPLEX = 'Complex phobias';
const SIGNS = 'Signs in your body and mind';
const AVOID = 'Avoidance: why it keeps the fear going';
const START = 'How phobias start';
const MOOD = 'Phobias, anxiety and low mood';
const SELF = 'Self-help you can try';
const TREAT = 'Treatment for phobias';
const EXPO = 'Graded exposure with a therapist';
const CBT = 'Cognitive behavioural therapy (CBT)';
const GP = 'When to see a GP';
const CHILD = 'Helping a child with a phobia';
const FAQ = 'Frequently asked questions';
const F_AWAY = 'Will my phobia go away on its own?';
const F_SAME = 'Is a phobia the same as being a bit scared?';
const F_MORE = 'Can I have more than one phobia?';
const F_FACE = 'Do I have to face my fear straight away in therapy?';

/** Test half for the Joomla 4 (Cassiopeia) article page "Phobias: When Fear Gets in the Way": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what is a phobia', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['A phobia is an intense and lasting fear of a particular'] },
  { q: 'what are the most common phobias', expect: 'answer', style: 'plain', headings: [TYPES, SPECIFIC], evidence: ['animals and insects, such as dogs, spiders, snakes or wasps', 'situations, such as flying, lifts, tunnels or driving'] },
  { q: 'what is agoraphobia', expect: 'answer', style: 'plain', headings: [COMPLEX, TYPES], evidence: ['Agoraphobia is a fear of being in places where it'] },
  { q: 'how do phobias develop in the first place', expect: 'answer', style: 'plain', headings: [START], evidence: ['There is rarely a single cause.', 'a frightening or upsetting experience, such as being bitten'] },
  { q: 'why does steering clear of the thing i dread make it worse', expect: 'answer', style: 'paraphrase', headings: [AVOID], evidence: ['that relief teaches your brain that the situation really was dangerous'] },
  { q: 'what happens physically when the fear kicks in', expect: 'answer', style: 'paraphrase', headings: [SIGNS], evidence: ['a racing or pounding heart', 'This is the same fight-or-flight response that would protect you'] },
  { q: 'how does the step by step ladder thing work', expect: 'answer', style: 'paraphrase', headings: [EXPO], evidence: ['You and your therapist build a ladder of situations', 'Graded exposure means facing your fear gradually, in small and planned'] },
  { q: 'needles', expect: 'answer', style: 'short', headings: [GP, SPECIFIC], evidence: ['If your phobia is of needles or blood, tell the nurse'] },
  { q: 'social phobia', expect: 'answer', style: 'short', headings: [COMPLEX], evidence: ['Social phobia, also called social anxiety disorder, is an intense fear'] },
  { q: 'self help', expect: 'answer', style: 'short', headings: [SELF], evidence: ['slow breathing, breathing out for longer than you breathe in', 'a self-help book or online course based on CBT'] },
  { q: 'can i refer myslef for cbt or do i need the doctr', expect: 'answer', style: 'typo', headings: [CBT], evidence: ['refer yourself to NHS Talking Therapies without seeing a GP first'] },
  { q: 'is it a phobai if i cant go in lifts', expect: 'answer', style: 'typo', headings: [SPECIFIC, WHAT], evidence: ['situations, such as flying, lifts, tunnels or driving'] },
  { q: 'wot if i carnt remember how it started', expect: 'answer', style: 'phonetic', headings: [START], evidence: ['Many people cannot remember how their phobia began at all.', 'You do not need to know the cause to treat it successfully.'] },
  { q: 'do u hav 2 take tablets for fobias', expect: 'answer', style: 'phonetic', headings: [CBT, TREAT], evidence: ['Medicine is not usually the main treatment for a phobia.'] },
  { q: 'ugh ✈️😱 flying terrifies me so i just never go on holiday anymore... normal??', expect: 'answer', style: 'emoji-filler', headings: [AVOID], evidence: ['Someone who fears flying may stop going on holiday.', 'Small steps back add up to a smaller life.'] },
  { q: 'sooo 🕷️ any tips to calm down when i see one lol', expect: 'answer', style: 'emoji-filler', headings: [SELF], evidence: ['slow breathing, breathing out for longer than you breathe in'] },
  { q: 'my son is 6 and screams at every dog, how can i help him', expect: 'answer', style: 'caregiver', headings: [CHILD], evidence: ['staying calm yourself, because children pick up on adult worry', 'praising small brave steps, however small'] },
  { q: 'my mum keeps cancelling her blood tests because of needles, what should she do', expect: 'answer', style: 'caregiver', headings: [GP, AVOID], evidence: ['They can let you lie down and take things slowly.', 'you are avoiding medical care, such as tests, scans or dental treatment'] },
  { q: 'should i make my daughter touch the dog so she gets over it', expect: 'answer', style: 'caregiver', headings: [CHILD], evidence: ['avoiding forcing them into the situation, which can make the fear worse'] },
  { q: 'are phobias treatable', expect: 'answer', style: 'yes-no', headings: [TREAT, TITLE], evidence: ['Most phobias respond very well to talking therapy.', 'phobias are among the most treatable of all anxiety problems'] },
  { q: 'can a panic attack from a phobia hurt me', expect: 'answer', style: 'yes-no', headings: [SIGNS], evidence: ['Panic attacks feel frightening but they are not dangerous, and they pass.'] },
  { q: 'can my fear of heights just disappear by itself', expect: 'answer', style: 'yes-no', headings: [F_AWAY, FAQ], evidence: ['Adult phobias usually last unless they are treated'] },
  { q: 'what is the difference between a normal fear and a phobia', expect: 'answer', style: 'comparison', headings: [F_SAME, FAQ, TITLE], evidence: ['Ordinary fear is in proportion to the danger and passes.'] },
  { q: 'specific vs complex phobia', expect: 'answer', style: 'comparison', headings: [TYPES, COMPLEX, SPECIFIC], evidence: ['A specific phobia is a fear of one particular thing.', 'Complex phobias tend to be more disabling because they are linked'] },
  { q: 'what are the signs of a phobia and when should i see a gp', expect: 'answer', style: 'two-part', headings: [SIGNS, GP], evidence: ['your phobia stops you doing things you need or want to do', 'an overwhelming urge to get away'] },
  { q: 'how long does treatment take and what does cbt actually do', expect: 'answer', style: 'two-part', headings: [TREAT, CBT], evidence: ['Many people see a big improvement within a few months', 'CBT helps you notice the frightening thoughts that drive the phobia'] },
  { q: 'I am afraid of the phobia and also very sad often, it is connected?', expect: 'answer', style: 'non-native', headings: [MOOD], evidence: ['Living with a phobia can also wear down your mood.'] },
  { q: 'my child is afraid of dark, is this phobia or is normal for kids?', expect: 'answer', style: 'non-native', headings: [CHILD], evidence: ['Many children go through phases of fear, such as being scared', 'It may be a phobia if the fear is extreme, lasts'] },
  { q: "I've been scared of being sick for as long as I can remember. I check use-by dates obsessively, I won't eat out, and now I'm turning down trips with friends because of it. My partner says I should just get over it. Is this actually a phobia and can anything help?", expect: 'answer', style: 'long-personal', headings: [SPECIFIC, WHAT, TREAT], evidence: ['other triggers, such as being sick, choking or loud noises', 'Most phobias respond very well to talking therapy.'] },
  // follow-ups
  { q: 'and is it normal to have two', before: ['what kinds of phobias are there'], expect: 'answer', style: 'short', headings: [F_MORE, FAQ], evidence: ['It is quite common to have more than one phobia'] },
  { q: 'do i have to jump straight in', before: ['what is graded exposure'], expect: 'answer', style: 'paraphrase', headings: [F_FACE, FAQ, EXPO], evidence: ['Exposure begins with the easiest step and only moves on', 'Being thrown in at the deep end can make a phobia worse.'] },
  { q: 'does having a drink first count', before: ['what does avoidance look like'], expect: 'answer', style: 'yes-no', headings: [AVOID, SELF], evidence: ['using alcohol to get through a situation', 'Try not to rely on avoidance or on alcohol to get through.'] },
  // out of scope: same domain, not covered
  { q: 'how much does a private phobia hypnotherapist cost', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is virtual reality therapy good for fear of heights', expect: 'fallback', style: 'out-of-scope' },
  { q: 'do airlines run fear of flying courses', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the name for fear of clowns', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does EMDR work for phobias', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i get a numbing cream before my jab', expect: 'fallback', style: 'out-of-scope' },
  // out of scope: off-domain
  { q: 'how do i get rid of spiders in my house', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what time does the GP surgery open on saturday', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which dog breeds are best with children', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i update joomla to version 5', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the cheapest airline to spain', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can u recommend a good horror film 🎃', expect: 'fallback', style: 'emoji-filler' },
];
