/**
 * HTML → blocks with htmlparser2. Page chrome and non-prose are dropped (script, style, nav, header,
 * footer, aside, form, comments, hidden elements, comment areas and share/related widgets by their
 * class or id); when the page has a <main> or <article>, only its content is read. h1–h4 are
 * headings; every list item (nested too), paragraph and line break ends a paragraph. A table row is
 * one paragraph whose cells are labelled by the header row, as in Markdown, so a cell never stands
 * alone without saying what it is about.
 */
import { Parser } from 'htmlparser2';
import { type Block, isFaqTitle, isHeadingLike, isQuestion } from './blocks.ts';
import { normalizeWhitespace } from './clean.ts';
import { tableRow } from './markdown.ts';
import { ARTICLE_SHARE, articleShare, isDataTable, SIDE_COLUMN } from './html-layout.ts';

const SKIP_TAGS = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form',
  'button', 'select', 'textarea', 'svg', 'math', 'iframe', 'object', 'canvas', 'menu', 'dialog',
]);
const SKIP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog']);
/** WordPress and common theme boilerplate, named in class or id; a heading's permalink, by its whole class name only ("header-anchor-post" is Substack's heading). */
const SKIP_NAMES =
  /(?:^|[\s_-])(?:product-card|product-card-wrapper|kg-product-card|card-product|hatnote|mw-editsection|editsection|reference|navbox|catlinks|footnotes?|footnote-anchor|post-footer|entry-footer|blog-pager|post-navigation|feed-links|comments?|comment-respond|respond|comments-area|sharedaddy|share|sharing|social|related|breadcrumbs?|sidebar|cookie|newsletter|subscribe|author-bio|author-box|about-author|about-the-author|author-info|post-meta|entry-meta|meta-data|metadata|byline|skip-link|screen-reader-text)(?:$|[\s_-])|(?:^|\s)widget(?:$|[\s_-])|(?:^|\s)(?:headerlink|hash-link|header-anchor|heading-anchor|anchor-link|anchorjs-link)(?:$|\s)/i;
/** Content a page shows on a click (an accordion's answer, a tab's panel): hidden when saved, still the article. */
const DISCLOSED = /(?:^|[\s_-])(?:tab|tabs|accordion|collaps\w*|toggle|faq|answer)(?:$|[\s_-])/i;
const BLOCK_TAGS = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'section', 'article', 'main',
  'table', 'tr', 'td', 'th', 'caption', 'figure', 'figcaption', 'br', 'hr', 'h4', 'h5', 'h6', 'address', 'details', 'summary',
]);
const HEADING = /^h([1-4])$/;
/** Elements that hold the page or its article whatever their classes say: a theme names its layout
 * on them ("right-sidebar", "single-post"), not what they are. */
const CONTAINERS = new Set(['html', 'body', 'main', 'article']);
/** The widget that holds a blog's posts (Blogger's "widget Blog"): the article, not a sidebar box. */
const MAIN_WIDGET = /(?:^|\s)widget\s+(?:Blog|Posts?|Entry|Article|Content)(?:\s|$)|(?:^|\s)(?:Blog|Posts?|Entry|Article|Content)\s+widget(?:\s|$)/;
/** A class that says where a page's sidebar sits ("right-sidebar", "has-sidebar"), on a wrapper of the whole page. */
const LAYOUT_CLASS = /(?:^|\s)(?:left|right|no|has|with|both|two|three|full)-sidebars?(?=\s|$)/gi;
/**
 * A chrome tag (nav, aside, header) that holds content where it stands: a Webflow FAQ's answer in a
 * `<nav>` classed as disclosed, a callout `<aside>` inside the article, an article's own `<header>`.
 */
function contentHere(name: string, cls: string, inMain: boolean, inArticle: boolean): boolean {
  return (name === 'nav' && DISCLOSED.test(cls)) || (name === 'aside' && inMain && CALLOUT.test(cls)) || (name === 'header' && inArticle);
}

/** ARIA table roles, as the table tags they stand for. */
const ARIA_TABLE: Record<string, string> = { table: 'table', grid: 'table', row: 'tr', columnheader: 'th', rowheader: 'th', cell: 'td', gridcell: 'td' };
/** A box set inside the article's text ("Key facts", a note, a tip): an `<aside>` that is content, not a sidebar. */
const CALLOUT = /(?:^|[\s_-])(?:callout|call-out|key-?facts?|note|tip|info|box|panel|highlight|summary|warning)(?:$|[\s_-])/i;
/** A post's subtitle or standfirst, named in its class: prose under the title, whatever tag it is in. */
const SUBTITLE = /(?:^|[\s_-])(?:subtitle|sub-title|standfirst|dek|strapline|tagline)(?:$|[\s_-])/i;
/** A permalink's mark at the end of a heading (Sphinx, MkDocs and others), when no class names it. */
const PERMALINK_MARK = /(?:\s*[¶§🔗⚓]|\s+#)$/u;
/** A layer a site builder names as the page's chrome (its nav, header, footer or in-page contents). */
const CHROME_LAYER = /^(?:nav|navigation|navbar|menu|header|footer|on this page|table of contents|toc)$/i;
/** Elements whose id is an anchor to their own text. */
const ANCHORED = /^(?:h[1-6]|p|li|dt|summary)$/;

/** An element drawn as a heading with ARIA (`role="heading" aria-level="2"`), as the heading tag of its level (h2 when unsaid). */
function ariaHeading(level: string | undefined): string {
  const n = Number(level ?? 2);
  return Number.isInteger(n) && n >= 1 ? `h${Math.min(4, n)}` : 'h2';
}

/** A bullet or number typed at the start of a paragraph, then spaces. */
const DRAWN_ITEM = /^(?:[·•▪◦§‣–-]|\d{1,2}[.)])[\s\u00a0]+(?=\S)/u;
/** Class names of an element that holds a title: a page builder's heading set in a <p> or <div>, an accordion's or a toggle's title. */
const TITLED = /(?:^|[\s_-])(?:heading-title|tab-title|accordion-title|toggle-title|title-text)(?:$|[\s_])/i;
/** Bold set by a style attribute (site builders: `<span style="font-weight:bold">`). */
const BOLD_STYLE = /font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b/i;
/** Inline tags that set text in bold. */
const BOLD_TAGS = new Set(['b', 'strong']);

/**
 * Splits an HTML page into heading (h1–h3, with level) and paragraph blocks; a paragraph set
 * wholly in bold, short and without a final period, is a heading one level below the last one.
 *
 * @example htmlToBlocks('<nav>Home</nav><h2>A</h2><p>Text.</p>').map((b) => b.text) // ['A', 'Text.']
 */
export function htmlToBlocks(html: string): Block[] {
  const blocks: Array<Block & { inMain: boolean; where: number }> = [];
  let buffer = '';
  let headingLevel: number | null = null;
  // Open heading tags: a block inside a heading (Google Sites puts an anchor <div> in each) is part of it.
  let headingDepth = 0;
  let skipDepth = 0;
  let mainDepth = 0;
  // Inside an <article>, a <header> is the article's own (its title, its standfirst), not the site's.
  let articleDepth = 0;
  // Articles read so far: a block is before (0), inside (1) or after (2) the page's first article
  // (a later article, a forum thread's reply, is after it).
  let articles = 0;
  let itemDepth = 0;
  const stack: Array<{ skip: boolean; main: boolean; as: string; expands?: boolean; article?: boolean; bold?: boolean; li?: boolean; container?: boolean }> = [];
  // A control that expands a panel (`aria-expanded`) has just closed: the next element is its panel.
  let toggleJustClosed = false;
  // The row being read (null outside a row of a top-level table) and its table's header row.
  let row: { cells: string[]; allHeaders: boolean } | null = null;
  let tableHeader: string[] | null = null;
  // Open tables, innermost last: true for a table of data, false for one that lays out the page.
  const tables: boolean[] = [];
  /** Depth of open data tables: a row of the outermost one is read as one paragraph. */
  let tableDepth = 0;

  const place = () => (articleDepth > 0 && articles === 1 ? 1 : articles > 0 ? 2 : 0);
  /** The text read since the last block break, on one line; the buffer starts afresh. */
  const take = () => {
    const text = normalizeWhitespace(buffer).replace(/\n+/g, ' ').trim();
    buffer = '';
    return text;
  };
  // A paragraph set wholly in bold (a heading made by hand in a word processor): letters read in
  // bold and not, since the last block break.
  let boldDepth = 0;
  let boldText = 0;
  let plainText = 0;
  let lastLevel = 1;
  let faqLevel: number | null = null;
  // A reviewer's comment a word processor prints under the text (Google Docs: "[a] Check this …").
  let reviewComment = false;
  const flush = () => {
    const [bold, plain] = [boldText, plainText];
    boldText = plainText = 0;
    let text = take();
    const comment = reviewComment;
    reviewComment = false;
    if (!text || comment) return;
    // A list a word processor draws with a bullet or a number typed into the paragraph ("· Item",
    // "1. Item") is a list all the same.
    const drawn = !headingLevel && itemDepth === 0 && tableDepth === 0 ? DRAWN_ITEM.exec(text) : null;
    if (drawn) text = text.slice(drawn[0].length);
    // A documentation theme ends each heading with a permalink mark ("What is psychosis?¶").
    if (headingLevel) text = text.replace(PERMALINK_MARK, '');
    const item = !headingLevel && (itemDepth > 0 || drawn !== null);
    if (headingLevel) lastLevel = headingLevel;
    // One level below the last real heading, beside the other bold ones; an FAQ made this way is a
    // section of the page's own rank, with its bold questions under it.
    const handMade = !headingLevel && !item && tableDepth === 0 && bold > 0 && plain === 0 && isHeadingLike(text);
    let level = headingLevel;
    if (handMade) {
      if (isFaqTitle(text)) faqLevel = level = Math.max(1, Math.min(3, lastLevel));
      else if (faqLevel !== null && isQuestion(text)) level = Math.min(3, faqLevel + 1);
      else {
        // The first heading after the FAQ's questions is the FAQ's peer.
        level = faqLevel ?? Math.min(3, lastLevel + 1);
        faqLevel = null;
      }
    } else if (headingLevel) faqLevel = isFaqTitle(text) ? headingLevel : null;
    blocks.push({ kind: level ? 'heading' : 'paragraph', text, level, inMain: mainDepth > 0, where: place(), ...(item ? { item } : {}) });
  };

  const parser = new Parser(
    {
      onopentag(tagName, attribs) {
        // A table drawn with ARIA roles on <div>s (GitBook) is read as the table it says it is.
        const name = attribs.role === 'heading' ? ariaHeading(attribs['aria-level']) : (ARIA_TABLE[attribs.role ?? ''] ?? tagName);
        // (The element right after a control that expands something is what it expands.)
        const panel = toggleJustClosed;
        toggleJustClosed = false;
        // A site builder's layer name ("Nav", "Answer", "On This Page"): what the designer called the
        // element, read like a class name.
        const layer = attribs['data-framer-name'] ?? attribs['data-name'] ?? '';
        const hidden =
          ('hidden' in attribs || attribs['aria-hidden'] === 'true' || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attribs.style ?? '')) &&
          !panel &&
          !DISCLOSED.test(`${attribs.class ?? ''} ${attribs['data-hook'] ?? ''} ${layer} ${attribs.role === 'region' || attribs.role === 'tabpanel' ? 'tab' : ''}`);
        // Google Docs marks a comment in the text with a link to it ("[a]") and prints it at the end.
        const commentLink = name === 'a' && /^#cmnt(?:_ref)?\d+$/.test(attribs.href ?? '');
        if (commentLink && attribs.href!.startsWith('#cmnt_ref')) reviewComment = true;
        // A button that opens a panel (an accordion's question) names what it discloses: its text is read.
        // (A tab's button is one of a row of labels above the panels: the panels are read, the row not.)
        const toggle = name === 'button' && attribs.role !== 'tab' && ('aria-expanded' in attribs || 'aria-controls' in attribs);
        const skip =
          skipDepth > 0 ||
          (SKIP_TAGS.has(name) && !toggle && !contentHere(name, attribs.class ?? '', mainDepth > 0, articleDepth > 0)) ||
          commentLink ||
          hidden ||
          SKIP_ROLES.has(attribs.role ?? '') ||
          // (A heading's or paragraph's id is an anchor made from its own words: "social-and-emotional-…"
          // names no widget.)
          (!CONTAINERS.has(name) && attribs.role !== 'main' && !MAIN_WIDGET.test(attribs.class ?? '') && (SKIP_NAMES.test(`${(attribs.class ?? '').replace(LAYOUT_CLASS, ' ')} ${ANCHORED.test(name) ? '' : (attribs.id ?? '')} ${layer}`) || CHROME_LAYER.test(layer))) ||
          // A narrow column of a page laid out in a table (its menu, its news) is not the article.
          ((name === 'td' || name === 'th') && tables[tables.length - 1] === false && Number(attribs.width ?? NaN) <= SIDE_COLUMN);
        const main = name === 'main' || name === 'article' || attribs.role === 'main';
        stack.push({ skip, main, expands: 'aria-expanded' in attribs, article: name === 'article' && !skip, as: name });
        if (skip) {
          skipDepth++;
          return;
        }
        if (main) mainDepth++;
        if (name === 'article' && articleDepth++ === 0) articles += 1;
        if (name === 'table') {
          const data = tagName !== 'table' || isDataTable(html, parser.startIndex);
          tables.push(data);
          if (data && ++tableDepth === 1) tableHeader = null;
        }
        if (tableDepth === 1 && tables[tables.length - 1] === true && name === 'tr') {
          flush();
          row = { cells: [], allHeaders: true };
          return;
        }
        if (row && (name === 'td' || name === 'th')) {
          buffer = '';
          if (name === 'td') row.allHeaders = false;
          return;
        }
        if (row) return; // markup inside a cell stays part of the cell
        const h = HEADING.exec(name);
        if (h || (BLOCK_TAGS.has(name) && headingDepth === 0)) flush();
        if (h) headingDepth++;
        // A heading tag a theme uses for the post's subtitle ("subtitle", "standfirst") holds prose.
        // (So does one whose role strips it of being a heading: a stats widget's label, role="presentation".)
        if (h && !SUBTITLE.test(attribs.class ?? '') && attribs.role !== 'presentation' && attribs.role !== 'none') headingLevel = Number(h[1]);
        if (name === 'li') {
          itemDepth++;
          stack[stack.length - 1]!.li = true;
        }
        // A list item that holds a heading or an accordion's question is a panel of the page, not an
        // item of a list: what it holds is read as prose.
        if ((h || toggle) && itemDepth > 0) {
          for (let k = stack.length - 1; k >= 0; k -= 1) {
            const f = stack[k]!;
            if (f.li && !f.container) {
              f.container = true;
              itemDepth--;
              break;
            }
          }
        }
        // Bold text (a tag or a style), or an element a page builder names a title ("elementor-heading-title", an accordion's "tab-title").
        if (BOLD_TAGS.has(name) || BOLD_STYLE.test(attribs.style ?? '') || (!h && (toggle || TITLED.test(attribs.class ?? '')))) {
          boldDepth++;
          stack[stack.length - 1]!.bold = true;
        }
      },
      onclosetag(tagName) {
        const frame = stack.pop();
        const name = frame?.as ?? tagName;
        toggleJustClosed = frame?.expands === true;
        if (frame?.skip) {
          skipDepth--;
          return;
        }
        if (row && (name === 'td' || name === 'th')) {
          row.cells.push(take());
          return;
        }
        if (row && name === 'tr') {
          const { cells, allHeaders } = row;
          row = null;
          buffer = '';
          if (allHeaders && tableHeader === null) tableHeader = cells;
          else if (cells.some(Boolean)) {
            blocks.push({ kind: 'paragraph', text: tableRow(cells, tableHeader), level: null, inMain: mainDepth > 0, where: place() });
          }
          return;
        }
        if (row) return;
        if (name === 'table' && tables.pop() === true) tableDepth = Math.max(0, tableDepth - 1);
        if (HEADING.test(name)) headingDepth = Math.max(0, headingDepth - 1);
        if (HEADING.test(name) || (BLOCK_TAGS.has(name) && headingDepth === 0)) {
          flush();
          headingLevel = null;
        }
        if (name === 'li' && !frame?.container) itemDepth = Math.max(0, itemDepth - 1);
        if (frame?.bold) boldDepth = Math.max(0, boldDepth - 1);
        if (frame?.main) mainDepth--;
        if (frame?.article) articleDepth--;
      },
      ontext(text) {
        if (skipDepth > 0) return;
        buffer += text;
        const letters = text.replace(/[\s\u00a0]+/g, '').length;
        if (boldDepth > 0) boldText += letters;
        else plainText += letters;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();
  let inMain = blocks.filter((b) => b.inMain);
  // A first article holding most of the page's main text: what comes after it in <main> (a blog's
  // notes, reblogs, comments, the next posts, a forum thread's replies) is the page's, not the article's.
  if (articles >= 1 && articleShare(inMain) >= ARTICLE_SHARE) inMain = inMain.filter((b) => b.where !== 2);
  return (inMain.length ? inMain : blocks).map(({ kind, text, level, item }) => (item ? { kind, text, level, item } : { kind, text, level }));
}

