/**
 * The Markdown of the tools site owners write in, read as plain Markdown before the reader sees it:
 * a static site's template tags (Hugo, Jekyll), MkDocs Material's admonitions and tabs, MDX
 * (Docusaurus) imports, admonitions and tabs, and an Obsidian vault's callouts, wikilinks, comments,
 * highlights and tags, and an outliner's (Logseq) blocks. What shows a title over
 * folded content (a collapsible admonition, a folded callout, a "details" tag: an FAQ's question)
 * becomes a line set wholly in bold, which the reader makes a heading one level below its section.
 */

/** A static-site template tag: Hugo's `{{< name … >}}` and `{{% name … %}}`, Jekyll's `{% name … %}` and `{{ value }}`. */
const TEMPLATE_TAG = /\{\{[<%]\s*(\/?)\s*([\w-]+)([^\n]*?)[%>]\}\}|\{%-?\s*(\/?)(?:end)?([\w-]+)([^\n]*?)-?%\}|\{\{[^{}\n]*\}\}/g;
/** Template tags that show their content on a click, titled: an FAQ's question and its answer. */
const DISCLOSURE_TAG = /^(?:details|expand|expander|accordion|collapse|collapsible|toggle|spoiler|faq|tab)$/i;

/**
 * Template tags of a static site's content file: a disclosure tag's title ("details title=…") is a
 * bold line, so the reader makes it a heading one level below its section, with the tag's content
 * under it; every other tag (a figure, a video, a link's `ref`, a callout's wrapper) goes, its
 * content stays.
 *
 * @example templateTags('{{% details title="Is it common?" %}}\nYes.\n{{% /details %}}') // '\n\n**Is it common?**\n\nYes.\n\n\n'
 */
function templateTags(text: string): string {
  return text.replace(TEMPLATE_TAG, (_all, close1?: string, name1?: string, rest1?: string, close2?: string, name2?: string, rest2?: string) => {
    const [close, name, rest] = name1 ? [close1, name1, rest1] : [close2, name2, rest2];
    if (!name) return '';
    if (close || !DISCLOSURE_TAG.test(name)) return DISCLOSURE_TAG.test(name) ? '\n\n' : '';
    const title = /(?:title|summary|label|name)\s*=\s*"([^"]+)"|^\s*"([^"]+)"/.exec(rest ?? '');
    const words = title?.[1] ?? title?.[2];
    return words ? `\n\n**${words}**\n\n` : '\n\n';
  });
}

/** An admonition (`!!! note "Title"`, collapsible `??? question "Title"`) or a content tab (`=== "Title"`). */
const ADMONITION = /^(!!!|\?\?\?\+?|===)\s*(?:([\w-]+)\s*)?(?:"([^"]*)")?\s*$/;
/** An Obsidian callout's first line: `> [!faq]- Title` (`-` or `+`: it folds). */
const CALLOUT = /^(>\s*)\[!([\w-]+)\]([-+]?)[ \t]*(.*)$/;
/** Callout types that hold a question and its answer. */
const ASKING = /^(?:faq|question|help|questions)$/i;

/**
 * MkDocs Material: an admonition's or a tab's title on a line of its own (in bold when its content
 * folds), its 4-space-indented content moved left so it reads as text and lists.
 */
function mkdocs(text: string): string {
  if (!/^(?:!!!|\?\?\?|===)/m.test(text)) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  let inside = false;
  for (const line of lines) {
    const m = ADMONITION.exec(line);
    if (m) {
      inside = true;
      const title = m[3]?.trim();
      // (A tab is a variant of its section's content: its label is a line of text, as a titled note's is.)
      const folded = m[1]!.startsWith('?');
      out.push('', title ? (folded ? `**${title}**` : title) : '', '');
      continue;
    }
    if (inside && (line.startsWith('    ') || line.trim() === '')) out.push(line.slice(4));
    else {
      inside = false;
      out.push(line);
    }
  }
  return out.join('\n');
}

/**
 * Obsidian: a callout's title on its own line (in bold when it folds or asks), embeds and comments
 * dropped, a wikilink as the text it shows, a highlight as its text, tags dropped.
 */
function obsidian(text: string): string {
  if (!/\[\[|^>\s*\[!|%%|==\S/m.test(text)) return text;
  return text
    .replace(/%%[\s\S]*?%%/g, '')
    .replace(/!\[\[[^\]]*\]\]/g, '')
    .replace(/\[\[(?:[^\]|]*\|)?([^\]]*)\]\]/g, (_m, shown: string) => shown.replace(/#/g, ' '))
    .replace(/==([^=\n]+)==/g, '$1')
    .split('\n')
    .map((line) => {
      const c = CALLOUT.exec(line);
      if (!c) return line.replace(/(^|\s)#[a-z][\w/-]*(?=\s|$)/gi, '$1').replace(/\s+$/, '');
      const title = c[4]!.trim();
      return title ? `\n${c[3] || ASKING.test(c[2]!) ? `**${title}**` : title}\n` : '';
    })
    .join('\n');
}

/** MkDocs' snippet includes (`--8<-- "file"`), abbreviation lines (`*[GP]: …`) and icon shortcodes (`:material-heart:`). */
const MKDOCS_NOISE = /^--8<--.*$|^\*\[[^\]]+\]:.*$|:(?:material|octicons|fontawesome|simple)-[a-z0-9-]+:/gm;

/**
 * MDX (Docusaurus): import lines and JSX comments dropped, an admonition's fence (`:::tip Try
 * this`) and a tab's label (`<TabItem label="3-minute version">`) read as a line of text (a tab is a
 * variant of its section's content, not a section of its own).
 */
function mdx(text: string): string {
  if (!/^(?:import\s|:::)|<TabItem\b|\{\/\*/m.test(text)) return text;
  return text
    .replace(/^import\s.+\sfrom\s+['"][^'"]+['"];?[ \t]*$/gm, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    // (Docusaurus writes `:::tip Title` or `:::tip[Title]`; pandoc's `::: {custom-style=…}` is not this.)
    .replace(/^:::([a-z]+)(?:\[([^\]\n]*)\]|[ \t]+([^{\n].*))?[ \t]*$/gm, (_m, _type: string, a?: string, b?: string) => `\n${(a ?? b ?? '').trim()}\n`)
    .replace(/^:::[ \t]*$/gm, '')
    .replace(/^[ \t]*<TabItem\b[^>]*\blabel="([^"]+)"[^>]*>[ \t]*$/gm, '\n$1\n')
    .replace(/^[ \t]*<\/?(?:Tabs|TabItem)\b[^>]*>[ \t]*$/gm, '');
}

/** An outliner's property line (`id:: 64f1…`, `collapsed:: true`, a page's `tags:: …`). */
const PROPERTY = /^[ \t]*[a-z][\w-]*:: .*$/i;
/** An outliner's block: indentation (tabs, or two spaces a level), a bullet, the text. */
const BLOCK = /^([ \t]*)- (.*)$/;
/** A block that is a heading (`- ## What helps`). */
const HEADING_BLOCK = /^(#{1,6}) +(\S.*)$/;

/**
 * An outliner's page (Logseq, Roam, Workflowy): every paragraph is a bullet, a heading is a bullet
 * that starts with `#`, and the blocks under a heading are its text. Read as a page: a heading block
 * is a heading, a block at the first level under it (or at the top) a paragraph, deeper blocks list
 * items one level up; property lines, block references, task markers and drawers dropped.
 */
function outliner(text: string): string {
  const lines = text.split('\n');
  if (!lines.some((l) => PROPERTY.test(l)) || !lines.some((l) => { const b = BLOCK.exec(l); return b !== null && HEADING_BLOCK.test(b[2]!); })) return text;
  const out: string[] = [];
  // The depth of the blocks that are paragraphs: the top, or the level under the last heading block.
  let prose = 0;
  let drawer = false;
  for (const line of lines) {
    if (/^[ \t]*:LOGBOOK:/.test(line)) drawer = true;
    if (drawer) {
      if (/^[ \t]*:END:/.test(line)) drawer = false;
      continue;
    }
    if (PROPERTY.test(line)) continue;
    const b = BLOCK.exec(line);
    if (!b) {
      out.push(line);
      continue;
    }
    const depth = b[1]!.replace(/ {2}/g, '\t').length;
    const body = b[2]!.replace(/\(\([0-9a-f-]{8,}\)\)/g, '').replace(/^(?:TODO|DONE|LATER|NOW|DOING|CANCELED|CANCELLED) /, '').trim();
    const h = HEADING_BLOCK.exec(body);
    if (h) {
      prose = depth + 1;
      out.push('', `${h[1]} ${h[2]}`, '');
    } else if (depth <= prose) out.push('', body, '');
    else out.push(`${'  '.repeat(depth - prose - 1)}- ${body}`);
  }
  return out.join('\n');
}

/** All of the above, in the order they nest: template tags, then MkDocs, MDX, Obsidian and an outliner's blocks. */
export function dialects(text: string): string {
  return outliner(obsidian(mdx(mkdocs(templateTags(text).replace(MKDOCS_NOISE, '')))));
}
