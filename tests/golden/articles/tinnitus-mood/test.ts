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

/** Test half for the Weebly page "Tinnitus, Hearing Loss and Your Mood": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what is tinnitus', expect: 'answer', style: 'plain', headings: [TITLE], evidence: ['hearing sounds that do not come from anything outside you'] },
  { q: 'why does tinnitus make me feel so stressed', expect: 'answer', style: 'plain', headings: [MOOD], evidence: ['the brain can treat it as a warning sign', 'The more stressed you feel, the louder tinnitus often seems'] },
  { q: 'why is tinnitus worse at night', expect: 'answer', style: 'plain', headings: [SLEEP], evidence: ['the bedroom is quiet and there is nothing else to listen to'] },
  { q: 'what is tinnitus retraining therapy', expect: 'answer', style: 'plain', headings: [CBT], evidence: ['Tinnitus retraining therapy combines counselling about how tinnitus works with sound therapy.', 'treat tinnitus as an unimportant background sound'] },
  { q: 'how do i explain my tinnitus to my family', expect: 'answer', style: 'plain', headings: [FAMILY], evidence: ['Explaining what it is like can help them support you.', 'let them know simple things that help, like facing you'] },
  { q: 'why am i completely wiped out after chatting with people all day', expect: 'answer', style: 'paraphrase', headings: [MOOD], evidence: ['Following conversations takes a lot of concentration'] },
  { q: 'i keep checking if the ringing is still there, is that making it worse', expect: 'answer', style: 'paraphrase', headings: [ANX, SLEEP], evidence: ['keeps your attention on it', 'Avoid lying in bed checking whether the tinnitus is still there.'] },
  { q: 'playing background noise so the buzzing blends in, does that work', expect: 'answer', style: 'paraphrase', headings: [COPE], evidence: ['adding gentle background sound so that tinnitus does not stand out', 'not to drown the tinnitus out but to blend it'] },
  { q: 'the humming in my ear goes in time with my heartbeat', expect: 'answer', style: 'paraphrase', headings: [GP], evidence: ['if it beats in time with your pulse'] },
  { q: 'sound enrichment', expect: 'answer', style: 'short', headings: [COPE], evidence: ['adding gentle background sound so that tinnitus does not stand out'] },
  { q: 'tinnitus support groups?', expect: 'answer', style: 'short', headings: [COPE], evidence: ['Join a tinnitus support group, in person or online'] },
  { q: 'hearing loss isolation', expect: 'answer', style: 'short', headings: [CUT], evidence: ['can slowly lead to loneliness and isolation'] },
  { q: 'does tinitus meen somthing serious is wrong with me', expect: 'answer', style: 'typo', headings: [ANX], evidence: ['tinnitus is not a sign of a dangerous illness'] },
  { q: 'can hearing ades help with the ringing', expect: 'answer', style: 'typo', before: ['i have tinnitus and some hearing loss too'], headings: [AIDS], evidence: ['hearing aids can help with both', 'tinnitus often becomes less noticeable'] },
  { q: 'relaxaton exersises for tinnitus do they help', expect: 'answer', style: 'typo', headings: [COPE], evidence: ['helps to calm the stress loop that makes tinnitus feel louder'] },
  { q: 'wen shud i go to the doctor about my ears ringin', expect: 'answer', style: 'phonetic', headings: [GP], evidence: ['that is getting in the way of your sleep, work or mood'] },
  { q: 'wat duz an awdiologist actually do', expect: 'answer', style: 'phonetic', headings: [GP], evidence: ['An audiologist can test your hearing, talk you through hearing aids'] },
  { q: 'ugh 😩 cant sleep AGAIN because of the whooshing noise... any tips??', expect: 'answer', style: 'emoji-filler', headings: [SLEEP], evidence: ['Keep a low, steady background sound in the bedroom', 'Keep regular times for going to bed and getting up.'] },
  { q: 'sooo um is it like normal to be really angry that i cant hear properly anymore 😤', expect: 'answer', style: 'emoji-filler', headings: [F_ANGRY, FAQ], evidence: ['Many people feel a sense of loss, frustration or anger'] },
  { q: 'my dad has gone really quiet and withdrawn since his hearing got worse, what should i do', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['gently encourage them to get their hearing checked'] },
  { q: 'how can we as a family help my wife who has tinnitus', expect: 'answer', style: 'caregiver', before: ['my wife has had tinnitus for about a year now'], headings: [FAMILY], evidence: ['Family members can help by being patient, not shouting'] },
  { q: 'can stress make tinnitus louder?', expect: 'answer', style: 'yes-no', headings: [F_STRESS, FAQ], evidence: ['they can make it seem louder and harder to ignore'] },
  { q: 'should i wear earplugs all day to stop it getting worse', expect: 'answer', style: 'yes-no', headings: [F_PLUGS, FAQ], evidence: ['Blocking out everyday sound can make tinnitus more noticeable.'] },
  { q: 'does everyone with tinnitus end up depressed', expect: 'answer', style: 'yes-no', headings: [DEP], evidence: ['This does not mean that everyone with tinnitus will become depressed.'] },
  { q: 'whats the difference between CBT and tinnitus retraining', expect: 'answer', style: 'comparison', headings: [CBT], evidence: ['it changes how you think about it and react to it', 'Tinnitus retraining therapy combines counselling about how tinnitus works with sound therapy.'] },
  { q: 'is silence better than background noise for tinnitus', expect: 'answer', style: 'comparison', headings: [COPE], evidence: ['Silence tends to make tinnitus more noticeable.'] },
  { q: 'how does tinnitus affect sleep and what can I do about it', expect: 'answer', style: 'two-part', headings: [SLEEP], evidence: ['Lying awake listening to it can make you anxious about sleep itself.', 'Keep a low, steady background sound in the bedroom'] },
  { q: 'does CBT make the noise stop, and how long does tinnitus retraining take?', expect: 'answer', style: 'two-part', headings: [CBT], evidence: ['It does not make the sound go away', 'It usually takes several months'] },
  { q: 'the ringing it will go away some day or stay always?', expect: 'answer', style: 'non-native', headings: [F_GOAWAY, FAQ], evidence: ['For some people tinnitus fades on its own', 'becomes much less noticeable and less upsetting over time'] },
  { q: 'i lose hearing suddenly in one ear yesterday, is it urgent please', expect: 'answer', style: 'non-native', headings: [GP], evidence: ['If sudden hearing loss happens, get help the same day'] },
  { q: "I'm 62 and my hearing has been going for a few years. I used to love going to the pub quiz with my mates but now I can't follow anything and I just stay home. I feel down most days and have stopped enjoying my garden too. It's been like this for about two months. Is this just getting old or should I talk to someone?", expect: 'answer', style: 'long-personal', headings: [DEP, CUT], evidence: ['If these feelings last for more than two weeks', 'losing interest in things you used to enjoy'] },
  { q: 'what signs of depression should i look out for', expect: 'answer', style: 'plain', headings: [DEP], before: ['is there a link between tinnitus and depression?'], evidence: ['feeling low or hopeless most days'] },
  // out of scope
  { q: 'how much do hearing aids cost', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which hearing aid brand is best for tinnitus', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can ginkgo biloba cure tinnitus', expect: 'fallback', style: 'out-of-scope' },
  { q: 'do cochlear implants help with tinnitus', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what medication stops ear ringing', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i learn sign language', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i claim disability benefits for hearing loss', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long does a hearing test take', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what time does your clinic open on saturday', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is there a vaccine for ear infections', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats a good recipe for a low salt dinner', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does flying on a plane damage your ears', expect: 'fallback', style: 'out-of-scope', before: ['my ears ring after loud concerts'] },
];
