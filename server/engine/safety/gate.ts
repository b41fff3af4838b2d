/**
 * The safety gate's rule scan: every core-lexicon match of a message's view (lexicon.ts,
 * lexicon-levels.ts), with negation, subject and topic handling; detect.ts composes the matches
 * into a verdict. Also the crisis reply itself.
 */
import {
  COMPILED,
  DISCLOSURE,
  REVERSAL,
  STATE_VERBS,
  TOPIC,
  type Rule,
} from './lexicon.ts';
import {
  CLAUSE_BREAK,
  deniedAt,
  nearestSubject,
  SELF_WORDS,
  subjectBefore,
  tokenAt,
  whoOf,
  type View,
} from './view.ts';
import { prefilterOf } from './prefilter.ts';
import type { CrisisResources, CrisisSignal, CrisisWho, HelpCard, Reply } from '../types.ts';

export interface Hit {
  id: string;
  weak: boolean;
  /** A context cue (time, means): composes, never shows anything alone. */
  cue: boolean;
  who: CrisisWho;
}


/** Clause-initial words that imply an unstated "I": "been feeling suicidal lately". */
const IMPLICIT_SELF = new Set([
  'been', 'feeling', 'having', 'getting', 'thinking', 'keep', 'kinda', 'so', 'really', 'constantly',
  'still', 'always', 'feel', 'am', 'also', 'currently', 'lately', 'often',
]);
const POSSESSIVES = new Map<string, CrisisWho>([['my', 'self'], ['his', 'other'], ['her', 'other'], ['their', 'other'], ['our', 'self']]);

const TOPIC_ADJ = new Set([
  'own', 'constant', 'recurring', 'intrusive', 'dark', 'occasional', 'frequent', 'passive', 'active',
  'bad', 'severe', 'recent', 'old', 'current', 'daily', 'past', 'first', 'last', 'latest',
]);

const FIELD_NOUNS = new Set([
  'risk', 'rate', 'prevention', 'research', 'statistic', 'study', 'awareness', 'hotline', 'line',
  'patient', 'people', 'population', 'behavior', 'behaviour', 'trial', 'data', 'case',
]);
const SELF_DESCRIBED_NEXT = new Set([
  'and', 'again', 'now', 'today', 'tonight', 'lately', 'af', 'rn', '.', ',', '!', 'as', 'but', 'help',
]);

/**
 * The prefilter, derived from the rules themselves (safety-prefilter.ts): one literal scan per
 * joined string names the rules (and the topic words) that CAN match; only those run. Most
 * questions contain no trigger and run no rule at all.
 */
const LEM_RULES = COMPILED.filter((r) => r.on === 'lem');
const TOK_RULES = COMPILED.filter((r) => r.on === 'tok');
/** Lemma-string patterns: the lem rules in order, then TOPIC (last index). */
export const LEM_FILTER = prefilterOf([...LEM_RULES.map((r) => r.re), TOPIC]);
export const TOK_FILTER = prefilterOf(TOK_RULES.map((r) => r.re));
const TOPIC_INDEX = LEM_RULES.length;
/** Each lem (tok) rule's place in the lexicon. */
const LEM_PLACE = COMPILED.flatMap((r, i) => (r.on === 'lem' ? [i] : []));
const TOK_PLACE = COMPILED.flatMap((r, i) => (r.on === 'tok' ? [i] : []));

const NO_HITS: Hit[] = Object.freeze([]) as unknown as Hit[];

/** Every rule match of a view; denied matches are dropped unless a later clause reverses the denial. */
export function scan(v: View): Hit[] {
  const lemCan = LEM_FILTER.candidates(v.lem);
  const tokCan = TOK_FILTER.candidates(v.tok);
  v.topic = lemCan.length > 0 && lemCan[lemCan.length - 1] === TOPIC_INDEX;
  if (lemCan.length === 0 && tokCan.length === 0) return NO_HITS;
  const hits: Hit[] = [];
  // In the lexicon's order, so the verdict (first strong cue, weak ids) is the same as running all:
  // the two sorted candidate lists merged by their rules' places in the lexicon.
  let li = 0;
  let ti = 0;
  const lemEnd = lemCan.length > 0 && lemCan[lemCan.length - 1] === TOPIC_INDEX ? lemCan.length - 1 : lemCan.length;
  while (li < lemEnd || ti < tokCan.length) {
    const lemNext = li < lemEnd ? LEM_PLACE[lemCan[li]!]! : Infinity;
    const tokNext = ti < tokCan.length ? TOK_PLACE[tokCan[ti]!]! : Infinity;
    const lem = lemNext < tokNext;
    const rule = COMPILED[lem ? lemNext : tokNext]!;
    if (lem) li++;
    else ti++;
    const s = lem ? v.lem : v.tok;
    const at = lem ? v.lemStarts : v.tokStarts;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(s); m; m = rule.re.exec(s)) {
      const start = tokenAt(at, m.index + 1);
      const end = tokenAt(at, m.index + m[0].length - 1) + 1;
      if (start < 0 || !accept(v, rule, start)) continue;
      hits.push({ id: rule.id, weak: rule.weak === true, cue: rule.cue === true, who: whoOf(v, start, end) });
      break;
    }
  }
  if (v.topic) hits.push(...topicHits(v));
  return hits;
}

/** "…but now I do" reverses a denial; read only when a deniable cue is found, once per view. */
const reversed = (v: View): boolean => (v.reversed ??= REVERSAL.test(v.lem));

function accept(v: View, rule: Rule, start: number): boolean {
  if (rule.deniable && !reversed(v) && deniedAt(v, start)) {
    v.denied = true;
    return false;
  }
  if (!rule.anchor) return true;
  const subject = subjectBefore(v, start);
  return rule.anchor === 'person' ? subject === 'self' || subject === 'other' : subject !== 'generic';
}

/**
 * Topic words ("suicidal", "suicide", "self-harm") are a crisis only when a person speaks about
 * themselves or someone they know: a possessive ("my suicidal thoughts"), a personal subject with a
 * state verb ("my girlfriend is suicidal", "I attempted suicide"), an implied "I" ("been feeling
 * suicidal"), or a later pronoun that discloses it ("… suicidal thoughts? I have them every day").
 */
function topicHits(v: View): Hit[] {
  const hits: Hit[] = [];
  let topicSeenAt = -1;
  TOPIC.lastIndex = 0;
  for (let m = TOPIC.exec(v.lem); m; m = TOPIC.exec(v.lem)) {
    const start = tokenAt(v.lemStarts, m.index + 1);
    if (start < 0) continue;
    if (!reversed(v) && deniedAt(v, start)) {
      v.denied = true;
      continue;
    }
    if (topicSeenAt < 0) topicSeenAt = m.index;
    const end = tokenAt(v.lemStarts, m.index + m[0].length - 1) + 1;
    if (modifiesNoun(v, start, end)) continue;
    const who = personalAnchor(v, start);
    if (who) hits.push({ id: 'ideation:topic-personal', weak: false, cue: false, who });
  }
  if (topicSeenAt >= 0 && hits.length === 0) {
    DISCLOSURE.lastIndex = topicSeenAt;
    let d = DISCLOSURE.exec(v.lem);
    // "… suicidal thoughts, I don't have those": a disclosure denied is none.
    while (d && DENIED_DISCLOSURE.test(d[0])) d = DISCLOSURE.exec(v.lem);
    if (d) {
      const start = tokenAt(v.lemStarts, d.index + 1);
      hits.push({ id: 'ideation:topic-disclosed', weak: false, cue: false, who: SELF_WORDS.has(v.words[start] ?? '') ? 'self' : 'other' });
    }
  }
  return hits;
}

/** A negation between the person and the verb of a disclosure ("i dont have those", "i never get them"). */
const DENIED_DISCLOSURE = / (?:dont|don't|do|does|doesnt|didnt|did|never|not|no longer|cant|cannot|wont)(?= )/;

/** Nouns a topic word can modify and still name a person's state: "suicide note", "self harm scars". */
const STATE_NOUNS = new Set([
  'thought', 'thoughts', 'attempt', 'ideation', 'urge', 'feeling', 'idea', 'note', 'letter', 'plan', 'pact',
  'method', 'mission', 'scar', 'cut', 'wound', 'relapse', 'tendency', 'episode', 'crisis', 'thot', 'vibe',
]);

/**
 * A topic noun used as a modifier of another noun names a topic, not a state: "a suicide
 * storyline", "a self-harm awareness talk", "suicide gene therapy" (wink's tags decide the noun).
 */
function modifiesNoun(v: View, start: number, end: number): boolean {
  // Only the nouns: "suicidal depression" is a state.
  if (v.words[start] === 'suicidal') return false;
  const next = v.lemmas[end] ?? '';
  if (FIELD_NOUNS.has(next)) return true;
  if (next === '' || STATE_NOUNS.has(next) || STATE_NOUNS.has(v.words[end] ?? '')) return false;
  return v.analysis !== undefined && v.analysis.pos[end] === 'NOUN';
}

function personalAnchor(v: View, start: number): CrisisWho | null {
  // "my suicidal thoughts", "her constant suicidal thoughts"
  const before = v.words[start - 1] ?? '';
  const possessive = POSSESSIVES.get(before) ?? (TOPIC_ADJ.has(before) ? POSSESSIVES.get(v.words[start - 2] ?? '') : undefined);
  if (possessive) return possessive;
  // "suicide risk", "suicide prevention": the word names a field, not a person's state.
  if (FIELD_NOUNS.has(v.lemmas[start + 1] ?? '')) return null;
  const { kind, index } = nearestSubject(v, start);
  if (kind === 'generic') return null;
  if (kind === 'self' || kind === 'other') {
    for (let i = index; i < start; i++) {
      if (STATE_VERBS.has(v.lemmas[i] ?? '') || STATE_VERBS.has(v.words[i] ?? '')) return kind;
    }
    // "is my son suicidal?": the verb comes before the subject.
    for (let i = index - 1; i >= 0 && !CLAUSE_BREAK.has(v.words[i] ?? ''); i--) {
      if (STATE_VERBS.has(v.lemmas[i] ?? '')) return kind;
    }
    return null;
  }
  if (IMPLICIT_SELF.has(v.words[index + 1] ?? '')) return 'self';
  // "suicidal and alone", "suicidal again": the adjective opens the clause and describes the writer.
  const described = v.words[start] === 'suicidal' && index + 1 === start;
  return described && SELF_DESCRIBED_NEXT.has(v.words[start + 1] ?? '') ? 'self' : null;
}

// ─── Resources and the crisis reply ──────────────────────────────────────────────────────────────

/**
 * The crisis reply: short and warm, then every resource on its own line, then emergency and
 * international lines; worded for a helper when someone else is at risk. Plain text.
 *
 * @example crisisReply({ crisis: true, who: 'self', reason: 'x' }, site.crisis).text
 */
export function crisisReply(signal: CrisisSignal, resources: CrisisResources): Reply {
  const lines = [
    resources.intro[signal.who],
    ...resources.resources.map((r) => `- ${r.name}: ${r.action}`),
    resources.emergency[signal.who],
    resources.international.text,
  ];
  return { kind: 'crisis', text: lines.join('\n'), sources: [], suggestions: [], confidence: 1, context: '', help: helpCard(resources) };
}

/** The crisis card's links, in the order the widget shows them: every line's, then emergency, then abroad. */
export function helpCard(resources: CrisisResources): HelpCard {
  return {
    title: resources.title,
    contacts: [...resources.resources.flatMap((r) => r.contacts), resources.emergency.contact, resources.international.contact],
  };
}
