/**
 * Site data: everything a site owner edits besides the articles (crisis lines, fixed wording,
 * vocabulary, alternate questions, an optional human contact). knowledge/site.ts validates it at
 * build time and the engine receives it as an argument, so no engine module reads a file or a JSON
 * import: another site's data is another argument.
 */
/** Who is at risk: the visitor, or someone they tell about (the reply is then worded for a helper). */
export type CrisisWho = 'self' | 'other';

/** Personal medical decisions the bot refers to a clinician. */
export type ReferralTopic = 'dose' | 'stop' | 'start' | 'mix' | 'schedule' | 'other';

export type SmalltalkType = 'greeting' | 'thanks' | 'goodbye' | 'help' | 'who-are-you' | 'are-you-human' | 'are-you-doctor';

/** One way to reach help: a tap-to-call, tap-to-text, chat or web link. */
export interface HelpContact {
  kind: 'call' | 'text' | 'chat' | 'web';
  /** Button text, e.g. "Call 988". */
  label: string;
  /** `tel:`, `sms:` or `https:` link. */
  href: string;
  /** A short line beside the button, e.g. "free, 24/7". */
  note?: string;
}

/** One crisis line, as the site owner lists it in knowledge/crisis.json. */
export interface CrisisResource {
  name: string;
  /** How to reach it, in words, for the reply's text: "call or text 988, or chat at 988lifeline.org". */
  action: string;
  /** The same as links, first one primary. */
  contacts: HelpContact[];
}

/** knowledge/crisis.json: resources and the crisis reply's wording, edited per country. */
export interface CrisisResources {
  locale: string;
  /** Heading of the crisis card. */
  title: string;
  intro: Record<CrisisWho, string>;
  resources: CrisisResource[];
  emergency: Record<CrisisWho, string> & { contact: HelpContact };
  international: { text: string; contact: HelpContact };
  /** What later replies, the widget's footer and its offline notice carry: where to turn in a crisis. */
  helpLine: { text: string; contacts: HelpContact[] };
}

/** knowledge/engine-strings.json: fixed lines the engine adds around article text. */
export interface EngineStrings {
  fallback: string;
  fallbackMore: string;
  clarify: string;
  referralFact: string;
  /** Source title of the Q&A pairs the owner writes on /admin; default "this site's FAQ". */
  ownerSource?: string;
}

/** knowledge/referral.json: the referral wording per personal-decision topic, and the dose caution. */
export type ReferralTexts = Record<ReferralTopic | 'doseCaution', string>;

/** knowledge/smalltalk.json: the reply per small-talk type. */
export type SmalltalkTexts = Record<SmalltalkType, string>;

/** knowledge/synonyms.json: lay words a visitor may type, mapped to words articles use. */
export interface SynonymsData {
  phrases: Record<string, string[]>;
  noise: string[];
  /** Generic verbs that rarely decide the topic ("help", "work"): searched with a lower weight. */
  weak?: string[];
  /** Phrases for one article only, keyed by its title in sources.json (the build folds in the listed ones). */
  sources?: Record<string, Record<string, string[]>>;
}

/** knowledge/questions.json: alternate questions per section or FAQ pair id, and starters. */
export interface QuestionsData {
  /** Title (in sources.json) of the article these questions belong to; unlisted → they drop out at build. */
  source?: string;
  starters?: string[];
  sections: Record<string, string[]>;
}

/**
 * knowledge/domain.json: words about what a site's articles treat. `treatments` are names a visitor
 * uses for "the treatment" in a personal decision ("should I start X"); `subjects` are generic words
 * for what an article is about, which never name a person at risk ("people", "the medication").
 * The article's own key terms are added at build time.
 */
export interface DomainWords {
  treatments: string[];
  subjects: string[];
}

/** A person or inbox a visitor can reach (knowledge/contact.json, optional). */
export interface SiteContact {
  kind: 'email' | 'url' | 'phone';
  value: string;
  label: string;
}

/** A Columbia (C-SSRS) level, as knowledge/safety.json names it (server/engine/safety/taxonomy.ts). */
export type SafetyLevel =
  | 'wish-dead' | 'active-thoughts' | 'method' | 'intent' | 'plan-preparation'
  | 'past-behaviour' | 'self-harm' | 'third-person' | 'means-lethality';

/** A word or phrase for suicide or self-harm, with the level it signals. */
export interface SafetyTerm {
  term: string;
  level: SafetyLevel;
}

/** Languages the bot recognises to say which language it answers in. */
export type NoticeLanguage = 'es' | 'fr' | 'de' | 'pt';

/** The replies of support mode (after a crisis or concern reply, for the rest of the session). */
export interface SupportTexts {
  acknowledge: string;
  ways: string;
  ok: string;
  thanks: string;
  noCall: string;
  human: string;
  meansWithheld: string;
  hopeless: string;
  /** A first-person statement the article can't answer, with no distress in it: never the cold fallback. */
  personal: string;
}

/**
 * knowledge/safety.json: the safety vocabulary a site owner extends (slang, distress and means
 * phrases, a Spanish crisis lexicon) and the wording of the concern and support replies. The core
 * English patterns stay in the engine (server/engine/safety/lexicon.ts).
 */
export interface SafetyData {
  slang: SafetyTerm[];
  distress: string[];
  means: string[];
  /** Words for a substance, a height or what a body needs: a means to the safety net's scorer only. */
  lethality?: string[];
  /** Words that half-match a risk: a first-person statement the articles can't answer that holds one gets the concern tier. */
  risk: string[];
  concern: Record<CrisisWho, string>;
  support: SupportTexts;
  /** Crisis phrases in other languages, by language code. */
  languages: Record<string, SafetyTerm[]>;
  language: { answers: string; notices: Record<NoticeLanguage, string> };
  /** The safety net's weights, trained at build time from knowledge/safety-examples.json. */
  scorer?: RiskTable;
}

/** The safety net's weights (server/engine/safety/scorer.ts): log-odds per feature, a lemma or two lemmas joined by a space. */
export interface RiskTable {
  unigrams: Record<string, number>;
  bigrams: Record<string, number>;
}

export interface SiteData {
  crisis: CrisisResources;
  safety: SafetyData;
  strings: EngineStrings;
  referral: ReferralTexts;
  smalltalk: SmalltalkTexts;
  synonyms: SynonymsData;
  questions: QuestionsData;
  domain: DomainWords;
  contact: SiteContact | null;
}
