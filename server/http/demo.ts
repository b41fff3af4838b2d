/**
 * The demo host page: the article rendered from the corpus, with the same section and FAQ anchors
 * the answers' sources point at (`/article#anchor`), and the widget embedded by the one script tag
 * a site owner pastes. No inline script or style, so it works under the strict CSP below.
 * Web-standard only.
 */
import type { Corpus, Section } from '../engine/types.ts';

/** The one tag a site owner pastes; the demo page uses exactly this. */
export const EMBED_SNIPPET = '<script async src="/widget.js"></script>';

/**
 * CSP sent on every response. Scripts and styles only from this origin, no inline code. The widget
 * styles its Shadow DOM with constructable stylesheets (adoptedStyleSheets), which style-src does
 * not block, and sets dynamic styles through CSSOM (element.style), never `style="…"` markup.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'self'"],
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

function heading(level: number, id: string, text: string): string {
  const h = Math.min(6, level + 1);
  return `<h${h} id="${escapeHtml(id)}">${escapeHtml(text)}</h${h}>`;
}

function renderSection(corpus: Corpus, section: Section): string {
  const text = (ids: number[]) => ids.map((i) => corpus.sentences[i]?.text ?? '').filter(Boolean).join(' ');
  const out = [heading(section.level, section.id, section.title)];
  const faqs = section.isFaq ? corpus.faqs.filter((f) => f.sectionId === section.id) : [];
  if (faqs.length === 0) {
    for (const paragraph of section.paragraphs) out.push(`<p>${escapeHtml(text(paragraph))}</p>`);
    return out.join('\n');
  }
  // Intro paragraphs of an FAQ section are those that are neither an answer nor a question.
  const answered = new Set(faqs.flatMap((f) => f.answer));
  const questions = new Set(faqs.map((f) => f.question.trim()));
  for (const paragraph of section.paragraphs) {
    const body = text(paragraph.filter((i) => !answered.has(i)));
    if (body && !questions.has(body.trim())) out.push(`<p>${escapeHtml(body)}</p>`);
  }
  out.push('<dl class="faq">');
  for (const faq of faqs) {
    out.push(`<dt>${heading(section.level + 1, faq.id, faq.question)}</dt>`);
    const byParagraph = new Map<number, number[]>();
    for (const id of faq.answer) {
      const p = corpus.sentences[id]?.paragraph ?? 0;
      byParagraph.set(p, [...(byParagraph.get(p) ?? []), id]);
    }
    const paras = [...byParagraph.values()].map((ids) => `<p>${escapeHtml(text(ids))}</p>`).join('');
    out.push(`<dd>${paras}</dd>`);
  }
  out.push('</dl>');
  return out.join('\n');
}

/**
 * Renders the demo page for a corpus: each document with its title, a contents list, and its
 * sections (ids = anchors) and FAQ pairs, followed by the embed snippet.
 */
export function renderDemoPage(corpus: Corpus): string {
  const docs = corpus.docs.map((doc) => {
    const sections = corpus.sections.filter((s) => s.docId === doc.id);
    const top = Math.min(...sections.map((s) => s.level));
    const toc = sections
      .filter((s) => s.level === top)
      .map((s) => `<li><a href="#${escapeHtml(s.id)}">${escapeHtml(s.title)}</a></li>`)
      .join('');
    const body = sections.map((s) => renderSection(corpus, s)).join('\n');
    return `<article>\n<h1>${escapeHtml(doc.title)}</h1>\n<nav aria-label="Contents"><ol>${toc}</ol></nav>\n${body}\n</article>`;
  });
  const title = corpus.docs[0]?.title ?? 'faqchat';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · faqchat demo</title>
<link rel="stylesheet" href="/demo.css">
<link rel="icon" href="data:,">
</head>
<body>
<header class="demo-note"><p><strong>faqchat demo.</strong> This page is the article the bot answers from. Open the chat button in the corner and ask a question about it.</p></header>
<main>
${docs.join('\n')}
</main>
${EMBED_SNIPPET}
</body>
</html>
`;
}

/** The demo page's own stylesheet, served from /demo.css so the page needs no inline style. */
export const DEMO_CSS = `:root { color-scheme: light dark; --fg: #1d1d1f; --bg: #fdfdfc; --muted: #5b5b66; --accent: #2f5d8a; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8e8ea; --bg: #17181a; --muted: #a3a3ad; --accent: #8cb8e6; } }
* { box-sizing: border-box; }
body { margin: 0; font: 1.0625rem/1.65 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 44rem; margin: 0 auto; padding: 1rem 1.25rem 6rem; }
.demo-note { background: color-mix(in srgb, var(--accent) 12%, var(--bg)); border-bottom: 1px solid color-mix(in srgb, var(--accent) 30%, var(--bg)); }
.demo-note p { max-width: 44rem; margin: 0 auto; padding: .6rem 1.25rem; font-size: .95rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 1.5rem 0 1rem; }
h2 { font-size: 1.45rem; margin: 2.2rem 0 .6rem; }
h3, h4 { font-size: 1.15rem; margin: 1.6rem 0 .4rem; }
h1, h2, h3, h4 { scroll-margin-top: 1rem; }
:target { background: color-mix(in srgb, var(--accent) 18%, transparent); border-radius: 4px; }
nav ol { color: var(--muted); padding-left: 1.25rem; }
a { color: var(--accent); }
dl.faq dt h3, dl.faq dt h4 { margin-bottom: .2rem; }
dl.faq dd { margin: 0 0 1rem; }
`;
