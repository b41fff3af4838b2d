/**
 * Multi-turn golden dialogues. Each turn is sent with the `context` the previous reply returned, so
 * follow-ups ("what about for pain?", "how fast?", "why?", "tell me more") only score when the
 * engine carries the topic. Crisis cues and small talk arrive mid-conversation; topics switch.
 */
import { S, ask, type SectionId } from './inscope.ts';
import type { GoldenCase, GoldenDialogue } from './types.ts';

const crisis = (q: string, why?: string): GoldenCase => (why ? { q, kind: 'crisis', why } : { q, kind: 'crisis' });
const smalltalk = (q: string): GoldenCase => ({ q, kind: 'smalltalk' });
const fallback = (q: string, why?: string): GoldenCase => (why ? { q, kind: 'fallback', why } : { q, kind: 'fallback' });
const referral = (q: string, sections: SectionId[], why: string): GoldenCase => ({ q, kind: 'referral', sections, why });

const DURATION: SectionId[] = [S.howLong, S.longer, S.what, S.trdBipolar];
const SPEED: SectionId[] = [S.onset, S.what, S.work, S.howLong];
const ROUTE: SectionId[] = [S.work, S.doses, S.what];
const PAIN: SectionId[] = [S.pain, S.longer, S.work, S.what, S.onset];
const WHY_FAST: SectionId[] = [S.mechanism, S.onset, S.work, S.what];

export const dialogues: GoldenDialogue[] = [
  {
    name: 'depression → pain → duration of pain relief',
    why: '"what about for pain?" and "how long does that last" only make sense with the topic carried',
    turns: [
      ask('can ketamine help with depression quickly?', SPEED),
      ask('what about for pain?', PAIN, 'elliptical follow-up; the subject "ketamine" comes from context'),
      ask('how long does that last', [S.pain], '"that" = pain relief; the general duration section would be wrong here'),
      smalltalk('thanks!'),
    ],
  },
  {
    name: 'definition → route → speed',
    turns: [
      ask('what is ketamine', [S.what, S.mechanism]),
      ask('and how is it given?', ROUTE, '"it" = ketamine; starts with "and"'),
      ask('how fast?', SPEED, 'two words; the verb ("work") comes from context'),
    ],
  },
  {
    name: 'speed → why',
    turns: [
      ask('does ketamine work faster than antidepressants', SPEED),
      ask('why?', WHY_FAST, 'one word; the reason for the speed is the mechanism'),
    ],
  },
  {
    name: 'duration → tell me more → what then',
    turns: [
      ask('how long does ketamine last', DURATION),
      ask('tell me more', DURATION, 'next-best sentences of the same topic'),
      ask('and what happens once it wears off?', [S.longer], '"shift to other treatment options" after the window period'),
    ],
  },
  {
    name: 'crisis arrives mid-conversation, then the visitor returns to the topic',
    turns: [
      ask('how long does ketamine take to work', SPEED),
      crisis("honestly i don't think i can keep going. i just want to end it all", 'indirect ideation mid-dialogue, after a factual turn'),
      ask('ok. how is it given?', ROUTE, 'after the crisis reply the bot still answers'),
    ],
  },
  {
    name: 'third person at risk mid-conversation',
    turns: [
      ask('does it help bipolar', [S.trdBipolar, S.longer, S.howLong]),
      crisis('my brother has bipolar and last night he told me he wants to kill himself', 'a third person at risk, in the same topic as the previous turn'),
    ],
  },
  {
    name: 'small talk around questions',
    turns: [
      smalltalk('hi'),
      ask("what's ketamine used for", [S.what, S.work]),
      smalltalk('are you a real person?'),
      ask('ok, side effects?', [S.onset, S.work], 'after small talk the topic is still ketamine'),
      smalltalk('bye'),
    ],
  },
  {
    name: 'dose → frequency → switch to mood FAQs',
    turns: [
      ask('what dose is typical for infusions', [S.doses]),
      ask('how often?', [S.doses, S.work], 'frequency of the sessions, in the dose context'),
      ask('different question - does sleep affect mood?', [S.faqNatural], 'topic switch'),
      ask('and what else can help quickly?', [S.faqFast], '"quickly" in the mood context → the fast-mood FAQ, not ketamine onset'),
    ],
  },
  {
    name: 'out-of-scope follow-ups inside an in-scope conversation',
    turns: [
      ask('is it approved', [S.what, S.onset]),
      fallback('how much does it cost?', 'a follow-up the article cannot answer; context must not force an answer'),
      fallback('does insurance pay for it'),
      ask('ok what about the nasal spray, can you use it at home?', [S.what]),
    ],
  },
  {
    name: 'general dose → personal dose → back to general',
    turns: [
      ask('what dose is used for depression', [S.doses]),
      referral('so how much should i take? i weigh about 70kg', [S.doses], 'a personal dose is a referral, even right after a general dose answer'),
      ask('how long does it last?', DURATION),
    ],
  },
  {
    name: 'mechanism drill-down',
    turns: [
      ask('what does ketamine do to glutamate receptors', [S.mechanism, S.work, S.onset, S.what]),
      ask('and dopamine?', [S.mechanism], 'one noun; dopamine is only in the mechanism section'),
      ask('why does that matter?', [S.mechanism], '"that" = dopamine release → rapid antidepressant effects, reward and motivation'),
    ],
  },
  {
    name: 'antidepressants vs ketamine',
    turns: [
      ask('how long do normal antidepressants take to work', [S.trad, S.howLong, S.onset, S.work]),
      ask('and ketamine?', SPEED, 'the question type (time to effect) comes from the previous turn'),
      ask('what about side effects of those older meds', [S.trad], '"those older meds" = the antidepressants of turn 1, not ketamine'),
    ],
  },
  {
    name: 'bipolar → how → pain → boosters',
    turns: [
      ask('ketamine for bipolar disorder?', [S.trdBipolar, S.longer, S.howLong]),
      ask('how does it help with that?', [S.trdBipolar], '"stabilize mood and reduce depressive symptoms in bipolar disorder patients"'),
      ask('what about chronic pain?', PAIN),
      ask('do you need boosters for that?', [S.pain], '"that" = pain relief; booster infusions'),
    ],
  },
  {
    name: 'greeting, all-caps question, thanks, goodbye',
    turns: [
      smalltalk('hello there'),
      ask('WHEN DOES IT WEAR OFF', DURATION, 'all caps; "wear off" → last / fade'),
      smalltalk('thank u'),
      smalltalk('bye'),
    ],
  },
  {
    name: 'topic question on suicidality, then an indirect crisis cue, then back',
    turns: [
      ask('can ketamine help with suicidal thoughts', [S.onset], 'suicidality as a topic is not a crisis'),
      crisis('good because honestly everyone would be better off without me', 'indirect ideation right after a topic question'),
      ask('sorry. forget it. what is ketamine exactly?', [S.what, S.mechanism]),
    ],
  },
  {
    name: 'idiom, then a follow-up',
    turns: [
      ask("i'm dying to know how fast ketamine works", SPEED, '"dying to know" is an idiom, not a crisis'),
      ask('and how long does it last', DURATION),
      ask('is it a nasal thing?', ROUTE),
    ],
  },
];
