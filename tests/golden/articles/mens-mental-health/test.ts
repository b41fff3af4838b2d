import type { ArticleCase } from '../types.ts';

const WHY = "Why men's mental health matters";
const LOOK = 'How depression can look different in men';
const ASK = "Why men often don't ask for help";
const MATE = 'How to start a conversation with a mate';
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

/** Test half for the WordPress classic-editor post "Men's Mental Health: Why Talking Matters": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what are the signs of depression in men', expect: 'answer', style: 'plain', headings: [LOOK], evidence: ['Being irritable, short-tempered or angry over small things', 'Pulling away from friends, family and things you used to enjoy'] },
  { q: 'why do men not ask for help with mental health', expect: 'answer', style: 'plain', headings: [ASK], evidence: ['Many of us grew up hearing that men should be strong', 'Asking for help can feel like admitting failure.'] },
  { q: 'how common are mental health problems in men', expect: 'answer', style: 'plain', headings: [WHY], evidence: ['Around one in eight men in the UK has a common mental'] },
  { q: 'what does a mens shed do', expect: 'answer', style: 'plain', headings: [PEER], evidence: ["Men's sheds, for example, are community spaces where men meet up"] },
  { q: 'can my boss find out if i go to counselling', expect: 'answer', style: 'plain', headings: [F_EMPLOYER, FAQ], evidence: ['Seeing your GP or a therapist is confidential.', 'Your employer will only know if you choose to tell them'] },
  { q: 'my temper has got really short lately, could that be a mood thing rather than just stress', expect: 'answer', style: 'paraphrase', headings: [LOOK], evidence: ['Being irritable, short-tempered or angry over small things'] },
  { q: 'is therapy just going on about your childhood on a sofa', expect: 'answer', style: 'paraphrase', headings: [THERAPY], evidence: ['In practice it is usually practical and focused on the here'] },
  { q: 'what should i do if my friend clams up when i ask', expect: 'answer', style: 'paraphrase', headings: [MATE], evidence: ["If he doesn't want to talk straight away, that's okay.", 'Let him know the door is open.'] },
  { q: 'debt', expect: 'answer', style: 'short', headings: [WORK], evidence: ['free debt advice services can help you make a plan'] },
  { q: 'exercise?', expect: 'answer', style: 'short', headings: [ACTIVE], evidence: ['Regular exercise is one of the best things you can do', 'Aim to do something active most days, even if it'] },
  { q: 'new dads', expect: 'answer', style: 'short', headings: [DAD], evidence: ['around one in ten new dads experiences depression'] },
  { q: 'can depresion cause headachs and back pain', expect: 'answer', style: 'typo', headings: [LOOK], evidence: ['Headaches, back pain, stomach problems, tiredness and poor sleep are common'] },
  { q: 'do i need a gp referal for talking therapys', expect: 'answer', style: 'typo', headings: [THERAPY], evidence: ['you can refer yourself to NHS Talking Therapies without seeing'] },
  { q: 'wot shud i say to me mate if i fink hes strugglin', expect: 'answer', style: 'phonetic', headings: [MATE], evidence: ['Ask how he\'s doing, then ask again: "No, really, how are you?"', "Tell him what you've noticed without judging"] },
  { q: 'i dont wanna go on tabletz is ther uvver stuff', expect: 'answer', style: 'phonetic', headings: [F_MEDS, FAQ], evidence: ['Many people get better with talking therapy, exercise and lifestyle changes alone.'] },
  { q: 'ok so 🍺🍺 been having a few more beers than usual to switch off lol... is that a depression thing?? 🤷', expect: 'answer', style: 'emoji-filler', headings: [LOOK], evidence: ['Drinking more than usual, or using alcohol to switch off'] },
  { q: 'um hi 👋 what even happens at the GP for this stuff', expect: 'answer', style: 'emoji-filler', headings: [GP], evidence: ['check for any physical causes and explain the options'] },
  { q: 'my husband works 70 hours a week and barely speaks to us, is it just stress or something more', expect: 'answer', style: 'caregiver', headings: [LOOK], evidence: ['Working longer and longer hours, or throwing yourself into the gym'] },
  { q: 'my dad lost his job last year and hasnt been the same, how can work stuff affect mental health', expect: 'answer', style: 'caregiver', headings: [WORK], evidence: ['Losing a job, long hours, a difficult boss or worry'] },
  { q: 'is it weak to ask for help', expect: 'answer', style: 'yes-no', headings: [WHY, ASK], evidence: ['Talking is not a sign of weakness.', 'Needing support is part of being human, not a weakness'] },
  { q: 'do i have to talk about my feelings if i go to a mens group', expect: 'answer', style: 'yes-no', headings: [PEER], evidence: ["You don't have to talk about your feelings to go along."] },
  { q: 'is it normal for a bloke to feel this way', expect: 'answer', style: 'yes-no', headings: [F_NORMAL, FAQ], evidence: ['Depression and anxiety are common in men, and feeling low'] },
  { q: 'how can i tell whether i am stressed or actually depressed', expect: 'answer', style: 'comparison', headings: [F_STRESS, FAQ], evidence: ['Stress usually eases when the pressure goes away.', 'most days for two weeks or more'] },
  { q: 'is it better to talk face to face or side by side with a friend', expect: 'answer', style: 'comparison', headings: [MATE], evidence: ['side by side rather than face to face, like on a walk'] },
  { q: 'what can my workplace offer me and what am i entitled to ask for', expect: 'answer', style: 'two-part', headings: [WORK], evidence: ['check whether your employer has an employee assistance programme', 'You are also entitled to ask for reasonable changes'] },
  { q: 'how do i find a peer support group and what are they like', expect: 'answer', style: 'two-part', headings: [PEER], evidence: ['Ask your GP, local library or council what groups run near you.', 'Peer support groups bring men together to talk, listen'] },
  { q: 'I am not see my kids much after divorce and I feel very down, is this common for father?', expect: 'answer', style: 'non-native', headings: [DAD], evidence: ['Dads of older children can struggle too, especially after a separation'] },
  { q: 'what I must prepare before I go to doctor for my mood?', expect: 'answer', style: 'non-native', headings: [GP], evidence: ['write down a few notes before the appointment'] },
  { q: "I'm 38, I've got a decent job and a family and on paper everything is fine. But for months I've felt kind of flat and empty, not sad exactly, I just don't care about anything. I keep telling myself others have it worse. Is it still worth doing something about it?", expect: 'answer', style: 'long-personal', headings: [LOOK, ASK], evidence: ['Feeling numb, flat or "empty" rather than sad', 'Thinking that other people have it worse'] },
  // follow-ups
  { q: 'and what about booze?', before: ['how can routine help my mood'], expect: 'answer', style: 'short', headings: [ROUTINE], evidence: ['drinking makes low mood and poor sleep worse in the long run'] },
  { q: 'what should i do after we have talked', before: ['how do i bring it up with a mate who seems down'], expect: 'answer', style: 'paraphrase', headings: [MATE], evidence: ['Stay in touch afterwards with a text or a call', 'offer to help him book the appointment'] },
  { q: 'does it have to be the gym', before: ['does exercise help depression'], expect: 'answer', style: 'yes-no', headings: [ACTIVE], evidence: ["It doesn't need to be the gym."] },
  // out of scope: same domain, not covered
  { q: 'how much does a private therapist cost per session', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the best antidepressant for men', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does low testosterone cause depression', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i get help with a gambling addiction', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is EMDR good for men', expect: 'fallback', style: 'comparison', why: 'EMDR is never mentioned' },
  { q: 'can i get statutory sick pay for stress', expect: 'fallback', style: 'out-of-scope' },
  // out of scope: off-domain
  { q: 'what time does the pub quiz start', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i build a garden shed', expect: 'fallback', style: 'out-of-scope' },
  { q: 'who won the football last night', expect: 'fallback', style: 'out-of-scope' },
  { q: 'recomend a good protein powder for the gym', expect: 'fallback', style: 'typo' },
  { q: 'how do i reset my wordpress password', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can you book me a table for saturday', expect: 'fallback', style: 'out-of-scope' },
];
