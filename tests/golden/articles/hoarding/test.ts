import type { ArticleCase } from '../types.ts';

const TITLE = 'Hoarding and Mental Health';
const WHAT = 'What is hoarding disorder?';
const SIGNS = 'Signs';
const WHY = 'Why people hoard';
const LINKS = 'Links with other mental health problems';
const DEP = 'Depression';
const ANX = 'Anxiety';
const OCD = 'Obsessive-compulsive disorder';
const EFFECTS = 'Effects on daily life and safety';
const TALK = 'Talking to someone who hoards';
const NOT = 'What not to do';
const TREAT = 'Treatment';
const CBT = 'CBT for hoarding';
const FAMILY = 'Support for families';
const FAQ = 'Frequently asked questions';
const F_LAZY = 'Is hoarding just laziness?';
const F_COLLECT = 'Is collecting the same as hoarding?';
const F_BETTER = 'Can hoarding get better?';
const F_CHILD = 'Can children hoard?';

/** Test half for the MediaWiki (Vector 2022) page "Hoarding and Mental Health": blind, never tuned on. */
export const test: ArticleCase[] = [
  // in scope
  { q: 'what is hoarding disorder', expect: 'answer', style: 'plain', headings: [TITLE, WHAT], evidence: ['finds it very hard to throw away or part with possessions'] },
  { q: 'what are the signs of hoarding', expect: 'answer', style: 'plain', headings: [SIGNS], evidence: ['collecting free things even when there is no space for them', 'not letting visitors into the home, including repair workers'] },
  { q: 'how is hoarding linked to depression', expect: 'answer', style: 'plain', headings: [DEP, LINKS], evidence: ['Depression is the condition that most often goes with hoarding.', 'Low mood and low energy make it harder to sort, clean'] },
  { q: 'what treatment is there for hoarding', expect: 'answer', style: 'plain', headings: [TREAT, CBT], evidence: ['The main talking treatment for hoarding is a form of', 'The first step is usually to speak to a GP, who'] },
  { q: 'why would someone be unable to part with old stuff that has no value', expect: 'answer', style: 'paraphrase', headings: [WHY], evidence: ['Possessions can feel like a source of safety and comfort.', 'Others worry that they will need an item in the future'] },
  { q: 'my dad gets furious if anyone shifts a single thing in his flat', expect: 'answer', style: 'paraphrase', headings: [SIGNS], evidence: ['feeling upset, anxious or angry when someone moves or touches their things'] },
  { q: 'how many people have it', expect: 'answer', style: 'short', headings: [WHAT], evidence: ['thought to affect around 2 to 6 people in every 100'] },
  { q: 'hoarding and ocd', expect: 'answer', style: 'short', headings: [OCD, LINKS], evidence: ['However, most people who hoard do not have OCD.', 'Hoarding used to be seen as a form of OCD'] },
  { q: 'fire safety visit?', expect: 'answer', style: 'short', headings: [EFFECTS], evidence: ['Local fire services in many areas offer free home safety visits'] },
  { q: 'when does hordeing usualy start', expect: 'answer', style: 'typo', headings: [WHAT], evidence: ['Hoarding often starts in the teenage years'] },
  { q: 'does cbt for hoarding happen at home or in a clinc', expect: 'answer', style: 'typo', headings: [CBT], evidence: ['It may include sessions at home, where the therapist and the person'] },
  { q: 'shud i just chuck it all in a skip wen shes out', expect: 'answer', style: 'phonetic', headings: [NOT], evidence: ['Forced clear-outs rarely work and can do real harm.', 'throwing things away behind the person'] },
  { q: 'is it cos of anxiety that they cant let go of fings', expect: 'answer', style: 'phonetic', headings: [ANX], evidence: ['Keeping things can calm worries about the future, while throwing things away'] },
  { q: 'ugh 😩 my mum keeps EVERYTHING "just in case"... is that a hoarding thing?? 🤷‍♀️', expect: 'answer', style: 'emoji-filler', headings: [SIGNS], evidence: ['keeping items such as newspapers, letters, bags or broken things'] },
  { q: 'so like 🙃 how do i even bring it up with my nan without her getting upset lol', expect: 'answer', style: 'emoji-filler', headings: [TALK], evidence: ['talk about your worries for them, not about the mess.', 'calm and respectful approach is more likely to help'] },
  { q: 'my brother hoards and I am worn out and embarrassed all the time, is that normal', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['Family members often feel frustrated, embarrassed, guilty or helpless'] },
  { q: 'what words should i avoid when talking to my aunt about her things', expect: 'answer', style: 'caregiver', headings: [TALK], evidence: ['rather than calling them rubbish or junk.'] },
  { q: 'my uncle says nothing is wrong with his house even though you cant get in the door, why does he not see it', expect: 'answer', style: 'caregiver', headings: [SIGNS], evidence: ['Many people who hoard do not see their clutter as a problem'] },
  { q: 'is hoarding a proper mental illness', expect: 'answer', style: 'yes-no', headings: [F_LAZY, FAQ, WHAT], evidence: ['a recognised mental health condition, not a lack of effort', 'recognised as a condition in its own right since 2013'] },
  { q: 'can a bereavement trigger hoarding', expect: 'answer', style: 'yes-no', headings: [WHY], evidence: ['get worse after a stressful or painful life event'] },
  { q: 'is it alright for me to insist the living room stays clear', expect: 'answer', style: 'yes-no', headings: [FAMILY], evidence: ['for example agreeing that shared spaces stay clear.'] },
  { q: "what's the difference between a collector and a hoarder", expect: 'answer', style: 'comparison', headings: [F_COLLECT, FAQ], evidence: ['Collectors usually keep a particular kind of item, display it with pride', 'Hoarding is more random, the items are often hidden in piles'] },
  { q: 'is hoarding different from just being untidy', expect: 'answer', style: 'comparison', headings: [TITLE, WHAT], evidence: ['Hoarding is not the same as being messy'] },
  { q: 'how long does cbt for hoarding take and who makes the decisions about what goes', expect: 'answer', style: 'two-part', headings: [CBT], evidence: ['CBT for hoarding usually takes place over several months.', 'The person stays in charge of every decision'] },
  { q: 'can hoarding run in families and is it genetic', expect: 'answer', style: 'two-part', headings: [WHY], evidence: ['It also seems to run in families', 'how much of this is down to genes'] },
  { q: 'my mother in law house is full of things, she cannot cook in kitchen anymore. this is part of hoarding?', expect: 'answer', style: 'non-native', headings: [EFFECTS, SIGNS], evidence: ['A person may be unable to cook in their kitchen', 'the kitchen, bathroom or bed being too cluttered to use'] },
  { q: 'the landlord can make problem for my friend because of too many things in flat?', expect: 'answer', style: 'non-native', headings: [EFFECTS], evidence: ['which can put a tenancy at risk'] },
  { q: "My partner and I cleared out my father's house last year while he was in hospital, about twelve skips' worth. He was devastated and barely speaks to us now, and the house is already filling up again. Did we do the wrong thing?", expect: 'answer', style: 'long-personal', headings: [NOT], evidence: ['Many people fill their homes again within months, sometimes faster than before', 'may feel violated and lose trust in the people who did it.'] },
  { q: "I've kept my late husband's newspapers and clothes for six years and the spare room is now full to the ceiling. I feel like throwing them out would be losing him again. My daughter thinks I need help. Is there any hope this gets better?", expect: 'answer', style: 'long-personal', headings: [F_BETTER, FAQ, WHY], evidence: ['many people reduce their clutter and feel more in control.', 'so throwing it away feels like losing that person again'] },
  // follow-ups
  { q: 'what if they say no the first time', before: ['how do i talk to my sister about her hoarding'], expect: 'answer', style: 'short', headings: [TALK], evidence: ['It may take several conversations before someone is ready to accept help.'] },
  { q: 'and in children?', before: ['what is hoarding disorder'], expect: 'answer', style: 'short', headings: [F_CHILD, FAQ], evidence: ['Children often like to keep things', 'it is worth talking to their GP'] },
  { q: 'what if the house is really unsafe and something has to happen now', before: ['why are forced clear-outs a bad idea'], expect: 'answer', style: 'paraphrase', headings: [NOT], evidence: ["involve professionals such as the council's housing team or adult social care"] },
  // out of scope: same domain, not covered
  { q: 'what medication is used for hoarding disorder', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does a professional declutterer cost', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is animal hoarding', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the clutter image rating scale', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can the council legally force entry to clean a hoarded house', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is hoarding linked to dementia', expect: 'fallback', style: 'out-of-scope' },
  // out of scope: off-domain
  { q: 'how do i get rid of a mouse infestation in my loft', expect: 'fallback', style: 'out-of-scope' },
  { q: 'which charity shops collect furniture for free', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i edit a page on this wiki', expect: 'fallback', style: 'out-of-scope' },
  { q: 'best storage boxes for a small flat', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i sell old coins online', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can I recycle old newspapers in the blue bin', expect: 'fallback', style: 'out-of-scope' },
];
