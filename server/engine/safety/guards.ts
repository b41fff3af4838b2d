/**
 * The detectors the engine runs before it looks for an answer, bound to one site's data in one
 * place, so the engine's order (safety → small talk → referral) is explicit and tests can swap a
 * detector.
 */
import { createReferralDetector, referralText } from './referral.ts';
import { crisisReply, detectCrisis } from './gate.ts';
import { detectSmalltalk, smalltalkText } from './smalltalk.ts';
import type { SiteData } from '../site.ts';
import type { Analysis, CrisisSignal, ReferralSignal, Reply, SmalltalkType } from '../types.ts';

export interface Guards {
  detectCrisis(a: Analysis, recent?: string[]): CrisisSignal;
  crisisReply(signal: CrisisSignal): Reply;
  /** `topic` is set for general questions too ("what dose is used?" → dose, not personal). */
  detectReferral(a: Analysis): ReferralSignal;
  referralText(topic: ReferralSignal['topic']): string;
  detectSmalltalk(a: Analysis): SmalltalkType | null;
  smalltalkText(type: SmalltalkType): string;
  /** One line that keeps crisis help visible on later replies (knowledge/crisis.json). */
  helpLine: string;
  /** The one-line caution on a general answer about doses (knowledge/referral.json). */
  doseCaution: string;
}

/** The guards for one site's data. */
export function createGuards(site: SiteData): Guards {
  const helpLine = site.crisis.helpLine.text;
  return {
    detectCrisis,
    crisisReply: (signal) => crisisReply(signal, site.crisis),
    detectReferral: createReferralDetector(site.domain),
    referralText: (topic) => referralText(site.referral, topic),
    detectSmalltalk,
    smalltalkText: (type) => smalltalkText(site.smalltalk, helpLine, type),
    helpLine,
    doseCaution: site.referral.doseCaution,
  };
}
