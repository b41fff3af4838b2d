/**
 * Parts of the body, as regular-expression alternations (singular; add `s?` for written forms).
 * The self-harm rules (lexicon.ts) read where people hurt themselves on purpose; the accident masks
 * (view.ts: "cut my forearm on a fence") read the parts people knock and nick by accident, which
 * leaves out the wrist, the thigh and the stomach: "cut my wrist with a knife" is never an accident.
 */
export const BODY_PART = '(?:arm|forearm|wrist|leg|thigh|calf|calve|shin|ankle|hip|skin|stomach|belly|tummy|chest|shoulder)';

export const ACCIDENT_PART = '(?:hand|finger|thumb|arm|forearm|elbow|head|leg|shin|knee|ankle|foot|toe|lip|chin|face)';
