import type { ArticleCase } from '../types.ts';

const WHY = 'Why depression can show up as irritability';
const SIGNS = 'Signs that irritability may be linked to low mood';
const FOR = 'What is anger for?';
const TRIG = 'Common triggers';
const PHYS = 'Physical signs of anger building';
const MOMENT = 'Things to try in the moment';
const LONG = 'Longer-term help';
const THERAPY = 'Talking therapy and anger management courses';
const REL = 'How anger affects relationships';
const UNSAFE = 'When anger feels unsafe';
const FAMILY = 'How family and friends can respond';
const FAQ = 'Frequently asked questions';
const F_NORMAL = 'Is it normal to feel angry when you are depressed?';
const F_MEDS = 'Will I need medication for irritability?';
const F_COURSE = 'How long does an anger management course take?';
const F_ONLY = 'Can irritability be the only sign of depression?';
const HELPNOW = 'Need help now?';

export const dev: ArticleCase[] = [
  { q: 'is anger a normal emotion', expect: 'answer', style: 'plain', headings: [FOR], evidence: ['Anger is a normal, healthy emotion and everyone feels it.'] },
  { q: 'what else apart from depression can cause irritability', expect: 'answer', style: 'plain', headings: [WHY], evidence: ['Irritability can also come from anxiety, stress, pain, hormonal changes'] },
  { q: 'how can I work out what my anger patterns are', expect: 'answer', style: 'plain', headings: [TRIG], evidence: ['Keeping a simple note of when you felt angry'] },
  { q: 'how do family members look after their own wellbeing', expect: 'answer', style: 'plain', headings: [FAMILY], evidence: ['Look after yourself too, and get support for yourself'] },
  { q: 'does my short fuse come from everything else I have on my plate', expect: 'answer', style: 'paraphrase', headings: [FOR], evidence: ['more about everything else you are carrying'] },
  { q: 'why does my partner feel they have to tiptoe round me', expect: 'answer', style: 'paraphrase', headings: [REL], evidence: ['may start to feel they are walking on eggshells'] },
  { q: 'should I text people back straight away when I am wound up', expect: 'answer', style: 'paraphrase', headings: [MOMENT], evidence: ['Avoid sending messages or making big decisions until you feel calmer.'] },
  { q: 'gp', expect: 'answer', style: 'short', headings: [LONG, SIGNS], evidence: ['your GP can talk through what is going on', 'it is a good idea to talk to your GP'] },
  { q: 'exercise and anger', expect: 'answer', style: 'short', headings: [MOMENT, LONG], evidence: ['a brisk walk helps to burn off the surge of energy', 'cutting down on alcohol and getting some exercise'] },
  { q: 'noise', expect: 'answer', style: 'short', headings: [TRIG], evidence: ['noise, crowds and busy places when you already feel overloaded'] },
  { q: 'i feel reely gilty after i lose my temprer is that normal', expect: 'answer', style: 'typo', headings: [SIGNS, F_NORMAL], evidence: ['losing your temper and then feeling guilty or ashamed afterwards', 'Feeling angry does not mean you are a bad person'] },
  { q: 'my jaw gets tite and i go hot when im angrey', expect: 'answer', style: 'typo', headings: [PHYS], evidence: ['a tight chest or jaw, clenched fists, feeling hot or flushed'] },
  { q: 'breething tips for calming down', expect: 'answer', style: 'typo', headings: [MOMENT], evidence: ['Breathe slowly, making your out-breath longer than your in-breath.'] },
  { q: 'do it go away wen my mood gets betta', expect: 'answer', style: 'phonetic', headings: [F_NORMAL, FAQ, LONG], evidence: ['it often eases as your mood improves', 'looking after your mood overall usually helps your temper too'] },
  { q: 'wiv a course do they make u do it in a group', expect: 'answer', style: 'phonetic', headings: [THERAPY], evidence: ['Anger management courses are usually short group or one-to-one programmes.'] },
  { q: '😬 honestly i just avoid everyone now so i dont snap at them lol', expect: 'answer', style: 'emoji-filler', headings: [SIGNS, REL], evidence: ['pulling away from friends and family so you do not', 'which can deepen feelings of loneliness and low mood'] },
  { q: 'ok so 🤷 is it bad to say "im so angry rn" out loud to myself?', expect: 'answer', style: 'emoji-filler', headings: [MOMENT], evidence: ['Notice and name the feeling to yourself'] },
  { q: 'my flatmate is moody and withdrawn lately, should I suggest a doctor', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['Gently suggest they talk to their GP, and offer to help them'] },
  { q: 'when my wife is irritable how do i not argue back', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['try not to argue with how they feel'] },
  { q: 'our kids can tell something is off at home, what do we say to them', expect: 'answer', style: 'caregiver', headings: [REL], evidence: ['Children notice tension at home even when nobody explains it.', 'it is not their fault'] },
  { q: 'does going to anger management mean I am a bad person', expect: 'answer', style: 'yes-no', headings: [THERAPY], evidence: ['Going on a course does not mean you are a bad person.'] },
  { q: 'are there short one day anger workshops', expect: 'answer', style: 'yes-no', headings: [F_COURSE, FAQ], evidence: ['weekly sessions, and some are one-day workshops'] },
  { q: 'is it just a bad day or something more', expect: 'answer', style: 'comparison', headings: [SIGNS], evidence: ['short with people most days, not just on a bad day'] },
  { q: 'NHS 111 or 999, which one', expect: 'answer', style: 'comparison', headings: [HELPNOW], evidence: ['If you or someone else is in immediate danger, call', 'For urgent help that is not an emergency, call'] },
  { q: 'who decides on medication and what else could help instead', expect: 'answer', style: 'two-part', headings: [F_MEDS, FAQ], evidence: ['you can decide together what suits you', 'talking therapy, better sleep and cutting back on alcohol help a lot'] },
  { q: 'can old memories make me angry and what else triggers it', expect: 'answer', style: 'two-part', headings: [TRIG], evidence: ['old memories or situations that remind you of past hurt', 'pressure at work, money worries or too many demands at once'] },
  { q: 'I am tired always and I cannot concentrate, also I am angry fast. It is connected?', expect: 'answer', style: 'non-native', headings: [SIGNS], evidence: ['sleeping badly, feeling tired all the time or struggling to concentrate'] },
  { q: 'what is the things I do every day that help my mood and my temper?', expect: 'answer', style: 'non-native', headings: [LONG], evidence: ['Regular sleep, eating at regular times, cutting down on alcohol'] },
  { q: "My mum died last spring and since then I've been irritable with everyone at work and at home. People keep asking what's wrong and I don't really know. Would it help to actually talk about it with someone?", expect: 'answer', style: 'long-personal', headings: [LONG], evidence: ['It can also help to talk about what is underneath the anger.', 'Naming that to someone you trust can ease the pressure.'] },
  // follow-ups
  { q: 'and what do I do if it ever scares me', before: ['why do I get so angry when I am low'], expect: 'answer', style: 'short', headings: [UNSAFE], evidence: ['it is important to get support early', 'Talk to your GP, or call one of the help lines below'] },
  { q: 'does my voice change too?', before: ['what happens in my body when I get angry'], expect: 'answer', style: 'yes-no', headings: [PHYS], evidence: ['their voice gets louder without them meaning it to'] },
  { q: 'and can I leave the room?', before: ['how do I calm down in the middle of a row'], expect: 'answer', style: 'yes-no', headings: [MOMENT], evidence: ['Step away for a few minutes and say you will come back'] },
  // out of scope: same domain, not covered
  { q: 'where is the nearest anger management group in Manchester', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can ADHD cause irritability', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does mindfulness meditation reduce anger', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what does road rage say about your personality', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can PMDD make me irritable every month', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is DBT or CBT better for anger', expect: 'fallback', style: 'comparison', why: 'CBT is named, DBT never, no comparison' },
  // out of scope: off-domain
  { q: 'can i get the newsletter posted to me on paper', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i volunteer at your charity', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i fix a slow laptop', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what are good boxing classes for beginners', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how many calories in a banana', expect: 'fallback', style: 'out-of-scope' },
  { q: 'train times from Leeds to York', expect: 'fallback', style: 'out-of-scope' },
];
