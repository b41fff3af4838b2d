/**
 * Out-of-scope golden questions: the right reply is an honest `fallback` ("the article doesn't
 * cover that") with questions the bot can answer. Half are in the domain (ketamine, depression,
 * mental-health care) but not answered by the article; the rest are off-domain.
 *
 * Every in-domain case was checked against the article: questions it DOES answer (blurred vision,
 * "is it approved" → off-label, how long SSRIs take, ...) are in inscope.ts, not here.
 */
import type { GoldenCase } from './types.ts';

function fallback(q: string, why?: string): GoldenCase {
  return why ? { q, kind: 'fallback', why } : { q, kind: 'fallback' };
}

/** In the domain, not covered by the article. */
export const outOfScopeInDomain: GoldenCase[] = [
  fallback('how much does a ketamine infusion cost', 'cost is never mentioned; "infusion" matches many sections'),
  fallback('does insurance cover ketamine treatment', 'insurance is never mentioned'),
  fallback('ketamine clinics near me'),
  fallback('is ketamine legal in texas', 'legality is never mentioned; "off-label" is not legality'),
  fallback('does psilocybin work for depression', 'another drug; "work for depression" matches the whole article'),
  fallback('how much is spravato without insurance', 'esketamine brand price; neither Spravato nor esketamine is in the article'),
  fallback('is ECT better than ketamine', 'the article compares ketamine with antidepressants only, never with ECT'),
  fallback('what is a normal lithium level in the blood'),
  fallback('how does TMS therapy work', 'shares "how does ... work" with a section title; TMS is not covered'),
  fallback('what are the side effects of sertraline', 'a named SSRI; the article names no SSRI and lists no SSRI side effects'),
  fallback('how do i get a prescription for ketamine', 'access / prescribing is never described'),
  fallback('is ketamine addictive', 'addiction and abuse are never mentioned'),
  fallback('will ketamine show up on a drug test'),
  fallback('can teenagers get ketamine therapy', 'age limits are never mentioned'),
  fallback("what's the difference between ketamine and esketamine", 'esketamine is not in the article'),
  fallback('does ketamine help with OCD', 'OCD is not among the conditions the article names'),
  fallback('can ketamine treat alcohol addiction'),
  fallback('can ketamine damage your bladder', 'a side effect the article does not list; must not answer with the listed ones'),
  fallback('how do i find a therapist that takes medicaid'),
  fallback('what are the signs of seasonal affective disorder'),
  fallback('is MDMA therapy approved for PTSD', '"approved" and "PTSD" are article words; MDMA is not covered'),
  fallback('what is the half-life of ketamine', 'pharmacokinetics are never given'),
  fallback('what is the street name for ketamine'),
  fallback('is ketamine a horse tranquilizer', 'veterinary use is never mentioned (only surgical anesthetic)'),
  fallback('who invented ketamine and when', 'history is mentioned ("historically ... anesthetic") but no inventor or date'),
  fallback('does ketamine cause mania in bipolar patients', 'the article says mania is a bipolar symptom, never that ketamine causes it'),
  fallback('what is the difference between a psychiatrist and a psychologist'),
  fallback('does CBD oil help with anxiety'),
  fallback('how many americans have depression', 'no prevalence figures in the article'),
  fallback('what is dialectical behavior therapy'),
];

/** Off the domain entirely. */
export const outOfScopeOffDomain: GoldenCase[] = [
  fallback("what's the weather in chicago tomorrow"),
  fallback('who won the super bowl last year'),
  fallback('write a python function that reverses a string'),
  fallback('how do i make banana bread'),
  fallback('best pizza dough recipe?'),
  fallback("what's the capital of australia"),
  fallback('how do I fix a merge conflict in git'),
  fallback('convert 10 miles to kilometers'),
  fallback('what time is it in tokyo'),
  fallback('recommend a good sci-fi book'),
  fallback('how do i change a flat tire'),
  fallback('explain javascript promises to me'),
  fallback('how tall is mount everest'),
  fallback('cheap flights to lisbon in may'),
  fallback('how do i get rid of ants in the kitchen'),
  fallback('is the stock market open on saturdays'),
  fallback('how long does it take to boil an egg', '"how long" is the article\'s own question type'),
  fallback('how fast can a cheetah run', '"how fast" is a question type the article answers for ketamine'),
  fallback('WHO IS THE BEST BASKETBALL PLAYER EVER', 'all caps'),
  fallback('what is the best way to learn spanish'),
];

export const outofscope: GoldenCase[] = [...outOfScopeInDomain, ...outOfScopeOffDomain];
