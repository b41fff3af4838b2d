/**
 * The detectors the engine runs before it looks for an answer, bound to one site's data in one
 * place, so the engine's order (safety → small talk → referral) is explicit and tests can swap a
 * detector.
 */
import { createReferralDetector, referralText } from './referral.ts';
import { crisisReply, helpCard } from './gate.ts';
import { createCrisisGate, type GateVerdict } from './detect.ts';
import { detectLanguage } from './language.ts';
import { wellNow } from './past.ts';
import { plainText } from './phrases.ts';
import { selfIdentified } from './self-identified.ts';
import { analyze } from '../understand/analyze.ts';
import { detectSmalltalk, smalltalkText } from './smalltalk.ts';
import type { SafetyData, SiteData } from '../site.ts';
import type { Analysis, CrisisSignal, HelpCard, ReferralSignal, Reply, SmalltalkType } from '../types.ts';

export interface Guards {
  /** The safety gate: crisis, concern or none, plus this message's look-back cues. */
  assess(a: Analysis, earlier?: readonly number[]): GateVerdict;
  crisisReply(signal: CrisisSignal): Reply;
  /** `topic` is set for general questions too ("what dose is used?" → dose, not personal). */
  detectReferral(a: Analysis): ReferralSignal;
  referralText(topic: ReferralSignal['topic']): string;
  detectSmalltalk(a: Analysis): SmalltalkType | null;
  smalltalkText(type: SmalltalkType): string;
  /** One line that keeps crisis help visible on later replies (knowledge/crisis.json). */
  helpLine: string;
  /** The crisis card's links, carried by concern replies and every reply of support mode. */
  help: HelpCard;
  /** The one-line caution on a general answer about doses (knowledge/referral.json). */
  doseCaution: string;
  /** Concern and support wording (knowledge/safety.json). */
  safety: SafetyData;
  /** A notice in the visitor's language when the message is in one the bot does not answer in, else null. */
  languageNotice(text: string): string | null;
  /** The message tells plain present wellbeing ("life is genuinely good now"): a check-in may end. */
  wellNow(a: Analysis): boolean;
}

/** The guards for one site's data. */
export function createGuards(site: SiteData): Guards {
  const helpLine = site.crisis.helpLine.text;
  const gate = createCrisisGate(site.safety, site.domain);
  // The card depends on who is at risk alone: made once per wording, frozen, shared by every crisis turn.
  const cards = new Map<CrisisSignal['who'], Reply>();
  const card = (signal: CrisisSignal): Reply => {
    let reply = cards.get(signal.who);
    if (!reply) cards.set(signal.who, (reply = Object.freeze(crisisReply(signal, site.crisis))));
    return reply;
  };
  return {
    // A group described and then claimed ("people who want to die? thats me") is read as the
    // visitor's own words too (self-identified.ts); most messages claim none and are read once.
    assess: (a, earlier) => {
      const verdict = gate.assess(a, earlier);
      if (verdict.signal.crisis) return verdict;
      const mine = selfIdentified(a.normalized);
      if (mine === null) return verdict;
      const again = gate.assess(analyze(mine), earlier);
      return again.signal.crisis ? again : verdict;
    },
    crisisReply: card,
    detectReferral: createReferralDetector(site.domain),
    referralText: (topic) => referralText(site.referral, topic),
    detectSmalltalk,
    smalltalkText: (type) => smalltalkText(site.smalltalk, helpLine, type),
    helpLine,
    help: helpCard(site.crisis),
    doseCaution: site.referral.doseCaution,
    safety: site.safety,
    languageNotice: (text) => {
      const lang = detectLanguage(text);
      return lang === null ? null : site.safety.language.notices[lang];
    },
    wellNow: (a) => wellNow(plainText(a.text)),
  };
}
