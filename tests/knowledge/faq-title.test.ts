import { describe, expect, it } from 'vitest';
import { isFaqTitle } from '../../knowledge/blocks.ts';

describe('FAQ section titles', () => {
  it.each(['FAQ', 'FAQs', 'Frequently asked questions', 'Your questions answered', 'Q&A', 'Questions people often ask', 'Questions you may have', 'Things people ask', 'Questions we get'])('%s is an FAQ', (t) => {
    expect(isFaqTitle(t)).toBe(true);
  });
  it.each(['Questions to ask your GP', 'Things you have to do first', 'When to get help', 'Asking for help'])('%s is not', (t) => {
    expect(isFaqTitle(t)).toBe(false);
  });
});
