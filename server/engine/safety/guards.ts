/**
 * The detectors the engine runs before it looks for an answer, bound in one place so the engine's
 * order (safety → small talk → referral) is explicit and tests can swap a detector.
 * server/engine/safety/gate.ts, referral.ts and smalltalk.ts belong to the safety work; this file only adapts.
 */
import { doseCaution, detectReferral, referralText } from './referral.ts';
import { crisisReply, detectCrisis, loadCrisisResources } from './gate.ts';
import { detectSmalltalk, smalltalkText } from './smalltalk.ts';
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

const RESOURCES = loadCrisisResources();

export const GUARDS: Guards = {
  detectCrisis,
  crisisReply: (signal) => crisisReply(signal, RESOURCES),
  detectReferral,
  referralText,
  detectSmalltalk,
  smalltalkText,
  helpLine: RESOURCES.helpLine,
  doseCaution: doseCaution(),
};
