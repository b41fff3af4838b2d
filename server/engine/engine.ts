/**
 * The answer engine: one visitor message in, one Reply out. Pure and synchronous; no I/O.
 *
 * Order, on EVERY message (first turn or mid-conversation): safety gate → small talk → referral →
 * question type → query understanding → retrieval → answer selection → confidence → reply.
 * The message is read by wink-nlp exactly once (server/engine/understand/analyze.ts); every stage reads that Analysis.
 */
import { analyze } from './understand/analyze.ts';
import { chatToText, hasChat } from './understand/chat.ts';
import { answerEvidence, assess } from './confidence.ts';
import { articleText, sourceOf, withLines } from './compose.ts';
import { type ConversationState, decodeContext, EMPTY_STATE, encodeContext } from './context.ts';
import { type EngineOptions, resolveOptions } from './defaults.ts';
import { createGuards, type Guards } from './safety/guards.ts';
import { CUE as SAFETY_CUE, LOOKBACK } from './safety/cues.ts';
import { acknowledgeText, DOSE_FIGURE, personalStatement, supportMove, supportText } from './support.ts';
import { carriedTerms, DEMONSTRATIVE, followupKind } from './followup.ts';
import { cueTerms, detectIntent, FEATURE_INTENTS, featureIndex, type Intent } from './understand/intent.ts';
import { buildModel, type CorpusModel } from './model.ts';
import { type Query, understand } from './understand/query.ts';
import { rankTopics, selectSentences, sentenceScore } from './rank.ts';
import { postingsFor, retrieve } from './retrieve.ts';
import { createSuggester, type Suggester } from './suggest.ts';
import { scopeSiteData } from './scope.ts';
import { widen } from './units.ts';
import type { EngineStrings, SiteData } from './site.ts';
import type { Analysis, Corpus, CrisisSignal, Engine, EngineResult, Reply } from './types.ts';

export type { EngineOptions } from './defaults.ts';

/** Longest message the engine reads; the HTTP layer rejects longer ones before this. */
const MAX_MESSAGE = 2000;

/** An engine result plus what it said, for a caller that wraps it (referral). */
interface Outcome {
  result: EngineResult;
  said: number[];
  next?: ConversationState;
}

/** Concept id of question-type cue words: they weigh in, but are no word of the visitor's to count. */
const CUE = -1;

/** Question types the article has marked sentences for: their frame says what is asked. */
/** Question types read from a sentence's shape: an article without one still answers the question. */
const SHAPE_TYPES = new Set<Intent>(['definition', 'list', 'who', 'when']);

const TYPED = new Set<Intent>(['duration', 'onset', 'dose', 'side-effects', 'mechanism', 'administration']);

interface Turn {
  a: Analysis;
  /** The message as a question: `a`, or chat writing spelt out (understand/chat.ts). */
  q: Analysis;
  /** The referral detector saw a (general) dose question: the answer carries the dose caution. */
  doseTopic: boolean;
  state: ConversationState;
  message: string;
  /** The look-back the next turn gets: the earlier messages' cue flags and this one's. */
  cues: number[];
  /** Support mode from this reply on (a crisis or concern reply now or earlier). */
  support: boolean;
}

class AnswerEngine implements Engine {
  readonly corpus: Corpus;
  private readonly model: CorpusModel;
  private readonly opts: EngineOptions;
  private readonly suggester: Suggester;
  private readonly guards: Guards;
  private readonly strings: EngineStrings;
  private readonly intentCues: Map<Intent, string[]>;
  /** Best fit of any sentence for each question type (FEATURE_INTENTS order). */
  private readonly available: number[];

  constructor({ corpus, indexJson, site }: KnowledgeBuild, options: Partial<EngineOptions>, guards: Guards) {
    this.corpus = corpus;
    this.opts = resolveOptions(options);
    this.strings = site.strings;
    // Phrases and questions written for an article that is not in this corpus drop out.
    const scoped = scopeSiteData(site, corpus.docs);
    this.model = buildModel(corpus, indexJson, scoped.questions, scoped.synonyms);
    this.suggester = createSuggester(this.model);
    // Per-term result lists, read once here rather than on the first visitor's message.
    postingsFor(this.model, this.opts.fieldBoosts);
    this.guards = guards;
    this.available = FEATURE_INTENTS.map((_, f) => Math.max(0, ...this.model.features.map((v) => v[f] ?? 0)));
    this.intentCues = new Map(
      [...FEATURE_INTENTS, 'overview' as const].map((k) => [k as Intent, cueTerms(k).filter((t) => this.model.lexicon.vocab.has(t))]),
    );
  }

  answer(message: string, context?: string): EngineResult {
    const text = typeof message === 'string' ? message.slice(0, MAX_MESSAGE) : '';
    const state = decodeContext(context, this.model) ?? EMPTY_STATE;
    const a = analyze(text);

    // 1. Safety gate, before anything else, with the earlier messages' cue flags as look-back.
    const { signal, cues, halfCue } = this.guards.assess(a, state.cues);
    const support = state.crisis || signal.crisis || signal.concern;
    const turn: Turn = { a, q: a, state, message: text, doseTopic: false, cues: [...state.cues, cues].slice(-LOOKBACK), support };
    if (signal.crisis) return this.crisisTurn(turn, signal);
    const notice = this.guards.languageNotice(text);
    if (notice !== null) return this.safetyReply(turn, 'smalltalk', withLines(notice, this.guards.helpLine), 'language');
    if (signal.concern) return this.concernTurn(turn, signal);
    if (state.crisis) return this.supportTurn(turn);
    const result = this.respond(turn);
    // The fallback path is where unseen phrasings land: a message about oneself with a risk word gets
    // the check-in, and a statement about oneself never gets the cold line.
    if (halfCue && personalStatement(a)) {
      return this.concernTurn({ ...turn, support: true }, { crisis: false, concern: true, who: 'self', reason: 'half-cue', level: 'none' });
    }
    if (result.reply.kind === 'fallback' && personalStatement(a)) result.reply.text = this.guards.safety.support.personal;
    return result;
  }

  /** The crisis card. A message whose only signal is what came before it still gets its article answer, with help. */
  private crisisTurn(turn: Turn, signal: CrisisSignal): EngineResult {
    if (signal.reason.startsWith('follow-up')) {
      // Built only on what came before: a hopeless remark or a means question gets support, an
      // ordinary article question its answer (with help), anything else the card again.
      const means = ((turn.cues[turn.cues.length - 1] ?? 0) & SAFETY_CUE.means) !== 0;
      const move = supportMove(turn.a, null, means);
      if (move === 'hopeless' || move === 'means') return this.supportTurn(turn);
      const result = personalStatement(turn.a) ? null : this.respond(turn);
      if (result && result.reply.kind === 'answer' && !this.dosed(result)) return this.withHelp(result);
    }
    const reply = this.guards.crisisReply(signal);
    const notice = this.guards.languageNotice(turn.message);
    const next: ConversationState = { tp: null, said: [], intent: null, terms: [], crisis: true, cues: turn.cues };
    const text = notice === null ? reply.text : withLines(notice, reply.text);
    return { reply: { ...reply, text, context: encodeContext(next, this.model) }, trace: { sectionId: null, intent: `crisis:${signal.level}:${signal.who}` } };
  }

  /** The gentle check-in with the resources, then the article's answer if the message asked one. */
  private concernTurn(turn: Turn, signal: CrisisSignal): EngineResult {
    const intro = this.guards.safety.concern[signal.who];
    const result = turn.state.crisis ? null : this.respond(turn);
    if (result && result.reply.kind === 'answer' && !this.dosed(result)) {
      const r = result.reply;
      r.kind = 'concern';
      r.text = withLines(intro, r.text, this.guards.helpLine);
      r.help = this.guards.help;
      result.trace.intent = `concern:${signal.level}`;
      return result;
    }
    if (turn.state.crisis) return this.supportTurn(turn);
    return this.safetyReply(turn, 'concern', withLines(intro, this.guards.helpLine), `concern:${signal.level}`);
  }

  /** Support mode: warm, honest replies; no means or dose details; help on every reply. */
  private supportTurn(turn: Turn): EngineResult {
    const texts = this.guards.safety.support;
    const line = this.guards.helpLine;
    const smalltalk = this.guards.detectSmalltalk(turn.a);
    const means = ((turn.cues[turn.cues.length - 1] ?? 0) & SAFETY_CUE.means) !== 0;
    const move = supportMove(turn.a, smalltalk, means);
    if (move !== null) {
      const kind = move === 'means' || move === 'hopeless' ? 'concern' : 'smalltalk';
      return this.safetyReply(turn, kind, supportText(texts, move, line), `support:${move}`);
    }
    // Words the bot can't read (another script, emoji only) get the acknowledgement, never an article guess.
    if (!/[a-z]{2}/i.test(turn.message)) return this.safetyReply(turn, 'concern', acknowledgeText(texts, line), 'support:acknowledge');
    const result = this.respond(turn);
    const kind = result.reply.kind;
    if (kind === 'answer' && this.dosed(result)) return this.safetyReply(turn, 'concern', supportText(texts, 'means', line), 'support:means');
    if (kind === 'answer' || kind === 'referral' || kind === 'smalltalk') return this.withHelp(result);
    return this.safetyReply(turn, 'concern', acknowledgeText(texts, line), 'support:acknowledge');
  }

  /** True when an answer gives dose figures: withheld in a conversation that has shown risk. */
  private dosed(result: EngineResult): boolean {
    return result.reply.text.includes(this.guards.doseCaution) || DOSE_FIGURE.test(result.reply.text);
  }

  /** Adds the help line and the help card to a reply (the context already keeps support mode). */
  private withHelp(result: EngineResult): EngineResult {
    result.reply.text = withLines(result.reply.text, this.guards.helpLine);
    result.reply.help = this.guards.help;
    return result;
  }

  /** A reply of the safety tiers that is no article text: no sources, help card on. */
  private safetyReply(turn: Turn, kind: Reply['kind'], text: string, intent: string): EngineResult {
    const { result } = this.reply(turn, kind, text, [], [], 1, null, intent);
    if (kind !== 'smalltalk' || turn.support) result.reply.help = this.guards.help;
    return result;
  }

  suggest(partial: string, limit?: number): string[] {
    return this.suggester.typeahead(partial, limit);
  }

  starters(): string[] {
    return this.suggester.starters();
  }

  private respond(turn: Turn): EngineResult {
    const { a } = turn;

    // 2. Small talk. The detector returns null when the message also asks something ("hi, how long…").
    const smalltalk = this.guards.detectSmalltalk(a);
    if (smalltalk !== null) {
      return this.reply(turn, 'smalltalk', this.guards.smalltalkText(smalltalk), [], this.suggester.starters().slice(0, 3), 1, null, `smalltalk:${smalltalk}`).result;
    }
    const spelt = hasChat(a.tokens) ? chatToText(turn.message) : null;
    if (spelt !== null) turn.q = analyze(spelt);
    const intent = detectIntent(turn.q);
    const query = understand(turn.q, this.model.lexicon, this.opts);

    // 3. Referral: a personal medical decision. The article's general fact may follow, with its source.
    const referral = this.guards.detectReferral(a);
    turn.doseTopic = referral.topic === 'dose';
    if (referral.personal) {
      const fact = this.answerQuestion(turn, intent, query, true);
      const lines = [this.guards.referralText(referral.topic)];
      const { reply, trace } = fact.result;
      // A loosely related fact after a referral reads as advice on the visitor's case: add only a confident one.
      if (reply.kind === 'answer' && reply.confidence >= this.opts.referralFactConfidence) {
        lines.push(`${this.strings.referralFact} ${articleText(this.model, fact.said)}`);
        return this.reply(turn, 'referral', withLines(lines[0]!, lines[1]), reply.sources, reply.suggestions, reply.confidence, trace.sectionId, `referral:${referral.topic}`, fact.next).result;
      }
      return this.reply(turn, 'referral', lines[0]!, [], this.suggester.offer([], 3), 1, null, `referral:${referral.topic}`).result;
    }

    // 4–7. The question itself.
    return this.answerQuestion(turn, intent, query, false).result;
  }

  private answerQuestion(turn: Turn, intentIn: Intent, queryIn: Query, strict: boolean): Outcome {
    const { state } = turn;
    const m = this.model;
    let intent = intentIn;
    let query = queryIn;
    const hasContent = query.content.length > 0;
    const kind = strict ? 'none' : followupKind(turn.q.normalized, intent, query, state);
    const followup = kind !== 'none';
    let prior: number | undefined;
    const exclude = new Set<number>();

    if (followup) {
      for (const sid of state.said) exclude.add(sid);
      if (kind === 'stay' || kind === 'more') prior = state.tp ?? undefined;
      // An elliptical question keeps the last question's type ("what about for pain?" after "how long…").
      if ((intent === 'general' || intent === 'yes-no') && state.intent && state.intent !== 'more') intent = state.intent;
      const weights = new Map(query.weights);
      // A shift that names a subject of its own ("what about for pain?") leaves the old subject behind.
      const named = query.content.some((c) => c.covered && c.idf >= this.opts.subjectIdf);
      const carried = kind === 'shift' ? (named ? 0 : this.opts.shiftCarry) : this.opts.stayCarry;
      if (carried > 0) for (const t of state.terms) if (!weights.has(t)) weights.set(t, carried);
      if (!hasContent || kind === 'more') for (const t of this.intentCues.get(intent) ?? []) if (!weights.has(t)) weights.set(t, 0.5);
      query = { ...query, weights };
    } else if (!hasContent) {
      // Nothing but a question type ("how fast?"): its cue words stand in for the subject.
      for (const t of this.intentCues.get(intent) ?? []) query.weights.set(t, this.opts.expansionWeight);
    } else if (TYPED.has(intent) && this.opts.cueWeight > 0) {
      // A question type the article has sentences for steers retrieval a little too: "how much
      // is in one tablet" leans towards where doses are stated, not every sentence naming tablets.
      for (const t of this.intentCues.get(intent) ?? []) {
        if (query.weights.has(t)) continue;
        query.weights.set(t, this.opts.cueWeight);
        query.concepts.set(t, CUE);
      }
    }

    // "Tell me more": next-best sentences of the same topic, never what was already said.
    if (kind === 'more' && state.tp !== null) {
      const prevIntent = state.intent ?? 'general';
      const sids = selectSentences(m, query, prevIntent, state.tp, this.opts, exclude);
      if (sids.length > 0) return this.answerReply(turn, state.tp, sids, query, prevIntent, 0.7, []);
    }
    // "Why does THAT matter?", "how long does THAT last", and, after an answer from a sub-section,
    // "how long does IT last?" naming nothing new: about what was just said, if the topic has a
    // sentence of that type.
    if (kind === 'stay' && state.tp !== null && (DEMONSTRATIVE.test(turn.q.normalized) || (this.inSubSection(state.tp) && !this.namesThing(query, intent)))) {
      const fit = featureIndex(intent);
      let sids = selectSentences(m, query, intent, state.tp, this.opts, exclude);
      // The question type decides here: the carried subject matches every sentence of the topic.
      if (fit >= 0 && !sids.some((sid) => (m.features[sid]?.[fit] ?? 0) > 0)) {
        let best = -1;
        for (const sid of m.topics[state.tp]!.sentences) {
          if (exclude.has(sid) || (m.features[sid]?.[fit] ?? 0) <= 0) continue;
          const [a, b] = [m.features[sid]![fit]!, best < 0 ? -1 : m.features[best]![fit]!];
          if (a > b || (a === b && sentenceScore(m, query, intent, sid, this.opts.intentSteer) > sentenceScore(m, query, intent, best, this.opts.intentSteer))) best = sid;
        }
        if (best >= 0) sids = [best];
      }
      const useful = sids.some((sid) => sentenceScore(m, query, intent, sid, this.opts.intentSteer) > 0 && (fit < 0 || (m.features[sid]?.[fit] ?? 0) > 0));
      if (useful) return this.answerReply(turn, state.tp, sids, query, intent, 0.7, []);
    }
    // A new subject with the old question type: the subject picks the topic, the type picks sentences.
    const inherited = intent !== intentIn;
    const subject = query.content.some((c) => c.covered && c.idf >= this.opts.subjectIdf);
    const topicIntent = kind === 'shift' && inherited && subject ? 'general' : intent;

    const hits = retrieve(m, query, this.opts, topicIntent);
    const ranked = rankTopics(m, query, topicIntent, hits, this.opts, prior);
    // "How does X work" names its subject X: the article must know X, so no lenient coverage for it.
    let verdict = assess(m, query, ranked, this.opts, TYPED.has(intent) && intent !== 'mechanism');
    // A question type no sentence of the article can answer (cost, where to get it) is not covered,
    // however well its other words match — unless the best topic's own questions ask it (the owner
    // linked such a question to it, or wrote an answer to one).
    const f = featureIndex(intent);
    const declared = ranked.length > 0 && (m.topicTypes[ranked[0]!.tp]?.get(intent) ?? 0) > 0;
    if (f >= 0 && !SHAPE_TYPES.has(intent) && (this.available[f] ?? 0) < 0.5 && kind !== 'more' && !declared) {
      verdict = { ...verdict, decision: 'fallback', reason: `no sentence answers ${intent}` };
    }
    const related = ranked.slice(0, 4).map((r) => r.tp);

    if (verdict.decision === 'fallback') {
      const line = kind === 'more' ? this.strings.fallbackMore : this.strings.fallback;
      return this.reply(turn, 'fallback', line, [], this.suggester.offer(verdict.coverage >= this.opts.minCoverage ? related.slice(0, 2) : [], 3), verdict.confidence, null, `fallback:${intent}`);
    }
    if (verdict.decision === 'clarify' && !followup) {
      const options = verdict.options.map((tp) => m.questionsByTopic[tp]?.[0] ?? m.topics[tp]!.title);
      return this.reply(turn, 'clarify', this.strings.clarify, [], options, verdict.confidence, null, `clarify:${intent}`);
    }
    let tp = ranked[0]!.tp;
    let sids = selectSentences(m, query, intent, tp, this.opts, exclude);
    if (sids.length === 0) {
      // Everything of this topic was said already: the next topic that has something new.
      const next = ranked.find((r) => r.tp !== tp && selectSentences(m, query, intent, r.tp, this.opts, exclude).length > 0);
      if (!next) return this.reply(turn, 'fallback', this.strings.fallbackMore, [], this.suggester.offer(related, 3), verdict.confidence, null, `fallback:${intent}`);
      tp = next.tp;
      sids = selectSentences(m, query, intent, tp, this.opts, exclude);
    }
    // Confidence on evidence: does the chosen unit itself hold what was asked, and of the asked type?
    // (It does not decide abstention: on the dev halves no threshold on it declined more out-of-scope
    // questions than in-scope ones.)
    const confidence = verdict.confidence * answerEvidence(m, query, intent, tp, sids);
    return this.answerReply(turn, tp, sids, query, intent, confidence, related);
  }

  /** A topic that is a sub-section (not an FAQ pair). */
  private inSubSection(tp: number): boolean {
    const topic = this.model.topics[tp]!;
    return topic.parentId !== null && !topic.isFaq;
  }

  /** The question names a thing (a covered noun) besides its question type's own cue words. */
  private namesThing(query: Query, intent: Intent): boolean {
    const cues = this.intentCues.get(intent) ?? [];
    for (const c of query.content) {
      if (!c.covered || (c.pos !== 'NOUN' && c.pos !== 'PROPN')) continue;
      let cue = false;
      for (const t of cues) if (c.via.includes(t)) cue = true;
      if (!cue) return true;
    }
    return false;
  }

  private answerReply(turn: Turn, tp: number, sids: number[], query: Query, intent: Intent, confidence: number, related: number[]): Outcome {
    const m = this.model;
    sids = widen(m.corpus, m.units, sids, m.topicOf, tp, this.opts.answerChars + 80);
    const dose = featureIndex('dose');
    const aboutDose = intent === 'dose' || turn.doseTopic || sids.some((sid) => (m.features[sid]?.[dose] ?? 0) >= 1);
    const text = withLines(articleText(m, sids), aboutDose && this.guards.doseCaution);
    const terms = carriedTerms(query);
    const prev = turn.state;
    const said = prev.said.filter((s) => !sids.includes(s));
    for (const sid of sids) said.push(sid);
    const next: ConversationState = {
      tp,
      said,
      intent: intent === 'more' ? prev.intent : intent,
      terms: terms.length > 0 ? terms : prev.terms,
      crisis: turn.support,
      cues: turn.cues,
    };
    const suggestions = this.suggester.followUps(tp, turn.message, this.opts.suggestions, related);
    const outcome = this.reply(turn, 'answer', text, [sourceOf(m, tp)], suggestions, confidence, m.topics[tp]!.id, intent, next);
    outcome.said = sids;
    return outcome;
  }

  private reply(
    turn: Turn,
    kind: Reply['kind'],
    text: string,
    sources: Reply['sources'],
    suggestions: string[],
    confidence: number,
    sectionId: string | null,
    intent: string,
    nextState?: ConversationState,
  ): Outcome {
    const base = nextState ?? turn.state;
    const next: ConversationState = { tp: base.tp, said: base.said, intent: base.intent, terms: base.terms, crisis: turn.support, cues: turn.cues };
    const reply: Reply = {
      kind,
      text,
      sources,
      suggestions: suggestions.slice(0, 4),
      confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 1000) / 1000,
      context: encodeContext(next, this.model),
    };
    return { result: { reply, trace: { sectionId, intent, analysis: turn.a } }, said: [], next };
  }
}

/** What the knowledge build makes (build/knowledge/): the corpus, its serialised index, the site data. */
export interface KnowledgeBuild {
  corpus: Corpus;
  /** MiniSearch `toJSON()` of the index; empty or stale → rebuilt from the corpus, never trusted. */
  indexJson: string;
  site: SiteData;
}

/**
 * Creates the answer engine for one site's knowledge build. `guards` replaces the safety, referral
 * and small-talk detectors (tests).
 *
 * @example
 * const engine = createEngine(loadKnowledgeBuild());
 * engine.answer('how long does it last?').reply.kind // 'answer'
 */
export function createEngine(build: KnowledgeBuild, options: Partial<EngineOptions> = {}, guards: Guards = createGuards(build.site)): Engine {
  return new AnswerEngine(build, options, guards);
}
