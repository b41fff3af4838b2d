/**
 * The safety tiers around the article answer: the crisis card, the concern check-in, and support
 * mode for the rest of a conversation that has shown risk (warm, honest replies, no means or dose
 * details, the help line on every reply). Replies are framed anew, never patched.
 */
import { withLines } from './compose.ts';
import { type ConversationState, encodeContext } from './context.ts';
import type { CorpusModel } from './model.ts';
import type { Guards } from './safety/guards.ts';
import { CUE as SAFETY_CUE } from './safety/cues.ts';
import { acknowledgeText, DOSE_FIGURE, personalStatement, supportMove, supportText } from './support.ts';
import type { Outcome, ReplySpec, Turn } from './turn.ts';
import type { Analysis, CrisisSignal, EngineResult, Reply } from './types.ts';

/** What the tiers need of the engine: its detectors, its model, and its two ways to answer. */
export interface TierHost {
  readonly guards: Guards;
  readonly model: CorpusModel;
  respond(turn: Turn): EngineResult;
  reply(turn: Turn, spec: ReplySpec): Outcome;
}

/**
 * Risk scores (scorer.ts) above which the net shows the concern tier: lower for a message the
 * articles can't answer (where unseen crisis phrasings land), higher when the article had an
 * answer, which the check-in then carries. Chosen by leaving each crisis dev set (and the author's
 * own phrasings) out of training (tests/eval/safety-cv.ts sweeps them): lower thresholds gain a few crisis messages and cost more
 * false check-ins on short idioms the net never saw ("gonna hang my washing out").
 */
export const NET_THRESHOLDS = { unanswered: 0.38, answered: 0.75 };
/** A half-matched risk word in a statement about oneself gets the check-in unless the scorer reads
 * the whole message as clearly calm ("my phone screen is cracked, do i risk cutting myself"). */
const HALF_CUE_FLOOR = -0.5;

export class SafetyTiers {
  constructor(private readonly host: TierHost) {}

  /**
   * The state a message is answered in: support mode that came from check-ins alone ends when the
   * visitor tells plain wellbeing now ("life is genuinely good now, …"); after the crisis card it
   * lasts the whole session.
   */
  supportGoesOn(state: ConversationState, signal: CrisisSignal, a: Analysis): ConversationState {
    if (!state.crisis || !state.gentle || signal.crisis || signal.concern || !this.host.guards.wellNow(a)) return state;
    return { ...state, crisis: false, gentle: false };
  }

  /** The crisis card. A message whose only signal is what came before it still gets its article answer, with help. */
  crisisTurn(turn: Turn, signal: CrisisSignal): EngineResult {
    const means = ((turn.cues[turn.cues.length - 1] ?? 0) & SAFETY_CUE.means) !== 0;
    if (signal.reason.startsWith('follow-up')) {
      // Built only on what came before: a hopeless remark or a means question gets support, an
      // ordinary article question its answer (with help), anything else the card again.
      const move = supportMove(turn.a, null, means);
      if (move === 'hopeless' || move === 'means') return this.supportTurn(turn);
      const result = personalStatement(turn.a) ? null : this.host.respond(turn);
      if (result && result.reply.kind === 'answer' && !this.dosed(result)) return this.withHelp(result);
    }
    const reply = this.host.guards.crisisReply(signal);
    const notice = this.host.guards.languageNotice(turn.message);
    const next: ConversationState = { tp: null, said: [], intent: null, terms: [], crisis: true, cues: turn.cues };
    const text = notice === null ? reply.text : withLines(notice, reply.text);
    const context = encodeContext(next, this.host.model);
    const trace = { sectionId: null, intent: `crisis:${signal.level}:${signal.who}` };
    // Someone else at risk, asked about by the one helping them ("my daughter has been cutting, how
    // do I talk to her?"): the card first, then what the article says, never means or doses.
    if (signal.who === 'other' && signal.level === 'third-person' && !means && notice === null) {
      const result = this.host.respond(turn);
      if (result.reply.kind === 'answer' && !this.dosed(result)) {
        return { reply: { ...reply, text: withLines(text, result.reply.text), sources: result.reply.sources, context }, trace: { ...trace, sectionId: result.trace.sectionId } };
      }
    }
    return { reply: { ...reply, text, context }, trace };
  }

  /** The gentle check-in with the resources, then the article's answer if the message asked one. */
  concernTurn(turn: Turn, signal: CrisisSignal): EngineResult {
    const intro = this.host.guards.safety.concern[signal.who];
    const result = turn.state.crisis ? null : this.host.respond(turn);
    if (result && result.reply.kind === 'answer' && !this.dosed(result)) {
      return this.framed(result, { kind: 'concern', text: withLines(intro, result.reply.text, this.host.guards.helpLine), intent: `concern:${signal.level}` });
    }
    if (turn.state.crisis) return this.supportTurn(turn);
    return this.safetyReply(turn, 'concern', withLines(intro, this.host.guards.helpLine), `concern:${signal.level}`);
  }

  /**
   * The safety net under the article path, where unseen phrasings land. A message the learned
   * scorer reads as risk gets the concern tier (with the article's answer when it had one); so do a
   * question about a means the articles can't answer and a statement about oneself holding a risk
   * word the gate half-matched. Any other statement about
   * oneself the article can't answer gets a warm line, never the cold fallback.
   */
  net(turn: Turn, result: EngineResult, verdict: { halfCue: boolean; risk: number; meansAsked: boolean }): EngineResult {
    const kind = result.reply.kind;
    // Small talk ("goodbye") is answered as such; the rules read a farewell with more in it.
    if (kind === 'smalltalk') return result;
    const answered = kind === 'answer' || kind === 'referral';
    const lifted = verdict.risk > (answered ? NET_THRESHOLDS.answered : NET_THRESHOLDS.unanswered);
    if (verdict.halfCue && verdict.risk > HALF_CUE_FLOOR && personalStatement(turn.a)) {
      return this.concernTurn({ ...turn, support: true }, { crisis: false, concern: true, who: 'self', reason: 'half-cue', level: 'none' });
    }
    if (lifted || (verdict.meansAsked && !answered)) {
      // A learned guess: the check-in now, and the look-back remembers it (a means question next
      // gets the crisis card), but the conversation does not turn into support mode on a guess.
      const cues = turn.cues.slice();
      cues[cues.length - 1] = (cues[cues.length - 1] ?? 0) | SAFETY_CUE.concern;
      const level = lifted ? 'wish-dead' : 'means-lethality';
      return this.concernTurn({ ...turn, cues }, { crisis: false, concern: true, who: 'self', reason: 'net', level });
    }
    if (kind === 'fallback' && personalStatement(turn.a)) return { ...result, reply: { ...result.reply, text: this.host.guards.safety.support.personal } };
    return result;
  }

  /** Support mode: warm, honest replies; no means or dose details; help on every reply. */
  supportTurn(turn: Turn): EngineResult {
    const texts = this.host.guards.safety.support;
    const line = this.host.guards.helpLine;
    const smalltalk = this.host.guards.detectSmalltalk(turn.a);
    const means = ((turn.cues[turn.cues.length - 1] ?? 0) & SAFETY_CUE.means) !== 0;
    const move = supportMove(turn.a, smalltalk, means);
    if (move !== null) {
      const kind = move === 'means' || move === 'hopeless' ? 'concern' : 'smalltalk';
      return this.safetyReply(turn, kind, supportText(texts, move, line), `support:${move}`);
    }
    // Words the bot can't read (another script, emoji only) get the acknowledgement, never an article guess.
    if (!/[a-z]{2}/i.test(turn.message)) return this.safetyReply(turn, 'concern', acknowledgeText(texts, line), 'support:acknowledge');
    const result = this.host.respond(turn);
    const kind = result.reply.kind;
    if (kind === 'answer' && this.dosed(result)) return this.safetyReply(turn, 'concern', supportText(texts, 'means', line), 'support:means');
    if (kind === 'answer' || kind === 'referral' || kind === 'smalltalk') return this.withHelp(result);
    return this.safetyReply(turn, 'concern', acknowledgeText(texts, line), 'support:acknowledge');
  }

  /** True when an answer gives dose figures: withheld in a conversation that has shown risk. */
  dosed(result: EngineResult): boolean {
    return result.reply.text.includes(this.host.guards.doseCaution) || DOSE_FIGURE.test(result.reply.text);
  }

  /** The help line and the help card after a reply (the context already keeps support mode). */
  withHelp(result: EngineResult): EngineResult {
    return this.framed(result, { text: withLines(result.reply.text, this.host.guards.helpLine) });
  }

  /** A reply of the safety tiers around an article reply: a new reply with new wording and the help card. */
  framed(result: EngineResult, frame: { kind?: Reply['kind']; text: string; intent?: string }): EngineResult {
    const reply: Reply = { ...result.reply, kind: frame.kind ?? result.reply.kind, text: frame.text, help: this.host.guards.help };
    return { reply, trace: { ...result.trace, intent: frame.intent ?? result.trace.intent } };
  }

  /** A reply of the safety tiers that is no article text: no sources, help card on. */
  safetyReply(turn: Turn, kind: Reply['kind'], text: string, intent: string): EngineResult {
    return this.host.reply(turn, { kind, text, intent, help: kind !== 'smalltalk' || turn.support }).result;
  }
}
