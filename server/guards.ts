// TEMPORARY until server/safety.ts, referral.ts and smalltalk.ts land: no detection at all.
import type { Analysis, Reply } from './types.ts';

export interface CrisisSignal {
  crisis: boolean;
  who: 'self' | 'other';
  reason: string;
}
export interface Guards {
  detectCrisis(a: Analysis, recent?: string[]): CrisisSignal;
  crisisReply(signal: CrisisSignal): Reply;
  detectReferral(a: Analysis): { personal: boolean; topic: string; reason: string };
  referralText(topic: string): string;
  detectSmalltalk(a: Analysis): string | null;
  smalltalkText(type: string): string;
}
export const GUARDS: Guards = {
  detectCrisis: () => ({ crisis: false, who: 'self', reason: '' }),
  crisisReply: () => ({ kind: 'crisis', text: '', sources: [], suggestions: [], confidence: 1, context: '' }),
  detectReferral: () => ({ personal: false, topic: '', reason: '' }),
  referralText: () => '',
  detectSmalltalk: () => null,
  smalltalkText: () => '',
};
