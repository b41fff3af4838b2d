/** Candidate questions derived from an article's sentences at build time, and where the index puts them. */
import { describe, expect, it } from 'vitest';
import { deriveCandidates, headingSubject } from '../../knowledge/candidates.ts';
import { buildCorpus } from '../../knowledge/corpus.ts';
import { candidateQuestions, topicsOf } from '../../server/engine/indexing.ts';
import { entry } from './helpers.ts';

// Written for the tests: a short gardening article in Markdown.
const ARTICLE = `# Growing Tomatoes

## What Is Blossom End Rot?

Blossom end rot is a disorder of the fruit that leaves a dark patch at its base.

## Mulching

Mulch is a layer of straw or bark spread over the soil. A thick layer usually lasts about six weeks.

## Feeding

Most growers use a slow-release fertiliser (SRF) in spring.

## Common Problems

Growers often run into a few problems:

- Split fruit
- Yellow leaves
`;

const corpus = buildCorpus([{ entry: entry('tomatoes.md', 'Growing Tomatoes'), text: ARTICLE }], 't');
const candidates = deriveCandidates(corpus);
const textsOf = (title: string) => {
  const section = corpus.sections.find((s) => s.title === title)!;
  const ids = new Set(section.paragraphs.flat());
  return candidates.filter((c) => ids.has(c.sid)).map((c) => c.text);
};

describe('candidate questions', () => {
  it('reads the subject of a heading, question words and verbs aside', () => {
    expect(headingSubject('What Is Blossom End Rot?')).toBe('blossom end rot');
    expect(headingSubject('How Does Mulch Work?')).toBe('mulch');
    expect(headingSubject('Treatments for SAD')).toBe('treatments for sad');
  });
  it('asks what a defined thing is, how long a stated duration lasts, and what a list lists', () => {
    expect(textsOf('What Is Blossom End Rot?')).toContain('what is blossom end rot');
    expect(textsOf('Mulching')).toEqual(expect.arrayContaining(['what is mulch', 'how long does mulching last']));
    expect(textsOf('Common Problems')).toContain('what are the problems of common problems');
  });
  it('asks what an abbreviation stands for where the article spells it out', () => {
    expect(textsOf('Feeding')).toContain('what does srf stand for');
  });
  it('derives nothing from list items themselves', () => {
    const items = new Set(corpus.sentences.filter((s) => s.item).map((s) => s.id));
    expect(candidates.some((c) => items.has(c.sid))).toBe(false);
  });
  it('gives way to the site owner\'s own questions for a section', () => {
    const withCandidates = { ...corpus, candidates };
    const topics = topicsOf(withCandidates);
    const mulching = topics.findIndex((t) => t.title === 'Mulching');
    expect(candidateQuestions(topics, withCandidates, { sections: {} }).some((c) => c.tp === mulching)).toBe(true);
    expect(candidateQuestions(topics, withCandidates, { sections: { mulching: ['Why mulch?'] } }).some((c) => c.tp === mulching)).toBe(false);
  });
});
