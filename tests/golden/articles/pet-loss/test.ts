import type { ArticleCase } from '../types.ts';

const NORMAL = 'What grief after losing a pet can look like';
const BODY = 'Grief in your body';
const HOW_LONG = 'How long does it last?';
const GUILT = 'Guilt after euthanasia';
const CHILDREN = 'Children and the death of a pet';
const SAY = 'What to say';
const AGES = 'What to expect at different ages';
const DISENFRANCHISED = "When people don't get it: disenfranchised grief";
const COPING = 'Coping steps that actually help';
const DEPRESSION = 'When grief turns into depression';
const ANOTHER = 'Should I get another pet?';
const FAQ = 'FAQ';
const FAQ_RELATIVE = 'Is it normal to grieve more for my pet than for a relative?';
const FAQ_ROOM = 'Should I have stayed in the room during euthanasia?';
const FAQ_WORK = 'Can I take time off work when my pet dies?';
const FAQ_ASHES = 'Is it weird to keep their ashes or collar?';
const HELP = 'When to get help';

/** Test half for pet-loss (a Tumblr text post on grieving a pet): blind, never tuned on. */
export const test: ArticleCase[] = [
  // plain
  { q: 'How long does grief last after a pet dies?', expect: 'answer', style: 'plain', headings: [HOW_LONG], evidence: ['the rawest pain eases over the first 1 to 3 months', 'most feel noticeably steadier somewhere between 6 months and a year'] },
  { q: 'What is disenfranchised grief?', expect: 'answer', style: 'plain', headings: [DISENFRANCHISED], evidence: ["grief that other people don't recognise as real or important"] },
  { q: 'What are common reactions after losing a pet?', expect: 'answer', style: 'plain', headings: [NORMAL], evidence: ['Common reactions in the first few weeks include:', 'crying that comes in waves, often set off by small things'] },
  // paraphrase
  { q: 'Why does it feel so much worse when my boss and friends act like losing an animal is nothing?', expect: 'answer', style: 'paraphrase', headings: [DISENFRANCHISED], evidence: ['Not being allowed to grieve openly can make the grief last longer', 'People may expect you back at work the next day'] },
  { q: 'I keep thinking I ended her life while she still had some happy days left', expect: 'answer', style: 'paraphrase', headings: [GUILT], evidence: ['That is a decision made out of love', 'with the information you had at the time, not with hindsight'] },
  { q: 'can sorrow make your stomach and head hurt', expect: 'answer', style: 'paraphrase', headings: [BODY], evidence: ['a heavy feeling in your stomach are all common', 'Tiredness, a tight chest, headaches and a heavy feeling'] },
  // short
  { q: 'new pet too soon?', expect: 'answer', style: 'short', headings: [ANOTHER], evidence: ['think about a new pet as its own animal, not a stand-in', "There's no right answer, only what's right for you."] },
  { q: 'keeping ashes', expect: 'answer', style: 'short', headings: [FAQ_ASHES, FAQ], evidence: ['Keeping ashes, a collar, a tuft of fur', 'a clay paw print is very common'] },
  // typo
  { q: 'how do i no if its depresion or just greif', expect: 'answer', style: 'typo', headings: [DEPRESSION], evidence: ['In grief, the pain comes in waves linked to the loss', 'In depression, the low mood is there most of the day'] },
  { q: 'shoud i of stayed in the room when the vet put him down', expect: 'answer', style: 'typo', headings: [FAQ_ROOM, FAQ], evidence: ['Pets are not left alone or frightened', 'vets and nurses take care to comfort them either way'] },
  { q: 'can i get time of work for my cat dying', expect: 'answer', style: 'typo', headings: [FAQ_WORK, FAQ, DISENFRANCHISED], evidence: ['some employers now offer a day or two of pet bereavement leave', "it's fine to tell your manager you need a day off"] },
  // phonetic
  { q: 'wot shud i do 2 cope wiv losing my dog', expect: 'answer', style: 'phonetic', headings: [COPING], evidence: ['Let yourself cry and talk about them.', 'Eat something, get outside once a day'] },
  { q: 'is it ok 2 get a new 1 rite away or is dat bad', before: ['my dog died last month'], expect: 'answer', style: 'phonetic', headings: [ANOTHER], evidence: ['Some people feel ready within weeks', "it doesn't mean you are forgetting the one you lost either"] },
  { q: 'y do i still cry 2 yrs l8r', expect: 'answer', style: 'phonetic', headings: [HOW_LONG], evidence: ["A wave of grief 2 years later doesn't mean you've gone backwards", 'it usually means something touched a memory'] },
  // emoji-filler
  { q: 'ngl i keep replaying her last day over n over 😩 is that normal', expect: 'answer', style: 'emoji-filler', headings: [NORMAL, GUILT], evidence: ['guilt, and going over the last days again and again', 'Guilt is one of the most common parts of pet grief'] },
  { q: 'lol ok and is wine every nite bad 🍷😅', before: ['how do i cope after losing my dog'], expect: 'answer', style: 'emoji-filler', headings: [COPING, HELP], evidence: ['It numbs things for an evening', 'tends to make sleep and mood worse', "you're drinking more to get through the day"] },
  { q: "😭😭 idk why i'm crying over a hamster more than i did for my grandad tbh", expect: 'answer', style: 'emoji-filler', headings: [FAQ_RELATIVE, FAQ], evidence: ['The strength of grief follows the closeness of the relationship', "it's very common and nothing to be ashamed of"] },
  // caregiver
  { q: 'How do I tell my 6 year old that our dog died?', expect: 'answer', style: 'caregiver', headings: [CHILDREN, SAY, AGES], evidence: ['Being honest, in simple words, helps far more than protecting them', 'may worry that they caused it, or that you might die too'] },
  { q: 'my mum had to have her cat put down and now she keeps saying she murdered him, how can i help her', expect: 'answer', style: 'caregiver', headings: [GUILT], evidence: ['you chose how that ending would go', 'Ask your vet to go over the decision with you.'] },
  { q: "my teenage son lost his dog and says he's fine but i'm not sure", expect: 'answer', style: 'caregiver', headings: [AGES], evidence: ['may hide their feelings to look grown-up or to protect you'] },
  // yes-no
  { q: 'so is it ok to just say he was put to sleep?', before: ['How do I explain death to a 3 year old?'], expect: 'answer', style: 'yes-no', headings: [SAY], evidence: ['who may become scared of going to sleep', 'Use the real words "died" and "dead".'] },
  { q: 'Can pet grief turn into depression?', expect: 'answer', style: 'yes-no', headings: [DEPRESSION], evidence: ['Signs grief may have turned into depression include:', 'feeling low or empty most of the day for more than'] },
  { q: 'Is it normal to grieve for a pet as much as for a person?', expect: 'answer', style: 'yes-no', headings: [NORMAL, FAQ_RELATIVE, FAQ], evidence: ['as strong as grief for a person, and sometimes stronger', 'The strength of grief follows the closeness of the relationship'] },
  // comparison
  { q: "Is it better to be with my dog when he's euthanised or wait outside?", expect: 'answer', style: 'comparison', headings: [FAQ_ROOM, FAQ], evidence: ["Some people find it comforting to be there, others can't bear it"] },
  { q: 'is it worse to have them put down too early or too late', expect: 'answer', style: 'comparison', headings: [GUILT], evidence: ['better a week too early than a day too late'] },
  // two-part
  { q: 'How long does pet grief usually last, and why does it hit again on anniversaries?', expect: 'answer', style: 'two-part', headings: [HOW_LONG], evidence: ['Expect harder days around anniversaries', 'it usually means something touched a memory', 'most feel noticeably steadier somewhere between 6 months and a year'] },
  { q: 'When should I get help for pet grief, and who can I talk to?', expect: 'answer', style: 'two-part', headings: [HELP], evidence: ['offer free listening lines and chats with trained volunteers', "you're not coping with day-to-day life after 2 or 3 months"] },
  // non-native
  { q: 'My dog is die last week. I see him in corner of my eye, I am crazy?', expect: 'answer', style: 'non-native', headings: [NORMAL], evidence: ["not a sign that you're losing your grip", 'Your brain spent years expecting them to be there'] },
  { q: 'Please, what is the signs that I need help for sadness after my cat death?', expect: 'answer', style: 'non-native', headings: [HELP, DEPRESSION], evidence: ["the guilt or pain isn't easing at all after 6 months", "you're not coping with day-to-day life after 2 or 3 months"] },
  // long-personal
  { q: "We lost our 15 year old spaniel in January. My husband seemed fine after a couple of weeks but I still can't walk past the park. Everyone at work thinks I should be over it by now. Is something wrong with me for still feeling like this?", expect: 'answer', style: 'long-personal', headings: [HOW_LONG, DISENFRANCHISED], evidence: ['who tells you to be over it in a week is wrong', "losing half your life's routine"] },
  { q: "I had my rabbit for 9 years. She died 4 months ago and I honestly don't care about anything anymore, not even drawing, which I used to love. I barely eat and I've stopped going to class. Is this still grief?", expect: 'answer', style: 'long-personal', headings: [DEPRESSION, HELP], evidence: ['losing interest in almost everything', 'not managing basic things like eating, washing or work for weeks'] },
  { q: "My old cat died three weeks ago. My kids are asking if we can get a puppy for Christmas and part of me wants one to fill the gap. But I feel like I'd be betraying her. What should we do?", expect: 'answer', style: 'long-personal', headings: [ANOTHER], evidence: ["don't rush into it just to stop them being sad", "it doesn't mean you are forgetting the one you lost either"] },

  // out of scope
  { q: 'How much does pet cremation cost?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is it legal to bury my dog in the back garden', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What are the signs my old dog is dying?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does pet insurance pay for euthanasia', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can you recommend a picture book about a pet dying for my 5 year old?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i make a clay paw print at home', expect: 'fallback', style: 'out-of-scope' },
  { q: 'do dogs go to heaven', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Can a vet come to the house to put my cat to sleep?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'my cat just died at home, what do i do with her body tonight?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long do indoor cats usually live', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How many days of compassionate leave do I get when my grandmother dies?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'my dog ate chocolate, what should i do', expect: 'fallback', style: 'out-of-scope' },
];
