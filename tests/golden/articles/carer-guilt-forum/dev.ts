import type { ArticleCase } from '../types.ts';

const REASONS = 'Common reasons for guilt';
const RESENT = 'Resentment is not the opposite of love';
const GRIEF = 'Grieving someone who is still alive';
const HOME = 'Moving your parent into a care home';
const WEEKS = 'The first few weeks after a move';
const RESPITE = 'Respite: taking a break without guilt';
const ASSESS = 'Getting a carer’s assessment';
const MOOD = 'Looking after your own mood';
const SIBS = 'Talking to siblings and family';
const DEP = 'Signs of carer depression';
const RELIEF = 'Is it wrong to feel relief when my parent dies?';
const VISIT = 'My mum no longer recognises me. Is there any point in visiting?';
const HELP = 'When to get help';

/** Dev half for carer-guilt-forum (a pinned Discourse staff guide on guilt, resentment and low mood in dementia carers): written after the test half. */
export const dev: ArticleCase[] = [
  // plain
  { q: 'What should I ask a care home about how they look after people with dementia?', expect: 'answer', style: 'plain', headings: [HOME], evidence: ['ask how staff support residents with dementia who become distressed or restless'] },
  { q: 'What can I take with me when I visit mum if she can\'t hold a conversation any more?', expect: 'answer', style: 'plain', headings: [VISIT], evidence: ['bring music, photos or a hand massage rather than trying'] },
  { q: 'How can I look after my own mental health while caring for my dad?', expect: 'answer', style: 'plain', headings: [MOOD], evidence: ['Small, regular habits protect your mood better than an occasional big break'] },
  // paraphrase
  { q: 'Dad and I never got on, even before he got ill, and now I\'m the one stuck looking after him', expect: 'answer', style: 'paraphrase', headings: [RESENT], evidence: ['Some carers also resent a parent because the relationship was difficult'] },
  { q: 'Who can arrange for someone to sit with my mother so I can have an afternoon out?', expect: 'answer', style: 'paraphrase', headings: [RESPITE], evidence: ['arranged through your local council after a carer’s assessment', 'or through local dementia charities'] },
  { q: 'how do I prepare for the council meeting about my situation so they get the full picture?', expect: 'answer', style: 'paraphrase', headings: [ASSESS], evidence: ['Write down a typical day and a typical night beforehand', 'be honest about the hard parts'] },
  // short
  { q: 'and funding?', expect: 'answer', style: 'short', headings: [HOME], evidence: ['whether your parent may be entitled to funding'], before: ['we are starting to look at care homes for my dad'] },
  { q: 'samaritans number', expect: 'answer', style: 'short', headings: [HELP], evidence: ['You can call Samaritans any time, day or night, on 116 123'] },
  { q: 'carer support groups', expect: 'answer', style: 'short', headings: [MOOD], evidence: ['Meeting people who understand without explanation', '1 to 2 hours a month'] },
  // typo
  { q: 'i feel so gulity for living 3 hours away from my mum', expect: 'answer', style: 'typo', headings: [REASONS], evidence: ['not visiting as often as you think you should'] },
  { q: 'how long dose it take to feel normal agian after mum died, i was her carer for 7 yrs', expect: 'answer', style: 'typo', headings: [RELIEF], evidence: ['take 6 to 12 months or longer to find a new rhythm', 'Many carers also feel lost when the routine of caring stops'] },
  { q: 'is it selfish to go on holliday when dad has dementia', expect: 'answer', style: 'typo', headings: [REASONS], evidence: ['taking time for yourself, such as a holiday or a night out', 'It can help to separate guilt from responsibility'] },
  // phonetic
  { q: 'i feel worthless n like im failin at evrything, cud that b depression', expect: 'answer', style: 'phonetic', headings: [DEP], evidence: ['feeling worthless, or that you are failing at everything'] },
  { q: 'shud i tell my gp im a carer, wot difference does it make', expect: 'answer', style: 'phonetic', headings: [HELP, MOOD], evidence: ['they can check on you, refer you to talking therapy', 'tell your GP practice that you are a carer'] },
  { q: 'wot do u even do at a family meetin bout mums care', expect: 'answer', style: 'phonetic', headings: [SIBS], evidence: ['A family meeting can help, in person or by video call', 'ask each person what they can take on'] },
  // emoji-filler
  { q: 'omg i literally have no life outside caring for dad 😭 every single convo is about his meds', expect: 'answer', style: 'emoji-filler', headings: [MOOD], evidence: ['keep at least one conversation a week that is not about caring'] },
  { q: 'honestly just need one quick thing for my mood when i cant leave mum for long 🙃', expect: 'answer', style: 'emoji-filler', headings: [MOOD], evidence: ['a 10-minute walk outside most days can lift your mood'] },
  { q: 'ok so mum is in a home now and i kinda feel useless lol 🤷‍♀️ like whats my job now', expect: 'answer', style: 'emoji-filler', headings: [WEEKS], evidence: ['you are still their son or daughter and still their advocate', 'you know their history, likes and fears better than anyone'] },
  // caregiver
  { q: 'My husband has been caring for his mum for years and lately keeps saying we would all be better off without him. What should I do?', expect: 'answer', style: 'caregiver', headings: [HELP, DEP], evidence: ['If you are having thoughts of ending your life', 'thoughts that everyone would be better off without you'] },
  { q: 'My mum looks after my grandad and says she is fine, but she snaps at everyone and cries at the smallest thing. Could she be depressed?', expect: 'answer', style: 'caregiver', headings: [DEP], evidence: ['snapping at people more often, or crying easily'] },
  // yes-no
  { q: 'Do carers in Scotland get the same assessment?', expect: 'answer', style: 'yes-no', headings: [ASSESS], evidence: ['The rules differ in Scotland, Wales and Northern Ireland'] },
  { q: 'can it be treated?', expect: 'answer', style: 'yes-no', headings: [DEP], evidence: ['usually responds well to treatment such as talking therapy, medication or both'], before: ['what are the signs of depression in someone caring for a parent'] },
  { q: 'Is it ok to keep my visits short now?', expect: 'answer', style: 'yes-no', headings: [VISIT], evidence: ['It is fine to make visits shorter'], before: ['my mum stopped recognising me last spring and visits leave me wiped out'] },
  // comparison
  { q: 'what\'s the difference between feeling guilty and actually being responsible?', expect: 'answer', style: 'comparison', headings: [REASONS], evidence: ['Guilt says you have done something wrong', 'It can help to separate guilt from responsibility'] },
  { q: 'is a support group or an online forum better when you can hardly ever get out?', expect: 'answer', style: 'comparison', headings: [MOOD], evidence: ['Someone to talk to at 3am when nobody else is awake', '1 to 2 hours a month'] },
  // two-part
  { q: 'Why am I grieving when she hasn\'t died yet, and would writing things down help?', expect: 'answer', style: 'two-part', headings: [GRIEF], evidence: ['keep a journal of what has been lost and what remains', 'You may mourn the conversations you can no longer have'] },
  { q: 'when should I call 999 and who can I ring in the middle of the night?', expect: 'answer', style: 'two-part', headings: [HELP], evidence: ['if you are in immediate danger', 'You can call Samaritans any time, day or night'] },
  // non-native
  { q: 'In my family only me do all the care for papa, my brothers do nothing. Is normal I am angry?', expect: 'answer', style: 'non-native', headings: [SIBS, RESENT], evidence: ['Caring is rarely shared equally', 'your brothers and sisters for doing so little'] },
  { q: 'Why I feel guilty when other person take care of my mother for one day?', expect: 'answer', style: 'non-native', headings: [REASONS], evidence: ['feeling relief when someone else takes over for a day'] },
  // long-personal
  { q: 'My mum was diagnosed three years ago. I used to be really patient but lately there is this simmering anger all the time, at her, at work, at everyone. I am starting to worry it will come out the wrong way. What is this telling me?', expect: 'answer', style: 'long-personal', headings: [RESENT], evidence: ['Resentment is often a signal that something has to change', 'Noticing it early and naming it is better than pushing it down'] },
  { q: 'I am 52 and my dad has had vascular dementia for five years. He falls a couple of times a month and I am up most nights. My GP says my blood pressure is through the roof. How do I know when it is time for a home?', expect: 'answer', style: 'long-personal', headings: [HOME], evidence: ['when your parent needs help through the night, falls often', 'or you are becoming unwell yourself'] },
  { q: 'I visit Dad in his home every day. He has not known who I am for a year now. Friends keep telling me to get on with my life, but it feels like I lost him ages ago and nobody noticed. Why does this hurt so much?', expect: 'answer', style: 'long-personal', headings: [GRIEF], evidence: ['There is no funeral, no time off work and usually no cards', 'This kind of grief is real, even though the world'] },

  // out of scope
  { q: 'Can I get paid for looking after my mum?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I get my dad a proper dementia diagnosis?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'mum refuses to shower, how do I get her to wash', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What is NHS continuing healthcare?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Will we have to sell mum\'s house to pay for her care?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i get dad to eat more, he has lost loads of weight', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What are the stages of Alzheimer\'s?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I register a death?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'are there any good apps for carers to keep track of meds', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I delete my account on this forum', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What should I do if my dad gets aggressive and lashes out at me?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is there a memory clinic near Derby?', expect: 'fallback', style: 'out-of-scope' },
];
