import { describe, expect, it } from 'vitest';
import { charCount, chatRequest, cleanText, feedbackRequest } from '../../server/http/validate.ts';
import { createAssets, etagMatches, isHashedName } from '../../server/http/assets.ts';
import { rateLimitKey } from '../../server/http/app.ts';

describe('cleanText', () => {
  it.each([
    ['  hello  ', 'hello'],
    ['cafe\u0301', 'caf\u00e9'], // NFD → NFC
    ['a\u0000b\u001fc\u007fd\u0085e', 'abcde'],
    ['line one\nline two\r\n\tend', 'line one line two end'],
    ['many     spaces\u00a0here', 'many spaces here'],
    ['lone \ud800 surrogate', 'lone \ufffd surrogate'],
    ['emoji 👩‍⚕️ kept', 'emoji 👩‍⚕️ kept'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(cleanText(input)).toBe(output);
  });

  it('counts characters as code points', () => {
    expect(charCount('😀😀')).toBe(2);
    expect('😀😀'.length).toBe(4);
  });
});

describe('schemas', () => {
  it('chat: drops unknown keys, maps null/"" context and null sessionId to undefined', () => {
    const parsed = chatRequest.parse({ message: ' hi ', sessionId: null, context: '', extra: { a: 1 } });
    expect(parsed).toEqual({ message: 'hi', sessionId: undefined, context: undefined });
  });

  it('feedback: requires a real boolean', () => {
    expect(feedbackRequest.safeParse({ sessionId: 'abcdefgh', messageId: 'abcdefgh', helpful: 1 }).success).toBe(false);
    expect(feedbackRequest.safeParse({ sessionId: 'abcdefgh', messageId: 'abcdefgh', helpful: true }).success).toBe(true);
  });
});

describe('assets helpers', () => {
  it('recognises content-hashed names but not plain words', () => {
    expect(isHashedName('/widget-panel-B3x9kQa1.js')).toBe(true);
    expect(isHashedName('/assets/panel.Dq8fZ2_x.js')).toBe(true);
    expect(isHashedName('/widget.js')).toBe(false);
    expect(isHashedName('/widget-launcher.js')).toBe(false);
  });

  it('gives different bytes different ETags and skips unknown file types', () => {
    const assets = createAssets([
      ['/a.js', 'one'],
      ['b.js', 'two'],
      ['/index.html', '<p>'],
      ['/c.js', new TextEncoder().encode('one')],
    ]);
    expect(assets.get('/a.js')!.etag).not.toBe(assets.get('/b.js')!.etag);
    expect(assets.get('/a.js')!.etag).toBe(assets.get('/c.js')!.etag);
    expect(assets.get('/index.html')).toBeUndefined();
    expect(assets.paths()).toEqual(['/a.js', '/b.js', '/c.js']);
  });

  it('compares If-None-Match weakly', () => {
    expect(etagMatches('W/"x"', '"x"')).toBe(true);
    expect(etagMatches('"y", "x"', '"x"')).toBe(true);
    expect(etagMatches('"y"', '"x"')).toBe(false);
    expect(etagMatches(undefined, '"x"')).toBe(false);
  });
});

describe('rateLimitKey', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
  ])('%s → %s', (ip, key) => {
    expect(rateLimitKey(ip)).toBe(key);
  });
});
