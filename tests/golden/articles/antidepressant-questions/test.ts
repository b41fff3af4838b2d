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

/** Test half for the Zendesk Guide (Copenhagen) page "Antidepressants: Common Questions": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what are antidepressants used for', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['They are also used for anxiety disorders, obsessive-compulsive disorder', 'Antidepressants are medicines that treat the symptoms of depression.'] },
  { q: 'how long do antidepressants take to start working', expect: 'answer', style: 'plain', headings: [TIME], evidence: ['it usually takes four to six weeks to feel the full benefit', 'Most people start to notice some improvement after one to two weeks'] },
  { q: 'can i drink alcohol on antidepressants', expect: 'answer', style: 'plain', headings: [ALC], evidence: ['It is best to avoid alcohol, or keep it to a small'] },
  { q: 'how do these pills actually do anything to your brain', expect: 'answer', style: 'paraphrase', headings: [WORK], evidence: ['they change the activity of certain brain chemicals, called neurotransmitters'] },
  { q: 'what happens if i just quit them cold turkey', expect: 'answer', style: 'paraphrase', headings: [STOP, WD], evidence: ['If you stop taking them suddenly, or miss several in a row', 'you may get unpleasant symptoms.'] },
  { q: 'is it normal to go through a few different ones before something works', expect: 'answer', style: 'paraphrase', headings: [TIME], evidence: ['It is common to need to try more than one antidepressant'] },
  { q: 'SSRIs', expect: 'answer', style: 'short', headings: [TYPES], evidence: ['Selective serotonin reuptake inhibitors, which mainly act on serotonin', 'Usually the first type offered, because side effects tend to be milder'] },
  { q: 'weight gain?', expect: 'answer', style: 'short', headings: [F_WEIGHT, FAQ, SIDE], evidence: ['Some antidepressants can increase appetite or lead to weight gain', 'changes in appetite or weight'] },
  { q: 'brain zaps', expect: 'answer', style: 'short', headings: [WD], evidence: ['brief feelings like electric shocks in the head'] },
  { q: 'how long shoud i stay on antidepresants after i feel beter', expect: 'answer', style: 'typo', headings: [LONG], evidence: ['keep taking antidepressants for at least six months after they start'] },
  { q: 'are antidepresents safe wen pregnent', expect: 'answer', style: 'typo', headings: [PREG], evidence: ['Some antidepressants are thought to be safer than others during pregnancy', 'talk to your doctor before starting, stopping or changing an antidepressant'] },
  { q: 'can i drve on antideppressants', expect: 'answer', style: 'typo', headings: [F_DRIVE, FAQ], evidence: ['Many people drive safely while taking antidepressants.', 'so do not drive if you feel sleepy'] },
  { q: 'wil they chaynj my persunality', expect: 'answer', style: 'phonetic', headings: [MYTHS], evidence: ['Antidepressants should not change who you are.', 'feel more like themselves again once their depression lifts'] },
  { q: 'r antydepressents addicktiv', expect: 'answer', style: 'phonetic', headings: [MYTHS, STOP], evidence: ['Antidepressants do not cause cravings, and you do not need', 'Antidepressants are not addictive, but your body gets used to them.'] },
  { q: 'ugh 😩 forgot my tablet last night... what do i do now??', expect: 'answer', style: 'emoji-filler', headings: [F_FORGET, FAQ], evidence: ['Do not take extra to make up for a missed one.', 'Check the leaflet that came with your medicine, or ask a pharmacist'] },
  { q: 'so like 🤷 do i still need therapy if im on meds lol', expect: 'answer', style: 'emoji-filler', headings: [THER], evidence: ['often works better than either on its own.', 'therapy can teach you skills that last after the medicine has stopped'] },
  { q: "my mum started antidepressants a week ago and says they're doing nothing, should she just stop them", expect: 'answer', style: 'caregiver', headings: [TIME, STOP], evidence: ['it usually takes four to six weeks to feel the full benefit', 'Always talk to your prescriber before you stop.'] },
  { q: 'my son is 19 and has just been put on an SSRI, is there anything i should keep an eye on', expect: 'answer', style: 'caregiver', headings: [SIDE], evidence: ['some people, especially young people under 25, feel more agitated'] },
  { q: 'my husband wants to come off his antidepressants, how can he do it safely', expect: 'answer', style: 'caregiver', headings: [STOP], evidence: ['help you reduce the medicine gradually over a few weeks or longer'] },
  { q: 'do antidepressants make you happy', expect: 'answer', style: 'yes-no', headings: [WORK], evidence: ['They do not make you happy on their own.'] },
  { q: 'is it ok to take herbal remedies with antidepressants', expect: 'answer', style: 'yes-no', headings: [F_OTHER, FAQ], evidence: ['Some medicines, and some herbal remedies, can interact with antidepressants.'] },
  { q: 'does needing antidepressants mean i am weak', expect: 'answer', style: 'yes-no', headings: [MYTHS], evidence: ['Depression is a health condition, not a sign of weakness.'] },
  { q: "what's the difference between SSRIs and SNRIs", expect: 'answer', style: 'comparison', headings: [TYPES], evidence: ['Serotonin and noradrenaline reuptake inhibitors, which act on both chemicals', 'Selective serotonin reuptake inhibitors, which mainly act on serotonin'] },
  { q: 'are tablets better than talking therapy or should i do both', expect: 'answer', style: 'comparison', headings: [THER], evidence: ['the combination of medication and a talking therapy such as cognitive', 'often works better than either on its own.'] },
  { q: 'what do withdrawal symptoms feel like and how long do they last', expect: 'answer', style: 'two-part', headings: [WD], evidence: ['For most people these symptoms are mild and pass within one', 'flu-like symptoms such as aches and sweating'] },
  { q: 'doctor give me antidepressant but my depression is only little, this is normal?', expect: 'answer', style: 'non-native', headings: [WHAT], evidence: ['They are most often recommended for moderate or severe depression.', 'a doctor may suggest talking therapy, exercise or guided self-help first'] },
  { q: 'I am pregnant now and I take antidepressant, I must stop it immediately?', expect: 'answer', style: 'non-native', headings: [PREG], evidence: ['Do not stop your medicine suddenly because you find out'] },
  { q: "I've been on antidepressants for about three years now, I started after my second bout of depression. My GP hasn't mentioned stopping and I'm starting to wonder if it's normal to be on them this long or if something is wrong with me?", expect: 'answer', style: 'long-personal', headings: [LONG], evidence: ['may be advised to stay on them for two years or longer'] },
  { q: "Started an antidepressant a couple of weeks ago. I'm sleeping better and eating again but honestly my mood still feels flat, yet my sister keeps saying I seem brighter. Is it actually working or is she imagining it?", expect: 'answer', style: 'long-personal', headings: [TIME], evidence: ['Sleep, appetite and energy often improve before mood does'] },
  // follow-ups
  { q: 'do they go away?', before: ['what are the common side effects of antidepressants'], expect: 'answer', style: 'short', headings: [SIDE], evidence: ['Many are mild and settle down within the first couple'] },
  { q: 'and what if i stop before then', before: ['how long do people usually stay on antidepressants'], expect: 'answer', style: 'paraphrase', headings: [LONG], evidence: ['Stopping before then makes it more likely that the depression will return.'] },
  { q: 'what about driving?', before: ['can i drink on antidepressants'], expect: 'answer', style: 'short', headings: [F_DRIVE, FAQ], evidence: ['Many people drive safely while taking antidepressants.'] },
  // out of scope: same domain, not covered
  { q: 'how much does an antidepressant prescription cost', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what dose of sertraline should i start on', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i buy antidepressants online without seeing a doctor', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is the esketamine nasal spray available on the nhs', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is electroconvulsive therapy still used for depression', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i take my antidepressants on a plane to spain', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what are the symptoms of bipolar disorder', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how often do i need blood tests on lithium', expect: 'fallback', style: 'out-of-scope' },
  // out of scope: off-domain
  { q: 'how do i renew my passport', expect: 'fallback', style: 'out-of-scope' },
  { q: "what's the weather going to be like in leeds tomorrow", expect: 'fallback', style: 'out-of-scope' },
  { q: 'best vegan lasagne recipe?', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what time does the chemist on the high street close', expect: 'fallback', style: 'out-of-scope' },
];
