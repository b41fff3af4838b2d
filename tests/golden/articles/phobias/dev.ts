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

/** Dev half for the Joomla 4 (Cassiopeia) article page "Phobias: When Fear Gets in the Way": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'when does a fear become a problem', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['It becomes a problem when the fear, or the effort of'] },
  { q: 'what does a phobia feel like in your head', expect: 'answer', style: 'plain', headings: [SIGNS], evidence: ['feeling that you are losing control', 'dreading the situation for days or weeks beforehand'] },
  { q: 'can stress cause a phobia', expect: 'answer', style: 'plain', headings: [START], evidence: ['a period of long-term stress, which can make the alarm system'] },
  { q: 'what does avoidance look like in everyday life', expect: 'answer', style: 'plain', headings: [AVOID], evidence: ['always sitting near the door or the exit', 'only going out with a trusted person'] },
  { q: 'could i have picked up my fear from my dad', expect: 'answer', style: 'paraphrase', headings: [START], evidence: ['learning fear from a parent or someone close who was very'] },
  { q: 'i know its silly to be scared but i still am', expect: 'answer', style: 'paraphrase', headings: [WHAT], evidence: ['most people with a phobia know this.', 'Knowing it does not make the fear go away.'] },
  { q: 'does the phobia being untreated hold back my career', expect: 'answer', style: 'paraphrase', headings: [AVOID], evidence: ['Someone with social phobia may turn down a job or a promotion.'] },
  { q: 'coffee', expect: 'answer', style: 'short', headings: [SELF], evidence: ['cutting down on caffeine and alcohol, which can make anxiety worse'] },
  { q: 'dentist fear', expect: 'answer', style: 'short', headings: [SPECIFIC, GP], evidence: ['the body and medical care, such as needles, blood, injections', 'you are avoiding medical care, such as tests, scans or dental treatment'] },
  { q: 'support groups?', expect: 'answer', style: 'short', headings: [SELF], evidence: ['joining a support group to meet people with the same fear'] },
  { q: 'is exersise any use for anxeity about phobias', expect: 'answer', style: 'typo', headings: [SELF], evidence: ['regular exercise, which helps burn off stress hormones'] },
  { q: 'i get chest pian near dogs shud i worry', expect: 'answer', style: 'typo', headings: [SIGNS], evidence: ['see a doctor to check for a physical cause before assuming'] },
  { q: 'iz it ok 2 just stay away from wot scares me', expect: 'answer', style: 'phonetic', headings: [AVOID, SELF], evidence: ['They bring quick relief but keep the phobia going.'] },
  { q: 'agorafobia wots that', expect: 'answer', style: 'phonetic', headings: [COMPLEX], evidence: ['Agoraphobia is a fear of being in places where it'] },
  { q: 'omg 😩 presentations at work = actual nightmare, is that a phobia or what 🙈', expect: 'answer', style: 'emoji-filler', headings: [COMPLEX], evidence: ['an intense fear of being judged, watched or embarrassed in front'] },
  { q: 'hmm 🤔 do online cbt courses even help', expect: 'answer', style: 'emoji-filler', headings: [SELF], evidence: ['a self-help book or online course based on CBT', 'Self-help works best for milder phobias'] },
  { q: 'will my kid need therapy on her own or do i go too', expect: 'answer', style: 'caregiver', headings: [CHILD], evidence: ['Therapy for children often involves the parent too.'] },
  { q: 'my wife only leaves the house if i go with her, is that part of it', expect: 'answer', style: 'caregiver', headings: [AVOID, COMPLEX], evidence: ['only going out with a trusted person'] },
  { q: 'who should i talk to if my sons fear of dogs is stopping him going to school', expect: 'answer', style: 'caregiver', headings: [CHILD], evidence: ['talk to your GP or school nurse'] },
  { q: 'is it possible to grow out of a phobia', expect: 'answer', style: 'yes-no', headings: [SPECIFIC, F_AWAY, FAQ], evidence: ['Specific phobias often begin in childhood and can fade with age', 'Some childhood fears fade naturally.'] },
  { q: 'can i get cbt for free on the nhs', expect: 'answer', style: 'yes-no', headings: [CBT], evidence: ['CBT is available on the NHS'] },
  { q: 'is it bad to let my kid skip everything that scares them', expect: 'answer', style: 'yes-no', headings: [CHILD], evidence: ['not letting them avoid everything either, because gentle practice helps'] },
  { q: 'which works better for a fear of heights, self help or exposure therapy', expect: 'answer', style: 'comparison', headings: [TREAT], evidence: ['Specific phobias such as animals or heights', 'Books, apps, breathing and small steps on your own'] },
  { q: 'are complex phobias harder to live with than a spider phobia', expect: 'answer', style: 'comparison', headings: [COMPLEX], evidence: ['Complex phobias tend to be more disabling because they are linked'] },
  { q: 'why do phobias happen and how are they treated', expect: 'answer', style: 'two-part', headings: [START, TREAT], evidence: ['There is rarely a single cause.', 'Most phobias respond very well to talking therapy.'] },
  { q: 'what is the first step in exposure and who sets the pace', expect: 'answer', style: 'two-part', headings: [EXPO], evidence: ['the first step might be looking at a photo of a dog', 'You are always in control of the pace'] },
  { q: 'I have fear of spider and I feel also worry much other things, is two problems?', expect: 'answer', style: 'non-native', headings: [MOOD, F_MORE, FAQ], evidence: ['Phobias often sit alongside other anxiety problems', 'a phobia together with another anxiety problem'] },
  { q: 'when my fear come I want run away very strong, why body do this?', expect: 'answer', style: 'non-native', headings: [SIGNS], evidence: ['This is the same fight-or-flight response that would protect you'] },
  { q: "I got stuck in a lift at work about a year ago and since then I take the stairs everywhere, even twelve floors. Now I'm avoiding the tube as well and I feel a bit stupid about it. Is it normal for a fear to spread like this?", expect: 'answer', style: 'long-personal', headings: [AVOID, START], evidence: ['Over time avoidance can spread.', 'such as being bitten by a dog or stuck in a lift'] },
  // follow-ups
  { q: 'and how do i know if its more than just nerves', before: ['i hate flying'], expect: 'answer', style: 'comparison', headings: [F_SAME, FAQ], evidence: ['A phobia is much stronger than the risk, lasts a long'] },
  { q: 'what if i have been low for weeks too', before: ['how can i cope with my phobia'], expect: 'answer', style: 'paraphrase', headings: [MOOD], evidence: ['mention this to your GP as well.', 'Treating low mood and the phobia together often works better'] },
  { q: 'do i have to do that on day one', before: ['what happens in therapy for a phobia'], expect: 'answer', style: 'yes-no', headings: [F_FACE, FAQ], evidence: ['Therapy starts by talking about the fear and planning together.'] },
  // out of scope: same domain, not covered
  { q: 'are there beta blockers for fear of flying', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how many people in the uk have a phobia', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is trypophobia', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i get sedation at the dentist if im scared', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is there a waiting list for talking therapies in my area', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which phobia apps are best', expect: 'fallback', style: 'comparison', why: 'apps are named only as a kind of self-help' },
  // out of scope: off-domain
  { q: 'how do i train my dog not to jump up', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what should i pack in hand luggage', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i book a flu jab', expect: 'fallback', style: 'out-of-scope' },
  { q: 'are house spiders poisonous in the uk', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i write a good cv', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats the weather like in tenerife in may', expect: 'fallback', style: 'out-of-scope' },
];
