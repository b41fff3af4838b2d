import type { ArticleCase } from '../types.ts';

const TITLE = 'Self-Care Basics When Your Mood Is Low';
const WHAT = 'What self-care is (and what it is not)';
const BASICS = 'The small daily basics';
const SLEEP = 'Sleep';
const FOOD = 'Food and water';
const LIGHT = 'Light and fresh air';
const MOVE = 'Movement';
const ROUTINE = 'Keeping a simple routine';
const CONNECT = 'Staying connected';
const SMALL = 'Doing one small thing';
const KIND = 'Being kind to yourself';
const ALCOHOL = 'Going easy on alcohol';
const PLAN = 'A plan for bad days';
const GP = 'When self-care is not enough';
const HELP = 'Help lines and support';
const FAQ = 'Frequently asked questions';
const F_TREAT = 'Is self-care the same as treating myself?';
const F_ENERGY = 'What if I do not have the energy for any of this?';
const F_CURE = 'Can self-care cure depression?';
const F_LONG = 'How long before I notice a difference?';

/** Dev half for the Canva Websites page "Self-Care Basics When Your Mood Is Low": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'what is this page about', expect: 'answer', style: 'plain', headings: [TITLE], evidence: ['the small, ordinary ways you can look after yourself on those days'] },
  { q: 'what can i do if worries keep me awake at night', expect: 'answer', style: 'plain', headings: [SLEEP, BASICS], evidence: ['write them down and leave them for the morning'] },
  { q: 'should i get dressed even if im not going out', expect: 'answer', style: 'plain', headings: [ROUTINE], evidence: ['Get washed and dressed, even if you are staying in.'] },
  { q: 'does self-care have to cost a lot', expect: 'answer', style: 'paraphrase', headings: [WHAT], evidence: ['It is not about spending money'] },
  { q: 'my days all merge into one and i feel stuck', expect: 'answer', style: 'paraphrase', headings: [ROUTINE], evidence: ['Depression can make days blur together, and that can deepen the', 'A loose routine gives your day some shape'] },
  { q: 'is going easy on myself just making excuses', expect: 'answer', style: 'paraphrase', headings: [KIND], evidence: ['Self-compassion is not letting yourself off the hook.'] },
  { q: 'peer support', expect: 'answer', style: 'short', headings: [CONNECT], evidence: ['Online groups and peer support can help too'] },
  { q: 'what to eat', expect: 'answer', style: 'short', headings: [FOOD, BASICS], evidence: ['like toast, soup or fruit'] },
  { q: 'emergency', expect: 'answer', style: 'short', headings: [HELP], evidence: ['If you ever feel you might be in danger, call 999'] },
  { q: 'is siting by the windo any good if i cant go out', expect: 'answer', style: 'typo', headings: [LIGHT, BASICS], evidence: ['Sitting by a window counts too.'] },
  { q: 'hobbys i used to like dont feel fun anymore shud i still do them', expect: 'answer', style: 'typo', headings: [SMALL], evidence: ['mix things you have to do with things you used to'] },
  { q: 'can my gp help me stop drinkin so much', expect: 'answer', style: 'typo', headings: [ALCOHOL], evidence: ['If you find it hard to cut down, your GP can'] },
  { q: 'wots the point of tickin stuff off a list', expect: 'answer', style: 'phonetic', headings: [ROUTINE], evidence: ['Seeing a few ticks at the end of the day can'] },
  { q: 'is chillin in bed on my fone bad for sleep', expect: 'answer', style: 'phonetic', headings: [SLEEP, BASICS], evidence: ['keep your bed for sleep rather than scrolling'] },
  { q: 'bad day today 😞 like really bad... what do i actually do rn', expect: 'answer', style: 'emoji-filler', headings: [PLAN], evidence: ['the goal is only to get through it gently', 'Basics first: water, something to eat, a bit of light'] },
  { q: 'hmm 🤷 is watching tv with a mate basically socialising??', expect: 'answer', style: 'emoji-filler', headings: [CONNECT], evidence: ['sitting with a friend while you both watch television'] },
  { q: 'my son is at uni and says he has been feeling flat, how quickly should things improve if he looks after himself', expect: 'answer', style: 'caregiver', headings: [F_LONG, FAQ], evidence: ['Some people feel a small lift within days of getting outside', 'Keep going with the basics even when progress feels slow.'] },
  { q: 'my partner feels guilty about taking time for herself when she is low, how do i reassure her', expect: 'answer', style: 'caregiver', headings: [WHAT], evidence: ['Looking after yourself makes it easier to cope, and easier to'] },
  { q: 'can i just treat myself to a takeaway and call it self-care', expect: 'answer', style: 'yes-no', headings: [F_TREAT, FAQ], evidence: ['Treats can be part of it, but self-care is mostly', 'Sometimes the most caring thing is the boring thing'] },
  { q: 'will this page cure my low mood', expect: 'answer', style: 'yes-no', headings: [TITLE], evidence: ['It is not a replacement for treatment, and it will'] },
  { q: 'does housework count as exercise', expect: 'answer', style: 'yes-no', headings: [MOVE, BASICS], evidence: ['A short walk, stretching, housework or dancing to one song'] },
  { q: 'is morning light better than light later in the day', expect: 'answer', style: 'comparison', headings: [LIGHT, BASICS], evidence: ['Daylight, especially in the morning, helps your body clock'] },
  { q: 'should i start with a big workout or something tiny', expect: 'answer', style: 'comparison', headings: [MOVE, BASICS], evidence: ['Start with something so small it feels almost too easy'] },
  { q: 'what should i let go of on a bad day and who should be on my list', expect: 'answer', style: 'two-part', headings: [PLAN], evidence: ['such as chores that can wait', 'who you can contact, with their number'] },
  { q: 'which basics go first when you are low and how perfect do i need to be', expect: 'answer', style: 'two-part', headings: [BASICS], evidence: ['Low mood tends to chip away at the basics first.', 'Aim for good enough, not perfect.'] },
  { q: 'When I am low I want hide from everybody, it is normal?', expect: 'answer', style: 'non-native', headings: [CONNECT], evidence: ['it is common to want to hide away from other people'] },
  { q: 'Why I am so tired and cannot focus, can be because I not drink enough?', expect: 'answer', style: 'non-native', headings: [FOOD, BASICS], evidence: ['can make tiredness and low concentration worse'] },
  { q: "I care for my mum and I'm always putting her first. Lately I feel heavy and tearful, and I tell myself I'm a burden and pathetic for struggling. A friend said I'm too harsh on myself. Is she right?", expect: 'answer', style: 'long-personal', headings: [KIND], evidence: ['Many people who feel low are very hard on themselves.', 'These thoughts are part of how low mood works, not the'] },
  { q: "I've been feeling low for maybe three weeks now. I'm still going to work but I'm exhausted and snappy, and I keep thinking I should wait until it's really bad before bothering anyone. Is that the right thing?", expect: 'answer', style: 'long-personal', headings: [GP], evidence: ['You do not have to wait until things are really bad', 'if your low mood has lasted more than two weeks'] },
  // follow-ups
  { q: 'what if that is still too much', before: ['what is one small thing i could do today'], expect: 'answer', style: 'paraphrase', headings: [F_ENERGY, FAQ], evidence: ['Start smaller than you think you need to.', 'Drink a glass of water or sit by the window.'] },
  { q: 'and when should i write it', before: ['what is a plan for bad days'], expect: 'answer', style: 'short', headings: [PLAN], evidence: ['Write a short plan on a good day'] },
  { q: 'can i go straight to therapy without the doctor', before: ['who can i talk to when i feel low'], expect: 'answer', style: 'yes-no', headings: [HELP], evidence: ['refer yourself to NHS talking therapies in many areas without seeing'] },
  // out of scope: same domain, not covered
  { q: 'how many hours of sleep does an adult need', expect: 'fallback', style: 'out-of-scope' },
  { q: 'are there apps that track mood', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is seasonal affective disorder', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does caffeine affect depression', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i find a counsellor near me who does evenings', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is online therapy as good as face to face', expect: 'fallback', style: 'comparison', why: 'neither format is compared' },
  { q: 'can my employer make me take time off for depression', expect: 'fallback', style: 'out-of-scope' },
  // out of scope: off-domain
  { q: 'how do i change the font on my canva website', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the weather like tomorrow', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i train for a 10k', expect: 'fallback', style: 'out-of-scope' },
  { q: 'best houseplants 🌿 for a dark flat?', expect: 'fallback', style: 'emoji-filler' },
  { q: 'how to reset my router', expect: 'fallback', style: 'out-of-scope' },
];
