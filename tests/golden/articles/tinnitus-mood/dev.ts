import type { ArticleCase } from '../types.ts';

const TITLE = 'Tinnitus, Hearing Loss and Your Mood';
const MOOD = 'How tinnitus and hearing loss can affect your mood';
const ANX = 'Anxiety and worry';
const CUT = 'Feeling cut off from others';
const SLEEP = 'Tinnitus and sleep';
const DEP = 'The link with depression';
const COPE = 'Coping strategies that can help';
const CBT = 'Talking therapies: CBT and tinnitus retraining';
const AIDS = 'Hearing aids';
const FAMILY = 'Talking to your family';
const GP = 'When to see a GP or audiologist';
const FAQ = 'Frequently asked questions';
const F_GOAWAY = 'Will my tinnitus ever go away?';
const F_STRESS = 'Can stress make tinnitus worse?';
const F_ANGRY = 'Is it normal to feel angry or frustrated about hearing loss?';
const F_PLUGS = 'Should I wear earplugs all the time to protect my ears?';

/** Dev half for the Weebly page "Tinnitus, Hearing Loss and Your Mood": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'do tinnitus and hearing loss often happen together', expect: 'answer', style: 'plain', headings: [TITLE], evidence: ['Many people with tinnitus also have some hearing loss'] },
  { q: 'can hearing loss make you irritable', expect: 'answer', style: 'plain', headings: [MOOD], evidence: ['Many people describe feeling irritable, short-tempered or low'] },
  { q: 'what kind of sounds can you use for sound enrichment', expect: 'answer', style: 'plain', headings: [COPE], evidence: ['You might use music, the radio, a nature sounds app'] },
  { q: 'where can i get tinnitus retraining therapy', expect: 'answer', style: 'plain', headings: [CBT], evidence: ['offered by some audiology services and specialist clinics'] },
  { q: 'what will the GP do about my tinnitus', expect: 'answer', style: 'plain', headings: [GP], evidence: ['Your GP can check your ears, look for causes'] },
  { q: 'feeling low about my ears, does that mean im weak', expect: 'answer', style: 'paraphrase', headings: [MOOD], evidence: ['They are not a sign of weakness'] },
  { q: 'restaurants are exhausting now because i cant catch what people say', expect: 'answer', style: 'paraphrase', headings: [CUT], evidence: ['Busy cafes, family meals and group chats may leave you tired'] },
  { q: 'i lie there for hours unable to drop off, should i stay in bed', expect: 'answer', style: 'paraphrase', headings: [SLEEP], evidence: ['get up and do something calm in dim light for a while'] },
  { q: 'do new hearing devices feel odd at first', expect: 'answer', style: 'paraphrase', headings: [AIDS], evidence: ['take a few weeks to get used to new hearing aids'] },
  { q: 'tinnitus and coffee', expect: 'answer', style: 'short', headings: [COPE], evidence: ['Notice whether caffeine, alcohol or stress seem to make your tinnitus worse'] },
  { q: 'exercise?', expect: 'answer', style: 'short', headings: [COPE], evidence: ['Stay physically active, as exercise helps both sleep and mood.'] },
  { q: 'dizziness and ringing', expect: 'answer', style: 'short', before: ['when should i see someone about tinnitus?'], headings: [GP], evidence: ['if it comes with sudden hearing loss or dizziness'] },
  { q: 'is depresion more comon in peple with tinnitus', expect: 'answer', style: 'typo', headings: [DEP], evidence: ['are more likely to experience depression than people without them'] },
  { q: 'hearing aid with a bilt in sound genrator', expect: 'answer', style: 'typo', before: ['i have hearing loss and tinnitus both'], headings: [AIDS], evidence: ['Some hearing aids have a built-in sound generator for tinnitus.'] },
  { q: 'tinnitis only in my left ear shud i worry', expect: 'answer', style: 'typo', headings: [GP], evidence: ['Get medical advice promptly if tinnitus is only in one ear'] },
  { q: 'wot is cogg-nitive behavyoural therapy for ringin ears', expect: 'answer', style: 'phonetic', headings: [CBT], evidence: ['one of the best-studied treatments for the distress caused by tinnitus'] },
  { q: 'iz the hissin gonna get wurse forever', expect: 'answer', style: 'phonetic', headings: [ANX], evidence: ['many people find it becomes less noticeable over time'] },
  { q: 'lol my mates keep mumbling 🙄 i just stopped going out tbh... is that bad', expect: 'answer', style: 'emoji-filler', headings: [CUT], evidence: ['Staying in touch with people matters for your mood'] },
  { q: 'hiya 👋 so like... does chilling out actually make tinnitus any better?? 🧘', expect: 'answer', style: 'emoji-filler', headings: [COPE, F_STRESS, FAQ], evidence: ['helps to calm the stress loop that makes tinnitus feel louder', 'Lowering stress often makes tinnitus easier to manage.'] },
  { q: 'my mum talks about her tinnitus but we dont get why it bothers her so much', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['Tinnitus is invisible, so the people close to you may not understand'] },
  { q: 'my grandad gets left out at family dinners because he cant hear, how do we include him', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['including you in conversations rather than talking around you'] },
  { q: 'can hearing better cheer you up', expect: 'answer', style: 'yes-no', headings: [AIDS], evidence: ['which can lift your mood and make it easier to stay social'] },
  { q: 'is tinnitus caused by stress', expect: 'answer', style: 'yes-no', headings: [F_STRESS, FAQ], evidence: ['Stress and anxiety do not usually cause the sound'] },
  { q: 'can tinnitus just fade away by itself if it only started last month', expect: 'answer', style: 'yes-no', headings: [F_GOAWAY, FAQ], evidence: ['especially if it started recently'] },
  { q: 'hearing aids vs sound therapy for tinnitus which is better', expect: 'answer', style: 'comparison', headings: [AIDS, CBT], evidence: ['hearing loss as well as tinnitus, hearing aids can help with both', 'Your GP or audiologist can tell you which of these is available'] },
  { q: 'how is the mood effect of hearing loss different from tinnitus', expect: 'answer', style: 'comparison', headings: [MOOD], evidence: ['Hearing loss affects mood in a different way.'] },
  { q: 'when should i wear ear protection and when should i not', expect: 'answer', style: 'two-part', headings: [F_PLUGS, FAQ], evidence: ['Use ear protection in loud places like concerts'] },
  { q: 'why does tinnitus wear down your mood and does treating depression help the tinnitus', expect: 'answer', style: 'two-part', headings: [MOOD, DEP], evidence: ['one of the main reasons tinnitus can wear down your mood', 'getting help for your mood often makes tinnitus easier to live with'] },
  { q: 'my hearing going down, i feel lost and sad, other people also feel this?', expect: 'answer', style: 'non-native', headings: [F_ANGRY, FAQ], evidence: ['Many people feel a sense of loss, frustration or anger'] },
  { q: 'the audiologist, he can check my hearing and explain the noise?', expect: 'answer', style: 'non-native', headings: [GP], evidence: ['An audiologist can test your hearing', 'help you understand your tinnitus'] },
  { q: "I've had a high-pitched whine in both ears since the summer. At first I ignored it but now every time the house goes quiet I find myself listening for it and getting wound up, and I've started worrying it's a brain tumour or something. My partner says I'm obsessing. Is this worry normal and what can I do?", expect: 'answer', style: 'long-personal', headings: [ANX], evidence: ['Some people worry that the noise means something serious is wrong', 'tinnitus is not a sign of a dangerous illness'] },
  { q: 'and how long does it take to notice a difference', expect: 'answer', style: 'short', headings: [COPE], before: ['does relaxation help with tinnitus?'], evidence: ['makes a noticeable difference over a few weeks'] },
  // out of scope
  { q: 'are hearing aids free on the NHS', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what causes tinnitus in the first place', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does acupuncture work for tinnitus', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can antidepressants make tinnitus worse', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how loud is too loud for headphones', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is menieres disease', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i book a private hearing test near me', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you recommend a lip reading class', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i reset my wifi router', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats the weather like in falmouth this week', expect: 'fallback', style: 'out-of-scope' },
  { q: 'do you sell gift vouchers', expect: 'fallback', style: 'out-of-scope' },
  { q: 'and do they help children too', expect: 'fallback', style: 'out-of-scope', before: ['do hearing aids help tinnitus?'] },
];
