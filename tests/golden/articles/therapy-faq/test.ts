import type { ArticleCase } from '../types.ts';

const G_START = 'Getting started';
const G_SESS = 'What happens in sessions';
const G_TYPES = 'Types of therapy';
const G_COST = 'Costs and access';
const G_HARD = 'If things get hard';
const WHAT = 'What is talking therapy?';
const WHO = 'Who is talking therapy for?';
const REFER = 'How do I get referred?';
const SELF = 'Can I refer myself?';
const WAIT = 'How long will I have to wait?';
const WHILE = 'What can I do while I am waiting?';
const FIRST = 'What is the first session like?';
const LONG = 'How long does a session last?';
const MANY = 'How many sessions will I need?';
const CONF = 'Is what I say confidential?';
const LIMITS = 'Are there any limits to confidentiality?';
const READY = 'Do I have to talk about things I am not ready to talk about?';
const CBT = 'What is CBT?';
const COUNS = 'What is counselling?';
const PSYCHO = 'What is psychodynamic therapy?';
const GROUP = 'What is group therapy like?';
const ONLINE = 'Can I have therapy online or by phone?';
const WHICH = 'How do I know which type of therapy is right for me?';
const FREE = 'Is talking therapy free?';
const PRIVATE = 'How do I choose a private therapist?';
const INTERP = 'Can I have an interpreter?';
const DISAB = 'Is therapy accessible if I have a disability?';
const GETON = 'What if I do not get on with my therapist?';
const WORSE = 'What if therapy makes me feel worse at first?';
const MEDS = 'Can I have therapy alongside medication?';
const MISS = 'What if I miss a session or want to stop?';
const STILL = 'Still have questions?';

/**
 * Test half (blind: never tuned on) for the Markdown FAQ page "Talking Therapy: Your Questions Answered".
 * Questions are bold lines or `###` headings under five `##` group headings; a case names the question and, for a question
 * under a group, the group heading too (any one counts; the evidence pins the sentence).
 */
export const test: ArticleCase[] = [
  // in scope
  { q: 'who can send me to talking therapy', expect: 'answer', style: 'plain', headings: [REFER, G_START], evidence: ['The most common route is through your GP', 'community mental health worker, can also make a referral'] },
  { q: 'what happens if my therapist thinks i might hurt myself', expect: 'answer', style: 'plain', headings: [LIMITS, G_SESS], evidence: ['if they believe you are at serious risk of harming yourself', 'a therapist may need to share information without your agreement'] },
  { q: 'what does talking therapy actually involve', expect: 'answer', style: 'plain', headings: [WHAT, G_START], evidence: ['meeting regularly with a trained professional to talk about your thoughts'] },
  { q: 'will my boss find out about the stuff i say in there', expect: 'answer', style: 'paraphrase', headings: [CONF, G_SESS], evidence: ['will not discuss it with your family, friends or employer'] },
  { q: 'me and the person i see just clash, can i be given someone else', expect: 'answer', style: 'paraphrase', headings: [GETON, G_HARD], evidence: ['Asking for a different therapist is a normal request'] },
  { q: 'how am i meant to know whether i need cbt or something else', expect: 'answer', style: 'paraphrase', headings: [WHICH, G_TYPES], evidence: ['You do not have to work this out on your own.', 'the service will talk with you about what might suit'] },
  { q: 'self referral', expect: 'answer', style: 'short', headings: [SELF, G_START], evidence: ['Many public talking therapy services accept self-referrals'] },
  { q: 'psychodynamic?', expect: 'answer', style: 'short', headings: [PSYCHO, G_TYPES], evidence: ['explores how past experiences, especially in childhood, may shape'] },
  { q: 'can i do theraphy over a video call', expect: 'answer', style: 'typo', headings: [ONLINE, G_TYPES], evidence: ['video sessions with a therapist', 'Many services now offer therapy in several formats'] },
  { q: 'wat is cognitve behavioural therapy', expect: 'answer', style: 'typo', headings: [CBT, G_TYPES], evidence: ['looks at how your thoughts, feelings and actions affect each other'] },
  { q: 'is ther a number i can ring to talk to somone about my options', expect: 'answer', style: 'typo', headings: [STILL], evidence: ['Our helpline team can talk you through your options', 'Call us on 0300 555 0172, Monday to Friday'] },
  { q: 'do i hav 2 tok about stuff im not redy 4', expect: 'answer', style: 'phonetic', headings: [READY, G_SESS], evidence: ['You decide what to talk about and how fast to go.'] },
  { q: 'wot if i mis an apointment', expect: 'answer', style: 'phonetic', headings: [MISS, G_HARD], evidence: ['let the service know as early as you can'] },
  { q: 'ok so 😬 first ever therapy thing tmrw... what even happens?? 🙈', expect: 'answer', style: 'emoji-filler', headings: [FIRST, G_SESS], evidence: ['The first session is usually an assessment.', 'Many people feel nervous beforehand, and that is completely normal.'] },
  { q: 'lol ok um is therapy like free or do i have to pay 💸🤷', expect: 'answer', style: 'emoji-filler', headings: [FREE, G_COST], evidence: ['free at the point of use', 'fees vary widely depending on the therapist and the area'] },
  { q: 'my dad is deaf, can he get a signer for his counselling', expect: 'answer', style: 'caregiver', headings: [DISAB, G_COST], evidence: ['Tell the service what you need when you are referred', 'Services should make reasonable adjustments so that you can take part.'] },
  { q: 'my mum only speaks polish and i usually translate for her at the doctors, can i do that in her therapy too', expect: 'answer', style: 'caregiver', headings: [INTERP, G_COST], evidence: ['It is better not to use a family member as your interpreter', 'services can usually arrange a professional interpreter at no cost'] },
  { q: "my teenage son just started cbt and says he's been given homework?? is that right", expect: 'answer', style: 'caregiver', headings: [CBT, G_TYPES], evidence: ['You will usually be asked to try things between sessions'] },
  { q: 'do i need a diagnosis before i can get therapy', expect: 'answer', style: 'yes-no', headings: [WHO, G_START], evidence: ['You do not need a diagnosis to benefit from it.'] },
  { q: 'is it ok to do therapy and be on antidepressants at the same time', expect: 'answer', style: 'yes-no', headings: [MEDS, G_HARD], evidence: ['take medication such as antidepressants at the same time'] },
  { q: "what's the difference between counselling and cbt", expect: 'answer', style: 'comparison', headings: [COUNS, CBT, G_TYPES], evidence: ['It is often less structured than CBT', 'focuses on problems in the here and now'] },
  { q: 'is online therapy as good as seeing someone in person', expect: 'answer', style: 'comparison', headings: [ONLINE, G_TYPES], evidence: ['can work just as well as face-to-face for many people'] },
  { q: 'how many sessions do people usually get and how often are they', expect: 'answer', style: 'two-part', headings: [MANY, LONG, G_SESS], evidence: ['A short course of CBT is often between 6 and 12 sessions', 'usually once a week at the same time'] },
  { q: 'can i refer myself and how long would i wait', expect: 'answer', style: 'two-part', headings: [SELF, WAIT, G_START], evidence: ['accept self-referrals through a short online form or a phone call', 'Some people are offered a first appointment within a few weeks'] },
  { q: 'I am not speak english very good, the therapy is possible in my language?', expect: 'answer', style: 'non-native', headings: [INTERP, G_COST], evidence: ['Some services can also offer therapy in other languages.', 'services can usually arrange a professional interpreter at no cost'] },
  { q: 'what is doing the therapist in the first meeting, he ask many questions?', expect: 'answer', style: 'non-native', headings: [FIRST, G_SESS], evidence: ['Your therapist will ask what has brought you to therapy'] },
  { q: "I've been on the waiting list for four months now and honestly I think I'm getting worse. I don't want to make a fuss because I know they're busy, but some days are really hard to get through. Is there anything I should be doing?", expect: 'answer', style: 'long-personal', headings: [WHILE, G_START], evidence: ['contact the service or your GP and tell them', 'they may be able to see you sooner'] },
  { q: "I started counselling three weeks ago after my marriage ended. I thought I'd feel better but after every session I come home and can't stop crying, and I'm wondering if it's doing more harm than good. Should I just stop going?", expect: 'answer', style: 'long-personal', headings: [WORSE, MISS, G_HARD], evidence: ['It is common to feel more upset for a while', 'they can slow the pace or change the approach', 'You can stop therapy at any time'] },
  // follow-ups
  { q: 'do i have to speak in front of everyone', before: ['what is group therapy'], expect: 'answer', style: 'paraphrase', headings: [GROUP, G_TYPES], evidence: ['You only share what you feel comfortable sharing'], why: 'speaking up in the group from the earlier question' },
  { q: "how do i know they're properly qualified", before: ['i want to see someone privately rather than wait'], expect: 'answer', style: 'short', headings: [PRIVATE, G_COST], evidence: ['registered with a recognised professional body'], why: '"they" = a private therapist' },
  { q: 'how long does it go on for', before: ['what is psychodynamic therapy'], expect: 'answer', style: 'short', headings: [MANY, PSYCHO, G_SESS, G_TYPES], evidence: ['psychodynamic therapy can last many months or longer', 'It tends to be longer and less structured than CBT.'], why: '"it" = psychodynamic therapy, not a single session' },
  { q: 'does my gp get told anything', before: ['is everything i say in therapy kept secret'], expect: 'answer', style: 'yes-no', headings: [CONF, G_SESS], evidence: ['Your therapist may share a short summary with your GP'] },
  // out of scope: same domain, not covered
  { q: 'how much does a private therapist charge per hour', expect: 'fallback', style: 'out-of-scope', why: 'the page says fees vary, it gives no figure' },
  { q: 'is EMDR any good for trauma', expect: 'fallback', style: 'out-of-scope', why: 'a therapy the page never names' },
  { q: 'is sertraline better than citalopram', expect: 'fallback', style: 'comparison', why: 'drugs the page never names' },
  { q: 'is there a therapy clinic in leeds city centre', expect: 'fallback', style: 'out-of-scope' },
  { q: 'will my health insurance pay for counselling', expect: 'fallback', style: 'out-of-scope', why: 'insurance is never mentioned' },
  { q: 'what qualifications do you need to become a counsellor', expect: 'fallback', style: 'out-of-scope', why: 'training to be a therapist, not having therapy' },
  // out of scope: off-domain
  { q: 'what time does the pharmacy on the high street close', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i reset my password', expect: 'fallback', style: 'out-of-scope' },
  { q: "what's the weather like this weekend", expect: 'fallback', style: 'out-of-scope' },
  { q: 'best recipe for banana bread 🍌', expect: 'fallback', style: 'emoji-filler' },
  { q: 'can you help me write a cover letter for a job', expect: 'fallback', style: 'out-of-scope' },
  { q: 'who won the football last night', expect: 'fallback', style: 'out-of-scope' },
];
