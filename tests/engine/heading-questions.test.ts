import { describe, expect, it } from 'vitest';
import { headingQuestion } from '../../server/engine/heading-questions.ts';

describe('questions from headings', () => {
  it.each([
    ['Who Gets SAD?', 'Who Gets SAD?'],
    ['How Is SAD Diagnosed', 'How Is SAD Diagnosed?'],
    ['Signs and Symptoms', 'Tell me about signs and symptoms'],
    ['SAD in Children', 'Tell me about SAD in children'],
  ])('%s → %s', (title, q) => {
    expect(headingQuestion(title)).toBe(q);
  });
  it('gives none for headings that only place a section', () => {
    expect(headingQuestion('Introduction')).toBeNull();
    expect(headingQuestion('Conclusion')).toBeNull();
  });
});
