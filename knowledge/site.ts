/**
 * The one front door for site data: every file a site owner edits besides the articles is read and
 * validated here, each against its own zod schema, and a mistake is reported as
 * `faqchat: knowledge/<file>: <field>: <what is wrong>`. The build writes the result beside the corpus
 * and the index (build/knowledge/site.json); the engine receives it as an argument.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { SiteData } from '../server/engine/site.ts';
import { KnowledgeError } from './errors.ts';
import { trainRiskTable } from './risk-model.ts';
import { harmWords, riskVocabulary } from '../server/engine/safety/scorer.ts';

const text = z.string().trim().min(1, 'must not be empty');
const LINK = /^(?:tel:\+?[0-9 ()-]{2,}|sms:\+?[0-9]{2,}(?:\?.*)?|https:\/\/\S+)$/;

const helpContact = z.strictObject({
  kind: z.enum(['call', 'text', 'chat', 'web']),
  label: text,
  href: z.string().regex(LINK, 'must be a tel:, sms: or https:// link'),
  note: text.optional(),
});
const byWho = { self: text, other: text };
const level = z.enum([
  'wish-dead', 'active-thoughts', 'method', 'intent', 'plan-preparation', 'past-behaviour', 'self-harm', 'third-person', 'means-lethality',
]);
/** A phrase matched whole: lower-case words, digits, spaces, and `*` for any one word. */
const phrase = text.regex(/^[a-z0-9*' ]+$/, 'must be lower-case words (a-z, 0-9, spaces, * for any word)');
const term = z.strictObject({ term: phrase, level });

/** One schema per file, keyed by the file's name in knowledge/. */
export const SITE_SCHEMAS = {
  'crisis.json': z.strictObject({
    locale: z.string().min(2),
    title: text,
    intro: z.strictObject(byWho),
    resources: z.array(z.strictObject({ name: text, action: text, contacts: z.array(helpContact).min(1) })).min(1),
    emergency: z.strictObject({ ...byWho, contact: helpContact }),
    international: z.strictObject({ text, contact: helpContact }),
    helpLine: z.strictObject({ text, contacts: z.array(helpContact).min(1) }),
  }),
  'safety.json': z.object({
    slang: z.array(term),
    distress: z.array(phrase),
    means: z.array(phrase),
    lethality: z.array(phrase).default([]),
    risk: z.array(phrase),
    concern: z.strictObject(byWho),
    support: z.strictObject({
      acknowledge: text, ways: text, ok: text, thanks: text, noCall: text, human: text,
      meansWithheld: text, hopeless: text, personal: text,
    }),
    /** Crisis phrases in other languages, by language code ("fr", "hi"): code-switched messages. */
    languages: z.record(z.string().regex(/^[a-z]{2,3}$/), z.array(term)).default({}),
    language: z.strictObject({ answers: text, notices: z.strictObject({ es: text, fr: text, de: text, pt: text }) }),
  }),
  /** Messages the safety net learns from (knowledge/risk-model.ts): the build turns them into weights. */
  'safety-examples.json': z.object({ risk: z.array(text), calm: z.array(text) }),
  'engine-strings.json': z.object({ fallback: text, fallbackMore: text, clarify: text, referralFact: text, ownerSource: text.optional() }),
  'referral.json': z.object({
    dose: text, stop: text, start: text, mix: text, schedule: text, other: text, doseCaution: text,
  }),
  'smalltalk.json': z.object({
    greeting: text, thanks: text, goodbye: text, help: text,
    'who-are-you': text, 'are-you-human': text, 'are-you-doctor': text,
  }),
  'synonyms.json': z.object({
    phrases: z.record(text, z.array(text).min(1)),
    noise: z.array(text),
    weak: z.array(text).optional(),
    /** Phrases for one article only, keyed by its title in sources.json. */
    sources: z.record(text, z.record(text, z.array(text).min(1))).optional(),
  }),
  'questions.json': z.object({
    /** Title (in sources.json) of the article these questions belong to. */
    source: text.optional(),
    starters: z.array(text).optional(),
    sections: z.record(text, z.array(text)),
  }),
  'domain.json': z.object({ treatments: z.array(text), subjects: z.array(text) }),
  'contact.json': z.strictObject({ kind: z.enum(['email', 'url', 'phone']), value: text, label: text }),
} as const;

export type SiteFile = keyof typeof SITE_SCHEMAS;

/** What a file a site leaves out stands for: nothing extra. The other files are required. */
const ABSENT = {
  'synonyms.json': { phrases: {}, noise: [] },
  'questions.json': { sections: {} },
  'domain.json': { treatments: [], subjects: [] },
  'contact.json': null,
  'safety-examples.json': { risk: [], calm: [] },
} as const;

/** Validates one file's parsed JSON; throws a KnowledgeError naming the file and the field. */
export function parseSiteFile<F extends SiteFile>(file: F, data: unknown): z.infer<(typeof SITE_SCHEMAS)[F]> {
  const parsed = SITE_SCHEMAS[file].safeParse(data);
  if (parsed.success) return parsed.data as z.infer<(typeof SITE_SCHEMAS)[F]>;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  throw new KnowledgeError(`knowledge/${file}`, `${field || '(root)'}: ${issue.message}`);
}

function readJson(dir: string, file: SiteFile): unknown {
  const path = join(dir, file);
  if (!existsSync(path) && file in ABSENT) return ABSENT[file as keyof typeof ABSENT];
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new KnowledgeError(`knowledge/${file}`, `missing from ${dir}; every site needs it (copy the repository's knowledge/${file} and edit it)`);
  }
  try {
    return JSON.parse(raw);
  } catch (err) {
    throw new KnowledgeError(`knowledge/${file}`, `is not valid JSON (${(err as Error).message})`);
  }
}

/** Reads and validates every site data file in `dir` (a knowledge/ folder). */
export function readSiteData(dir: string): SiteData {
  const read = <F extends SiteFile>(file: F) => parseSiteFile(file, readJson(dir, file));
  const contactJson = readJson(dir, 'contact.json');
  const contact = contactJson === null ? null : parseSiteFile('contact.json', contactJson);
  const domain = read('domain.json');
  const examples = read('safety-examples.json');
  const safety = read('safety.json');
  // The net's weights, trained here so every reader of the site data (build, tests) has the same.
  const scorer = examples.risk.length > 0 && examples.calm.length > 0 ? trainRiskTable(examples, riskVocabulary(domain.treatments, harmWords(safety))) : undefined;
  return {
    crisis: read('crisis.json'),
    safety: scorer ? { ...safety, scorer } : safety,
    strings: read('engine-strings.json'),
    referral: read('referral.json'),
    smalltalk: read('smalltalk.json'),
    synonyms: read('synonyms.json'),
    questions: read('questions.json'),
    domain,
    contact,
  } satisfies SiteData;
}
