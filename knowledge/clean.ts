/**
 * Removes scrape noise by general rules (no rule names one article): PHP/WordPress warnings, bylines
 * and dates, a title repeated at the head, comment-area boilerplate and everything after it, odd
 * whitespace. Typographic quotes and apostrophes stay: stored text is cut verbatim into answers, and
 * matching normalises separately (server/engine/understand/analyze.ts normalizeText).
 */
import { type Block, foldForCompare, isHeadingLike, isQuestion } from './blocks.ts';

/** `Warning: … in /path on line 3` as PHP prints it, anywhere in a line (scrapes glue it to text). */
const PHP_WARNING =
  /(?:PHP\s+)?(?:Warning|Notice|Deprecated|Fatal error|Parse error|Strict Standards|Catchable fatal error)\s*:\s.*?\bon line\s+\d+\.?/gi;

/** Lines that open a comment area or the page's tail: this line and everything after it are not the article. */
const COMMENT_AREA = [
  /^\d+\s+(?:thoughts?|comments?|responses?|replies)\s+(?:on|to)\b/i,
  /^(?:one|two|three)\s+(?:thoughts?|comments?|responses?|replies)\s+(?:on|to)\b/i,
  /^leave\s+a\s+(?:comment|reply)\b/i,
  /^cancel\s+reply$/i,
  /^(?:post|submit)\s+comment$/i,
  /^(?:\d+\s+)?comments?$/i,
  /^you must be logged in to post a comment\b/i,
];

/**
 * The start of a page's tail once the article is told: a blog platform's author box and more posts
 * ("Written by …", "More from …"), a newsletter's mailing address. The same byline also stands at
 * the head of a help-centre article, before its text: there it is a line of chrome, not the end.
 */
const TAIL_START = [
  /^[Ww]ritten by\s+\p{Lu}/u,
  /^(?:more from|see all from|recommended from|recommended for you|you may also like|read next)\b/i,
  /^(?:our mailing address is|want to change how you receive these emails|you are receiving this (?:email|e-mail) because)\b/i,
  // a site's links to its other pages and its sign-up box, after the article
  /^(?:related (?:pages|articles|posts|content|topics|links)|more (?:on this topic|like this)|you might also (?:like|be interested in))$/i,
  /^(?:sign up (?:to|for) our (?:newsletter|emails?)|subscribe to our (?:newsletter|emails?)|get our newsletter)\b/i,
];
/** An e-mail's legal footer, however long its paragraph runs. */
const LEGAL_FOOTER = /^(?:this (?:e-?mail|message)(?: and any (?:files|attachments?)(?: transmitted with it)?)? (?:is|are|may be|contains?) (?:strictly )?(?:confidential|private|privileged))/i;

/** Page furniture that is never the article, wherever it stands: links back up, legal lines. */
const ANYWHERE_NOISE = [
  /^(?:[↑^]\s*)?(?:back to (?:the )?top|return to (?:the )?top|top of (?:the )?page|print (?:this )?page)\s*[↑^]?$/i,
  /^(?:©|\(c\)|copyright\b)/i,
  /\ball rights reserved\b/i,
  /^registered charity (?:number|no\.?)\b/i,
  /^view this (?:email|e-mail|newsletter|message) in (?:your|a) (?:web )?browser\b/i,
  /^skip to (?:the )?(?:main )?(?:content|navigation|article)$/i,
  /^page \d+ of \d+$/i,
  // an e-mail's embedded logo reference and its closing lines
  /^\[cid:[^\]]+\]$/i,
  /^(?:please consider the environment before printing|sent from my (?:iphone|ipad|android|samsung|mobile|phone)|get outlook for (?:ios|android))\b/i,
  // a picture's credit or caption label ("Photo: stock image, posed by a model")
  /^(?:photo|image|picture|illustration)(?:\s+credit)?\s*(?:by|:|courtesy of)\s*\S.{0,80}$/i,
  // a separator standing alone (between a byline's parts), a bare count, a lone button label
  /^[•·|–—*-]+$/,
  /^\d+$/,
  /^(?:share|share this (?:post|page|article)|leave a comment|subscribe|like|restack)$/i,
  // a help centre's stamps and feedback prompts
  /^(?:last\s+)?(?:updated|edited|posted|published)\s+(?:(?:over|about|almost|more than|less than)\s+)?(?:a|an|one|\d+)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago$/i,
  /^(?:was this (?:(?:article|page|answer|information|post) )?(?:helpful|useful)|did this answer your question|did you find (?:this|what you were looking for)|is this (?:article|page) (?:helpful|useful)|how (?:helpful|useful) was this (?:article|page))\b/i,
  /^\d+ out of \d+ found this helpful$/i,
];
/** A row of in-page links: three or more short labels divided by bars ("Signs | Why it happens | FAQ"). */
const LINK_ROW = /^[^.!?|]{1,40}(?:\s\|\s[^.!?|]{1,40}){2,}$/;

/** True for a line that is page furniture wherever it stands. */
export function isPageFurniture(line: string): boolean {
  const t = line.trim();
  return t.length < 200 && (ANYWHERE_NOISE.some((re) => re.test(t)) || LINK_ROW.test(t));
}

/** A line of post meta: at most four words, no sentence end ("Hana Okafor", "November 24, 2026", "•"). */
const META_LINE = /^(?:[^\s.!?:]+(?:\s+|$)){1,4}$/;

/** Post-meta noise that only appears at the head of a post (before the first paragraph of prose). */
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const HEAD_NOISE = [
  /^(?:admin|administrator|editor|staff|author|guest|team)$/i,
  /^(?:posted|written|published|reviewed|updated|edited|last updated|last reviewed|next review|review due|review date)\s*(?:by|on|:)\s*\S.{0,60}$/i,
  /^(?:medically\s+)?reviewed\s+by\s+\S.{0,60}$/i,
  /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u,
  /^author\s*:\s*\S.{0,60}$/i,
  new RegExp(`^(?:on\\s+)?${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}$`, 'i'),
  new RegExp(`^(?:on\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\s+\\d{4}$`, 'i'),
  /^\d{4}-\d{2}-\d{2}$/,
  /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/,
  /^(?:\d+\s*)?min(?:ute)?s?\s+read$/i,
  /^(?:share this|like this|share|tweet|pin it|follow|listen|save|subscribe|sign in|sign up|log in|get (?:the )?app|open in app|write|menu|search|member-only story)\s*:?$/i,
  // reaction and comment counts ("412", "1.2K"), photo credits
  /^\d+(?:[.,]\d+)?[KkMm]?$/,
  /^(?:photo|image|picture|illustration)(?:\s+credit)?\s*(?:by|:|courtesy of)\s*\S.{0,80}$/i,
  /^(?:no|\d+)\s+comments?$/i,
  /^leave\s+a\s+(?:comment|reply)$/i,
];

/**
 * Normalises characters of raw text: CRLF, non-breaking and exotic spaces, zero-width and soft
 * hyphen chars, ligatures, runs of spaces; trims each line. Quotes and dashes are kept as written.
 *
 * @example normalizeWhitespace('a\u00a0 b\u200b\r\n') // 'a b\n'
 */
export function normalizeWhitespace(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g, ' ')
    // Typographic ligatures a PDF leaves in its text ("ﬁnd") are the letters they draw: one search word.
    .replace(/[\uFB00-\uFB06]/g, (l) => l.normalize('NFKC'))
    .replace(/ {2,}/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n');
}

/**
 * Removes PHP/WordPress warnings wherever they occur in a line.
 *
 * @example stripWarnings('Warning: X defined in /a.php on line 3Title') // 'Title'
 */
export function stripWarnings(line: string): string {
  return line.replace(PHP_WARNING, ' ').replace(/\s{2,}/g, ' ').trim();
}

/** WordPress's shortcodes whose content is a media item, not prose: the whole span goes. */
const MEDIA_SHORTCODE = /\[(caption|embed|gallery|audio|video|playlist|wp_caption)\b[^\]]*\][\s\S]*?\[\/\1\]/gi;
/** Any other shortcode tag: `[name attr="…"]`, `[/name]`, or a bare tag WordPress ships. The text it wraps stays. */
const SHORTCODE_TAG = /\[\/?[a-z][\w-]*(?:\s+[\w-]+=(?:"[^"]*"|'[^']*'|[^\s\]]+))+\s*\/?\]|\[\/[a-z][\w-]*\]|\[(?:caption|embed|gallery|audio|video|playlist)\]/gi;

/**
 * Removes WordPress shortcodes, which a post copied from the editor keeps as written: a media
 * shortcode with its content, any other tag alone. "[sic]" or "[1]" have no attributes and stay.
 *
 * @example stripShortcodes('Talk. [caption id="5"]<img> A bench[/caption] [contact-form-7 id="12"]') // 'Talk.  '
 */
export function stripShortcodes(text: string): string {
  if (!text.includes('[')) return text;
  return text.replace(MEDIA_SHORTCODE, '').replace(SHORTCODE_TAG, '');
}

/**
 * The page's title as a line of the page: alone, or with the site's or space's name before or after
 * it ("Wellbeing : Returning to Work", "Returning to Work | Brightside").
 */
function isTitleLine(line: string, titleKey: string): boolean {
  const key = foldForCompare(line);
  if (key === titleKey) return true;
  if (key.length <= titleKey.length || key.length > titleKey.length + 40) return false;
  // The name keeps its capitals: cut it from the line folded the same way but for case.
  const cased = foldForCompare(line, false);
  const rest = key.startsWith(titleKey) ? cased.slice(titleKey.length) : key.endsWith(titleKey) ? cased.slice(0, cased.length - titleKey.length) : null;
  // (The name is a few capitalised words: "Anxiety – what helps" is a heading, not the title.)
  return rest !== null && /^\s*[:|–—-]\s*\p{Lu}\S*(?:\s+\S+){0,2}\s*$|^\s*\p{Lu}\S*(?:\s+\S+){0,2}\s*[:|–—-]\s*$/u.test(rest);
}

/** Most lines of a signature block taken off with the tail it stands above. */
const SIGNATURE_LINES = 5;
/** A signature's line: short, no sentence, not a heading (a scrape may read the block as a list). */
function isSignatureLine(b: Block): boolean {
  return b.kind === 'paragraph' && b.text.length <= 80 && !isProse(b.text) && !/[.!?:]$/.test(b.text);
}

/** A name heading a signature: two to four capitalised words, nothing else. */
const SIGNER = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}$/u;
/** Blocks above a legal footer searched for the signature's start. */
const SIGNATURE_REACH = 8;

/** Where an e-mail's signature starts: a name right under a sign-off ending in a comma; -1 when none. */
function signatureStart(blocks: readonly Block[]): number {
  for (let n = blocks.length - 1; n >= 1 && n >= blocks.length - SIGNATURE_REACH; n -= 1) {
    if (SIGNER.test(blocks[n]!.text.trim()) && /,$/.test(blocks[n - 1]!.text.trim())) return n;
  }
  return -1;
}

/** True for a line that opens a comment area. */
export function isCommentAreaStart(text: string): boolean {
  const t = text.trim();
  return t.length < 200 && COMMENT_AREA.some((re) => re.test(t));
}

/** True for a line that opens a page's tail (author box, more posts, mailing address). */
function isTailStart(text: string): boolean {
  const t = text.trim();
  return (t.length < 200 && TAIL_START.some((re) => re.test(t))) || LEGAL_FOOTER.test(t);
}

/** True for post-meta noise (bylines, dates, share prompts), also when several are joined by `/ | · •`. */
export function isHeadNoise(text: string): boolean {
  const parts = text.split(/\s+[/|·•–—]\s+|\s*[|·•]\s*/).map((p) => p.trim()).filter(Boolean);
  return parts.length > 0 && parts.every((p) => HEAD_NOISE.some((re) => re.test(p)));
}

/** A prose paragraph: the first one ends the "head" where titles and bylines are repeated. */
function isProse(text: string): boolean {
  return !isHeadingLike(text) && text.split(/\s+/).length >= 6;
}

/**
 * Cleans a document's blocks: strips warnings, drops empty blocks, drops head noise (bylines, dates,
 * the title and any line repeated before the first prose paragraph), and cuts the comment area.
 * The title rule applies only at the head, so a later section heading that equals the title stays.
 * A block's text may hold soft line breaks (`\n`, e.g. a byline line directly above a date line):
 * rules apply per line, and the surviving lines are joined with spaces.
 *
 * @example cleanBlocks([{ kind: 'paragraph', text: 'Admin', level: null }], 'T') // []
 */
export function cleanBlocks<T extends Block>(blocks: readonly T[], title: string): T[] {
  const split = blocks
    .map((block) => ({ block, lines: stripShortcodes(block.text).split('\n').map(stripWarnings).filter((l) => l.trim() !== '') }))
    .filter((b) => b.lines.length > 0);
  const titleKey = foldForCompare(title);
  // A page copied whole from a browser starts with its chrome (a skip link, the cookie banner, the
  // menu, the breadcrumb) and then the title on a line of its own: the article starts there.
  const titled = split.findIndex((b) => isTitleLine(b.lines.join(' '), titleKey));
  const chars = (list: typeof split) => list.reduce((n, b) => n + b.block.text.length, 0);
  if (titled > 0 && chars(split.slice(0, titled)) < chars(split) / 4) split.splice(0, titled);
  // (A title of two sentences, "Burnout or Depression? How to Tell", reads as prose but is the title.)
  const firstProse = split.findIndex((b) => b.block.kind === 'paragraph' && isProse(b.lines.join(' ')) && foldForCompare(b.lines.join(' ')) !== titleKey);
  const headEnd = firstProse < 0 ? split.length : firstProse;
  // A one-sentence standfirst under the title can come before the post's meta (author, date, read
  // time), each on a short line of its own: those lines are head chrome too.
  let metaEnd = firstProse;
  const text = (k: number) => split[k]!.lines.join(' ');
  if (firstProse >= 0 && text(firstProse).length <= 220 && !/[.!?]\s+\p{Lu}/u.test(text(firstProse))) {
    let j = firstProse + 1;
    while (j < split.length && split[j]!.block.kind === 'paragraph' && !split[j]!.block.item && META_LINE.test(text(j))) j += 1;
    if (j - firstProse > 2) metaEnd = j;
  }

  const headCounts = new Map<string, number>();
  for (const { lines } of split.slice(0, headEnd)) {
    for (const line of lines) headCounts.set(foldForCompare(line), (headCounts.get(foldForCompare(line)) ?? 0) + 1);
  }
  const isHeadJunk = (line: string) => {
    const key = foldForCompare(line);
    // at the head, comment links and post meta are dropped one by one: the article has not started
    return isTitleLine(line, titleKey) || (headCounts.get(key) ?? 0) > 1 || isHeadNoise(line) || isCommentAreaStart(line) || isTailStart(line) || isPageFurniture(line);
  };
  // Text before each block: a tail marker ends the page only once most of its text is behind it.
  const total = split.reduce((n, b) => n + b.block.text.length, 0);
  let before = 0;

  const out: T[] = [];
  for (const [i, { block, lines }] of split.entries()) {
    const told = before >= total - before;
    before += block.text.length;
    let kept: string[];
    let stop = false;
    let signed = false;
    if (i < headEnd || (i > firstProse && i < metaEnd)) {
      // A short line of the head heads the article only right above its first prose ("Introduction")
      // or a question; the others are the page's chrome: a subtitle, the author's name, counts.
      const next = split[i + 1]?.lines[0] ?? '';
      const chrome = firstProse >= 0 && block.kind === 'paragraph' && !block.item && i + 1 < (i < headEnd ? headEnd : metaEnd) && !isQuestion(next);
      kept = lines.filter((line) => !isHeadJunk(line) && !(chrome && isHeadingLike(line) && !isQuestion(line)));
    } else {
      // comment area: the rest of the page is visitors' comments and forms
      const cut = lines.findIndex((line) => isCommentAreaStart(line) || (told && isTailStart(line)));
      stop = cut >= 0;
      signed = stop && LEGAL_FOOTER.test(lines[cut]!.trim());
      kept = (stop ? lines.slice(0, cut) : lines).filter((line) => !isPageFurniture(line) && !isTailStart(line));
    }
    if (kept.length) out.push({ ...block, text: kept.join(' ').replace(/\s{2,}/g, ' ') });
    if (stop) {
      // An e-mail's signature above its legal footer (a name, a job title, a phone line): short lines, no sentence.
      // A sign-off ("Kind regards,", "Take care,") then a name marks where the signature starts,
      // whatever follows the name (a title, a phone line, an out-of-office note).
      const from = signed ? signatureStart(out) : -1;
      if (from >= 0) out.length = from;
      for (let k = 0; signed && k < SIGNATURE_LINES && out.length > 0 && isSignatureLine(out[out.length - 1]!); k += 1) out.pop();
      break;
    }
  }
  return out;
}
