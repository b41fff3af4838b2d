import { describe, expect, it } from 'vitest';
import { headingQuestion } from '../../server/engine/heading-questions.ts';

describe('questions from headings', () => {
  it.each([
    ['Who Gets SAD?', 'Who Gets SAD?'],
    ['How Is SAD Diagnosed', 'How Is SAD Diagnosed?'],
    ['Signs and Symptoms', 'Tell me about signs and symptoms'],
    ['SAD in Children', 'Tell me about SAD in children'],
    ['How Long Does It Last', 'How Long Does It Last?'],
  ])('%s → %s', (title, q) => {
    expect(headingQuestion(title)).toBe(q);
  });
  it('asks what a heading is when the article defines it', () => {
    expect(headingQuestion('Light Therapy', true)).toBe('What is light therapy?');
    expect(headingQuestion('Light Therapy')).toBe('Tell me about light therapy');
  });
  it('gives none for headings that only place a section', () => {
    expect(headingQuestion('Introduction')).toBeNull();
    expect(headingQuestion('Conclusion')).toBeNull();
  });
});
