/**
 * The loader's and the panel's styles share one shadow root, so no class may mean two things: the
 * launcher's rules reach only the loader's own elements (direct children of .fc), and the panel's
 * stylesheet names none of the loader's classes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const read = (f: string) => readFileSync(join(import.meta.dirname, '../../widget/src', f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const launcherCss = read('launcher.css');
const panelCss = read('panel.css') + read('theme.css');
/** Selectors of every rule (inside @media too). */
const selectors = (css: string) => [...css.matchAll(/([^{}]+)\{[^{}]*\}/g)].flatMap((m) => m[1]!.split(',')).map((s) => s.trim()).filter((s) => s && !s.startsWith('@') && !/^(from|to|\d+%)$/.test(s));
const classes = (css: string) => new Set([...css.matchAll(/\.([a-z][\w-]*)/gi)].map((m) => m[1]!));
/** Classes on the wrapper itself: state and theme, shared on purpose. */
const WRAPPER = new Set(['fc', 'left', 'right', 'open', 'shown', 'light', 'dark']);

describe('widget CSS scope', () => {
  it('every launcher rule is anchored on .fc and reaches only its direct children (or descendants of those)', () => {
    for (const sel of selectors(launcherCss)) expect(sel, sel).toMatch(/^\.fc([.:\w-]*)?( > \.(launcher|unavailable)\b.*| :focus-visible| \*)?$|^\.(launcher|unavailable)\b/);
  });

  it('the panel stylesheet names no class of the loader’s elements', () => {
    const loaderOnly = [...classes(launcherCss)].filter((c) => !WRAPPER.has(c));
    expect(loaderOnly.sort()).toEqual(['launcher', 'unavailable']);
    for (const c of loaderOnly) expect(classes(panelCss).has(c), `.${c} in panel.css`).toBe(false);
  });

  it('the loader’s classes are not reply kinds or panel classes the markup uses', () => {
    const source = ['ui/MessageList.tsx', 'ui/Panel.tsx', 'ui/Chips.tsx', 'ui/Sources.tsx', 'ui/Composer.tsx', 'ui/CrisisCard.tsx'].map(read).join('\n');
    const kinds = ['answer', 'clarify', 'fallback', 'referral', 'crisis', 'smalltalk'];
    for (const c of ['launcher', 'unavailable']) {
      expect(kinds).not.toContain(c);
      expect(source).not.toMatch(new RegExp(`class(Name)?=\\{?["'\`][^"'\`]*\\b${c}\\b`));
    }
  });
});
