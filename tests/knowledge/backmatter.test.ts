import { describe, expect, it } from 'vitest';
import { dropBackMatter, isBackMatterHeading, isCitationsHeading } from '../../knowledge/backmatter.ts';

describe('back matter', () => {
  it('names navigation and a repository README\'s own sections, not the article\'s', () => {
    for (const h of ['Related articles', 'See also', 'You might also like', 'Further reading:', 'Contributing', 'License', 'Licence']) expect(isBackMatterHeading(h), h).toBe(true);
    for (const h of ['Signs of PTSD', 'Licensing and driving', 'Contributing factors', 'Sources']) expect(isBackMatterHeading(h), h).toBe(false);
    expect(isCitationsHeading('References')).toBe(true);
  });

  it('drops a back-matter section down to the next heading at its level', () => {
    const blocks = [
      { kind: 'heading' as const, text: 'When to get help', level: 2 },
      { kind: 'paragraph' as const, text: 'Call 999 in an emergency.', level: null },
      { kind: 'heading' as const, text: 'Contributing', level: 2 },
      { kind: 'paragraph' as const, text: 'Open a pull request.', level: null },
      { kind: 'heading' as const, text: 'License', level: 2 },
      { kind: 'paragraph' as const, text: 'CC BY 4.0', level: null },
    ];
    expect(dropBackMatter(blocks).map((b) => b.text)).toEqual(['When to get help', 'Call 999 in an emergency.']);
  });
});
