import type { ArticleCase } from '../types.ts';

const TITLE = 'Online Therapy: What to Expect';
const WHAT = 'What is online therapy?';
const VIDEO = 'Video sessions';
const PHONE = 'Phone sessions';
const TEXT = 'Text-based therapy';
const SUITS = 'Who online therapy can suit';
const FIRST = 'What happens in your first session';
const PRIVACY = 'Privacy and finding a quiet space';
const TECH = 'The technology you need';
const COMPARE = 'Video, phone or text: how they compare';
const WORKING = 'How to tell if it is working';
const F2F = 'When face-to-face may be better';
const COSTS = 'What it costs';
const SAFETY = 'Safety and crisis plans';
const FAQ = 'Frequently asked questions';
const F_GOOD = 'Is online therapy as good as seeing someone in person?';
const F_CAMERA = 'Do I have to turn my camera on?';
const F_RECORD = 'Can my therapist record our sessions?';
const F_DROP = 'What if I get upset and the call ends?';

/** Test half for the Help Scout Docs page "Online Therapy: What to Expect": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what is online therapy', expect: 'answer', style: 'plain', headings: [WHAT, TITLE], evidence: ['Online therapy is the same kind of talking therapy', 'a trained therapist or counsellor without being in the same room'] },
  { q: 'what equipment do i need for a video session', expect: 'answer', style: 'plain', headings: [TECH], evidence: ['A smartphone, tablet, laptop or computer with a camera and microphone', 'A steady internet connection, or a phone signal for phone sessions'] },
  { q: 'what will happen at my first appointment', expect: 'answer', style: 'plain', headings: [FIRST], evidence: ['The first session is mostly about getting to know each other.', 'Ask what has been going on for you recently'] },
  { q: 'how long does a video session usually last', expect: 'answer', style: 'plain', headings: [VIDEO], evidence: ['Most video sessions last about 50 minutes and happen once a week'] },
  { q: 'my flat is tiny and i live with three housemates, how do i get privacy for a call', expect: 'answer', style: 'paraphrase', headings: [PRIVACY], evidence: ['use headphones so that only you can hear your therapist', 'This could be a bedroom, a spare room or even your car.'] },
  { q: 'how would i notice that the sessions are making a difference', expect: 'answer', style: 'paraphrase', headings: [WORKING], evidence: ['Feeling a little more able to cope with day-to-day life', 'Understanding your feelings and reactions better'] },
  { q: 'is there a kind of therapy where you just write instead of talk', expect: 'answer', style: 'paraphrase', headings: [TEXT], evidence: ['Text-based therapy happens in writing, through a secure messaging app or chat.'] },
  { q: 'price', expect: 'answer', style: 'short', headings: [COSTS], evidence: ['Some online therapy is free through public health services', 'Private therapists set their own fees'] },
  { q: 'emergency contact?', expect: 'answer', style: 'short', headings: [SAFETY], evidence: ['they will usually ask for your location and an emergency contact'] },
  { q: 'camera off', expect: 'answer', style: 'short', headings: [F_CAMERA, FAQ], evidence: ['you can ask to keep it off or switch to phone sessions'] },
  { q: 'wat if the wifi cuts out in the midle of a sesion', expect: 'answer', style: 'typo', headings: [TECH, F_DROP, FAQ], evidence: ['such as calling you on the phone if the video drops', 'Usually they will try to call you back straight away.'] },
  { q: 'is my informaton kept privte and secure', expect: 'answer', style: 'typo', headings: [PRIVACY], evidence: ['Reputable services use secure, encrypted platforms for sessions and messages.'] },
  { q: 'cud i do therapy on the fone insted of video', expect: 'answer', style: 'phonetic', headings: [PHONE], evidence: ['Phone sessions work well if you feel self-conscious on camera'] },
  { q: 'wen is it beter to see sum1 in person', expect: 'answer', style: 'phonetic', headings: [F2F], evidence: ['Seeing someone in person may be better if you have'] },
  { q: 'ok so 😬 im super awkward on zoom... does that go away?? 🙈', expect: 'answer', style: 'emoji-filler', headings: [FIRST], evidence: ['Most people say this wears off after one or two sessions.'] },
  { q: 'hmm 🤔 what if i just dont click with my therapist lol', expect: 'answer', style: 'emoji-filler', headings: [FIRST], evidence: ['It is fine to try a different therapist'] },
  { q: 'my dad is in a wheelchair and hardly leaves the house, would online therapy work for him', expect: 'answer', style: 'caregiver', headings: [SUITS], evidence: ['People with a physical illness or disability that makes getting out difficult'] },
  { q: 'my daughter is starting text therapy, will her therapist reply straight away if she messages at night', expect: 'answer', style: 'caregiver', headings: [SAFETY, TEXT], evidence: ['Your therapist will not be available at all hours', 'replies are not instant unless you have booked a live chat'] },
  { q: 'does online therapy actually work as well as in person', expect: 'answer', style: 'yes-no', headings: [F_GOOD, FAQ, TITLE], evidence: ['can be just as effective as in-person therapy', 'it can work as well as meeting in person'] },
  { q: 'can my therapist record me without asking', expect: 'answer', style: 'yes-no', headings: [F_RECORD, FAQ], evidence: ['Your therapist should never record a session without asking you first'] },
  { q: 'do i need to prepare anything before the first session', expect: 'answer', style: 'yes-no', headings: [FIRST], evidence: ['You do not need to prepare anything or know exactly'] },
  { q: 'is phone or video better if i hate seeing myself on screen', expect: 'answer', style: 'comparison', headings: [COMPARE, PHONE], evidence: ['People who feel self-conscious on camera', 'Phone sessions work well if you feel self-conscious on camera'] },
  { q: 'what are the downsides of text therapy compared to video', expect: 'answer', style: 'comparison', headings: [COMPARE, TEXT], evidence: ['Replies may take hours and tone can be misread', 'Some people find it harder to build a connection this way'] },
  { q: 'what does the first session cover and how often will we meet after that', expect: 'answer', style: 'two-part', headings: [FIRST, VIDEO], evidence: ['Agree how often you will meet', 'happen once a week, although this can vary'] },
  { q: 'do i need headphones and can i use my work laptop', expect: 'answer', style: 'two-part', headings: [TECH, PRIVACY], evidence: ['Headphones or earphones, which help with sound and privacy', 'not using a shared or work computer'] },
  { q: 'I am living in village, no therapist near. online is good for me?', expect: 'answer', style: 'non-native', headings: [SUITS], evidence: ['People who live far from a therapist or in a rural area'] },
  { q: 'I am not good with computer, I can still do the therapy online?', expect: 'answer', style: 'non-native', headings: [TECH], evidence: ['You do not need to be good with technology'] },
  { q: "I've had seven video sessions now for stress at work. My therapist is nice and I don't dread going, but honestly I don't feel much different from when I started and I'm wondering if I'm wasting my time. What should I do?", expect: 'answer', style: 'long-personal', headings: [WORKING], evidence: ['If you have had six to eight sessions and nothing feels different', 'They may suggest a different approach, a different type of session'] },
  { q: "My partner gets really jealous and checks my phone, and I don't always feel safe at home. I was going to start online counselling from the living room because it's cheaper than travelling. Is that a good idea or not?", expect: 'answer', style: 'long-personal', headings: [F2F], evidence: ['if you live with someone who makes you feel unsafe'] },
  // follow-ups
  { q: 'and if i feel like it is getting too much between sessions?', before: ['what happens if my therapist is worried about my safety'], expect: 'answer', style: 'paraphrase', headings: [SAFETY], evidence: ['You can call Samaritans free on 116 123 at any time', 'do not wait for your next session'] },
  { q: 'what about the phone one', before: ['how long is a video session'], expect: 'answer', style: 'short', headings: [PHONE], evidence: ['The length and structure are usually the same as a video session.'] },
  { q: 'are there free options?', before: ['how much does online therapy cost'], expect: 'answer', style: 'yes-no', headings: [COSTS], evidence: ['Some online therapy is free through public health services'] },
  // out of scope: same domain, not covered
  { q: 'which online therapy app is the best one to sign up to', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does a private therapist charge per hour', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does my health insurance cover online counselling', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is emdr and can it be done over video', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i check if a therapist is properly registered', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is an ai chatbot therapist better than a real one', expect: 'fallback', style: 'comparison', why: 'chatbot therapy never mentioned' },
  // out of scope: off-domain
  { q: 'how do i fix the echo on my zoom microphone', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats the best laptop for video calls under 500', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i get a refund on my gym membership', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i reset my password for the app', expect: 'fallback', style: 'out-of-scope' },
  { q: 'wats the wether going to be like tomoro', expect: 'fallback', style: 'typo' },
  { q: 'recommend a good podcast for my commute 🎧', expect: 'fallback', style: 'emoji-filler' },
];
