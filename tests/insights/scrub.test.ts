import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_CHARS, scrub } from '../../server/insights/scrub.ts';

describe('scrub: one rule at a time', () => {
  it('replaces e-mail addresses', () => {
    expect(scrub('write to jane.doe+meds@example.co.uk please')).toBe('write to [email] please');
  });

  it('replaces URLs with a scheme, with www, and bare domains, leaving sentence punctuation', () => {
    expect(scrub('see https://example.com/a?b=1.')).toBe('see [url].');
    expect(scrub('or www.my-blog.net/post')).toBe('or [url]');
    expect(scrub('my clinic is ketamineclinic.org/team')).toBe('my clinic is [url]');
  });

  it('replaces phone numbers written with separators or a leading +', () => {
    expect(scrub('call (555) 123-4567 today')).toBe('call [phone] today');
    expect(scrub('UK +44 20 7946 0958')).toBe('UK [phone]');
    expect(scrub('text 555.123.4567')).toBe('text [phone]');
  });

  it('replaces numbers of 5 or more digits but keeps shorter ones (doses, ages, 988)', () => {
    expect(scrub('my member id is 123456789')).toBe('my member id is [number]');
    expect(scrub('zip 90210')).toBe('zip [number]');
    // Short numbers carry the question's meaning and identify no one.
    expect(scrub('is 50 mg a lot at age 34? I called 988')).toBe('is 50 mg a lot at age 34? I called 988');
  });

  it('replaces full numeric dates, which can be a birth date', () => {
    expect(scrub('born 1990-04-12 or 4/12/1990')).toBe('born [date] or [date]');
  });

  it('replaces social handles', () => {
    expect(scrub('DM me @sarah_k')).toBe('DM me [handle]');
  });

  it('replaces names after "my name is", first and last', () => {
    expect(scrub('Hi, my name is John Smith and I feel low')).toBe('Hi, my name is [name] and I feel low');
    // Lower case is how many people type; the intro alone marks the name.
    expect(scrub('my name is priya')).toBe('my name is [name]');
  });

  it('replaces names after "I\'m" / "I am", typed in Title Case or lower case', () => {
    expect(scrub("I'm Sarah, can ketamine help?")).toBe("I'm [name], can ketamine help?");
    expect(scrub("i'm sarah and ketamine scares me")).toBe("i'm [name] and ketamine scares me");
    expect(scrub('I am Maria Lopez, 45')).toBe('I am [name], 45');
    expect(scrub('i am maria lopez')).toBe('i am [name]');
  });

  it('keeps what follows "I\'m" when it describes rather than names', () => {
    // "I'm sad" / "I am taking" / "I'm on" are the question itself, not an identity.
    for (const text of ["I'm sad and tired", 'I am taking lithium', "I'm on 20 mg", "I'm not sure", 'I am new to this', "I'm So tired"]) {
      expect(scrub(text)).toBe(text);
    }
  });

  it('does several at once and folds whitespace and control characters', () => {
    expect(scrub("I'm Dana\u0000, mail  d@x.org or call 555-123-4567\n")).toBe("I'm [name], mail [email] or call [phone]");
  });

  it('caps the stored length', () => {
    expect(scrub('a'.repeat(2000))).toHaveLength(MAX_QUESTION_CHARS);
  });
});
