import type { ArticleCase } from '../types.ts';

const TITLE = 'Menopause and Your Mood';
const BRIEF = 'Perimenopause and menopause in brief';
const MOOD = 'How menopause can affect your mood';
const ANX = 'Anxiety and feeling on edge';
const LOW = 'Low mood or depression?';
const WHY = 'Why hormones affect mood';
const DYK = 'Did you know?';
const SLEEP = 'Sleep, night sweats and mood';
const FOG = 'Brain fog';
const GP = 'Talking to your GP';
const TREAT = 'Treatments that can help';
const SELF = 'Things you can try yourself';
const FAMILY = 'For partners and family';
const FAQ = 'Frequently asked questions';
const F_DEP = 'Can menopause cause depression?';
const F_LONG = 'How long do the mood changes last?';
const F_HRT = 'Will HRT fix my mood?';
const F_YOUNG = 'Am I too young to be perimenopausal?';
const F_WORK = 'Should I tell my employer?';

/** Test half for the WordPress (GeneratePress + Rank Math + Easy TOC) page "Menopause and Your Mood": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what is the difference between perimenopause and menopause', expect: 'answer', style: 'plain', headings: [BRIEF], evidence: ['Perimenopause is the time leading up to menopause', 'Menopause is when your periods stop for good.'] },
  { q: 'what mood changes can menopause cause', expect: 'answer', style: 'plain', headings: [MOOD], evidence: ['mood swings that come and go quickly', 'feeling irritable or short-tempered over small things'] },
  { q: 'why do hormones affect your mood', expect: 'answer', style: 'plain', headings: [WHY], evidence: ['Oestrogen also acts on the brain, including the chemical messengers', 'rather than the low level itself, that unsettle mood'] },
  { q: 'what treatments are there for menopause mood problems', expect: 'answer', style: 'plain', headings: [TREAT], evidence: ['It is the main treatment for menopause symptoms such as', 'Talking therapy can also help.'] },
  { q: 'can I be sure if I am just having a rough patch or it is something more serious', expect: 'answer', style: 'paraphrase', headings: [LOW], evidence: ['It lasts for most of the day, most days, for', 'Feeling low for a few days, especially after bad nights'] },
  { q: 'i keep losing my words and forgetting why i went upstairs', expect: 'answer', style: 'paraphrase', headings: [FOG], evidence: ['forgetting words mid-sentence, walking into a room and not knowing why', 'menopause brain fog is temporary and improves after the menopause years'] },
  { q: 'my doctor brushed me off, what now', expect: 'answer', style: 'paraphrase', headings: [GP], evidence: ['it is fine to book another appointment or ask to see'] },
  { q: 'night sweats', expect: 'answer', style: 'short', headings: [SLEEP], evidence: ['Night sweats can wake you several times a night', 'Treating night sweats often improves mood simply because you start'] },
  { q: 'CBT', expect: 'answer', style: 'short', headings: [TREAT], evidence: ['Cognitive behavioural therapy (CBT) has good evidence for menopause symptoms'] },
  { q: 'average age', expect: 'answer', style: 'short', headings: [BRIEF], evidence: ['In the UK the average age is 51'] },
  { q: 'do i need a blod test to find out if im perimenopausal', expect: 'answer', style: 'typo', headings: [GP], evidence: ['You do not need a blood test to be diagnosed'] },
  { q: 'is brian fog a sign of demenshia', expect: 'answer', style: 'typo', headings: [FOG], evidence: ['some women worry that it is the start of dementia', 'menopause brain fog is temporary and improves after the menopause years'] },
  { q: 'wot can i do miself to feel beter', expect: 'answer', style: 'phonetic', headings: [SELF], evidence: ['move your body most days, even a brisk walk counts', 'eat regular meals to keep your energy steady'] },
  { q: 'r my panik attaks cos of the change', expect: 'answer', style: 'phonetic', headings: [ANX], evidence: ['A few women have panic attacks for the first time', 'anxiety is the first sign of perimenopause'] },
  { q: 'ugh 😩 crying at adverts again lol... is this normal?? 🙈', expect: 'answer', style: 'emoji-filler', headings: [MOOD, TITLE], evidence: ['crying more easily than usual', 'These changes are real and they are not a sign of weakness.'] },
  { q: 'sooo 🤔 what should i actually bring to my GP appt?? 📝', expect: 'answer', style: 'emoji-filler', headings: [GP], evidence: ['keep a symptom diary for a few weeks', 'write down the three things that bother you most'] },
  { q: 'my wife keeps snapping at me since she hit her 40s, how can I support her', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['their irritability or tears are not about you', 'Ask how you can help rather than guessing.'] },
  { q: 'I think my mum is depressed going through the change, what should I do', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['gently encourage them to see their GP and offer to go'] },
  { q: 'is it ok to make jokes about my partners hot flushes to lighten things up', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['Try not to joke about hot flushes or mood swings.'] },
  { q: 'can I refer myself for talking therapy', expect: 'answer', style: 'yes-no', headings: [TREAT], evidence: ['In England you can refer yourself to NHS Talking Therapies'] },
  { q: 'does having had postnatal depression make it more likely', expect: 'answer', style: 'yes-no', headings: [LOW, F_DEP, FAQ], evidence: ['or who had postnatal depression or strong mood changes before periods', 'This is especially true if you have had depression before.'] },
  { q: 'is HRT suitable for everyone', expect: 'answer', style: 'yes-no', headings: [TREAT], evidence: ['HRT is not right for everyone, so your GP will talk'] },
  { q: 'HRT or antidepressants, which should come first for low mood in menopause', expect: 'answer', style: 'comparison', headings: [DYK], evidence: ['HRT should be considered first when low mood comes with other'] },
  { q: 'how do I know if it is a hot flush or anxiety', expect: 'answer', style: 'comparison', headings: [ANX], evidence: ['it can be hard to tell the two apart', 'It is worth mentioning both to your GP'] },
  { q: 'why do I wake at 4am and how does that affect my mood', expect: 'answer', style: 'two-part', headings: [SLEEP], evidence: ['many women find they wake early and cannot get back to sleep', 'this broken sleep wears down your patience'] },
  { q: 'does HRT help mood and what if I am actually depressed', expect: 'answer', style: 'two-part', headings: [F_HRT, FAQ, TREAT], evidence: ['it is not a treatment for depression on its own', 'you may need talking therapy or other treatment as well'] },
  { q: 'I am 38 and my period is stop. Is too early for this?', expect: 'answer', style: 'non-native', headings: [F_YOUNG, FAQ], evidence: ['If your periods stop before the age of 40', 'this is called premature ovarian insufficiency'] },
  { q: 'at my work I feel very hot and cannot think, what can help me in office?', expect: 'answer', style: 'non-native', headings: [F_WORK, FAQ], evidence: ['a desk fan, flexible hours or more breaks'] },
  { q: "I'm 47, my periods have gone all over the place, and for the last few months I've been so anxious I barely recognise myself. I used to be the calm one at work. Now I lie awake with my heart racing. Could this really be hormones?", expect: 'answer', style: 'long-personal', headings: [ANX], evidence: ['Some women find that anxiety is the first sign of perimenopause.', 'notice a racing heart and a sense of dread'] },
  // follow-ups
  { q: 'and how long does it usually go on for?', before: ['why is my mood all over the place in perimenopause'], expect: 'answer', style: 'short', headings: [F_LONG, FAQ], evidence: ['mood symptoms are worst in perimenopause and ease once periods'] },
  { q: 'what about at night, any tips?', before: ['what can I do myself to manage menopause symptoms'], expect: 'answer', style: 'paraphrase', headings: [SLEEP, SELF], evidence: ['Keeping your bedroom cool, wearing light layers', 'keep to a regular bedtime and wind down without screens'] },
  { q: 'does booze make it worse?', before: ['what self help is there for menopause mood swings'], expect: 'answer', style: 'yes-no', headings: [SELF], evidence: ['cut down on alcohol and caffeine, which can trigger hot flushes'] },
  // out of scope: same domain, not covered
  { q: 'what dose of HRT should I start on', expect: 'fallback', style: 'out-of-scope' },
  { q: 'are HRT patches better than gel', expect: 'fallback', style: 'comparison', why: 'types of HRT never compared' },
  { q: 'does HRT increase the risk of breast cancer', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is testosterone good for menopause libido', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can black cohosh help with hot flushes', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does a private menopause clinic cost', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what happens to my bones after menopause', expect: 'fallback', style: 'out-of-scope' },
  // out of scope: off-domain
  { q: 'how do i reset my password on this site', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats the best moisturiser for dry skin in winter', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you recommend a good pension advisor', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what time does the support group meet on thursdays', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i stop my teenager spending all night on his phone', expect: 'fallback', style: 'out-of-scope' },
];
