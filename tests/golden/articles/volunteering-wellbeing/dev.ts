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

/** Dev half for the new Google Sites page "Volunteering and Your Wellbeing": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'can volunteering build my confidence', expect: 'answer', style: 'plain', headings: [MOOD], evidence: ['Volunteering can also build confidence.', 'rebuild a sense that you are capable'] },
  { q: 'where can I find volunteering roles', expect: 'answer', style: 'plain', headings: [ROLE], evidence: ['Local volunteer centres, charities and community groups often advertise roles'] },
  { q: 'what help can young people get out of volunteering', expect: 'answer', style: 'plain', headings: [YOUNG], evidence: ['confidence, new friends, skills for a CV'] },
  { q: 'can I try a role out before committing', expect: 'answer', style: 'plain', headings: [ROLE], evidence: ['Many organisations let you try a taster session first.'] },
  { q: 'does keeping busy helping others stop me overthinking', expect: 'answer', style: 'paraphrase', headings: [MOOD], evidence: ['helping others takes them out of their own heads for a while', 'gives worried thoughts less room'] },
  { q: 'I just moved to a new town and know nobody, could volunteering help', expect: 'answer', style: 'paraphrase', headings: [LONELY], evidence: ['For people who have moved to a new area, retired'] },
  { q: 'is the happiness link maybe just because happy people volunteer more', expect: 'answer', style: 'paraphrase', headings: [EVIDENCE], evidence: ['People who already feel well may be more likely to volunteer'] },
  { q: 'debrief', expect: 'answer', style: 'short', headings: [BURN], evidence: ['use any supervision or debrief that is offered'] },
  { q: 'training for volunteers', expect: 'answer', style: 'short', headings: [F_QUAL, FAQ], evidence: ['Organisations usually provide any training you need'] },
  { q: 'benefits and volunteering', expect: 'answer', style: 'short', headings: [F_WORK, FAQ], evidence: ['If you receive benefits, check the rules before you start.'] },
  { q: 'is my infomation kept confidental if i tell them about my mental helth', expect: 'answer', style: 'typo', headings: [TELL], evidence: ['Good organisations will treat what you tell them as confidential'] },
  { q: 'feel gulty evrytime i say no to extra shifts', expect: 'answer', style: 'typo', headings: [BURN], evidence: ['feeling guilty whenever you say no'] },
  { q: 'can i volunteer if i cant get around much, bad mobilty', expect: 'answer', style: 'typo', headings: [OLDER], evidence: ['including seated or home-based options'] },
  { q: 'cud i nit or sew stuff for a hospital from home', expect: 'answer', style: 'phonetic', headings: [HOME], evidence: ['knitting or sewing for hospitals, and online mentoring'] },
  { q: 'wen shud i see me gp about this', expect: 'answer', style: 'phonetic', headings: [STEP], evidence: ['Talking to your GP is a good first step.', 'worry or panic is getting in the way of daily life'] },
  { q: 'helping out makes me feel all warm inside 🥰 is that a real thing lol', expect: 'answer', style: 'emoji-filler', headings: [MOOD], evidence: ['leave people feeling warmer towards themselves'] },
  { q: 'ugh 😩 I love gardening and animals but no idea what role to pick??', expect: 'answer', style: 'emoji-filler', headings: [ROLE], evidence: ['Animals, gardening, books, sport, the outdoors or talking with people'] },
  { q: 'my son is 16 and very shy, how can I help him start volunteering', expect: 'answer', style: 'caregiver', headings: [YOUNG], evidence: ['volunteering with a friend or as part of a group'] },
  { q: 'my mum was widowed last year and is very lonely, would volunteering be good for her', expect: 'answer', style: 'caregiver', headings: [OLDER, LONELY], evidence: ['can bring structure and company after retirement, bereavement or a move', 'linked with feeling less lonely and more connected'] },
  { q: 'my partner has anxiety and wants to volunteer, should I go with her the first time', expect: 'answer', style: 'caregiver', headings: [SMALL], evidence: ['it can help to go with a friend'] },
  { q: 'will I get a background check', expect: 'answer', style: 'yes-no', headings: [F_QUAL, FAQ], evidence: ['some roles may ask for background checks'] },
  { q: 'can I come back after taking a break from volunteering', expect: 'answer', style: 'yes-no', headings: [F_STOP, STEP], evidence: ['many volunteers return when they feel ready', 'stepping back for a while and returning later'] },
  { q: 'do organisations actually want volunteers who have mental health problems', expect: 'answer', style: 'yes-no', headings: [DEP], evidence: ['many organisations welcome the understanding they bring'] },
  { q: 'which is better for me, a social role or a quiet practical one', expect: 'answer', style: 'comparison', headings: [ROLE], evidence: ['Some roles are busy and social, others are quiet and practical.'] },
  { q: 'do volunteers burn out the same as people who are paid', expect: 'answer', style: 'comparison', headings: [BURN], evidence: ['Burnout can happen to volunteers just as it can to paid staff'] },
  { q: 'what roles suit older people and what if my health is poor', expect: 'answer', style: 'two-part', headings: [OLDER], evidence: ['mentoring, heritage and museum guiding, hospital welcome desks', 'tell the organiser so they can suggest a role that suits you'] },
  { q: 'do I have to give a reason when I quit and who do I tell', expect: 'answer', style: 'two-part', headings: [F_STOP, FAQ], evidence: ['You do not need to give a detailed reason', 'Let the coordinator know as soon as you can.'] },
  { q: 'after my volunteer day I am very tired and cannot stop thinking of it, what this means?', expect: 'answer', style: 'non-native', headings: [BURN], evidence: ['finding it hard to switch off afterwards'] },
  { q: "I've been volunteering at a food bank three days a week on top of my job. I used to love it but now I'm skipping my own plans and dreading Saturdays. I don't want to let anyone down. What should I do?", expect: 'answer', style: 'long-personal', headings: [BURN], evidence: ['agree clear hours with the organiser and stick to them', 'your own health comes first'] },
  // follow-ups
  { q: 'what should I plan for after the shift', before: ['how do I start volunteering if I get anxious'], expect: 'answer', style: 'paraphrase', headings: [SMALL], evidence: ['Plan a quiet, restful evening after your shift'] },
  { q: 'and what could I actually say to them?', before: ['should I tell the volunteer coordinator I have anxiety'], expect: 'answer', style: 'short', headings: [TELL], evidence: ['I sometimes have anxiety, so I might need a break'] },
  { q: 'can it also help me get a paid job after', before: ['how does volunteering help with depression'], expect: 'answer', style: 'yes-no', headings: [F_WORK, FAQ], evidence: ['help you rebuild routine and confidence'] },
  // out of scope: same domain, not covered
  { q: 'how old do you have to be to volunteer in a charity shop', expect: 'fallback', style: 'out-of-scope', why: 'age rules said to vary, no age given' },
  { q: 'can volunteering count towards my universal credit work search', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I write volunteering on my CV', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does volunteering lower blood pressure', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is employer supported volunteering leave', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I become a trustee of a charity', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I volunteer at the NHS as a responder', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is befriending or mentoring better for lonely people', expect: 'fallback', style: 'comparison', why: 'both are listed, never compared' },
  { q: 'how long is the waiting list for talking therapies', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what should I say to a volunteer who tells me they feel low', expect: 'fallback', style: 'out-of-scope' },
  // out of scope: off-domain
  { q: 'how do I add a contact form to this site', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what vegetables grow best in a community garden in spring', expect: 'fallback', style: 'out-of-scope' },
];
