/**
 * The answer engine: one visitor message in, one Reply out. Pure and synchronous; no I/O. It reads
 * as the pipeline, in this order, on EVERY message (first turn or mid-conversation):
 *
 *   answer()        1. safety gate (safety/): the crisis card; a language notice; the concern
 *                      check-in; support mode for the rest of a conversation that has shown risk
 *   respond()       2. small talk · chat writing spelt out · question type · query understanding ·
 *                      3. referral for a personal medical decision
 *   answerQuestion  4. follow-up policy (followup.ts) · 5. retrieval · 6. ranking ·
 *                      7. confidence and abstention · answer selection
 *   answerReply / reply()   the reply and the context it carries forward, built once
 *
 * The message is read by wink-nlp once (understand/analyze.ts); every stage reads that Analysis. A
 * message in chat shorthand ("wat duz it do") is read a second time, spelt out, for understanding
 * only: the safety gate and referral always read what the visitor wrote. Site data (wording, crisis
 * lines, vocabulary) arrives in `createEngine`'s argument.
 */
import { analyze } from './understand/analyze.ts';
import { FUNCTION_WORDS } from './understand/function-words.ts';
import { chatToText, hasChat } from './understand/chat.ts';
import { answerEvidence, decide, namesThing } from './confidence.ts';
import { articleText, sourceOf, withLines } from './compose.ts';
import { type ConversationState, decodeContext, EMPTY_STATE, encodeContext } from './context.ts';
import { type EngineOptions, resolveOptions } from './defaults.ts';
import { createGuards, type Guards } from './safety/guards.ts';
import { LOOKBACK } from './safety/cues.ts';
import { carriedTerms, DEMONSTRATIVE, followupPolicy } from './followup.ts';
import { cueTerms, detectIntent, FEATURE_INTENTS, featureIndex, type Intent } from './understand/intent.ts';
import { frameSpelling, frameWords, redetectIntent, respell } from './understand/frame.ts';
import { closeTermMemo, learnSiteWords, termOf } from './understand/terms.ts';
import { buildModel, type CorpusModel } from './model.ts';
import { forgetMessage } from './forget.ts';
import { type Query, understand } from './understand/query.ts';
import { carryHelper, searchRole } from './roles.ts';
import { rankTopics, selectSentences, sentenceScore } from './rank.ts';
import { postingsFor, retrieve } from './retrieve.ts';
import { createSuggester, type Suggester } from './suggest.ts';
import { SafetyTiers } from './tiers.ts';
import type { Outcome, ReplySpec, Turn } from './turn.ts';
import { scopeSiteData } from './scope.ts';
import { widen } from './units.ts';
import type { EngineStrings, SiteData } from './site.ts';
import { siteWords } from './understand/lexicon.ts';
import type { Corpus, Engine, EngineResult, Reply } from './types.ts';

export type { EngineOptions } from './defaults.ts';

/** Longest message the engine reads; the HTTP layer rejects longer ones before this. */
const MAX_MESSAGE = 2000;

class AnswerEngine implements Engine {
  readonly corpus: Corpus;
  readonly model: CorpusModel;
  private readonly opts: EngineOptions;
  private readonly suggester: Suggester;
  readonly guards: Guards;
  private readonly tiers: SafetyTiers;
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
    // The article's words are stemmed once here; a visitor's other words only while their message is answered.
    learnSiteWords(siteWords(this.model.lexicon));
    this.suggester = createSuggester(this.model);
    // Per-term result lists, read once here rather than on the first visitor's message.
    postingsFor(this.model, this.opts.fieldBoosts);
    this.guards = guards;
    this.tiers = new SafetyTiers(this);
    this.available = FEATURE_INTENTS.map((_, f) => Math.max(0, ...this.model.features.map((v) => v[f] ?? 0)));
    this.intentCues = new Map(
      [...FEATURE_INTENTS, 'overview' as const].map((k) => [k as Intent, cueTerms(k).filter((t) => this.model.lexicon.vocab.has(t))]),
    );
  }

  answer(message: string, context?: string): EngineResult {
    try {
      return this.read(message, context);
    } finally {
      // Nothing a visitor wrote outlives the reply (forget.ts).
      forgetMessage(this.model);
    }
  }

  private read(message: string, context?: string): EngineResult {
    const text = typeof message === 'string' ? message.slice(0, MAX_MESSAGE) : '';
    const a = analyze(text);
    const earlier = decodeContext(context, this.model) ?? EMPTY_STATE;

    // 1. Safety gate, before anything else, with the earlier messages' cue flags as look-back.
    const verdict = this.guards.assess(a, earlier.cues);
    const { signal, cues } = verdict;
    const state = this.tiers.supportGoesOn(earlier, signal, a);
    const support = state.crisis || signal.crisis || signal.concern;
    const gentle = !signal.crisis && (!state.crisis || state.gentle === true);
    const turn: Turn = { a, q: a, state, message: text, doseTopic: false, cues: [...state.cues, cues].slice(-LOOKBACK), support, gentle };
    if (signal.crisis) return this.tiers.crisisTurn(turn, signal);
    const notice = this.guards.languageNotice(text);
    if (notice !== null) return this.tiers.safetyReply(turn, 'smalltalk', withLines(notice, this.guards.helpLine), 'language');
    if (signal.concern) return this.tiers.concernTurn(turn, signal);
    if (state.crisis) return this.tiers.supportTurn(turn);
    // The fallback path is where unseen phrasings land: the safety net reads every reply (tiers.ts).
    const result = this.tiers.net(turn, this.respond(turn), verdict);
    // Told history is answered like any question, and, like a crisis, never kept in words.
    if (verdict.told) result.trace.told = true;
    return result;
  }

  suggest(partial: string, limit?: number): string[] {
    return this.suggester.typeahead(partial, limit);
  }

  starters(): string[] {
    return this.suggester.starters();
  }

  respond(turn: Turn): EngineResult {
    const { a } = turn;

    // 2. Small talk. The detector returns null when the message also asks something ("hi, how long…").
    const smalltalk = this.guards.detectSmalltalk(a);
    if (smalltalk !== null) {
      return this.reply(turn, { kind: 'smalltalk', text: this.guards.smalltalkText(smalltalk), suggestions: this.suggester.starters().slice(0, 3), intent: `smalltalk:${smalltalk}` }).result;
    }
    const spelt = hasChat(a.tokens) ? chatToText(turn.message) : null;
    if (spelt !== null) turn.q = analyze(spelt);
    const lex = this.model.lexicon;
    const query = understand(turn.q, lex, this.opts);
    carryHelper(this.model, query, turn.state.tp, turn.q.normalized);
    const fixes = [...query.corrections, ...frameSpelling(turn.q, (w) => lex.vocab.has(termOf(w)) || lex.real.has(w))];
    const intent = redetectIntent(detectIntent(turn.q), turn.q.normalized, fixes);
    // The words that ask for the question type are no subject the article must cover.
    const frame = frameWords(intent, respell(turn.q.normalized, fixes));
    for (const [from, to] of fixes) if (frame.has(to)) frame.add(from);
    if (query.content.some((c) => !c.covered && frame.has(c.surface))) query.content = query.content.filter((c) => c.covered || !frame.has(c.surface));

    // 3. Referral: a personal medical decision. The article's general fact may follow, with its source.
    // Read with its misspelt function words put right ("shoud i keep taking …"): the decision asked is in them.
    const framed = fixes.filter(([, to]) => FUNCTION_WORDS.includes(to));
    const referral = this.guards.detectReferral(framed.length > 0 ? analyze(respell(turn.q.normalized, framed)) : turn.q);
    turn.doseTopic = referral.topic === 'dose';
    if (referral.personal) {
      const fact = this.answerQuestion(turn, intent, query, true);
      const lines = [this.guards.referralText(referral.topic)];
      const { reply, trace } = fact.result;
      // A loosely related fact after a referral reads as advice on the visitor's case: add only a confident one.
      if (reply.kind === 'answer' && reply.confidence >= this.opts.referralFactConfidence) {
        lines.push(`${this.strings.referralFact} ${articleText(this.model, fact.said)}`);
        return this.reply(turn, { kind: 'referral', text: withLines(lines[0]!, lines[1]), sources: reply.sources, suggestions: reply.suggestions, confidence: reply.confidence, sectionId: trace.sectionId, intent: `referral:${referral.topic}`, next: fact.next }).result;
      }
      return this.reply(turn, { kind: 'referral', text: lines[0]!, suggestions: this.suggester.offer([], 3, turn.message), intent: `referral:${referral.topic}` }).result;
    }

    // 4–7. The question itself.
    return this.answerQuestion(turn, intent, query, false).result;
  }

  private answerQuestion(turn: Turn, intentIn: Intent, queryIn: Query, strict: boolean): Outcome {
    const { state } = turn;
    const m = this.model;
    // 4. Follow-up: how this message leans on the previous turn, and the search terms that follow.
    const { kind, intent, query, prior, exclude } = followupPolicy(turn.q.normalized, intentIn, queryIn, state, this.cuesFor, this.opts, strict);
    const followup = kind !== 'none';

    // "Tell me more": next-best sentences of the same topic, never what was already said.
    if (kind === 'more' && state.tp !== null) {
      const prevIntent = state.intent ?? 'general';
      const sids = selectSentences(m, query, prevIntent, state.tp, this.opts, exclude);
      if (sids.length > 0) return this.answerReply(turn, state.tp, sids, query, prevIntent, 0.7, []);
    }
    // "Why does THAT matter?", "how long does THAT last", and, after an answer from a sub-section,
    // "how long does IT last?" naming nothing new: about what was just said, if the topic has a
    // sentence of that type.
    if (kind === 'stay' && state.tp !== null && (DEMONSTRATIVE.test(turn.q.normalized) || (this.inSubSection(state.tp) && !namesThing(query, this.cuesFor(intent))))) {
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

    if (!followup) searchRole(m, query, this.opts.expansionWeight);
    const hits = retrieve(m, query, this.opts, topicIntent);
    const ranked = rankTopics(m, query, topicIntent, hits, this.opts, prior);
    const verdict = decide(m, query, ranked, this.opts, intent, turn.q.normalized, { available: this.available, more: kind === 'more' });
    const related = ranked.slice(0, 4).map((r) => r.tp);

    if (verdict.decision === 'fallback') {
      const line = kind === 'more' ? this.strings.fallbackMore : this.strings.fallback;
      // The sections nearest to what was asked, then starters; never the question itself.
      return this.reply(turn, { kind: 'fallback', text: line, suggestions: this.suggester.offer(related.slice(0, 3), 3, turn.message), confidence: verdict.confidence, intent: `fallback:${intent}` });
    }
    if (verdict.decision === 'clarify' && !followup) {
      const options = verdict.options.map((tp) => m.questionsByTopic[tp]?.[0] ?? m.topics[tp]!.title);
      return this.reply(turn, { kind: 'clarify', text: this.strings.clarify, suggestions: options, confidence: verdict.confidence, intent: `clarify:${intent}` });
    }
    let tp = ranked[0]!.tp;
    let sids = selectSentences(m, query, intent, tp, this.opts, exclude);
    if (sids.length === 0) {
      // Everything of this topic was said already: the next topic that has something new.
      const next = ranked.find((r) => r.tp !== tp && selectSentences(m, query, intent, r.tp, this.opts, exclude).length > 0);
      if (!next) return this.reply(turn, { kind: 'fallback', text: this.strings.fallbackMore, suggestions: this.suggester.offer(related, 3, turn.message), confidence: verdict.confidence, intent: `fallback:${intent}` });
      tp = next.tp;
      sids = selectSentences(m, query, intent, tp, this.opts, exclude);
    }
    // Confidence on evidence: does the chosen unit itself hold what was asked, and of the asked type?
    // (It does not decide abstention: on the dev halves no threshold on it declined more out-of-scope
    // questions than in-scope ones.)
    const confidence = verdict.confidence * answerEvidence(m, query, intent, tp, sids);
    return this.answerReply(turn, tp, sids, query, intent, confidence, related);
  }

  /** The cue terms of a question type that the article uses (made once, not per message). */
  private readonly cuesFor = (i: Intent): readonly string[] => this.intentCues.get(i) ?? [];

  /** A topic that is a sub-section (not an FAQ pair). */
  private inSubSection(tp: number): boolean {
    const topic = this.model.topics[tp]!;
    return topic.parentId !== null && !topic.isFaq;
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
      gentle: turn.gentle,
      cues: turn.cues,
    };
    const suggestions = this.suggester.followUps(tp, turn.message, this.opts.suggestions, related);
    const outcome = this.reply(turn, { kind: 'answer', text, sources: [sourceOf(m, tp)], suggestions, confidence, sectionId: m.topics[tp]!.id, intent, next });
    outcome.said = sids;
    return outcome;
  }

  /** Builds a reply and the context it carries forward: the one place a Reply is made. */
  reply(turn: Turn, spec: ReplySpec): Outcome {
    const base = spec.next ?? turn.state;
    const next: ConversationState = { tp: base.tp, said: base.said, intent: base.intent, terms: base.terms, crisis: turn.support, gentle: turn.gentle, cues: turn.cues };
    const reply: Reply = {
      kind: spec.kind,
      text: spec.text,
      sources: spec.sources ?? [],
      suggestions: (spec.suggestions ?? []).slice(0, 4),
      confidence: Math.round(Math.max(0, Math.min(1, spec.confidence ?? 1)) * 1000) / 1000,
      context: encodeContext(next, this.model),
      ...(spec.help ? { help: this.guards.help } : {}),
    };
    return { result: { reply, trace: { sectionId: spec.sectionId ?? null, intent: spec.intent, analysis: turn.a } }, said: [], next };
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
  const engine = new AnswerEngine(build, options, guards);
  closeTermMemo();
  return engine;
}
