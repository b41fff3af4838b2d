import type { ArticleCase } from '../types.ts';

const TITLE = 'Guilt, resentment and low mood when caring for a parent with dementia (staff guide)';
const GUILT = 'Why carers feel guilty';
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
const WISH = 'Is it normal to wish it was all over?';
const RELIEF = 'Is it wrong to feel relief when my parent dies?';
const VISIT = 'My mum no longer recognises me. Is there any point in visiting?';
const PROMISE = 'I promised Dad I would never put him in a home. Am I breaking that promise?';
const HELP = 'When to get help';

/** Test half for carer-guilt-forum (a pinned Discourse staff guide on guilt, resentment and low mood in dementia carers): blind, never tuned on. */
export const test: ArticleCase[] = [
  // plain
  { q: 'Why do I feel so guilty looking after my mum with dementia?', expect: 'answer', style: 'plain', headings: [GUILT, REASONS], evidence: ['Many carers hold themselves to a standard no one could meet', 'Guilt often comes from a sense that you should be doing more'] },
  { q: 'How long does it take for someone with dementia to settle into a care home?', expect: 'answer', style: 'plain', headings: [WEEKS], evidence: ['The first 6 to 8 weeks are often the hardest', 'This usually settles as they get used to new routines'] },
  // paraphrase
  { q: 'I sometimes feel bitter towards my father for needing so much. Does that mean I don\'t care about him?', expect: 'answer', style: 'paraphrase', headings: [RESENT], evidence: ['Feeling resentful does not mean you do not love your parent', 'It usually means your own needs have gone unmet for too long'] },
  { q: 'mourning my mother while she is still here, is that a thing?', expect: 'answer', style: 'paraphrase', headings: [GRIEF], evidence: ['Many carers grieve long before their parent dies', 'This is sometimes called anticipatory grief or ambiguous loss'] },
  { q: 'how can I get my brother who lives abroad to pull his weight?', expect: 'answer', style: 'paraphrase', headings: [SIBS], evidence: ['who live far away may not be able to give hands-on care', 'list the tasks that need doing each week'] },
  // short
  { q: 'carers assessment', expect: 'answer', style: 'short', headings: [ASSESS], evidence: ['you have a right to a carer’s assessment from your local council'] },
  { q: 'respite options?', expect: 'answer', style: 'short', headings: [RESPITE], evidence: ['a day centre, a sitting service at home, or a short stay', 'a short stay of 1 to 2 weeks in a care home'], before: ['my mum has dementia and I have not had a single day off in months'] },
  { q: 'relief after death', expect: 'answer', style: 'short', headings: [RELIEF], evidence: ['relief often sits alongside grief', 'it does not mean you loved them any less'] },
  // typo
  { q: 'is it normall to wish its all ovr with my dad', expect: 'answer', style: 'typo', headings: [WISH], evidence: ['Yes, many carers have this thought', 'is not the same as wishing them harm'] },
  { q: 'how do i chose a good care home for my mum', expect: 'answer', style: 'typo', headings: [HOME], evidence: ['visit at least two or three homes at different times of day', 'read the home’s latest inspection report'] },
  { q: 'whats the point visting if she dosent know who i am anymore', expect: 'answer', style: 'typo', headings: [VISIT], evidence: ['they may still sense warmth, a familiar voice or a calm presence'] },
  // phonetic
  { q: 'wot happens at a carers assesment, do they look at my health 2?', expect: 'answer', style: 'phonetic', headings: [ASSESS], evidence: ['looks at how caring affects your health, work, sleep and relationships'] },
  { q: 'cant sleep cos dad wakes me up evry nite, wot can i do', expect: 'answer', style: 'phonetic', headings: [MOOD], evidence: ['ask about a night sitter or a family rota', 'at least two unbroken nights a week'] },
  { q: 'i promised mum id never put her in a home n now i have 2, am i a bad person', expect: 'answer', style: 'phonetic', headings: [PROMISE], evidence: ['Promises made before dementia were made without knowing what would happen', 'Keeping your parent safe and well cared for keeps the spirit'] },
  // emoji-filler
  { q: 'ngl i snap at my dad like 20 times a day and feel awful after 😩 is that normal', expect: 'answer', style: 'emoji-filler', headings: [REASONS, GUILT], evidence: ['losing patience or raising your voice, especially when the same question', 'carers have done nothing wrong and are simply facing limits'] },
  { q: 'sooo how many carers actually end up depressed?? 🤔', expect: 'answer', style: 'emoji-filler', headings: [DEP], evidence: ['roughly 30 to 40 per cent of family carers'] },
  { q: 'lol is taking a week off from looking after mum selfish 🙈', expect: 'answer', style: 'emoji-filler', headings: [RESPITE], evidence: ['regular breaks are often able to keep caring for longer', 'many say their patience improves when they come back'] },
  // caregiver
  { q: 'My wife looks after her father who has dementia. She cries most days and has stopped enjoying anything. When should she see a doctor?', expect: 'answer', style: 'caregiver', headings: [HELP, DEP], evidence: ['Speak to your GP if low mood, guilt or anxiety have lasted', 'losing interest in things you used to enjoy'] },
  { q: 'my sister does all the caring for our mum, how can I help from 200 miles away?', expect: 'answer', style: 'caregiver', headings: [SIBS], evidence: ['can help with money, paperwork, phone calls or paying for respite'] },
  { q: 'My 16 year old helps me look after his gran. Is there any support for him?', expect: 'answer', style: 'caregiver', headings: [ASSESS], evidence: ['Carers under 18 can ask for a young carer’s assessment instead'] },
  // yes-no
  { q: 'Is putting my dad in a care home giving up on him?', expect: 'answer', style: 'yes-no', headings: [HOME], evidence: ['Choosing a care home is not giving up', 'a change in how you care, not an end to caring'] },
  { q: 'does it cost anything?', expect: 'answer', style: 'yes-no', headings: [ASSESS], evidence: ['It is free, and you can ask for one whether or not'], before: ['what is a carer\'s assessment?'] },
  { q: 'can i refer myself for talking therapy without going through my GP?', expect: 'answer', style: 'yes-no', headings: [HELP], evidence: ['you can also refer yourself to NHS Talking Therapies'] },
  // comparison
  { q: 'how do I tell if I am just exhausted or actually depressed?', expect: 'answer', style: 'comparison', headings: [DEP], evidence: ['it is easy to put it down to tiredness', 'sleeping badly even on nights when you are not woken'] },
  { q: 'which is better, short visits or long ones?', expect: 'answer', style: 'comparison', headings: [WEEKS], evidence: ['Short, calm visits often work better at first than long ones'], before: ['Mum moved into a care home last week and she seems really confused'] },
  // two-part
  { q: 'what actually counts as respite and how long can a stay in a home be?', expect: 'answer', style: 'two-part', headings: [RESPITE], evidence: ['someone else provides care for a while so you can rest', 'a short stay of 1 to 2 weeks in a care home'] },
  { q: 'Why does the guilt never go away, and how do I stop beating myself up about it?', expect: 'answer', style: 'two-part', headings: [GUILT, REASONS], evidence: ['Guilt often comes from a sense that you should be doing more', 'what you would say to a friend in the same position'] },
  // non-native
  { q: 'My mother have dementia and I feel very angry to her. I am bad daughter?', expect: 'answer', style: 'non-native', headings: [RESENT, TITLE], evidence: ['It usually means your own needs have gone unmet for too long', 'None of these feelings makes you a bad son or daughter'] },
  { q: 'which number I can call for speak with dementia nurse?', expect: 'answer', style: 'non-native', headings: [HELP], evidence: ['The Admiral Nurse Dementia Helpline on 0800 888 6678'] },
  // long-personal
  { q: 'I have been caring for my mum for four years. My two brothers visit maybe twice a year and act like everything is fine. Every time I bring it up it turns into a row. How do I talk to them without it blowing up?', expect: 'answer', style: 'long-personal', headings: [SIBS], evidence: ['describe what you need rather than what they have failed to do', 'a family mediator or an Admiral Nurse can help'] },
  { q: 'Dad moved into a nursing home three weeks ago. He keeps begging me to take him home and I sit in the car and cry after every visit. Part of me is also relieved, which makes me feel even worse. Is this normal?', expect: 'answer', style: 'long-personal', headings: [WEEKS], evidence: ['Many carers feel a rush of guilt, emptiness or even relief', 'Your parent may ask to go home or seem more confused'] },
  { q: 'I have looked after Dad since his diagnosis in 2021. Lately I cry at nothing and cannot be bothered with anything, even on my days off. I have also started having a glass or two of wine every night to get through. Could this be depression?', expect: 'answer', style: 'long-personal', headings: [DEP], evidence: ['drinking more alcohol than usual to cope', 'things you used to enjoy, even when you do get a break'] },

  // out of scope
  { q: 'How do I apply for Carer\'s Allowance?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What are the early signs of dementia?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Which medication slows down Alzheimer\'s?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does a care home cost per week roughly', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I set up lasting power of attorney for my dad?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is sundowning and how do I handle it', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i stop my dad wandering out of the house at night', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is dementia hereditary? Will I get it too?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What should I say in my eulogy for mum?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'my dad keeps accusing the carers of stealing his wallet, what do i do', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can I take unpaid leave from work to care for my mum?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the difference between alzheimers and vascular dementia', expect: 'fallback', style: 'out-of-scope' },
];
