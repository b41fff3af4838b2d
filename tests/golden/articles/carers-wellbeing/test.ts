import type { ArticleCase } from '../types.ts';

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
const F_TEST = "Is a carer's assessment a test of how well I am coping?";
const F_LONG = 'How long does a break need to be to help?';
const F_REFUSE = 'What if the person I care for does not want anyone else to help?';

/** Test half for the Blogger (Simple theme) post "Looking After Yourself When You Care for Someone": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what are the signs of carer burnout', expect: 'answer', style: 'plain', headings: [SIGNS], evidence: ['Snapping at the person you care for, or at everyone else', 'Dreading the next day before it has even started'] },
  { q: "what is a carer's assessment", expect: 'answer', style: 'plain', headings: [ASSESS], evidence: ["A carer's assessment is a conversation with your local council"] },
  { q: 'how can i find a support group for carers', expect: 'answer', style: 'plain', headings: [PEER], evidence: ['Peer support groups meet in community centres, libraries and GP surgeries', "Carers' centres and local charities usually know what is on nearby."] },
  { q: 'when should i go to the gp about how im feeling as a carer', expect: 'answer', style: 'plain', headings: [GP], evidence: ['You have felt low, anxious or hopeless for more than two weeks'] },
  { q: "sometimes i feel bitter towards my dad for needing me so much, does that mean i don't love him", expect: 'answer', style: 'paraphrase', headings: [GUILT], evidence: ['Feeling resentful does not mean you do not love the person.'] },
  { q: 'my relatives never offer to pitch in, how do i get them to', expect: 'answer', style: 'paraphrase', headings: [ASK], evidence: ['Things changed when I started asking for specific things.', 'Make a list: write down the jobs that need doing'] },
  { q: 'is having time off from looking after mum self-indulgent', expect: 'answer', style: 'paraphrase', headings: [BREAK], evidence: ['a break is not a luxury, it is what lets'] },
  { q: 'respite', expect: 'answer', style: 'short', headings: [BREAK], evidence: ['Respite can be arranged in different ways, such as a sitting service'] },
  { q: 'carer guilt', expect: 'answer', style: 'short', headings: [GUILT], evidence: ['Nobody warned me how much guilt comes with caring.'] },
  { q: 'sleep', expect: 'answer', style: 'short', headings: [HEALTH], evidence: ['keep a regular bedtime where you can'] },
  { q: 'signs of caregiver burn out? im exausted all the tme', expect: 'answer', style: 'typo', headings: [SIGNS], evidence: ['Feeling tired all the time, even after a', 'it can turn into burnout, where you feel completely drained'] },
  { q: 'do i have to be in crisis to ask for a carers assesment', expect: 'answer', style: 'typo', headings: [ASSESS, F_TEST, FAQ], evidence: ['you do not need to be at crisis point to ask'] },
  { q: 'wot if mum dusnt want no one else helpin out', expect: 'answer', style: 'phonetic', headings: [F_REFUSE, FAQ], evidence: ['Start small, with someone they already know, and explain'] },
  { q: 'is it norml to wish i wernt a carer sumtimes', expect: 'answer', style: 'phonetic', headings: [F_WISH, FAQ], evidence: ['Many carers have moments of wishing their life was different', 'it does not make you a bad person'] },
  { q: '😩😩 sooo tired of looking after nan lol, any tips on eating properly?? 🍝', expect: 'answer', style: 'emoji-filler', headings: [HEALTH], evidence: ['eat regular meals, even simple ones, rather than living on biscuits'] },
  { q: 'ugh 🙄 do i actually need to tell my doctor im a carer or whatever 🤷', expect: 'answer', style: 'emoji-filler', headings: [GP], evidence: ['Let your GP practice know you are a carer'] },
  { q: "my sister looks after her husband and she's so snappy lately and catching every cold going, is she burning out?", expect: 'answer', style: 'caregiver', headings: [SIGNS], evidence: ['Getting ill more often with colds and bugs', 'Snapping at the person you care for, or at everyone else'] },
  { q: 'my mum is the main carer for my dad, what can i as her son actually do to help her', expect: 'answer', style: 'caregiver', headings: [ASK], evidence: ['try a clear request: could you sit with Mum on Thursday afternoons'] },
  { q: 'my friend cares for her son full time and hardly goes out, would meeting other carers help her', expect: 'answer', style: 'caregiver', headings: [PEER], evidence: ['Being in a room with people who just get it', 'The single best thing I did was join a carers'] },
  { q: "can i get an assessment even if my husband doesn't get any help himself", expect: 'answer', style: 'yes-no', headings: [ASSESS], evidence: ['whether or not they get any help themselves'] },
  { q: 'is it ok to have a glass of wine every night to unwind after caring', expect: 'answer', style: 'yes-no', headings: [HEALTH], evidence: ['be careful about using a drink to unwind'] },
  { q: 'whats the difference between carer stress and burnout', expect: 'answer', style: 'comparison', headings: [SIGNS], evidence: ['Carer stress is what happens when the demands on you are bigger', 'it can turn into burnout, where you feel completely drained'] },
  { q: 'are lots of short breaks better than one long respite break', expect: 'answer', style: 'comparison', headings: [F_LONG, FAQ, BREAK], evidence: ['Short daily breaks keep you going, and a longer break now'] },
  { q: 'how long does low mood have to last before i get help, and who should i talk to', expect: 'answer', style: 'two-part', headings: [LOW, GP], evidence: ['If your low mood has lasted for two weeks or more', 'You have felt low, anxious or hopeless for more than two weeks'] },
  { q: 'what does a carers assessment look at and what can come out of it', expect: 'answer', style: 'two-part', headings: [ASSESS], evidence: ['The assessment looks at things like your health, your sleep, your work', 'It may lead to practical help, such as breaks'] },
  { q: 'I am care for my father, always I feel guilty when I go out, is this normal?', expect: 'answer', style: 'non-native', headings: [GUILT, BREAK], evidence: ['Mixed feelings are a normal part of caring', 'It is normal to feel anxious or guilty the first time'] },
  { q: 'family of my husband not help me with his mother, what I can do?', expect: 'answer', style: 'non-native', headings: [ASK], evidence: ['If family cannot or will not help, that is painful', 'look for support outside the family'] },
  { q: "I've been looking after my husband since his diagnosis two years ago. Lately I cry at anything, I can't concentrate on the bills and I've stopped caring about the garden which I used to love. Is this more than just tiredness?", expect: 'answer', style: 'long-personal', headings: [LOW], evidence: ['losing interest in everything, crying easily', 'Depression is common and treatable'] },
  { q: "My dad moved in with us last year. He's up three or four times a night and so am I. I'm running on fumes and nodding off at work, and my partner says just push through. What can I do about the nights?", expect: 'answer', style: 'long-personal', headings: [HEALTH], evidence: ['try to rest during the day', 'ask for help with that specifically, because ongoing lack of sleep'] },
  // follow-ups
  { q: 'do i have to say anything when i go', before: ['how do i find a carers group near me'], expect: 'answer', style: 'yes-no', headings: [PEER], evidence: ['You do not have to talk if you do not want to.'] },
  { q: 'is it some kind of test of whether im managing', before: ["what is a carer's assessment"], expect: 'answer', style: 'paraphrase', headings: [F_TEST, FAQ, ASSESS], evidence: ['nobody is judging whether you are doing a good job', 'It is not a test of whether you are coping'] },
  { q: 'and what if i feel bad leaving him with someone else', before: ['how can i get a break from caring for my husband'], expect: 'answer', style: 'paraphrase', headings: [BREAK], evidence: ['It is normal to feel anxious or guilty the first time', 'remind yourself that a rested carer is a better carer'] },
  // out of scope: same domain, not covered
  { q: "how much is carer's allowance and how do i claim it", expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i set up lasting power of attorney for my dad', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what are the early signs of dementia', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does a care home cost per week', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is a live-in carer cheaper than a care home', expect: 'fallback', style: 'comparison', why: 'costs are never discussed' },
  { q: 'what physio exercises help after a stroke', expect: 'fallback', style: 'out-of-scope' },
  // out of scope: off-domain
  { q: 'whats a good slow cooker stew recipe', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i reset my blogger password', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what time does the post office shut on saturdays', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i get rid of greenfly on my roses', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which budget laptop is best for bookkeeping', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you recommend a good audiobook for long nights 🎧', expect: 'fallback', style: 'emoji-filler' },
];
