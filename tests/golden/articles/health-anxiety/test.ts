import type { ArticleCase } from '../types.ts';

const TITLE = 'Health Anxiety: When Worry About Illness Takes Over';
const WHAT = 'What is health anxiety?';
const SIGNS = 'Signs of health anxiety';
const CHECK = 'Checking and reassurance-seeking';
const NET = 'The internet searching trap';
const CAUSES = 'What causes health anxiety?';
const LINK = 'Health anxiety, depression and panic';
const SELF = 'Self-help: things you can try';
const GP = 'When to see a GP';
const CBT = 'Cognitive behavioural therapy (CBT)';
const FAMILY = 'How family and friends can help';
const FAQ = 'Frequently asked questions';
const F_HYPO = 'Is health anxiety the same as hypochondria?';
const F_PHYS = 'Can anxiety cause real physical symptoms?';
const F_MISSED = 'What if I really am ill and it gets missed?';
const F_AWAY = 'Will health anxiety ever go away?';
const F_KIDS = 'Can children get health anxiety?';

/** Test half for the Squarespace 7.1 page "Health Anxiety: When Worry About Illness Takes Over": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what is health anxiety', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['Health anxiety is a long-lasting worry that you are ill'] },
  { q: 'what are the signs of health anxiety', expect: 'answer', style: 'plain', headings: [SIGNS], evidence: ['Worrying about your health for much of the day, most days', 'Often checking your body for lumps, pain, tingling or other changes'] },
  { q: 'what causes health anxiety', expect: 'answer', style: 'plain', headings: [CAUSES], evidence: ['There is rarely one single cause.', 'Losing someone close to you to an illness'] },
  { q: 'what is the best treatment for health anxiety', expect: 'answer', style: 'plain', headings: [CBT], evidence: ['is the treatment with the strongest evidence for health anxiety'] },
  { q: 'why do i only feel better for a few minutes after someone tells me im fine', expect: 'answer', style: 'paraphrase', headings: [CHECK], evidence: ['The trouble is that the relief never lasts.', 'Asking for reassurance works for a few minutes'] },
  { q: 'is googling my symptoms making things worse', expect: 'answer', style: 'paraphrase', headings: [NET], evidence: ['For someone with health anxiety it rarely helps.', 'It usually leaves you feeling more frightened than when you started.'] },
  { q: 'can my racing heart be panic rather than my heart', expect: 'answer', style: 'paraphrase', headings: [LINK], evidence: ['can feel exactly like a heart problem'] },
  { q: 'cyberchondria', expect: 'answer', style: 'short', headings: [NET], evidence: ['This is sometimes called cyberchondria.'] },
  { q: 'how many sessions', before: ['what is cbt for health anxiety'], expect: 'answer', style: 'short', headings: [CBT], evidence: ['usually lasts somewhere between 8 and 20 sessions'] },
  { q: 'self referral?', expect: 'answer', style: 'short', headings: [GP], evidence: ['refer yourself to an NHS Talking Therapies service'] },
  { q: 'i keep cheking my body for lumps evry day is that normal', expect: 'answer', style: 'typo', headings: [SIGNS, CHECK], evidence: ['Often checking your body for lumps, pain, tingling or other changes', 'Prodding a lump makes it sore'] },
  { q: 'can anxeity give you real symtoms like dizzyness', expect: 'answer', style: 'typo', headings: [F_PHYS, FAQ], evidence: ['Anxiety can cause a fast heartbeat, dizziness, muscle aches'] },
  { q: 'is it the same as hypocondria', expect: 'answer', style: 'typo', headings: [F_HYPO, FAQ, WHAT], evidence: ['Hypochondria is the older name', 'It used to be called hypochondria'] },
  { q: 'wot if the docter actully missed sumthing', expect: 'answer', style: 'phonetic', headings: [F_MISSED, FAQ], evidence: ['Nobody can promise complete certainty about health', 'Keeping a regular, planned check-up with one GP'] },
  { q: 'wil it ever go away or am i stuk with it', expect: 'answer', style: 'phonetic', headings: [F_AWAY, FAQ], evidence: ['For most people it gets much better with the right help.'] },
  { q: 'ugh 😩 spent like 3 hrs on forums again last night reading about symptoms... how do i stop??', expect: 'answer', style: 'emoji-filler', headings: [NET], evidence: ['not looking anything up for 24 hours after you notice a symptom'] },
  { q: 'ok so 🙃 whats a worry time?? someone mentioned it lol', expect: 'answer', style: 'emoji-filler', headings: [SELF], evidence: ['Set aside a short worry time each day'] },
  { q: 'my wife asks me ten times a day if she looks ill, should i keep reassuring her', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['constant reassurance tends to feed the problem'] },
  { q: 'how can i help my mum who is always convinced she has something serious', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['Encourage them to speak to their GP or a therapist', 'Listen and show you understand that the fear feels real'] },
  { q: 'my 10 year old keeps saying his tummy hurts and asks if he is dying, can kids get this', expect: 'answer', style: 'caregiver', headings: [F_KIDS, FAQ], evidence: ['children and teenagers can develop health worries too'] },
  { q: 'should i still go to the doctor if i get a new symptom', expect: 'answer', style: 'yes-no', headings: [GP], evidence: ['should always be checked by a doctor'] },
  { q: 'is it normal that i feel more anxious when i try to stop checking', expect: 'answer', style: 'yes-no', headings: [SELF], evidence: ['normal for anxiety to rise at first when you stop checking'] },
  { q: 'are people with health anxiety just attention seeking', expect: 'answer', style: 'yes-no', headings: [WHAT], evidence: ['they are not attention seeking'] },
  { q: 'is it better to stop checking all at once or slowly', expect: 'answer', style: 'comparison', headings: [SELF, CHECK], evidence: ['Cut down on checking a little at a time', 'it is usually best done gradually'] },
  { q: 'what is the difference between normal health worry and health anxiety', expect: 'answer', style: 'comparison', headings: [TITLE, WHAT], evidence: ['the worry does not settle once the doctor says all is well', 'even when medical tests and examinations find nothing wrong'] },
  { q: 'what does cbt involve and will i get medication too', expect: 'answer', style: 'two-part', headings: [CBT], evidence: ['try experiments such as not checking for a week', 'Some people are also offered medicine alongside therapy'] },
  { q: 'why does it happen and can it get worse with stress', expect: 'answer', style: 'two-part', headings: [CAUSES, WHAT], evidence: ['it often gets worse at times of stress', 'A stressful period, such as a new job'] },
  { q: 'I am always sad now because of worry about my health, it is connect with depression?', expect: 'answer', style: 'non-native', headings: [LINK], evidence: ['Many people with health anxiety also have depression'] },
  { q: 'what I must say to GP when I go for this worry?', expect: 'answer', style: 'non-native', headings: [GP], evidence: ['tell the GP plainly that you think you may have health anxiety'] },
  { q: "Last year a mole turned out to be nothing, but since then I check my skin every morning and I've been to the GP four times in two months about different things. Each time they say I'm fine and I feel silly. Is there a better way to handle the appointments?", expect: 'answer', style: 'long-personal', headings: [GP], evidence: ['Agreeing a plan with one GP, such as regular planned appointments'] },
  // follow-ups
  { q: 'what else can i do on my own', before: ['how do i stop searching my symptoms online'], expect: 'answer', style: 'paraphrase', headings: [SELF], evidence: ['Keep a diary of how often you check'] },
  { q: 'and what should i avoid saying to her', before: ['my sister has health anxiety, how can i support her'], expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['Try not to call them a hypochondriac'] },
  // out of scope: same domain, not covered
  { q: 'how much do your sessions cost', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you recommend a good health anxiety book', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does hypnotherapy work for health anxiety', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is health anxiety a form of ocd', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i get a full body mri scan privately to put my mind at rest', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is emdr better than cbt for health anxiety', expect: 'fallback', style: 'comparison', why: 'EMDR is never named' },
  // out of scope: off-domain
  { q: 'how do i change my newsletter email address', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is there parking near harbour street', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what vaccines do i need to travel to thailand', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i treat a sprained ankle', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats the best diet for losing weight', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you write me a sick note for work', expect: 'fallback', style: 'out-of-scope' },
];
