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

export const test: ArticleCase[] = [
  { q: 'why does depression make people irritable', expect: 'answer', style: 'plain', headings: [WHY], evidence: ['Low mood drains your energy and patience, so small frustrations', 'Irritability is one of the most common signs of depression'] },
  { q: 'what are the physical signs that anger is building up', expect: 'answer', style: 'plain', headings: [PHYS], evidence: ['a racing heart, a tight chest or jaw, clenched fists'] },
  { q: 'what can I do when I feel myself getting angry', expect: 'answer', style: 'plain', headings: [MOMENT], evidence: ['Pause before you reply. Counting slowly to ten', 'Breathe slowly, making your out-breath longer than your in-breath.'] },
  { q: 'is anger actually useful for anything', expect: 'answer', style: 'paraphrase', headings: [FOR], evidence: ['It is a signal that something feels unfair, threatening or wrong', 'gives us the energy to stand up for ourselves'] },
  { q: 'why would someone rather be cross than sad', expect: 'answer', style: 'paraphrase', headings: [WHY], evidence: ['Some people find it easier to feel angry than to feel sad', 'it may cover up hurt, worry or a sense of failure'] },
  { q: 'at what point does losing my temper become something to worry about', expect: 'answer', style: 'paraphrase', headings: [FOR], evidence: ['It becomes a problem when it happens a lot'] },
  { q: 'anger management courses', expect: 'answer', style: 'short', headings: [THERAPY, F_COURSE], evidence: ['Anger management courses are usually short group or one-to-one programmes.'] },
  { q: 'triggers', expect: 'answer', style: 'short', headings: [TRIG], evidence: ['Triggers are different for everyone, but common ones include:'] },
  { q: 'CBT for anger?', expect: 'answer', style: 'short', headings: [THERAPY], evidence: ['cognitive behavioural therapy (CBT) can help you understand the thoughts'] },
  { q: 'why am i so snapy all the tim lately', expect: 'answer', style: 'typo', headings: [WHY, SIGNS], evidence: ['Low mood drains your energy and patience, so small frustrations', 'being snappy or short with people most days'] },
  { q: 'does drinkin alchol make my temper wrose', expect: 'answer', style: 'typo', headings: [TRIG], evidence: ['alcohol, which lowers your patience and makes outbursts more likely'] },
  { q: 'can i refere my self for talkin therapy', expect: 'answer', style: 'typo', headings: [THERAPY], evidence: ['you can refer yourself to NHS talking therapies'] },
  { q: 'wot do i do wen i feel like im gonna blow', expect: 'answer', style: 'phonetic', headings: [MOMENT], evidence: ['Step away for a few minutes and say you will come back', 'Pause before you reply. Counting slowly to ten'] },
  { q: 'how long iz an anger managment corse', expect: 'answer', style: 'phonetic', headings: [F_COURSE, FAQ], evidence: ['between six and twelve weekly sessions, and some are one-day workshops'] },
  { q: 'ugh 😤😤 everything annoys me rn, tiny stuff, why??', expect: 'answer', style: 'emoji-filler', headings: [WHY, SIGNS], evidence: ['so small frustrations feel much bigger than they are', 'feeling on edge or easily annoyed by small things'] },
  { q: 'sooo 🙈 i yelled at my kids again... how do i fix it with them?', expect: 'answer', style: 'emoji-filler', headings: [REL], evidence: ['Saying sorry after an outburst, and explaining in simple words', 'Repairing after an argument matters just as much as avoiding one.'] },
  { q: 'my husband has become really short-tempered and distant, how should i bring it up with him', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['Pick a calm moment to talk, not in the middle', 'Describe what you have noticed without blame'] },
  { q: 'my teenage son is grumpy all the time, could that be depression', expect: 'answer', style: 'caregiver', headings: [WHY, F_ONLY], evidence: ['Teenagers, too, often show low mood as being grumpy and short-tempered', 'especially in men and teenagers'] },
  { q: 'my dad shouts a lot since he got low, am I allowed to tell him it is not ok', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['still say that shouting is not okay'] },
  { q: 'is it normal to feel angry when depressed', expect: 'answer', style: 'yes-no', headings: [F_NORMAL, FAQ], evidence: ['Irritability and anger are common in depression'] },
  { q: 'do i have to take tablets for being irritable', expect: 'answer', style: 'yes-no', headings: [F_MEDS, FAQ], evidence: ['Not necessarily. Many people find that talking therapy, better sleep'] },
  { q: 'can being irritable be the only sign of depression', expect: 'answer', style: 'yes-no', headings: [F_ONLY, FAQ], evidence: ['It can be the sign that people notice first', 'Usually there are other changes too, such as poor sleep'] },
  { q: 'is an anger management course different from therapy', expect: 'answer', style: 'comparison', headings: [THERAPY], evidence: ['Anger management courses are usually short group or one-to-one programmes.', 'understand the thoughts and situations that set off your anger'] },
  { q: 'do men show depression differently from women', expect: 'answer', style: 'comparison', headings: [WHY], evidence: ['Men in particular are more likely to notice irritability than sadness'] },
  { q: 'what are the signs and when should i see a gp', expect: 'answer', style: 'two-part', headings: [SIGNS], evidence: ['losing your temper and then feeling guilty or ashamed afterwards', 'If several of these have been true for two weeks or more'] },
  { q: 'what helps long term and does sleep matter', expect: 'answer', style: 'two-part', headings: [LONG], evidence: ['Regular sleep, eating at regular times, cutting down on alcohol', 'looking after your mood overall usually helps your temper too'] },
  { q: 'my friends say I am not like myself, I am angry always. Is this maybe depression?', expect: 'answer', style: 'non-native', headings: [SIGNS], evidence: ['other people telling you that you do not seem like yourself'] },
  { q: 'who I can call if I am scared of my partner anger at home?', expect: 'answer', style: 'non-native', headings: [UNSAFE, HELPNOW], evidence: ['Confidential advice is available from domestic abuse help lines', 'National Domestic Abuse Helpline is free and open 24 hours'] },
  { q: "Since I lost my job I've been in a bad place. I don't cry or anything but I'm furious all the time, I snap at my wife over nothing and then I feel terrible. I always thought depression meant being sad. Could this still be it?", expect: 'answer', style: 'long-personal', headings: [WHY, SIGNS], evidence: ['Irritability is one of the most common signs of depression', 'losing your temper and then feeling guilty or ashamed afterwards'] },
  // follow-ups
  { q: 'and what about the ones in my body?', before: ['what are the warning signs my anger is building'], expect: 'answer', style: 'short', headings: [PHYS], evidence: ['tense shoulders or a knot in the stomach', 'a racing heart, a tight chest or jaw, clenched fists'] },
  { q: 'is there a number I can ring?', before: ['I am worried my anger is getting out of control'], expect: 'answer', style: 'short', headings: [UNSAFE, HELPNOW], evidence: ['You can talk to Samaritans free, day or night', 'worried about your own behaviour towards a partner, Respect offers'] },
  { q: 'how would I get on one of those', before: ['what is an anger management course'], expect: 'answer', style: 'paraphrase', headings: [THERAPY], evidence: ['Some are run by the NHS or charities, and some are private.'] },
  // out of scope: same domain, not covered
  { q: 'how much does a private anger management course cost', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is intermittent explosive disorder the same as depression', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can the menopause make me angry and what HRT helps', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which antidepressant is best for irritability', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is a court-ordered anger management course the same as a normal one', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does my toddler have tantrums because of my mood', expect: 'fallback', style: 'caregiver', why: 'children are mentioned, toddler tantrums are not' },
  // out of scope: off-domain
  { q: 'how do i reset my password on your website', expect: 'fallback', style: 'out-of-scope' },
  { q: 'best punching bag for a home gym', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i complain about a rude shop assistant', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what time does the Leeds office open', expect: 'fallback', style: 'out-of-scope' },
  { q: 'recipe for a calming herbal tea', expect: 'fallback', style: 'out-of-scope' },
  { q: 'whats the weather in leeds this weekend', expect: 'fallback', style: 'out-of-scope' },
];
