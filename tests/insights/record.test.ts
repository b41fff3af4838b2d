import { describe, expect, it } from 'vitest';
import {
  confidenceBucket,
  hourBucket,
  saltedHash,
  toFeedbackRow,
  toReplyRecord,
  topicOf,
} from '../../server/insights/record.ts';
import { feedback, reply } from './helpers.ts';

describe('record: what of a reply is kept', () => {
  it('keeps the hour, not the second', () => {
    expect(hourBucket(new Date('2025-06-15T10:59:59.999Z'))).toBe(Date.UTC(2025, 5, 15, 10) / 1000);
    expect(hourBucket(new Date('2025-06-15T10:00:00Z'))).toBe(Date.UTC(2025, 5, 15, 10) / 1000);
  });

  it('buckets confidence into low / medium / high', () => {
    expect([0, 0.39, 0.4, 0.69, 0.7, 1, Number.NaN].map(confidenceBucket)).toEqual([
      'low', 'low', 'medium', 'medium', 'high', 'high', 'low',
    ]);
  });

  it('drops the question text of answered replies', async () => {
    for (const kind of ['answer', 'referral', 'smalltalk'] as const) {
      const r = await toReplyRecord(reply({ kind, question: 'my name is Ann, what dose?' }), 'salt');
      expect(r.table).toBe('replies');
      if (r.table === 'replies') expect([r.row.question, r.row.topic]).toEqual([null, null]);
    }
  });

  it('keeps fallback and clarify questions only scrubbed, with their topic', async () => {
    const r = await toReplyRecord(reply({ kind: 'fallback', question: 'My name is Ann, can I drive after ketamine?' }), 'salt');
    expect(r.table === 'replies' && r.row.question).toBe('My name is [name], can I drive after ketamine?');
    expect(r.table === 'replies' && r.row.topic).toBe('drive ketamine');
  });

  it('turns a crisis reply into an hour to count and nothing else', async () => {
    const event = reply({ kind: 'crisis', question: 'I want to end it tonight', sessionId: 's', messageId: 'm' });
    const record = await toReplyRecord(event, 'salt');
    expect(record).toEqual({ table: 'distress', kind: 'crisis', hour: hourBucket(event.at), sessionHash: await saltedHash('salt', 's'), marker: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(JSON.stringify(record)).not.toMatch(/end it|"s"|"m"/);
  });

  it('stores ids only as salted hashes that differ per salt and match within one', async () => {
    const a = await toReplyRecord(reply({ sessionId: 'sess-1', messageId: 'msg-1' }), 'salt-a');
    const b = await toReplyRecord(reply({ sessionId: 'sess-1', messageId: 'msg-1' }), 'salt-b');
    if (a.table !== 'replies' || b.table !== 'replies') throw new Error('expected rows');
    expect(a.row.sessionHash).toMatch(/^[0-9a-f]{32}$/);
    expect(a.row.sessionHash).not.toContain('sess-1');
    expect(a.row.sessionHash).not.toBe(b.row.sessionHash);
    const fb = await toFeedbackRow(feedback({ sessionId: 'sess-1', messageId: 'msg-1' }), 'salt-a');
    expect(fb.messageHash).toBe(a.row.messageHash);
    expect(await saltedHash('salt-a', 'msg-1')).toBe(a.row.messageHash);
  });

  it('groups wordings of one question under one topic', () => {
    // Word order, inflection, stop words and punctuation must not split a group.
    expect(topicOf('Can I drive after ketamine?')).toBe(topicOf('ketamine - driving after it, can i?'));
    expect(topicOf('how long do the effects last')).toBe(topicOf('Effect: how long?'));
    expect(topicOf('Can I drive after ketamine?')).not.toBe(topicOf('Can I drink after ketamine?'));
    // Placeholders are not topics.
    expect(topicOf('email [email] about ketamine')).toBe(topicOf('email about ketamine'));
  });
});
