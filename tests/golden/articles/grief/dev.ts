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

const SOURCES = 'Sources';

/** Dev half for the Markdown page "Grief and Depression: Understanding Loss and When to Get Help": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'is it normal to grieve after a miscarriage', expect: 'answer', style: 'yes-no', headings: [INTRO], evidence: ['the end of a friendship, a miscarriage, a serious diagnosis'] },
  { q: 'am i grieving the wrong way', expect: 'answer', style: 'yes-no', headings: [WHAT], evidence: ['there is no right or wrong way to grieve', 'Grief is a normal, healthy reaction to loss.'] },
  { q: 'what emotions are normal when you are grieving', expect: 'answer', style: 'plain', headings: [EMO, SYMPTOMS], evidence: ['Shock, numbness or a sense of disbelief', 'Yearning or longing for the person who died', 'Deep sadness and crying spells'] },
  { q: 'the last time I spoke to my nan we argued about something stupid and then she died that night. I keep going over it and feel so guilty. is that normal?', expect: 'answer', style: 'long-personal', headings: [EMO], evidence: ['Guilt about things said or left unsaid'] },
  { q: 'does losing someone affect your immune system', expect: 'answer', style: 'paraphrase', headings: [PHYS], evidence: ['get colds and other minor illnesses more often while they are grieving'] },
  { q: 'how much time grief is normal for to continue', expect: 'answer', style: 'non-native', headings: [HOWLONG], evidence: ['There is no set timetable for grief.', 'ease gradually over the first 6 to 12 months'] },
  { q: 'why does it hit me all over again on her birthday two years on', expect: 'answer', style: 'paraphrase', headings: [HOWLONG, ANNIV], evidence: ['Waves of sadness can return for years', 'Special dates can bring grief back strongly, even years later.'] },
  { q: 'please what is difference of the sadness from loss and the depression sickness', expect: 'answer', style: 'non-native', headings: [VS], evidence: ['Grief is focused on the loss.', 'Depression tends to colour everything, including how you see yourself.'] },
  { q: 'can i still laugh and enjoy things while grieving, or does that mean i didnt love him', expect: 'answer', style: 'two-part', headings: [VS], evidence: ['Can still enjoy some things and share happy memories'] },
  { q: 'I lost my mum 3 months ago. I cannot sleep, I have stopped eating properly and I cry every day at work. My sister says I am depressed but I think I am just grieving. How do I tell which one it is?', expect: 'answer', style: 'long-personal', headings: [VS, TURN], evidence: ['Grief and depression share many signs, such as sadness, crying', 'Signs that grief may have become depression include feeling worthless', 'Comes in waves, often triggered by reminders of the loss', 'Feelings of worthlessness and self-loathing are common'] },
  { q: 'when did prolonged grief become an official diagnosis', expect: 'answer', style: 'plain', headings: [PGD], evidence: ['added to the main diagnostic manual used by psychiatrists in 2022'] },
  { q: 'how long for adults?', before: ['what is PGD'], expect: 'answer', style: 'short', headings: [PGD], evidence: ['at least 12 months after a death for adults'] },
  { q: 'wat r the signs grief has turned in2 a disorder', expect: 'answer', style: 'phonetic', headings: [PGD], evidence: ['Intense longing for the person who died, nearly every day', 'Finding it hard to accept that the death has happened', 'Feeling that life is meaningless'] },
  { q: 'normal grief vs prolonged grief', expect: 'answer', style: 'comparison', headings: [PGD], evidence: ['For most people, grief becomes easier to live with over time.', 'the pain stays intense and gets in the way of daily life'] },
  { q: 'risk factors for complicated grief', expect: 'answer', style: 'plain', headings: [RISK], evidence: ['The death of a child or a life partner', 'A history of depression, anxiety or earlier losses', 'Little support from family or friends'] },
  { q: 'my husband took his own life last year 💔 am i more at risk of this', expect: 'answer', style: 'emoji-filler', headings: [RISK, PGD], evidence: ['A sudden, violent or unexpected death, such as suicide', 'the figure is higher after sudden or violent deaths'] },
  { q: 'my mum has been drinking every night since dad died, should she see someone?', expect: 'answer', style: 'caregiver', headings: [HELP], evidence: ['You are drinking more alcohol or using drugs to cope'] },
  { q: 'hi, my grandad died in the spring and ive been mostly ok but the last few weeks i just cant get out of bed or go to work, nothing helps. when is it time to get help?', expect: 'answer', style: 'long-personal', headings: [HELP], evidence: ['You cannot manage everyday tasks such as work, cooking', 'Your grief is not easing at all, or is getting worse'] },
  { q: 'do i need a professional or are friends and family enough', expect: 'answer', style: 'comparison', headings: [TREAT], evidence: ['Support from family, friends and faith or community groups is often enough.', 'Most people do not need professional treatment for grief.'] },
  { q: 'where can i get free greif counseling', expect: 'answer', style: 'typo', headings: [COUNS], evidence: ['offer free counselling and peer support groups', 'Many hospices and charities, such as Cruse Bereavement Support'] },
  { q: 'which type of therapy has the most proof for long-lasting grief', expect: 'answer', style: 'paraphrase', headings: [THER], evidence: ['Therapies designed for prolonged grief have the best evidence'] },
  { q: 'what does CBT stand for and is it used for grief', expect: 'answer', style: 'two-part', headings: [THER], evidence: ['These often use ideas from cognitive behavioural therapy (CBT).'] },
  { q: 'will antidepressants help me after my wife died', expect: 'answer', style: 'yes-no', headings: [MEDS], evidence: ['If grief has triggered depression, antidepressants such as selective serotonin', 'There is no medicine approved specifically for grief'] },
  { q: 'self care grief', expect: 'answer', style: 'short', headings: [SELF], evidence: ['Keeping to a regular routine for sleep and meals', 'Joining a bereavement support group to meet others who understand'] },
  { q: 'my coworker lost her husband, how can I actually help her (meals? babysitting?)', expect: 'answer', style: 'caregiver', headings: [FRIEND], evidence: ['Offer practical help, such as cooking a meal, shopping'] },
  { q: 'should i keep checking on her after the funeral', before: ['how can I help a friend who is grieving'], expect: 'answer', style: 'yes-no', headings: [FRIEND], evidence: ['Keep checking in after the funeral, when other support often fades.'] },
  { q: 'how do i tell my 4 year old that her grandma died', expect: 'answer', style: 'caregiver', headings: [KIDS], evidence: ['Use clear, simple words such as "died" rather than', 'Young children may not understand that death is permanent.'] },
  { q: 'do children grieve differently than grown ups', expect: 'answer', style: 'comparison', headings: [KIDS], evidence: ['Children grieve too, but they often show it differently from adults.'] },
  { q: 'is it normal to be mad at the doctors who treated him', expect: 'answer', style: 'yes-no', headings: [ANGRY], evidence: ['You may feel angry at doctors, at family members', 'Anger is a very common part of grief.'] },
  { q: 'anniversary of his death coming up 😔 ideas to remember him?', expect: 'answer', style: 'emoji-filler', headings: [ANNIV], evidence: ['Do something to remember the person, such as lighting a candle', 'Spend time with people who knew them'] },
  { q: 'is it to late to get help, it was 10 yrs ago', expect: 'answer', style: 'typo', headings: [LATE], evidence: ['It is never too late to get help.'] },
  { q: 'where does the information on this page come from', expect: 'answer', style: 'plain', headings: [SOURCES], evidence: ['American Psychiatric Association: Prolonged Grief Disorder', 'NHS: Grief after bereavement or loss'] },
  // out of scope: same domain, not covered
  { q: 'is lorazepam safe to take for grief', expect: 'fallback', style: 'out-of-scope', why: 'no drug is named' },
  { q: 'grief counsellors near me in manchester', expect: 'fallback', style: 'out-of-scope', why: 'no local services or places' },
  { q: 'does medicare pay for bereavement counseling', expect: 'fallback', style: 'out-of-scope', why: 'insurance not covered' },
  { q: 'how do i register a death', expect: 'fallback', style: 'out-of-scope', why: 'bereavement paperwork not covered' },
  { q: 'how many days of bereavement leave do i get at work', expect: 'fallback', style: 'out-of-scope', why: 'employment rights not covered' },
  { q: 'how much does a private grief therapist charge per session', expect: 'fallback', style: 'out-of-scope', why: 'prices not covered' },
  // out of scope: off-domain
  { q: 'wat r ur opening hours on sunday', expect: 'fallback', style: 'phonetic', why: 'off-domain' },
  { q: 'how do i change the email address on my account', expect: 'fallback', style: 'out-of-scope', why: 'site account, off-domain' },
  { q: 'tell me a joke 😂', expect: 'fallback', style: 'emoji-filler', why: 'off-domain' },
  { q: 'what is 15 percent of 80', expect: 'fallback', style: 'out-of-scope', why: 'off-domain' },
  { q: 'best hiking boots for winter', expect: 'fallback', style: 'out-of-scope', why: 'off-domain' },
  { q: 'who wrote pride and prejudice', expect: 'fallback', style: 'out-of-scope', why: 'off-domain' },
];
