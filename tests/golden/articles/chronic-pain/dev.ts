import type { ArticleCase } from '../types.ts';

const WHAT = 'What is chronic pain?';
const CYCLE = 'HOW PAIN AND LOW MOOD AFFECT EACH OTHER';
const SIGNS = 'Signs of depression when you live with pain';
const SLEEP = 'Sleep and pain';
const PACING = 'PACING YOUR ACTIVITY';
const ANX = 'Pain and anxiety';
const TALK = 'Talking Treatments';
const MEDS = 'MEDICINES';
const PMP = 'Pain Management Programmes';
const GP = 'Talking to your doctor';
const FAMILY = 'Support for family and friends';
const FAQ = 'FREQUENTLY ASKED QUESTIONS';
const F_REAL = 'Does having depression mean my pain is not real?';
const F_GONE = 'Will treating my depression get rid of my pain?';
const BOX = 'Did you know?';

/** Dev half for the pdftotext charity leaflet "Chronic Pain and Depression" (Painwise): free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'what conditions can cause long term pain', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['come from a condition such as arthritis, a back problem, migraine or'] },
  { q: 'how long should I have the signs before seeing my GP', expect: 'answer', style: 'plain', headings: [SIGNS], evidence: ['several of these signs for two weeks or more', 'worth talking to your GP.'] },
  { q: 'how does bad sleep affect pain', expect: 'answer', style: 'plain', headings: [SLEEP], evidence: ['lowers the amount of pain you can tolerate the next day.', 'also makes low mood worse.'] },
  { q: 'should I tell the GP how the pain affects my work', expect: 'answer', style: 'plain', headings: [GP], evidence: ['note how pain affects your sleep, work and daily life'] },
  { q: 'since I had to give up my job I feel like I dont know who I am anymore', expect: 'answer', style: 'paraphrase', headings: [CYCLE], evidence: ['and losing these things can leave you feeling low, cut off', 'and unsure of who you are.'] },
  { q: 'is there any point treating the low mood if the pain stays', expect: 'answer', style: 'paraphrase', headings: [CYCLE, F_GONE, FAQ], evidence: ['Treating depression often makes pain easier to live with, even when', 'the cycle can be broken at more than one point.'] },
  { q: 'pain diary', expect: 'answer', style: 'short', headings: [PACING], evidence: ['Keeping a simple diary of what you did and how'] },
  { q: 'acceptance therapy', expect: 'answer', style: 'short', headings: [TALK], evidence: ['Acceptance-based approaches help you make room for pain rather than', 'the things that matter to you, even while pain is there.'] },
  { q: 'big jobs', expect: 'answer', style: 'short', headings: [PACING], evidence: ['Break bigger jobs into smaller parts and take planned rests between'] },
  { q: 'do antidepresants help with pain aswell', expect: 'answer', style: 'typo', headings: [MEDS], evidence: ['used for depression can also help with certain kinds of pain.'] },
  { q: 'are there therapists who specalise in pain', expect: 'answer', style: 'typo', headings: [TALK], evidence: ['Some therapists have special experience of working with people in pain.'] },
  { q: 'i dont enjoy anythng anymore even on the beter days', expect: 'answer', style: 'typo', headings: [SIGNS], evidence: ['losing interest in things you used to enjoy, even on better days'] },
  { q: 'does me pain wakin me up every nite matter', expect: 'answer', style: 'phonetic', headings: [SLEEP], evidence: ['Tell your doctor if pain regularly wakes you at night'] },
  { q: 'me nerves make me all tense n it hurts more, wot can i do', expect: 'answer', style: 'phonetic', headings: [ANX], evidence: ['Relaxation, slow breathing and gentle movement can help to'] },
  { q: '😔 everyone thinks im exaggerating... am i just weak?? 💭', expect: 'answer', style: 'emoji-filler', headings: [BOX], evidence: ['You are not weak or', 'of the same pathways in'] },
  { q: 'lol ok so 🙃 if im depressed does that mean the pain is fake??', expect: 'answer', style: 'emoji-filler', headings: [F_REAL, FAQ], evidence: ['Your pain is real. Depression does not cause pain to be imagined,', 'it can make pain harder to cope with and feel more intense.'] },
  { q: 'my son has had migraines for years and hardly sees his mates now, should I worry', expect: 'answer', style: 'caregiver', headings: [SIGNS], evidence: ['pulling away from friends and family'] },
  { q: 'my partner is in pain and I feel so helpless, is that normal', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['Watching someone you love live with pain and low mood', 'You might feel helpless, frustrated or worried.'] },
  { q: 'how can I encourage my dad when he manages a bit more each week', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['Notice and praise small steps forward.'] },
  { q: 'can anxiety be treated at the same time as depression', expect: 'answer', style: 'yes-no', headings: [ANX], evidence: ['anxiety can be treated alongside depression.'] },
  { q: 'do pain management courses happen in groups', expect: 'answer', style: 'yes-no', headings: [PMP], evidence: ['A pain management programme is a course, usually run in a group'] },
  { q: 'is it normal for my pain to be different every day', expect: 'answer', style: 'yes-no', headings: [WHAT], evidence: ['can change from day to day. Some days are manageable'] },
  { q: 'are tablets enough on their own or do I need other things too', expect: 'answer', style: 'comparison', headings: [MEDS], evidence: ['they are usually most helpful alongside other approaches.'] },
  { q: 'how is depression different from the tiredness pain gives you', expect: 'answer', style: 'comparison', headings: [SIGNS], evidence: ['cause both can cause tiredness, poor sleep and changes in appetite.', 'feeling irritable or tearful much more than usual'] },
  { q: 'why do I avoid moving and what does that do to my muscles', expect: 'answer', style: 'two-part', headings: [ANX], evidence: ['This fear can make you avoid activity, which makes', 'muscles weaker and pain worse.'] },
  { q: 'how fast should I build up activity and should I only do chores', expect: 'answer', style: 'two-part', headings: [PACING], evidence: ['Increase your activity slowly, by small steps, over weeks rather than', 'Plan something you enjoy into each day, not just chores.'] },
  { q: 'in group programme I will meet other people with pain? this help?', expect: 'answer', style: 'non-native', headings: [PMP], evidence: ['understand what you are going through can be a big help'] },
  { q: 'many medicine I am taking, who can check them for me?', expect: 'answer', style: 'non-native', headings: [MEDS], evidence: ['doctor may review your medicines with you.'] },
  { q: "I've had neck pain since a car accident two years ago and lately I just feel empty and hopeless most days, I keep telling myself it's just the pain talking. Could it actually be depression?", expect: 'answer', style: 'long-personal', headings: [SIGNS], evidence: ['feeling sad, empty or hopeless most of the day, nearly every day', 'Depression is treatable, and getting help'] },
  // follow-ups
  { q: 'what else does it cover?', before: ['what is a pain management programme'], expect: 'answer', style: 'short', headings: [PMP], evidence: ['Programmes cover pacing, exercise, sleep, managing flare-ups, coping'] },
  { q: 'and does struggling to focus count too?', before: ['what are the signs of depression with pain'], expect: 'answer', style: 'paraphrase', headings: [SIGNS], evidence: ['it hard to concentrate or make decisions'] },
  { q: 'can I take someone in with me?', before: ['how do I tell my GP I feel low'], expect: 'answer', style: 'paraphrase', headings: [GP], evidence: ['bring someone with you if you would like support'] },
  // out of scope
  { q: 'is yoga or pilates better for chronic back pain', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can chronic pain be passed down in families', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does the weather make joint pain worse', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is complex regional pain syndrome', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do I apply for a blue badge', expect: 'fallback', style: 'out-of-scope' },
  { q: 'are heat packs or ice better for a flare-up', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I drive while taking pain medication', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the painwise helpline number', expect: 'fallback', style: 'out-of-scope' },
  { q: 'do mindfulness apps work for pain', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I volunteer for painwise', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much sleep do adults need', expect: 'fallback', style: 'out-of-scope' },
  { q: 'will hypnotherapy help?', before: ['what talking treatments help with pain'], expect: 'fallback', style: 'out-of-scope' },
];
