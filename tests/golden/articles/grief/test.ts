import type { ArticleCase } from '../types.ts';

const INTRO = 'Grief and Depression: Understanding Loss and When to Get Help';
const WHAT = 'What Is Grief?';
const SYMPTOMS = 'Common Symptoms of Grief';
const EMO = 'Emotional symptoms';
const PHYS = 'Physical symptoms';
const HOWLONG = 'How Long Does Grief Last?';
const VS = 'Grief vs. Depression: What Is the Difference?';
const PGD = 'Prolonged Grief Disorder';
const RISK = 'Risk factors';
const HELP = 'When to Get Help';
const TREAT = 'Treatment and Support';
const COUNS = 'Grief counselling';
const THER = 'Talking therapies';
const MEDS = 'Medicines';
const SELF = 'Looking After Yourself';
const FRIEND = 'How to Help a Grieving Friend';
const KIDS = 'Children and Grief';
const ANGRY = 'Is it normal to feel angry after someone dies?';
const TURN = 'Can grief turn into depression?';
const ANNIV = 'How can I cope with anniversaries and holidays?';
const LATE = 'Is it too late to get help years after a loss?';

/** Blind test half for the Markdown page "Grief and Depression: Understanding Loss and When to Get Help". Never tune on it. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'can you grieve a divorce or losing your job, or is it only when someone dies', expect: 'answer', style: 'paraphrase', headings: [INTRO], evidence: ['it can also follow a divorce, the end of a friendship', 'the loss of a job or home'] },
  { q: 'is grief a mental illness', expect: 'answer', style: 'yes-no', headings: [WHAT], evidence: ['Grief is a normal, healthy reaction to loss.', 'It is not an illness, and there is no right'] },
  { q: 'do the five stages of greif always go in order', expect: 'answer', style: 'typo', headings: [WHAT], evidence: ['researchers now know that grief rarely follows a neat order'] },
  { q: 'my dad died after a long fight with cancer and honestly part of me feels relieved. does that make me a terrible person?', expect: 'answer', style: 'long-personal', headings: [EMO], evidence: ['Feeling relief does not mean you did not love the person.', 'Relief, especially after a long illness'] },
  { q: 'chest feels tight since mum passed 😢 is that grief??', expect: 'answer', style: 'emoji-filler', headings: [PHYS, SYMPTOMS], evidence: ['a tight feeling in the chest or throat'] },
  { q: 'how long does grief normally last', expect: 'answer', style: 'plain', headings: [HOWLONG], evidence: ['There is no set timetable for grief.', 'ease gradually over the first 6 to 12 months'] },
  { q: 'hw lng til it stops hurting', expect: 'answer', style: 'phonetic', headings: [HOWLONG], evidence: ['There is no set timetable for grief.', 'ease gradually over the first 6 to 12 months', 'most people learn to carry the loss'] },
  { q: 'whats the difference between grief and depression', expect: 'answer', style: 'comparison', headings: [VS], evidence: ['Grief is focused on the loss.', 'Depression tends to colour everything, including how you see yourself.', 'Comes in waves, often triggered by reminders of the loss'] },
  { q: 'depression how many weeks', expect: 'answer', style: 'short', headings: [VS], evidence: ['nearly every day, for at least two weeks'] },
  { q: 'can u be grieving and depressed at the same time', expect: 'answer', style: 'yes-no', headings: [VS, TURN], evidence: ['Grief and depression can also happen at the same time.', 'Grief sometimes leads to depression, especially if you have had depression'] },
  { q: 'what is prolonged grief disorder', expect: 'answer', style: 'plain', headings: [PGD], evidence: ['the pain stays intense and gets in the way of daily life', 'Prolonged Grief Disorder (PGD) is the name for this condition.'] },
  { q: 'is that the same as complicated grief', before: ['what is prolonged grief disorder'], expect: 'answer', style: 'yes-no', headings: [PGD], evidence: ['It is sometimes also called complicated grief.'] },
  { q: 'sympotms of prolonged greif', expect: 'answer', style: 'typo', headings: [PGD], evidence: ['Intense longing for the person who died, nearly every day', 'Feeling as though part of yourself has died', 'Being preoccupied with thoughts or memories of the person'] },
  { q: 'how common is it to get stuck in grief', expect: 'answer', style: 'paraphrase', headings: [PGD], evidence: ['only a minority of bereaved people develop PGD', 'perhaps around 1 in 10'] },
  { q: "my 9 year old still can't function since his sister died, how long before it counts as prolonged grief for a kid", expect: 'answer', style: 'caregiver', headings: [PGD], evidence: ['or at least 6 months for children and teenagers'] },
  { q: "my brother lost his wife in a car crash and he depended on her for everything. is he more at risk of grief that doesn't go away?", expect: 'answer', style: 'caregiver', headings: [RISK], evidence: ['A very close or dependent relationship with the person who died', 'A sudden, violent or unexpected death, such as suicide'] },
  { q: 'when should i see a doctor about grief', expect: 'answer', style: 'plain', headings: [HELP], evidence: ['Talk to your doctor or a mental health professional if', 'You cannot manage everyday tasks such as work, cooking'] },
  { q: 'i dont want to be here anymore since she died', expect: 'answer', style: 'paraphrase', headings: [HELP], evidence: ['If you have thoughts of ending your life, get help straight away.', 'In the US you can call or text 988'] },
  { q: 'everybody need the professional treatment after somebody die?', expect: 'answer', style: 'non-native', headings: [TREAT], evidence: ['Most people do not need professional treatment for grief.'] },
  { q: 'wat does a grief counsellor actually do', expect: 'answer', style: 'phonetic', headings: [COUNS], evidence: ['gives you a safe space to talk about the person', 'A counsellor can help you make sense of the loss'] },
  { q: 'how many sessions is prolonged grief therapy and what happens in them', expect: 'answer', style: 'two-part', headings: [THER], evidence: ['usually given weekly over about 16 sessions', 'It helps you talk through the story of the death'] },
  { q: 'is there a pill for grief', expect: 'answer', style: 'yes-no', headings: [MEDS], evidence: ['There is no medicine approved specifically for grief'] },
  { q: 'and sleeping tablets?', before: ['are antidepressants used for grief'], expect: 'answer', style: 'short', headings: [MEDS], evidence: ['Sleeping tablets are sometimes used for a short time', 'but they are not a long-term answer'] },
  { q: 'what can i do to look after myself while grieving', expect: 'answer', style: 'plain', headings: [SELF], evidence: ['Keeping to a regular routine for sleep and meals', 'Getting some gentle exercise, such as a daily walk'] },
  { q: 'ok so my husband died in march and everyone keeps telling me to sell the house and move near the kids... should I do that now?', expect: 'answer', style: 'long-personal', headings: [SELF], evidence: ['Putting off big decisions, such as moving house, for the first year'] },
  { q: "my best friend's mum just died and I'm scared of saying the wrong thing, what do I do", expect: 'answer', style: 'caregiver', headings: [FRIEND], evidence: ['You do not have to find perfect words.', 'Get in touch soon after the loss, even with a short message.', 'Listen more than you talk, and accept whatever feelings come up.'] },
  { q: 'things u shouldnt say to someone whos grieving 🙏', expect: 'answer', style: 'emoji-filler', headings: [FRIEND], evidence: ['everything happens for a reason', 'which can feel dismissive even when kindly meant'] },
  { q: 'my daugter started wetting the bed agian since grandad died', expect: 'answer', style: 'typo', headings: [KIDS], evidence: ['clinginess, tantrums, bedwetting or trouble at school', 'Their grief may also come out as clinginess'] },
  { q: 'should kids go to funerals or is it better to keep them at home', expect: 'answer', style: 'comparison', headings: [KIDS], evidence: ['let children choose whether to take part in the funeral'] },
  { q: 'why am i so furious at him for leaving us', expect: 'answer', style: 'paraphrase', headings: [ANGRY], evidence: ['Anger is a very common part of grief.', 'even at the person who died'] },
  { q: 'tips for getting through the first christmas without her', expect: 'answer', style: 'plain', headings: [ANNIV], evidence: ['Decide in advance how you want to spend the day', 'Special dates can bring grief back strongly, even years later.'] },
  { q: 'please, my mother die 8 years before and I never speak of it. still possible to have help now?', expect: 'answer', style: 'non-native', headings: [LATE], evidence: ['It is never too late to get help.', 'can work even when the death happened many years ago'] },
  // out of scope: same domain, not covered
  { q: 'is sertraline or citalopram better for grief', expect: 'fallback', style: 'out-of-scope', why: 'no drug is named' },
  { q: 'are there bereavement support groups in Leeds', expect: 'fallback', style: 'out-of-scope', why: 'no local services or places' },
  { q: 'does my health insurance cover grief therapy', expect: 'fallback', style: 'out-of-scope', why: 'insurance not covered' },
  { q: 'how do I write a eulogy for my grandmother', expect: 'fallback', style: 'out-of-scope', why: 'funeral writing not covered' },
  { q: 'can cbd oil hepl with grief', expect: 'fallback', style: 'typo', why: 'CBD never named' },
  { q: 'how much does a funeral usually cost', expect: 'fallback', style: 'out-of-scope', why: 'prices not covered' },
  // out of scope: off-domain
  { q: 'how do i reset my password', expect: 'fallback', style: 'out-of-scope', why: 'site account, off-domain' },
  { q: "what's the weather in london tomorrow", expect: 'fallback', style: 'out-of-scope', why: 'off-domain' },
  { q: 'can you give me a good lasagne recipe', expect: 'fallback', style: 'out-of-scope', why: 'off-domain' },
  { q: 'who won the world cup in 2018', expect: 'fallback', style: 'out-of-scope', why: 'off-domain' },
  { q: 'book me a taxi to the airport pls', expect: 'fallback', style: 'out-of-scope', why: 'off-domain' },
  { q: 'how much is shipping to canada', expect: 'fallback', style: 'out-of-scope', why: 'off-domain (shop question)' },
];
