import type { ArticleCase } from '../types.ts';

const TITLE = 'Volunteering and Your Wellbeing';
const MOOD = 'How volunteering can help your mood';
const LONELY = 'Volunteering and loneliness';
const EVIDENCE = 'What the evidence says';
const ROLE = 'Finding a role that suits you';
const DEP = 'Volunteering when you have depression or anxiety';
const SMALL = 'Start small and pace yourself';
const TELL = 'Telling the organiser';
const BURN = 'Avoiding burnout as a volunteer';
const HOME = 'Volunteering from home';
const OLDER = 'Volunteering in later life';
const YOUNG = 'Volunteering for young people';
const STEP = 'When to step back and get help';
const FAQ = 'Frequently asked questions';
const F_QUAL = 'Do I need any qualifications to volunteer?';
const F_TIME = 'How much time should I give?';
const F_WORK = 'Can volunteering help me get back into work?';
const F_STOP = 'What if I have to stop suddenly?';

/** Test half for the new Google Sites page "Volunteering and Your Wellbeing": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'how can volunteering help my mood', expect: 'answer', style: 'plain', headings: [MOOD], evidence: ['Volunteering can give some of that back.', 'can give your week shape and meaning.'] },
  { q: 'what are the signs of burnout as a volunteer', expect: 'answer', style: 'plain', headings: [BURN], evidence: ['dreading your shifts or feeling resentful about them', 'feeling guilty whenever you say no'] },
  { q: 'can I volunteer from home', expect: 'answer', style: 'plain', headings: [HOME], evidence: ['Many roles can be done from home, online or by phone.'] },
  { q: 'what should I think about before choosing a volunteering role', expect: 'answer', style: 'plain', headings: [ROLE], evidence: ['it helps to think about a few questions:', 'How much time do you really have?'] },
  { q: 'does research actually show volunteering makes people happier', expect: 'answer', style: 'paraphrase', headings: [EVIDENCE], evidence: ['people who volunteer tend to report higher life satisfaction', 'not all of the link is caused by volunteering itself'] },
  { q: 'is giving up my time a good way to make friends when I feel isolated', expect: 'answer', style: 'paraphrase', headings: [LONELY], evidence: ['one of the gentler ways to meet people', 'a volunteer team can become a real source of belonging'] },
  { q: 'I worry I will take on too much and wear myself out helping', expect: 'answer', style: 'paraphrase', headings: [BURN], evidence: ['agree clear hours with the organiser and stick to them', 'stepping down or taking a pause is allowed'] },
  { q: 'qualifications needed?', expect: 'answer', style: 'short', headings: [F_QUAL, FAQ], evidence: ['Most roles need no qualifications at all.'] },
  { q: 'volunteering for retired people', expect: 'answer', style: 'short', headings: [OLDER], evidence: ['can bring structure and company after retirement, bereavement or a move'] },
  { q: 'telling the coordinator about anxiety', expect: 'answer', style: 'short', headings: [TELL], evidence: ['You do not have to tell anyone about your mental health.', 'lets them plan around you and can take away'] },
  { q: 'how much tme shud i give as a voluntear', expect: 'answer', style: 'typo', headings: [F_TIME, FAQ], evidence: ['There is no right amount.', 'Even an hour or two a month can be rewarding'] },
  { q: 'can volunteerig help with lonelyness', expect: 'answer', style: 'typo', headings: [LONELY], evidence: ['one of the gentler ways to meet people'] },
  { q: 'volenteering with depresion is it posible', expect: 'answer', style: 'typo', headings: [DEP], evidence: ['Having depression or anxiety does not stop you from volunteering.'] },
  { q: 'wot if i hav to stop all of a sudden', expect: 'answer', style: 'phonetic', headings: [F_STOP, FAQ], evidence: ['Let the coordinator know as soon as you can.', 'You do not need to give a detailed reason'] },
  { q: 'do i hav to tell em im depressed', expect: 'answer', style: 'phonetic', headings: [TELL], evidence: ['You do not have to tell anyone about your mental health.'] },
  { q: 'sooo nervous about my first volunteer shift 😬😬 any tips??', expect: 'answer', style: 'emoji-filler', headings: [SMALL], evidence: ['The first visit may be the hardest part', 'ask if you can meet the coordinator beforehand'] },
  { q: 'ok so like 🙃 can volunteering get me back into a job or nah', expect: 'answer', style: 'emoji-filler', headings: [F_WORK, FAQ], evidence: ['gain recent experience and references'] },
  { q: 'my dad retired last year and just sits at home, would volunteering help him and what could he do', expect: 'answer', style: 'caregiver', headings: [OLDER], evidence: ['mentoring, heritage and museum guiding, hospital welcome desks', 'can bring structure and company after retirement, bereavement or a move'] },
  { q: 'my 15 year old wants to volunteer, does she need my permission', expect: 'answer', style: 'caregiver', headings: [YOUNG], evidence: ['younger volunteers often need permission from a parent or carer'] },
  { q: 'my wife volunteers at a hospice and seems exhausted and resentful lately, is that burnout', expect: 'answer', style: 'caregiver', headings: [BURN], evidence: ['dreading your shifts or feeling resentful about them', 'especially in caring or emotionally heavy roles'] },
  { q: 'is volunteering a cure for depression', expect: 'answer', style: 'yes-no', headings: [EVIDENCE, TITLE], evidence: ['one part of a balanced life, not as a cure', 'Volunteering is not a treatment, and it is not right for everyone'] },
  { q: 'is it ok to cancel a shift on a bad day', before: ['can I still volunteer if I have anxiety'], expect: 'answer', style: 'yes-no', headings: [SMALL], evidence: ['A good volunteer role should fit around your health'] },
  { q: 'is one hour every two weeks even worth it', expect: 'answer', style: 'yes-no', headings: [ROLE, F_TIME], evidence: ['An hour a fortnight is still worthwhile.'] },
  { q: 'is it better to help at big one-off events or join a small regular team if meeting people scares me', expect: 'answer', style: 'comparison', headings: [LONELY], evidence: ['a small, regular team rather than large one-off events'] },
  { q: 'does giving a little time help more than giving loads of time', before: ['what does the research say about volunteering and wellbeing'], expect: 'answer', style: 'comparison', headings: [EVIDENCE], evidence: ['give a moderate amount of time rather than a very large amount'] },
  { q: 'what jobs can I do from home and how do I not feel cut off', expect: 'answer', style: 'two-part', headings: [HOME], evidence: ['befriending phone calls to isolated people', 'some contact with a coordinator or team'] },
  { q: 'when should I stop volunteering for a while and who should I talk to', expect: 'answer', style: 'two-part', headings: [STEP], evidence: ['your mood has been low for more than two weeks', 'Talking to your GP is a good first step.'] },
  { q: 'I am having anxiety, which changes can the organisation make for me to help?', expect: 'answer', style: 'non-native', headings: [TELL], evidence: ['such as a quieter task, a buddy for your first few shifts'] },
  { q: 'for young person, what kind of volunteer work is there?', expect: 'answer', style: 'non-native', headings: [YOUNG], evidence: ['charity shops, conservation days, sports coaching or youth groups'] },
  { q: "I've had depression on and off for years and I'm not working at the moment. Most days I don't really have a reason to get up. A friend suggested volunteering but I'm scared I'll commit and then let people down. How should I start?", expect: 'answer', style: 'long-personal', headings: [SMALL, DEP], evidence: ['Begin with a short, low-pressure commitment', 'You can always add more later once you know how it feels.'] },
  // follow-ups
  { q: 'and if I cant leave the house much?', before: ['what kinds of volunteering are there'], expect: 'answer', style: 'short', headings: [HOME], evidence: ['Remote volunteering can be a good first step'] },
  { q: 'what if the role itself starts upsetting me', before: ['can volunteering help with depression'], expect: 'answer', style: 'paraphrase', headings: [STEP], evidence: ['the role itself is upsetting you or bringing back painful memories'] },
  // out of scope: same domain, not covered
  { q: 'how do I get a DBS check for volunteering', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I claim travel expenses as a volunteer', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I volunteer abroad in a gap year', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I volunteer if I have a criminal record', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I start my own charity', expect: 'fallback', style: 'out-of-scope' },
  { q: 'do volunteers get insurance cover', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I become a Samaritans listener', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how many hours do I need for the Duke of Edinburgh volunteering section', expect: 'fallback', style: 'out-of-scope', why: 'school awards are mentioned, no hours given' },
  { q: 'how do I recruit volunteers for my community group', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is a good treatment for seasonal depression', expect: 'fallback', style: 'out-of-scope' },
  // out of scope: off-domain
  { q: 'how do I change the font on my Google Site', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what time does the community garden open on Sundays', expect: 'fallback', style: 'out-of-scope' },
];
