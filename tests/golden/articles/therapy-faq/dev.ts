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


/** Dev half for the Markdown FAQ page "Talking Therapy: Your Questions Answered": free to tune on. New questions, not paraphrases of test items. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'what are your helpline opening hours', expect: 'answer', style: 'plain', headings: [STILL], evidence: ['Monday to Friday, 9am to 5pm'] },
  { q: 'how do i find my local therapy service', expect: 'answer', style: 'plain', headings: [SELF, G_START], evidence: ['Search for your local service, or ask your GP surgery reception'] },
  { q: 'is talking therapy just having a chat with someone', expect: 'answer', style: 'plain', headings: [WHAT, G_START], evidence: ['It gives you a safe, confidential space to make sense', 'they all rely on a trusting relationship between you and your therapist'] },
  { q: 'does it always have to go through the doctor', expect: 'answer', style: 'paraphrase', headings: [SELF, REFER, G_START], evidence: ['without seeing your GP first', 'Other health professionals, such as a practice nurse, health visitor'] },
  { q: 'what if something i mention means another person could be in danger', expect: 'answer', style: 'paraphrase', headings: [LIMITS, G_SESS], evidence: ['if they believe someone else is at serious risk of harm'] },
  { q: "nothing's exactly wrong, i just feel a bit lost, is that a good enough reason to go", expect: 'answer', style: 'paraphrase', headings: [WHO, G_START], evidence: ['while others simply feel stuck and want to understand themselves better'] },
  { q: 'counselling', expect: 'answer', style: 'short', headings: [COUNS, G_TYPES], evidence: ['gives you time to talk through difficulties with someone who listens'] },
  { q: 'session length', expect: 'answer', style: 'short', headings: [LONG, G_SESS], evidence: ['Most sessions last about 50 minutes to an hour'] },
  { q: 'how do i find a privat therapist thats any good', expect: 'answer', style: 'typo', headings: [PRIVATE, G_COST], evidence: ['Check that the therapist is registered with a recognised professional body', 'ask about their experience, their approach'] },
  { q: 'wheelchair acess for therapy apointments?', expect: 'answer', style: 'typo', headings: [DISAB, G_COST], evidence: ['step-free access and accessible rooms'] },
  { q: 'can i quit therapy whenevr i want', expect: 'answer', style: 'typo', headings: [MISS, G_HARD], evidence: ['You can stop therapy at any time'] },
  { q: 'r groop sesions kept privit', expect: 'answer', style: 'phonetic', headings: [GROUP, G_TYPES], evidence: ['everyone agrees to keep what is said in the group private'] },
  { q: 'cud my counseller tel the polis wot i say', expect: 'answer', style: 'phonetic', headings: [LIMITS, G_SESS], evidence: ['if a court orders them to share your records', 'a therapist may need to share information without your agreement'] },
  { q: "ugh 😩 so nervous about starting, anything i can do in the meantime?? 🙏", expect: 'answer', style: 'emoji-filler', headings: [WHILE, G_START], evidence: ['use a free self-help workbook or app recommended by your service', 'keep a simple diary of your mood and what affects it'] },
  { q: 'hmm 🤔 do i need like a quiet room for online sessions lol', expect: 'answer', style: 'emoji-filler', headings: [ONLINE, G_TYPES], evidence: ['a private, quiet space where you will not be overheard'] },
  { q: "my husband wants to come off his antidepressants now that he's started therapy, is that ok", expect: 'answer', style: 'caregiver', headings: [MEDS, G_HARD], evidence: ['Do not stop or change your medication without talking to your doctor'] },
  { q: 'my friend has learning difficulties, is there simpler information about therapy for her', expect: 'answer', style: 'caregiver', headings: [DISAB, G_COST], evidence: ['easy read information and longer appointments'] },
  { q: 'my wife keeps cancelling her sessions last minute, could she lose her place', expect: 'answer', style: 'caregiver', headings: [MISS, G_HARD], evidence: ['Missing several sessions without getting in touch may mean your place'] },
  { q: 'can my work pay for a few counselling sessions', expect: 'answer', style: 'yes-no', headings: [FREE, G_COST], evidence: ['some employers and universities provide a few free sessions'] },
  { q: 'can i ask my own questions at the first appointment', expect: 'answer', style: 'yes-no', headings: [FIRST, G_SESS], evidence: ['It is also a chance for you to ask questions'] },
  { q: 'is cbt used for anxiety', expect: 'answer', style: 'yes-no', headings: [CBT, G_TYPES], evidence: ['one of the most widely offered therapies for depression and anxiety'] },
  { q: 'psychodynamic vs cbt', expect: 'answer', style: 'comparison', headings: [PSYCHO, CBT, G_TYPES], evidence: ['It tends to be longer and less structured than CBT.', 'focuses on problems in the here and now'] },
  { q: 'is a group better than one to one', expect: 'answer', style: 'comparison', headings: [GROUP, G_TYPES], evidence: ['Hearing from others with similar experiences can make you feel less alone'] },
  { q: 'what does cbt involve and how many sessions is it', expect: 'answer', style: 'two-part', headings: [CBT, MANY, G_TYPES, G_SESS], evidence: ['teaches practical skills to break unhelpful patterns', 'A short course of CBT is often between 6 and 12 sessions'] },
  { q: 'can i email you and how quickly do you reply', expect: 'answer', style: 'two-part', headings: [STILL], evidence: ['we will reply within two working days'] },
  { q: 'the doctor must to send me or I can go alone to the therapy service?', expect: 'answer', style: 'non-native', headings: [SELF, G_START], evidence: ['Yes, in most areas you can.', 'accept self-referrals through a short online form or a phone call'] },
  { q: 'in the therapy they ask always about my childhood? I not want speak of this', expect: 'answer', style: 'non-native', headings: [READY, PSYCHO, G_SESS], evidence: ['A good therapist will not push you to discuss something'] },
  { q: "My GP mentioned therapy but I've never done anything like it and have no idea what kind would suit me. I'm a practical person and like having things to work on, but I also think a lot of what's going on goes back to how I grew up. Where do I even start?", expect: 'answer', style: 'long-personal', headings: [WHICH, CBT, PSYCHO, G_TYPES], evidence: ['At your assessment, the service will talk with you about', 'teaches practical skills to break unhelpful patterns', 'explores how past experiences, especially in childhood, may shape'] },
  { q: "I work shifts and look after two small kids, so getting to a clinic every week feels impossible. I've had anxiety for ages and keep putting off getting help because I can't see how I'd fit it in. Are there any options for someone like me?", expect: 'answer', style: 'long-personal', headings: [ONLINE, G_TYPES], evidence: ['can be easier to fit around work or childcare'] },
  // follow-ups
  { q: 'how many people are usually in one', before: ['how does group therapy work'], expect: 'answer', style: 'short', headings: [GROUP, G_TYPES], evidence: ['usually six to ten, with one or two therapists'] },
  { q: 'should i tell my therapist', before: ['i had a really bad session yesterday and felt awful after'], expect: 'answer', style: 'yes-no', headings: [WORSE, GETON, G_HARD], evidence: ['Tell your therapist how you are feeling', 'You can raise it in a session'] },
  { q: 'do i have to pay for that', before: ['can i get an interpreter for my sessions'], expect: 'answer', style: 'short', headings: [INTERP, G_COST], evidence: ['services can usually arrange a professional interpreter at no cost to you'], why: '"that" = the interpreter' },
  // out of scope: same domain, not covered
  { q: "what's the average cost of couples therapy", expect: 'fallback', style: 'out-of-scope', why: 'no prices, and couples therapy is never named' },
  { q: 'does hypnotherapy work for quitting smoking', expect: 'fallback', style: 'out-of-scope' },
  { q: 'wat are the side efects of fluoxetine', expect: 'fallback', style: 'typo', why: 'a drug the page never names' },
  { q: 'is there an nhs talking therapy service in manchester', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can my therapist sign me off work with a sick note', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does art therapy help autistic children', expect: 'fallback', style: 'out-of-scope' },
  // out of scope: off-domain
  { q: "what's the capital of australia", expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i cancel my gym membership', expect: 'fallback', style: 'out-of-scope' },
  { q: 'recommend a good netflix series 📺', expect: 'fallback', style: 'emoji-filler' },
  { q: 'how many calories in a banana', expect: 'fallback', style: 'out-of-scope' },
  { q: 'my washing machine is leaking what do i do', expect: 'fallback', style: 'out-of-scope' },
  { q: 'translate good morning into spanish', expect: 'fallback', style: 'out-of-scope' },
];
