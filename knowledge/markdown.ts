/**
 * Markdown → blocks. A small reader for what site owners write: ATX (`#`) and setext headings, lists
 * (every item, nested or not, is its own paragraph), quotes, tables; code, front matter, HTML
 * comments and link definitions are dropped; inline markup is reduced to its text.
 */
import type { Block } from './blocks.ts';
import { normalizeWhitespace } from './clean.ts';

const ATX = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const LIST_ITEM = /^(\s*)(?:[-*+]|\d{1,9}[.)])\s+(.*)$/;
const RULE = /^(?:[-*_]\s*){3,}$/;

/**
 * Reduces inline Markdown to plain text: links keep their text, images and HTML tags go.
 *
 * @example inlineText('**Fast** [relief](https://x.org) `now`') // 'Fast relief now'
 */
export function inlineText(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\p{L}\p{N}*])\*(?=\S)(.+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, '$1')
    .replace(/(?<![\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>|])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * Splits Markdown into heading and paragraph blocks, headings with their `#` level.
 *
 * @example markdownToBlocks('# A\n\nText.\n\n- one\n- two').map((b) => b.text) // ['A', 'Text.', 'one', 'two']
 */
export function markdownToBlocks(raw: string): Block[] {
  let text = normalizeWhitespace(raw)
    .replace(/^---\n[\s\S]*?\n---(?:\n|$)/, '') // front matter
    .replace(/<!--[\s\S]*?-->/g, '');
  text = text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?(?:\n\1[^\n]*|$)/gm, ''); // fenced code is not prose
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let para: string[] = [];
  let inItem = false;
  const flush = () => {
    const t = para.map(inlineText).filter(Boolean).join('\n'); // soft breaks stay for the cleaner
    if (t) blocks.push(inItem ? { kind: 'paragraph', text: t, level: null, item: true } : { kind: 'paragraph', text: t, level: null });
    para = [];
    inItem = false;
  };
  const heading = (t: string, level: number) => {
    flush();
    const clean = inlineText(t);
    if (clean) blocks.push({ kind: 'heading', text: clean, level });
  };

  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    const next = lines[i + 1] ?? '';
    if (/^\s*\[[^\]]+\]:\s+\S+/.test(line)) continue; // link definition
    line = line.replace(/^(?:>\s?)+/, ''); // quotes read as text
    const atx = ATX.exec(line);
    if (atx) {
      heading(atx[2]!, atx[1]!.length);
      continue;
    }
    if (line && para.length === 0 && /^=+$/.test(next)) {
      heading(line, 1);
      i++;
      continue;
    }
    if (line && para.length === 0 && /^-+$/.test(next) && !LIST_ITEM.test(line)) {
      heading(line, 2);
      i++;
      continue;
    }
    if (line === '' || RULE.test(line)) {
      flush();
      continue;
    }
    if (/^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/.test(line)) continue; // table separator row
    if (/^\|.*\|$/.test(line)) {
      flush();
      para.push(line.slice(1, -1).split('|').map((c) => c.trim()).filter(Boolean).join('; '));
      flush();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      flush(); // each list item, at any depth, is its own paragraph
      para.push(item[2]!);
      inItem = true;
      continue;
    }
    para.push(line.trim());
  }
  flush();
  return blocks;
}
