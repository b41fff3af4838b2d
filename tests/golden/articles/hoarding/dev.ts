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

/** Dev half for the MediaWiki (Vector 2022) page "Hoarding and Mental Health": free to tune on. */
export const dev: ArticleCase[] = [
  // in scope
  { q: 'what three things mark hoarding out from ordinary clutter', expect: 'answer', style: 'plain', headings: [WHAT], evidence: ['a lasting difficulty getting rid of things, whatever their actual value', 'a strong urge to save items and real distress when trying'] },
  { q: 'who is this page for', expect: 'answer', style: 'plain', headings: [TITLE], evidence: ['It is written for people who hoard, for the people around them'] },
  { q: 'how does anxiety keep hoarding going', expect: 'answer', style: 'plain', headings: [ANX], evidence: ['Because avoiding that feeling brings quick relief, the habit of keeping', 'Keeping things can calm worries about the future'] },
  { q: 'where do i go first to get help for hoarding', expect: 'answer', style: 'plain', headings: [TREAT], evidence: ['The first step is usually to speak to a GP, who', 'specialist hoarding support services or peer support groups run by charities'] },
  { q: 'why does my gran feel so ashamed of her house she hides it from everyone', expect: 'answer', style: 'paraphrase', headings: [SIGNS], evidence: ['Others know it is a problem but feel ashamed and stuck'] },
  { q: 'does the mess make your mood worse or the other way round', expect: 'answer', style: 'paraphrase', headings: [DEP], evidence: ['living in a cluttered home can leave a person feeling hopeless', 'Low mood and low energy make it harder to sort, clean'] },
  { q: 'is it something people only ask for help with when they are older', expect: 'answer', style: 'paraphrase', headings: [WHAT], evidence: ['Many people do not seek help until their fifties or later'] },
  { q: 'loneliness', expect: 'answer', style: 'short', headings: [EFFECTS], evidence: ['They may stop inviting friends round and become lonely.'] },
  { q: 'damp and mould?', expect: 'answer', style: 'short', headings: [EFFECTS], evidence: ['damp, mould and pests, which can harm health'] },
  { q: 'stopping buying new things', expect: 'answer', style: 'short', headings: [CBT], evidence: ['They also work on not bringing new things into the home.'] },
  { q: 'is hoardng the same as bein lazy', expect: 'answer', style: 'typo', headings: [F_LAZY, FAQ], evidence: ['a recognised mental health condition, not a lack of effort', 'Many people who hoard work hard in other parts of their lives.'] },
  { q: 'my freind cant make desicions about anything, is that part of hoarding', expect: 'answer', style: 'typo', headings: [SIGNS, WHY], evidence: ['finding it hard to make decisions, organise or plan', 'Problems with attention, decision-making and organising can also make it harder'] },
  { q: 'wot do i do if me mum wont let the boiler man in', expect: 'answer', style: 'phonetic', headings: [SIGNS, EFFECTS], evidence: ['not letting visitors into the home, including repair workers', 'Local fire services in many areas offer free home safety visits'] },
  { q: 'iz it ok to argue wiv him about wot to keep', expect: 'answer', style: 'phonetic', headings: [NOT], evidence: ['arguing about whether an item is worth keeping'] },
  { q: '😬 ok so random but are my grandad\'s 40 years of model trains hoarding or collecting?? 🚂', expect: 'answer', style: 'emoji-filler', headings: [F_COLLECT, FAQ], evidence: ['display it with pride and keep it organised', 'the clutter causes distress or gets in the way of daily life'] },
  { q: 'honestly 😤 so tired of fighting with my sister about her stuff... any help for me??', expect: 'answer', style: 'emoji-filler', headings: [FAMILY], evidence: ['Some charities run support groups for families, where you can talk', 'Looking after your own mental health is not selfish'] },
  { q: 'my kids are embarrassed to have friends over because of their dad\'s hoarding, how common is that', expect: 'answer', style: 'caregiver', headings: [FAMILY], evidence: ['Children who grow up in a hoarded home may feel ashamed'] },
  { q: 'my elderly mum has stuff piled on the stairs, what should I be worried about', expect: 'answer', style: 'caregiver', headings: [EFFECTS], evidence: ['trips and falls, especially for older people'] },
  { q: 'what should i ask my neighbour about first when i raise her hoarding', expect: 'answer', style: 'caregiver', headings: [TALK], evidence: ['Ask about safety first, for example whether they can get out easily'] },
  { q: 'does everyone with hoarding also have OCD', expect: 'answer', style: 'yes-no', headings: [OCD], evidence: ['However, most people who hoard do not have OCD.'] },
  { q: 'do most hoarders have another mental health problem too', expect: 'answer', style: 'yes-no', headings: [LINKS], evidence: ['also have at least one other mental health problem.'] },
  { q: 'is it normal for my 6 year old to keep every bit of paper', expect: 'answer', style: 'yes-no', headings: [F_CHILD, FAQ], evidence: ['this is usually a normal part of growing up', 'Children often like to keep things'] },
  { q: 'how does keeping things feel in hoarding compared with ocd', expect: 'answer', style: 'comparison', headings: [OCD], evidence: ['In hoarding disorder, keeping things usually feels wanted or comforting', 'while OCD thoughts feel unwanted and intrusive'] },
  { q: 'is it better to clear it all at once or go slowly', expect: 'answer', style: 'comparison', headings: [NOT, TALK], evidence: ['Forced clear-outs rarely work and can do real harm.', 'Accept that change will be slow'] },
  { q: 'when was hoarding recognised as its own condition and what was it called before', expect: 'answer', style: 'two-part', headings: [WHAT], evidence: ['recognised as a condition in its own right since 2013', 'it was usually described as a type of obsessive-compulsive disorder'] },
  { q: 'does depression or anxiety treatment help with hoarding and should it happen at the same time', expect: 'answer', style: 'two-part', headings: [CBT, LINKS], evidence: ['treating that as well can make the hoarding work easier', 'Treating the other problem can sometimes make hoarding easier to tackle'] },
  { q: 'my brother he lose bills in the papers and now he have money trouble, the hoarding can do this?', expect: 'answer', style: 'non-native', headings: [EFFECTS], evidence: ['money problems can build up from buying things or from lost bills'] },
  { q: 'what is meaning of limited insight for hoarding person?', expect: 'answer', style: 'non-native', headings: [SIGNS], evidence: ['which professionals call having limited insight'] },
  { q: "I've had setbacks. I got the dining room clear last spring with help from a support worker, then my mum died and I've filled it again. I feel like a total failure and like the work was wasted. Is going backwards like this normal?", expect: 'answer', style: 'long-personal', headings: [F_BETTER, FAQ, WHY], evidence: ['setbacks are a normal part of recovery', 'Change often happens in small steps'] },
  // follow-ups
  { q: 'and what actually happens in the sessions', before: ['what is cbt for hoarding'], expect: 'answer', style: 'paraphrase', headings: [CBT], evidence: ['practise tolerating the discomfort of letting go until it eases', 'practise making decisions about their possessions'] },
  { q: 'does it work?', before: ['what therapy helps people who hoard'], expect: 'answer', style: 'short', headings: [CBT, F_BETTER], evidence: ['Progress is often slow, but many people find their homes', 'many people reduce their clutter and feel more in control.'] },
  { q: 'what about if i just keep the peace', before: ['how do i talk to my dad about his clutter'], expect: 'answer', style: 'paraphrase', headings: [TALK], evidence: ['Keeping the relationship going is more important than winning any one argument.'] },
  // out of scope: same domain, not covered
  { q: 'is there a hoarding helpline i can ring', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how long is the nhs waiting list for hoarding therapy', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is diogenes syndrome', expect: 'fallback', style: 'out-of-scope' },
  { q: 'does adhd medication help hoarding', expect: 'fallback', style: 'out-of-scope' },
  { q: 'can i get a carers assessment for looking after my hoarding mum', expect: 'fallback', style: 'out-of-scope' },
  { q: 'is online shopping addiction the same as hoarding', expect: 'fallback', style: 'comparison', why: 'buying is a sign; shopping addiction never named or compared' },
  // out of scope: off-domain
  { q: 'how do i book a bulky waste collection', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what is the konmari method', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i create an account on this wiki', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how much does a skip cost to hire', expect: 'fallback', style: 'out-of-scope' },
  { q: 'how do i get my deposit back from my landlord', expect: 'fallback', style: 'out-of-scope' },
  { q: 'what time does the recycling centre open on sundays', expect: 'fallback', style: 'out-of-scope' },
];
