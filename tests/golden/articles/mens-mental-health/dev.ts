import type { ArticleCase } from '../types.ts';

const WHY = "Why men's mental health matters";
const LOOK = 'How depression can look different in men';
const ASK = "Why men often don't ask for help";
const MATE = 'How to start a conversation with a mate';
const HELPS = 'What helps';
const ACTIVE = 'Staying active';
const ROUTINE = 'Keeping a routine';
const THERAPY = 'Talking therapies';
const GP = 'Seeing your GP';
const WORK = 'Work and money pressures';
const DAD = 'Being a dad';
const PEER = "Peer support and men's groups";
const FAQ = 'Frequently asked questions';
const F_NORMAL = 'Is it normal for men to feel like this?';
const F_MEDS = "What if I don't want to take medication?";
const F_STRESS = "How do I know if it's stress or depression?";
const F_EMPLOYER = 'Will my employer find out if I see someone?';

/** Dev half for the WordPress classic-editor post "Men's Mental Health: Why Talking Matters": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'why does it matter if men wait before getting help', expect: 'answer', style: 'plain', headings: [WHY], evidence: ['The earlier you get support, the easier it usually is'] },
  { q: 'what is an employee assistance programme', expect: 'answer', style: 'plain', headings: [WORK], evidence: ['These often offer free, confidential counselling.'] },
  { q: 'what kinds of talking therapy are there', expect: 'answer', style: 'plain', headings: [THERAPY], evidence: ['cognitive behavioural therapy (CBT) and counselling give you a space'] },
  { q: 'what helps men with depression', expect: 'answer', style: 'plain', headings: [HELPS, ACTIVE, ROUTINE, THERAPY, GP], evidence: ['a mix of small changes and the right support makes'] },
  { q: "why do some guys go to the doctor about aches but never mention they're down", expect: 'answer', style: 'paraphrase', headings: [LOOK], evidence: ['some men see a doctor about these physical symptoms'] },
  { q: 'i just dont know how to explain whats going on in my head', expect: 'answer', style: 'paraphrase', headings: [ASK], evidence: ['Not having the words to describe what is going on'] },
  { q: 'is there a local spot where blokes fix things together and chat', expect: 'answer', style: 'paraphrase', headings: [PEER], evidence: ['practical projects like woodwork or repairs'] },
  { q: 'bills stressing me out', expect: 'answer', style: 'short', headings: [WORK], evidence: ['Money worries and low mood often feed each other.'] },
  { q: 'risk taking', expect: 'answer', style: 'short', headings: [LOOK], evidence: ['Taking more risks, such as driving too fast or gambling'] },
  { q: 'self referral?', expect: 'answer', style: 'short', headings: [THERAPY], evidence: ['you can refer yourself to NHS Talking Therapies'] },
  { q: 'how long shud symptons last befor i worry', expect: 'answer', style: 'typo', headings: [LOOK], evidence: ['lasted for more than two weeks, it is worth taking seriously'] },
  { q: 'wat hapens if i dont want pills from the gp', expect: 'answer', style: 'typo', headings: [F_MEDS, FAQ], evidence: ['Medication is only one option.', 'with you, and the decision is yours.'] },
  { q: 'is ther sumwun i can ring rite now to tok to', expect: 'answer', style: 'phonetic', headings: [FAQ, F_EMPLOYER], evidence: ['You can call Samaritans free on 116 123, day or night.'] },
  { q: 'does my gaffa av to no if i see a counsler', expect: 'answer', style: 'phonetic', headings: [F_EMPLOYER, FAQ], evidence: ['Your employer will only know if you choose to tell them'] },
  { q: 'sooo 😬 i keep snapping at everyone and sleeping like rubbish... normal?? 😴', expect: 'answer', style: 'emoji-filler', headings: [LOOK, F_NORMAL, FAQ], evidence: ['Being irritable, short-tempered or angry over small things', 'It means you could do with some support.'] },
  { q: 'right so 🚶 how much walking actually counts lol', expect: 'answer', style: 'emoji-filler', headings: [ACTIVE], evidence: ['even if it\'s only for 20 minutes'] },
  { q: "my son's just become a dad and seems really low, is that a thing", expect: 'answer', style: 'caregiver', headings: [DAD], evidence: ['around one in ten new dads experiences depression', 'Lack of sleep, money pressure and feeling left out'] },
  { q: 'my grandad is retired and hardly leaves the house anymore, would one of these mens groups be any good for him', expect: 'answer', style: 'caregiver', headings: [PEER], evidence: ['having a reason to get out of the house helps'] },
  { q: 'my brother wont go to the doctor about his mood, how can i help with that', expect: 'answer', style: 'caregiver', headings: [MATE], evidence: ['offer to help him book the appointment'] },
  { q: 'do i have to be really bad before i get support', expect: 'answer', style: 'yes-no', headings: [WHY], evidence: ["You don't have to be at breaking point to deserve support."] },
  { q: 'can i ask my work to change things because of my mental health', expect: 'answer', style: 'yes-no', headings: [WORK], evidence: ['You are also entitled to ask for reasonable changes'] },
  { q: 'do i need to be an expert to help a friend', expect: 'answer', style: 'yes-no', headings: [MATE], evidence: ["you don't need to be an expert"] },
  { q: 'is drinking going to help me sleep better or worse', expect: 'answer', style: 'comparison', headings: [ROUTINE], evidence: ['drinking makes low mood and poor sleep worse in the long run'] },
  { q: 'how does depression in men differ from the usual picture of someone crying', expect: 'answer', style: 'comparison', headings: [LOOK], evidence: ['they often imagine someone who is tearful and sad', 'many men notice other changes first'] },
  { q: 'what can the gp do and should i bring anything', expect: 'answer', style: 'two-part', headings: [GP], evidence: ['check for any physical causes and explain the options', 'write down a few notes before the appointment'] },
  { q: 'why do men keep quiet and what happens if they do', expect: 'answer', style: 'two-part', headings: [ASK, WHY], evidence: ['Asking for help can feel like admitting failure.', 'None of these make the problem go away.'] },
  { q: 'I am afraid colleagues will think bad of me if I tell them I am depressed, why I feel like this?', expect: 'answer', style: 'non-native', headings: [ASK], evidence: ['Worrying about what people at work would think'] },
  { q: 'when I am feel bad my days have no shape, what I can do?', expect: 'answer', style: 'non-native', headings: [ROUTINE], evidence: ['planning one small task each day can help you feel'] },
  { q: "I split from my wife last year and I only see my two kids every other weekend. I've been working all hours and going to the gym twice a day so I don't have to think. My sister says I'm not myself. I thought I was coping fine. Could this actually be depression?", expect: 'answer', style: 'long-personal', headings: [LOOK, DAD], evidence: ['Working longer and longer hours, or throwing yourself into the gym', 'especially after a separation or when they see less'] },
  // follow-ups
  { q: 'and what if he says he is fine', before: ['how do i talk to my mate about his mental health'], expect: 'answer', style: 'paraphrase', headings: [MATE], evidence: ['Ask how he\'s doing, then ask again: "No, really, how are you?"'] },
  { q: 'where do i find one near me', before: ['are there support groups for men'], expect: 'answer', style: 'short', headings: [PEER], evidence: ['Ask your GP, local library or council what groups run near you.'] },
  { q: 'how do my kids fit into this', before: ['i am a dad and feeling low'], expect: 'answer', style: 'paraphrase', headings: [DAD], evidence: ['Your children benefit when you look after yourself.'] },
  // out of scope: same domain, not covered
  { q: 'how long is the waiting list for NHS talking therapies', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you recommend a men-only therapist in Leeds', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does mindfulness meditation work for men', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what are the side effects of sertraline', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is online therapy as good as face to face', expect: 'fallback', style: 'comparison', why: 'online therapy is never mentioned' },
  { q: 'how do i stop porn from affecting my mood', expect: 'fallback', style: 'out-of-scope' },
  // out of scope: off-domain
  { q: 'where can i buy a second hand lathe', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how many calories in a pint of lager', expect: 'fallback', style: 'out-of-scope' },
  { q: 'wats the best 5 a side football app', expect: 'fallback', style: 'phonetic' },
  { q: 'how do i fix a youtube video that wont play', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what are your opening hours on bank holidays', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you write me a cv for a plumbing job', expect: 'fallback', style: 'out-of-scope' },
];
