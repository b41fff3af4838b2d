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
const FAQ_WORK = 'Can I take time off work when my pet dies?';
const FAQ_ASHES = 'Is it weird to keep their ashes or collar?';
const HELP = 'When to get help';

/** Dev half for pet-loss (a Tumblr text post on grieving a pet): questions different from the test half. */
export const dev: ArticleCase[] = [
  // plain
  { q: 'What does grief do to your body?', expect: 'answer', style: 'plain', headings: [BODY], evidence: ['Tiredness, a tight chest, headaches', 'are all common in the early weeks'] },
  { q: 'What is prolonged grief?', expect: 'answer', style: 'plain', headings: [DEPRESSION], evidence: ['intense longing and pain stay at the same level', 'get in the way of daily life'] },
  { q: 'How do I cope with coming home to an empty house?', expect: 'answer', style: 'plain', headings: [COPING], evidence: ['even if the old walk times hurt', 'get outside once a day, and go to bed'] },
  // paraphrase
  { q: 'my chest has felt tight ever since my companion passed, should i worry', expect: 'answer', style: 'paraphrase', headings: [BODY], evidence: ["get it checked rather than assuming it's grief", 'If you have chest pain or feel unwell'] },
  { q: 'should I clear away her bowls and bed now?', expect: 'answer', style: 'paraphrase', headings: [COPING], evidence: ['Decide about their things in your own time.', 'no rule that the bowls have to go this week'] },
  { q: 'why do I feel furious with the people who treated him at the end', expect: 'answer', style: 'paraphrase', headings: [NORMAL], evidence: ['anger at the vet, at yourself, or at people'] },
  // short
  { q: 'euthanasia guilt', expect: 'answer', style: 'short', headings: [GUILT], evidence: ['Guilt is one of the most common parts of pet grief'] },
  { q: 'kids and pet death', expect: 'answer', style: 'short', headings: [CHILDREN], evidence: ["a pet's death is their first experience of death", 'Being honest, in simple words, helps far more'] },
  // typo
  { q: 'how many peple get stuck in greif for years', expect: 'answer', style: 'typo', headings: [DEPRESSION], evidence: ['roughly 7 to 10 percent of bereaved people'] },
  { q: 'cant sleep since my hamster dyed', expect: 'answer', style: 'typo', headings: [NORMAL], evidence: ['trouble sleeping, or sleeping much more than usual'] },
  { q: 'is theraphy worth it for pet greif', expect: 'answer', style: 'typo', headings: [DEPRESSION, HELP], evidence: ['Both depression and prolonged grief are treatable, and talking therapies help.', 'can talk with you about counselling or other treatment'] },
  // phonetic
  { q: 'shud i tell my kids teacher bout r dog dyin', expect: 'answer', style: 'phonetic', headings: [CHILDREN], evidence: ['Tell their teacher, as grief often shows up as tummy aches'] },
  { q: 'cud fosterin b a gud idea b4 gettin a new dog', before: ['we lost our lab in may n the house is so quiet'], expect: 'answer', style: 'phonetic', headings: [ANOTHER], evidence: ['fostering for a rescue can be a gentle middle step'] },
  { q: 'r there ppl i can tlk 2 who get it', expect: 'answer', style: 'phonetic', headings: [DISENFRANCHISED, HELP], evidence: ['friends who have lost animals, online pet loss groups', 'offer free listening lines and chats with trained volunteers'] },
  // emoji-filler
  { q: "ugh my whole family is like 'just get another one' 🙄 why does that hurt so much", expect: 'answer', style: 'emoji-filler', headings: [DISENFRANCHISED], evidence: ["or ask when you're getting a new one", 'Not being allowed to grieve openly can make the grief last longer'] },
  { q: 'lol is it dumb that i cried when i found her toy under the sofa 🥲', expect: 'answer', style: 'emoji-filler', headings: [NORMAL], evidence: ['often set off by small things like the lead by the door'] },
  { q: 'tbh its been a year and it still hurts exactly the same 😔 is that normal??', expect: 'answer', style: 'emoji-filler', headings: [DEPRESSION, HELP], evidence: ['stay at the same level for a year or more', "the guilt or pain isn't easing at all after 6 months"] },
  // caregiver
  { q: 'my 3 year old keeps asking when the cat is coming home', expect: 'answer', style: 'caregiver', headings: [AGES, SAY], evidence: ['may not understand that death is permanent', 'may ask the same questions many times'] },
  { q: "my dad's been really down since his old collie died, he's not eating or going out. how do i know if it's more than grief?", expect: 'answer', style: 'caregiver', headings: [DEPRESSION], evidence: ['not managing basic things like eating, washing or work for weeks', 'Signs grief may have turned into depression include:'] },
  { q: 'my sister just lost her cat, what can i actually do to help her', expect: 'answer', style: 'caregiver', headings: [COPING], evidence: ['just someone who will listen without trying to fix it'] },
  // yes-no
  { q: 'Do animals grieve too when a companion dies?', expect: 'answer', style: 'yes-no', headings: [COPING], evidence: ['Animals can grieve too and may be off their food', 'searching for their companion for a few weeks'] },
  { q: 'and should she come to say goodbye?', before: ['our dog is being put down on friday', 'my daughter is 8'], expect: 'answer', style: 'yes-no', headings: [CHILDREN], evidence: ['include them in saying goodbye if they want to'] },
  { q: 'Will a new puppy stop me grieving?', expect: 'answer', style: 'yes-no', headings: [ANOTHER], evidence: ["A new pet is not a replacement and won't stop the grief"] },
  // comparison
  { q: 'Which is harder for kids, losing a pet at 4 or at 10?', expect: 'answer', style: 'comparison', headings: [AGES], evidence: ['they understand it much as adults do', 'may not understand that death is permanent'] },
  { q: 'is a sudden death harder to get over than a long illness?', expect: 'answer', style: 'comparison', headings: [HOW_LONG], evidence: ['How long it lasts also depends on how sudden the death was'] },
  // two-part
  { q: 'Why do I feel so guilty and how do I make it stop?', expect: 'answer', style: 'two-part', headings: [GUILT], evidence: ['answer them the way you would answer a friend', 'A few things that help with this kind of guilt:'] },
  { q: 'what happens if grief becomes depression, and can it be treated?', before: ['my cat died in the spring'], expect: 'answer', style: 'two-part', headings: [DEPRESSION], evidence: ['In depression, the low mood is there most of the day', 'Both depression and prolonged grief are treatable, and talking therapies help.'] },
  // non-native
  { q: 'My cat die by car. Why so much pain when is only animal?', expect: 'answer', style: 'non-native', headings: [NORMAL, FAQ_RELATIVE, FAQ], evidence: ['Losing a pet is losing a family member, a routine', 'follows the closeness of the relationship and the daily bond'] },
  { q: 'I want keep fur of my dog after cremation, my friends say is strange. Is ok?', expect: 'answer', style: 'non-native', headings: [FAQ_ASHES, FAQ], evidence: ['a tuft of fur or a clay paw print is very common', 'Do whatever feels right for you.'] },
  // long-personal
  { q: "My budgie died last week. I know people think birds aren't proper pets but he sat on my shoulder every morning for 11 years. My flatmate laughed when I cried. How do I deal with people not taking it seriously?", expect: 'answer', style: 'long-personal', headings: [DISENFRANCHISED], evidence: ['It helps to find the people who do understand', "You don't need anyone's permission to grieve"] },
  { q: "My cat died in surgery six weeks ago. I've stopped going to the gym, I cancel on friends, and I spend whole weekends in bed. My mum says it's just grief. When should I actually ask for help?", expect: 'answer', style: 'long-personal', headings: [HELP], evidence: ["you're not coping with day-to-day life after 2 or 3 months", 'Your GP or doctor is a good first step'] },
  { q: "I work in an office where nobody has pets. My dog died on Sunday night and I couldn't face going in on Monday. I said I had a migraine because I was embarrassed. Can I just be honest next time?", expect: 'answer', style: 'long-personal', headings: [FAQ_WORK, FAQ, DISENFRANCHISED], evidence: ["it's fine to tell your manager you need a day off", 'Many managers will also agree to a day of annual leave'] },

  // out of scope
  { q: 'How do I know when it is time to put my dog down?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what do vets actually use to euthanise a cat', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Where can I get my dog\'s ashes made into jewellery?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what age should a child be before getting their first pet', expect: 'fallback', style: 'out-of-scope' },
  { q: 'How do I help my dog with separation anxiety?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i sue my vet if my cat died because of a mistake', expect: 'fallback', style: 'out-of-scope' },
  { q: 'What antidepressant is best for grief?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which dog breeds live the longest', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i write a eulogy for my grandad', expect: 'fallback', style: 'out-of-scope' },
  { q: 'Is it safe to adopt a cat from a shelter if I have allergies?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the Blue Cross phone number', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i get my old cat to eat when she has kidney disease', expect: 'fallback', style: 'out-of-scope' },
];
