import type { ArticleCase } from '../types.ts';

const WHAT = 'What are antidepressants?';
const WORK = 'How do antidepressants work?';
const TYPES = 'Main types of antidepressant';
const TIME = 'How long do antidepressants take to work?';
const SIDE = 'Common side effects';
const STOP = 'Why you should not stop suddenly';
const WD = 'Withdrawal or discontinuation symptoms';
const ALC = 'Antidepressants and alcohol';
const PREG = 'Pregnancy and breastfeeding';
const THER = 'Talking therapy alongside medication';
const LONG = 'How long will I need to take them?';
const MYTHS = 'Myths about antidepressants';
const FAQ = 'Frequently asked questions';
const F_DRIVE = 'Can I drive while taking antidepressants?';
const F_FORGET = 'What should I do if I forget to take one?';
const F_OTHER = 'Can I take antidepressants with other medicines or herbal remedies?';
const F_WEIGHT = 'Will antidepressants make me put on weight?';

/** Dev half for the Zendesk Guide (Copenhagen) page "Antidepressants: Common Questions": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'what conditions can antidepressants treat besides depression', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['panic attacks and some kinds of long-term pain', 'They are also used for anxiety disorders, obsessive-compulsive disorder'] },
  { q: 'who prescribes antidepressants', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['They are usually prescribed by a GP or a psychiatrist'] },
  { q: 'why does it take weeks instead of working right away', expect: 'answer', style: 'paraphrase', headings: [WORK], evidence: ['help the brain form new connections and adapt over time'] },
  { q: 'my libido has totally vanished since i started them', expect: 'answer', style: 'paraphrase', headings: [SIDE], evidence: ['a lower sex drive or other sexual problems'] },
  { q: 'should i just grit my teeth through the side effects', expect: 'answer', style: 'paraphrase', headings: [SIDE], evidence: ['tell your prescriber rather than putting up with it'] },
  { q: 'vivid dreams', expect: 'answer', style: 'short', headings: [WD], evidence: ['vivid dreams or problems sleeping'] },
  { q: 'breastfeeding', expect: 'answer', style: 'short', headings: [PREG], evidence: ['If you are pregnant, planning a pregnancy or breastfeeding, talk to'] },
  { q: 'CBT', expect: 'answer', style: 'short', headings: [THER], evidence: ['You can ask your GP about talking therapies'] },
  { q: 'dry mouth and sweatting is that a side efect', expect: 'answer', style: 'typo', headings: [SIDE], evidence: ['a dry mouth or sweating more than usual'] },
  { q: 'ive been on them 4 weeks and feel no diffrence wat now', expect: 'answer', style: 'typo', headings: [TIME], evidence: ['If you feel no better at all after about four weeks', 'or trying a different medicine'] },
  { q: 'do i hav to take em 4eva', expect: 'answer', style: 'phonetic', headings: [MYTHS], evidence: ['Most people take antidepressants for a set period and then come'] },
  { q: 'wot if i feel numm on them', expect: 'answer', style: 'phonetic', headings: [MYTHS], evidence: ['A few people feel emotionally flat or numb on them'] },
  { q: 'wy do i get dizzy wen i drink on them', expect: 'answer', style: 'phonetic', headings: [ALC], evidence: ['Drinking can also make some side effects stronger'] },
  { q: '🤢 feel sick since starting my new tablets, is that normal??', expect: 'answer', style: 'emoji-filler', headings: [SIDE], evidence: ['feeling sick or having an upset stomach', 'Many are mild and settle down within the first couple'] },
  { q: 'felt amazing for 2 months 🎉 can i stop now?? 😅', expect: 'answer', style: 'emoji-filler', headings: [STOP, LONG], evidence: ['This is the case even if you feel completely well.', 'keep taking antidepressants for at least six months after they start'] },
  { q: 'my wife stopped her tablets last week and now she is really irritable and teary, could that be from stopping', expect: 'answer', style: 'caregiver', headings: [WD], evidence: ['feeling irritable, anxious or tearful', 'They can start within a few days of stopping or cutting down.'] },
  { q: 'my dad is on antidepressants and loads of other pills, what should he tell the pharmacist', expect: 'answer', style: 'caregiver', headings: [F_OTHER, FAQ], evidence: ['Always tell your doctor or pharmacist about everything you take'] },
  { q: 'how can i help my gran remember to take her antidepressant', expect: 'answer', style: 'caregiver', headings: [F_FORGET, FAQ], evidence: ['Using a phone reminder or a weekly pill box can help'] },
  { q: 'can i refer myself for talking therapy', expect: 'answer', style: 'yes-no', headings: [THER], evidence: ['in some areas you can refer yourself'] },
  { q: "will other people notice i'm getting better before i do", expect: 'answer', style: 'yes-no', headings: [TIME], evidence: ['other people may notice a change in you before you notice'] },
  { q: 'is untreated depression in pregnancy risky too', expect: 'answer', style: 'yes-no', headings: [PREG], evidence: ['untreated depression carries its own risks for you and your baby'] },
  { q: 'are withdrawal symptoms the same thing as being addicted', expect: 'answer', style: 'comparison', headings: [MYTHS], evidence: ['but this is not the same as addiction.'] },
  { q: 'ssri vs the older antidepressants, which has worse side effects', expect: 'answer', style: 'comparison', headings: [TYPES], evidence: ['Used less often for depression now, as side effects can be stronger', 'Usually the first type offered, because side effects tend to be milder'] },
  { q: 'who decides when i come off them and how often should my treatment be checked', expect: 'answer', style: 'two-part', headings: [LONG], evidence: ['Your prescriber should review your treatment regularly', 'you can decide together when the time is right to come off'] },
  { q: 'what are serotonin and noradrenaline and what have they got to do with antidepressants', expect: 'answer', style: 'two-part', headings: [WORK], evidence: ['Serotonin and noradrenaline are the two that are talked about most.', 'pass messages between nerve cells'] },
  { q: 'the withdrawal is very strong for me and not finish after two week, what I do?', expect: 'answer', style: 'non-native', headings: [WD], evidence: ['For some people they are stronger or last longer.', 'who may suggest coming off more slowly'] },
  { q: 'my weight is big problem for me, doctor can choose medicine for this?', expect: 'answer', style: 'non-native', headings: [F_WEIGHT, FAQ], evidence: ['this can be taken into account when choosing a medicine'] },
  { q: "I'm 22 and started antidepressants about ten days ago. The first few days I felt really jittery and restless, more anxious than before, and I'm not sleeping well. I'm not in any danger, I just want to know if this is normal at the start?", expect: 'answer', style: 'long-personal', headings: [SIDE], evidence: ['feeling restless, shaky or more anxious at first', 'trouble sleeping, or feeling drowsy during the day'] },
  { q: "My friend keeps telling me antidepressants are just a crutch and I should be able to sort myself out. I've been struggling for months and my GP thinks medication might help, but I feel like a failure for even considering it.", expect: 'answer', style: 'long-personal', headings: [MYTHS], evidence: ['Taking medicine for it is no different from taking medicine for', 'Depression is a health condition, not a sign of weakness.'] },
  // follow-ups
  { q: 'and tricyclics?', before: ['what are SNRIs'], expect: 'answer', style: 'short', headings: [TYPES], evidence: ['An older group of antidepressants', 'Used less often for depression now, as side effects can be stronger'] },
  { q: 'which one do they usually try first', before: ['what are the main types of antidepressant'], expect: 'answer', style: 'paraphrase', headings: [TYPES], evidence: ['Usually the first type offered, because side effects tend to be milder'] },
  { q: 'what about stuff i buy over the counter', before: ['can i take other medicines with antidepressants'], expect: 'answer', style: 'paraphrase', headings: [F_OTHER, FAQ], evidence: ['including things you buy without a prescription'] },
  // out of scope: same domain, not covered
  { q: 'what is the maximum dose of fluoxetine', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i get a prescription prepayment certificate', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is transcranial magnetic stimulation', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long is the wait to see a psychiatrist in manchester', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is serotonin syndrome', expect: 'fallback', style: 'out-of-scope' },
  { q: 'are there any psilocybin trials recruiting near me', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what are the early signs of schizophrenia', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can my vet give my cat antidepressants', expect: 'fallback', style: 'out-of-scope' },
  // out of scope: off-domain
  { q: 'how do i cancel my gym membership', expect: 'fallback', style: 'out-of-scope' },
  { q: 'who won the premier league last season', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i make a sourdough starter', expect: 'fallback', style: 'out-of-scope' },
  { q: "what's a good podcast for learning spanish", expect: 'fallback', style: 'out-of-scope' },
];
