/**
 * What the admin can download: the report as CSV (one table per file), and the owner's edits as
 * site data to commit into knowledge/ (questions.json merged, the owner's Q&A pairs as a Markdown
 * source with its sources.json entry), so the repository absorbs them. Pure; Web-standard only.
 */
import type { KnowledgeBuild } from '../engine/engine.ts';
import { DEFAULT_OWNER_SOURCE, withOwnerEdits } from '../engine/owner.ts';
import type { InsightsReport } from '../engine/types.ts';
import { countOf, REPLY_KINDS } from './report.ts';
import { engineEdits, type OwnerEdit } from './owner-store.ts';

export type CsvTable = 'days' | 'sections' | 'unanswered';
export const CSV_TABLES: readonly CsvTable[] = ['days', 'sections', 'unanswered'];

/**
 * One CSV cell (RFC 4180). A cell a spreadsheet would read as a formula (= + - @, tab, CR) gets a
 * leading apostrophe: the unanswered examples are visitors' words.
 *
 * @example csvCell('=1+1') // "'=1+1"
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const csv = (rows: Array<Array<string | number | null>>): string => `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;

/** One table of the report as CSV text. */
export function reportCsv(report: InsightsReport, table: CsvTable): string {
  if (table === 'days') {
    return csv([['day', 'conversations', ...REPLY_KINDS], ...report.perDay.map((d) => [d.day, d.sessions, ...REPLY_KINDS.map((k) => countOf(d.byKind, k))])]);
  }
  if (table === 'sections') {
    return csv([
      ['section_id', 'title', 'replies', 'helpful', 'not_helpful', 'helpful_rate'],
      ...report.sections.map((s) => [s.sectionId, s.title ?? '', s.replies, s.helpful, s.notHelpful, s.helpfulRate === null ? null : Math.round(s.helpfulRate * 1000) / 1000]),
    ]);
  }
  return csv([
    ['times_asked', 'fallback', 'clarify', 'key_words', 'example', 'last_seen'],
    ...report.unanswered.map((u) => [u.count, u.fallback, u.clarify, u.topic, u.example, u.lastSeen]),
  ]);
}

/** One Markdown source the knowledge pipeline reads back as an FAQ section of these pairs. */
export interface ExportedSource {
  /** Path in knowledge/, and the content of that file. */
  file: string;
  content: string;
  /** The entry to append to knowledge/sources.json. */
  entry: { file: string; title: string; url: string };
}

export interface SiteDataExport {
  /** knowledge/questions.json with every linked question added to its section. */
  questions: KnowledgeBuild['site']['questions'];
  sources: ExportedSource[];
  /** What to do with it, in order. */
  steps: string[];
}

/** Markdown-significant characters at a line's start or inside it, escaped so the text reads back as written. */
function mdText(text: string): string {
  return text
    .replace(/([\\`*_[\]#|])/g, '\\$1')
    .replace(/^([-+>])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * The edits as files for knowledge/. Pairs are grouped by their URL, one Markdown file per page
 * (a pair without one goes in a file whose url is "/": set it to the page that publishes them).
 */
export function siteDataExport(base: KnowledgeBuild, edits: readonly OwnerEdit[]): SiteDataExport {
  const applied = withOwnerEdits(base, { links: engineEdits(edits).links, pairs: [] });
  const title = base.site.strings.ownerSource ?? DEFAULT_OWNER_SOURCE;
  const byUrl = new Map<string, OwnerEdit[]>();
  const known = new Set(base.corpus.faqs.map((f) => f.question.trim().toLowerCase()));
  for (const e of edits) {
    if (e.action !== 'answer' || !e.question || !e.answer || known.has(e.question.trim().toLowerCase())) continue;
    const list = byUrl.get(e.url ?? '') ?? [];
    list.push(e);
    byUrl.set(e.url ?? '', list);
  }
  const sources: ExportedSource[] = [...byUrl].map(([url, pairs], i) => {
    const file = `sources/site-faq${i === 0 ? '' : `-${i + 1}`}.md`;
    const body = pairs.map((p) => {
      const question = /\?\s*$/.test(p.question!) ? p.question! : `${p.question!}?`;
      const answer = p.answer!.split(/\n+/).map((line) => mdText(line.trim())).filter(Boolean).join('\n\n');
      return `### ${mdText(question)}\n\n${answer}\n`;
    });
    return { file, content: `## Frequently asked questions\n\n${body.join('\n')}`, entry: { file, title, url: url || '/' } };
  });
  const steps = [
    'Replace knowledge/questions.json with `questions` (keep its "_about" line if you like).',
    ...(sources.length > 0
      ? [
          'Save each of `sources` as knowledge/<file> and append its `entry` to knowledge/sources.json' +
            (byUrl.has('') ? ' (set the "/" url to the page that publishes those answers).' : '.'),
        ]
      : []),
    'Run `npm run build:knowledge` and check the answers, then deploy.',
    'Once deployed, the edits on /admin change nothing any more (the site data already holds them); remove them there.',
  ];
  return { questions: applied.site.questions, sources, steps };
}
