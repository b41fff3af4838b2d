import type { ArticleCase } from '../types.ts';

const TITLE = 'Looking After Yourself When You Care for Someone';
const SIGNS = 'Signs of carer stress and burnout';
const GUILT = 'Guilt, resentment and other mixed feelings';
const LOW = 'When low mood sets in';
const BREAK = 'Taking a break';
const ASK = 'Asking family and friends for help';
const ASSESS = "Getting a carer's assessment";
const PEER = 'Finding other carers';
const HEALTH = 'Sleep, food and your own health';
const GP = 'When to see your GP';
const FAQ = 'Frequently asked questions';
const F_WISH = 'Is it normal to sometimes wish I was not a carer?';
const F_LONG = 'How long does a break need to be to help?';
const F_REFUSE = 'What if the person I care for does not want anyone else to help?';

/** Dev half for the Blogger (Simple theme) post "Looking After Yourself When You Care for Someone": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'how do i get ready for a carers assessment', expect: 'answer', style: 'plain', headings: [ASSESS], evidence: ['I kept a rough diary for a week of what I did', 'It made it much easier to explain everything on the day.'] },
  { q: 'where can i find out about respite services near me', expect: 'answer', style: 'plain', headings: [BREAK], evidence: ["Your local council or a carers' organisation can tell you what"] },
  { q: 'what can my gp do for me as a carer', expect: 'answer', style: 'plain', headings: [GP], evidence: ['offer talking therapies or other treatment, and point you to local support'] },
  { q: 'i never called myself a carer, i just help my mum, does it matter', expect: 'answer', style: 'paraphrase', headings: [TITLE], evidence: ['if you do not see yourself as a carer you are'] },
  { q: 'how do i stop being angry at my wife when really its her illness', expect: 'answer', style: 'paraphrase', headings: [GUILT], evidence: ['It also helped to separate the person from the illness.'] },
  { q: 'i feel like a robot just getting through each day', expect: 'answer', style: 'paraphrase', headings: [SIGNS], evidence: ['Feeling numb or detached, as if you are going through the motions'] },
  { q: 'online groups', expect: 'answer', style: 'short', headings: [PEER], evidence: ['libraries and GP surgeries, and many now meet online'] },
  { q: 'family meeting', expect: 'answer', style: 'short', headings: [ASK], evidence: ['Have a family meeting: talk about how things are going'] },
  { q: 'exercise?', expect: 'answer', style: 'short', headings: [HEALTH], evidence: ['a short walk outside most days helps both mood and sleep'] },
  { q: 'is there groups spesifically for dementia carers', expect: 'answer', style: 'typo', headings: [PEER], evidence: ['some are for people caring for someone with a particular condition'] },
  { q: 'i keep misssing my own docter appointments becuase of dads ones', expect: 'answer', style: 'typo', headings: [HEALTH], evidence: ['keep your own check-ups and tell the surgery you are a carer'] },
  { q: 'cant consentrate or make decisons anymore since i started caring', expect: 'answer', style: 'typo', headings: [LOW], evidence: ['finding it hard to concentrate or make decisions'] },
  { q: 'wot if me bruvver is rubbish at helpin with mum', expect: 'answer', style: 'phonetic', headings: [ASK], evidence: ["Use everyone's strengths: my brother is hopeless at personal care", 'it does not have to be done your way to be useful'] },
  { q: 'do u fink its bad that i wish me life was diffrent', expect: 'answer', style: 'phonetic', headings: [F_WISH, FAQ], evidence: ['It usually means you are tired and need more support.'] },
  { q: 'lol only got like 20 mins a day to myself 😂 is that even worth it??', expect: 'answer', style: 'emoji-filler', headings: [F_LONG, FAQ, BREAK], evidence: ['Short daily breaks keep you going, and a longer break', 'a break is not a luxury, it is what lets'] },
  { q: 'hiya 👋 what kind of short breaks do u mean exactly? ☕', expect: 'answer', style: 'emoji-filler', headings: [BREAK], evidence: ['twenty minutes with a cup of tea in the garden'] },
  { q: "my neighbour looks after her mum and has given up her choir and her book club, should i be worried about her", expect: 'answer', style: 'caregiver', headings: [SIGNS], evidence: ['Dropping the things you used to enjoy because there is no time'] },
  { q: 'my uncle won\'t let anyone but my aunt look after him and she is exhausted, what can she do', expect: 'answer', style: 'caregiver', headings: [F_REFUSE, FAQ], evidence: ['explain that the help is so you can keep caring for them', 'Start small, with someone they already know'] },
  { q: 'my dad cares for my mum and has started drinking more, when should he see the doctor', expect: 'answer', style: 'caregiver', headings: [GP], evidence: ['You are drinking more than usual to cope'] },
  { q: 'do some gp surgeries do health checks for carers', expect: 'answer', style: 'yes-no', headings: [GP], evidence: ['Some surgeries offer flexible appointments or health checks for carers.'] },
  { q: 'are carers more likely to get depressed', expect: 'answer', style: 'yes-no', headings: [LOW], evidence: ['Carers are more likely than other people to become depressed'] },
  { q: 'is a day centre the same as a sitting service', expect: 'answer', style: 'comparison', headings: [BREAK], evidence: ['a sitting service at home, a day centre, or a short stay'] },
  { q: 'is low mood just the same as having a bad day', expect: 'answer', style: 'comparison', headings: [LOW], evidence: ['Low mood is more than a bad day.'] },
  { q: 'who can i vent to about my mixed feelings and will it actually help', expect: 'answer', style: 'two-part', headings: [GUILT], evidence: ['saying them out loud to someone safe, like a friend', 'Trying to push them down usually makes them louder.'] },
  { q: 'what jobs could i ask my kids to do and how do i ask', expect: 'answer', style: 'two-part', headings: [ASK], evidence: ['pick up her prescription each month', 'Things changed when I started asking for specific things.'] },
  { q: 'for a carer is it possible talk with someone at night time when I feel very overwhelmed?', expect: 'answer', style: 'non-native', headings: [GP], evidence: ['you can call Samaritans free on 116 123, day or night'] },
  { q: 'I go to carer group first time, I am shy, I must talk?', expect: 'answer', style: 'non-native', headings: [PEER], evidence: ['The first time I went, I just listened and drank the tea.'] },
  { q: "I've cared for my son for nine years. I used to cope fine but this winter I've had one cold after another, I'm short with everyone and I wake up already dreading the day. I keep thinking I'm just not trying hard enough. Am I failing?", expect: 'answer', style: 'long-personal', headings: [SIGNS], evidence: ['None of these mean you are failing.', 'the load has become too heavy for one person to carry alone'] },
  { q: "My husband has Parkinson's and I do everything. My daughter offered to have him for a weekend so I can go to my friend's wedding but I'm terrified something will go wrong while I'm away. How do I make it feel less scary?", expect: 'answer', style: 'long-personal', headings: [BREAK], evidence: ['Try to plan it ahead, leave clear notes'] },
  // follow-ups
  { q: 'and who carries it out?', before: ["what is a carer's assessment"], expect: 'answer', style: 'short', headings: [ASSESS], evidence: ['a conversation with your local council (or someone working for them)'] },
  { q: 'is that about my needs or his?', before: ['can i get a carers assessment for looking after my husband'], expect: 'answer', style: 'comparison', headings: [ASSESS], evidence: ['It is about your needs, not the needs of the person'] },
  { q: 'and if it goes on for weeks?', before: ['i have been feeling really flat since i started caring'], expect: 'answer', style: 'paraphrase', headings: [LOW, GP], evidence: ['If your low mood has lasted for two weeks or more', 'it is worth talking to someone about it'] },
  // out of scope: same domain, not covered
  { q: 'can i get a blue badge for parking when i take my mum out', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i arrange a stairlift for my dad', expect: 'fallback', style: 'out-of-scope' },
  { q: 'am i entitled to flexible working as a carer', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i deal with my mum forgetting to take her tablets', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is continuing healthcare funding', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is mindfulness better than yoga for carer stress', expect: 'fallback', style: 'comparison', why: 'neither is mentioned' },
  // out of scope: off-domain
  { q: 'how do i add a followers widget to my blog', expect: 'fallback', style: 'out-of-scope' },
  { q: 'when should i prune apple trees', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats the best way to descale a kettle', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i file a self assessment tax return', expect: 'fallback', style: 'out-of-scope' },
  { q: 'any good day trips near the coast for a wheelchair user', expect: 'fallback', style: 'out-of-scope' },
  { q: 'wot time is the football on tonite', expect: 'fallback', style: 'phonetic' },
];
