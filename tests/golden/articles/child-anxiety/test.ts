import type { ArticleCase } from '../types.ts';

const TITLE = 'Helping a Child With Anxiety';
const NORMAL = 'Normal worries or anxiety?';
const SIGNS = 'Signs in the body and behaviour';
const BODY = 'Signs in the body';
const BEHAV = 'Signs in behaviour';
const TRIG = 'Common triggers';
const REFUSAL = 'School refusal';
const HOME = 'What helps at home';
const AVOID = 'What to avoid';
const SCHOOL = 'Talking to your child’s school';
const GP = 'When to see a GP';
const CBT = 'CBT for children';
const SELF = 'Looking after yourself';
const FAQ = 'Frequently asked questions';
const F_GROW = 'Will my child grow out of anxiety?';
const F_FAULT = 'Is it my fault that my child is anxious?';
const F_TELL = 'Should I tell my child I am worried about them?';
const F_SCREENS = 'Can screens and social media make anxiety worse?';

/** Test half for the Divi (WordPress theme builder) page "Helping a Child With Anxiety": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'how can i tell if my child is just worrying or has anxiety', expect: 'answer', style: 'plain', headings: [NORMAL], evidence: ['Anxiety is different when the worry is out of proportion', 'lasts for weeks or months, or stops your child from doing'] },
  { q: 'what are the physical signs of anxiety in children', expect: 'answer', style: 'plain', headings: [BODY, SIGNS], evidence: ['tummy aches, feeling sick or headaches, often before school', 'a racing heart, fast breathing, sweating or feeling shaky'] },
  { q: 'what causes anxiety in kids', expect: 'answer', style: 'plain', headings: [TRIG], evidence: ['Anxiety often has no single cause.', 'starting or changing school, moving house, parents separating'] },
  { q: 'what is cbt for children', expect: 'answer', style: 'plain', headings: [CBT], evidence: ['It helps children understand how their thoughts, feelings and body', 'teaches them to face their fears step by step'] },
  { q: 'my son keeps asking me the same thing over and over, should i keep telling him it will be fine', expect: 'answer', style: 'paraphrase', headings: [AVOID], evidence: ['But constant reassurance only calms the worry for a short while', 'Answer once, kindly, then gently help them to notice'] },
  { q: 'is letting her skip the things that scare her a bad idea', expect: 'answer', style: 'paraphrase', headings: [AVOID], evidence: ['it teaches them that the situation really was dangerous', 'the list of things they avoid tends to grow'] },
  { q: 'are tantrums ever about fear rather than naughtiness', expect: 'answer', style: 'paraphrase', headings: [SIGNS, BEHAV], evidence: ['Anger and meltdowns are easy to mistake for bad behaviour.', 'they are a sign of feeling frightened and out of control'] },
  { q: 'school refusal', expect: 'answer', style: 'short', headings: [REFUSAL], evidence: ['This is sometimes called school refusal or emotionally based school avoidance.', 'the child usually wants to go but feels too frightened'] },
  { q: 'any calming techniques', before: ['how can i help my anxious child at home'], expect: 'answer', style: 'short', headings: [HOME], evidence: ['Slow breathing, counting or squeezing a cushion can help your child'] },
  { q: 'when see gp', expect: 'answer', style: 'short', headings: [GP], evidence: ['has lasted for more than a few weeks', 'is stopping them from going to school, seeing friends or sleeping'] },
  { q: 'my dauhgter gets tummy akes evry morning befor school', expect: 'answer', style: 'typo', headings: [BODY, SIGNS, REFUSAL], evidence: ['tummy aches, feeling sick or headaches, often before school', 'They may complain of feeling ill every morning'] },
  { q: 'shoud i keep routeens the same for an anxous kid', expect: 'answer', style: 'typo', headings: [HOME], evidence: ['Regular meals, bedtimes and warnings about changes help anxious children'] },
  { q: 'wil my kid grow outa it', expect: 'answer', style: 'phonetic', headings: [F_GROW, FAQ], evidence: ['Many children do become less anxious as they grow', 'it is worth getting help early rather than waiting to see'] },
  { q: 'wot do i say to the teecher about my boys nerves', expect: 'answer', style: 'phonetic', headings: [SCHOOL], evidence: ['Ask for a meeting with the class teacher, head of year'] },
  { q: 'ugh 😩 she\'s glued to her phone and worse every nite... is that making it worse?? 📱', expect: 'answer', style: 'emoji-filler', headings: [F_SCREENS, FAQ], evidence: ['They can for some children, especially if they disturb sleep', 'particularly in the hour before bed'] },
  { q: 'so um 🙈 is this my fault?? like did i do this to him 😢', expect: 'answer', style: 'emoji-filler', headings: [F_FAULT, FAQ], evidence: ['Parents do not cause it, but they can play a big part', 'Anxiety comes from a mix of temperament, genes and life events.'] },
  { q: 'my granddaughter stays with me after school and clings to me when her mum leaves, what can i do to help her at home', expect: 'answer', style: 'caregiver', headings: [HOME], evidence: ['Break a scary situation into smaller steps and praise your child', 'Children take their cue from the adults around them'] },
  { q: 'i foster a 9 year old who has just moved schools and seems on edge, could the move be behind it', expect: 'answer', style: 'caregiver', headings: [TRIG], evidence: ['starting or changing school, moving house, parents separating'] },
  { q: 'as a childminder how can i get the little ones to talk about worries', expect: 'answer', style: 'caregiver', headings: [HOME], evidence: ['Some children open up more easily in the car, while drawing'] },
  { q: 'can anxiety run in families', expect: 'answer', style: 'yes-no', headings: [TRIG], evidence: ['and anxiety can run in families'] },
  { q: 'is being scared of the dark at 5 normal', expect: 'answer', style: 'yes-no', headings: [NORMAL], evidence: ['Younger children are commonly afraid of the dark, monsters, loud noises'] },
  { q: 'do parents get involved in cbt for young kids', expect: 'answer', style: 'yes-no', headings: [CBT], evidence: ['For younger children, CBT is often delivered mainly through the parent'] },
  { q: 'whats the difference between school refusal and truancy', expect: 'answer', style: 'comparison', headings: [REFUSAL], evidence: ['It is not the same as truancy, because the child', 'the child usually wants to go but feels too frightened'] },
  { q: 'how is cbt different for a teenager compared to a little child', expect: 'answer', style: 'comparison', headings: [CBT], evidence: ['Older children and teenagers usually see a therapist themselves', 'For younger children, CBT is often delivered mainly through the parent'] },
  { q: 'what should i do at home and what should i avoid doing', expect: 'answer', style: 'two-part', headings: [HOME, AVOID], evidence: ['Let your child know it is okay to feel worried', 'But constant reassurance only calms the worry for a short while'] },
  { q: 'what can a gp do and can they refer us to camhs', expect: 'answer', style: 'two-part', headings: [GP], evidence: ['The GP can check for any physical cause, talk with you', 'talk with you and your child, and refer you to'] },
  { q: 'my child is very worried all time, how I know if it is too much worry?', expect: 'answer', style: 'non-native', headings: [NORMAL], evidence: ['Is worry stopping my child from living their life?'] },
  { q: 'the school can give my son a quiet place when he is scared? what changes I can ask?', expect: 'answer', style: 'non-native', headings: [SCHOOL], evidence: ['a calm place to go when things feel too much', 'a named adult to check in with, or a quieter start'] },
  { q: "My 8 year old has refused school for three weeks now. Every morning it's tears and stomach aches at the gate and honestly I've started just letting her stay home because I can't face the fight. Am I making it worse by keeping her off?", expect: 'answer', style: 'long-personal', headings: [REFUSAL], evidence: ['The longer a child stays away, the harder going back tends', 'Try to keep some contact with school even on difficult days'] },
  { q: "I've been so stressed with my son's anxiety that I'm not sleeping and I snap at my partner. I feel guilty all the time that I'm not doing it right. Is that normal and what can I do for myself?", expect: 'answer', style: 'long-personal', headings: [SELF], evidence: ['These feelings are common and do not mean you are failing.', 'share the load with a partner, relative or friend'] },
  // follow-ups
  { q: 'and how long does it usually go on for', before: ['what is cbt for anxious children'], expect: 'answer', style: 'short', headings: [CBT], evidence: ['Sessions are typically weekly and may last for several weeks or months.'] },
  { q: 'should i say something to her about it', before: ['what are the behaviour signs of anxiety in a child'], expect: 'answer', style: 'paraphrase', headings: [F_TELL, FAQ], evidence: ['You might say you have noticed that some things feel hard', 'Avoid showing too much of your own worry'] },
  // out of scope
  { q: 'what medication can children take for anxiety', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long is the camhs waiting list', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i get an ehcp for my anxious child', expect: 'fallback', style: 'out-of-scope' },
  { q: 'will i be fined if my child misses school because of anxiety', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is selective mutism the same as shyness', expect: 'fallback', style: 'comparison', why: 'selective mutism is never mentioned' },
  { q: 'how do i know if my child has autism', expect: 'fallback', style: 'out-of-scope' },
  { q: 'are weighted blankets good for anxious kids', expect: 'fallback', style: 'yes-no', why: 'weighted blankets are never mentioned' },
  { q: 'how much does a private child psychologist cost', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what age should a child get their first phone', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i get my toddler to eat vegetables', expect: 'fallback', style: 'out-of-scope' },
  { q: 'when are the school holidays this year', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i fix a leaking tap', expect: 'fallback', style: 'out-of-scope' },
];
