/**
 * withOwnerEdits: the owner's links and Q&A pairs applied to a knowledge build, purely. Article
 * sentences and topics keep their ids and the corpus its version, so a conversation carries on
 * across an engine swap — its crisis flag included.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../server/engine/engine.ts';
import { linkTargets, withOwnerEdits } from '../../server/engine/owner.ts';
import { loadKnowledgeBuild } from '../../server/node/load.ts';

const base = loadKnowledgeBuild('build/knowledge');
const pair = { key: 'abc123', question: 'Is there parking at the clinic?', answer: 'Yes. Free parking is behind the building.', url: '' };

describe('withOwnerEdits', () => {
  it('appends owner pairs after the articles and keeps every article id and the version', () => {
    const edited = withOwnerEdits(base, { links: [], pairs: [pair] });
    expect(edited.indexJson).toBe('');
    expect(edited.corpus.version).toBe(base.corpus.version);
    expect(edited.corpus.sentences.slice(0, base.corpus.sentences.length)).toEqual(base.corpus.sentences);
    expect(edited.corpus.sections.slice(0, base.corpus.sections.length)).toEqual(base.corpus.sections);
    const added = edited.corpus.faqs.at(-1)!;
    expect(added).toMatchObject({ id: 'site-faq-abc123', question: pair.question, source: { title: "this site's FAQ", url: '' } });
    expect(added.answer.map((sid) => edited.corpus.sentences[sid]!.text)).toEqual(['Yes.', 'Free parking is behind the building.']);
    // The base build is untouched.
    expect(base.corpus.faqs.some((f) => f.id === added.id)).toBe(false);
  });

  it('adds a linked question once, and ignores links to sections that do not exist', () => {
    const target = linkTargets(base)[0]!;
    const edited = withOwnerEdits(base, {
      links: [
        { sectionId: target.id, question: 'Can I park there?' },
        { sectionId: target.id, question: 'can i  park there?' },
        { sectionId: 'gone-section', question: 'Anything?' },
      ],
      pairs: [],
    });
    expect(edited.site.questions.sections[target.id]).toEqual([...(base.site.questions.sections[target.id] ?? []), 'Can I park there?']);
    expect(edited.site.questions.sections['gone-section']).toBeUndefined();
    expect(base.site.questions.sections[target.id]).not.toContain('Can I park there?');
  });

  it('skips a pair whose question the articles already answer as an FAQ pair (committed edits)', () => {
    const existing = base.corpus.faqs[0]!;
    const edited = withOwnerEdits(base, { links: [], pairs: [{ ...pair, question: existing.question }] });
    expect(edited.corpus.faqs).toHaveLength(base.corpus.faqs.length);
  });

  it('keeps a conversation going across the swap, crisis line included', () => {
    const before = createEngine(base);
    const crisis = before.answer('i want to end my life');
    expect(crisis.reply.kind).toBe('crisis');
    const after = createEngine(withOwnerEdits(base, { links: [], pairs: [pair] }));
    const next = after.answer('is there parking at the clinic', crisis.reply.context);
    expect(next.reply.kind).toBe('answer');
    expect(next.reply.text).toContain('Free parking is behind the building.');
    expect(next.reply.text).toContain(base.site.crisis.helpLine.text);
  });
});
