/**
 * The English word list of `dictionary-en` (Hunspell), read once at build time: the lexicon's
 * real-word and acronym checks, and the page reader's hyphenation check use it. Never at run time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let english: { words: Set<string>; stems: string[] } | null = null;

/** The English word list: Hunspell stems plus the suffixed forms their flags allow (.aff SFX rules). */
export function englishWords(): { words: Set<string>; stems: string[] } {
  if (english) return english;
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('dictionary-en'));
  const rules = new Map<string, Array<{ strip: string; add: string; when: RegExp }>>();
  for (const line of readFileSync(join(dir, 'index.aff'), 'utf8').split('\n')) {
    const m = /^SFX\s+(\S)\s+(\S+)\s+(\S+)\s+(\S+)/.exec(line);
    if (!m || /^[YN]$/.test(m[3]!) && /^\d+$/.test(m[4]!)) continue;
    const list = rules.get(m[1]!) ?? [];
    list.push({ strip: m[2] === '0' ? '' : m[2]!, add: m[3] === '0' ? '' : m[3]!.split('/')[0]!, when: new RegExp(`${m[4] === '.' ? '' : m[4]}$`) });
    rules.set(m[1]!, list);
  }
  const stems: string[] = [];
  const words = new Set<string>();
  for (const line of readFileSync(join(dir, 'index.dic'), 'utf8').split('\n').slice(1)) {
    const [raw, flags = ''] = line.trim().split('/');
    const stem = (raw ?? '').toLowerCase();
    if (!/^[a-z]+$/.test(stem)) continue;
    stems.push(stem);
    words.add(stem);
    for (const flag of flags) {
      for (const r of rules.get(flag) ?? []) {
        if (r.when.test(stem) && stem.endsWith(r.strip)) words.add(stem.slice(0, stem.length - r.strip.length) + r.add);
      }
    }
  }
  english = { words, stems };
  return english;
}

