/**
 * The Node store hashes ids with node:crypto (sync, ~2 µs) where Workers use Web Crypto (~50 µs):
 * both must write the same hashes, or a feedback click recorded by one would not find its reply.
 * And the topic of an unanswered question may come from the engine's analysis instead of a second
 * wink pass: it must be the same topic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/engine/understand/analyze.ts';
import { saltedHash, toFeedbackRow, toReplyRecord, topicOf, topicOfAnalysis } from '../../server/insights/record.ts';
import { nodeSaltedHash } from '../../server/insights/sqlite.ts';
import { feedback, reply } from './helpers.ts';

describe('id hashing', () => {
  it('node:crypto and Web Crypto give the same hash for any salt and id', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1 }), fc.string(), async (salt, id) => {
        expect(nodeSaltedHash(salt, id)).toBe(await saltedHash(salt, id));
      }),
      { numRuns: 200 },
    );
    // Non-ASCII salt and id: both sides must encode them as UTF-8.
    expect(nodeSaltedHash('sél-✓', 'ид-😀')).toBe(await saltedHash('sél-✓', 'ид-😀'));
  });

  it('a store with the sync hasher writes the rows the Web Crypto one would', async () => {
    const event = reply({ kind: 'fallback', sessionId: 'sess-1', messageId: 'msg-1', question: 'can I drive after ketamine?' });
    expect(await toReplyRecord(event, 'salt', nodeSaltedHash)).toEqual(await toReplyRecord(event, 'salt'));
    const click = feedback({ sessionId: 'sess-1', messageId: 'msg-1' });
    expect(await toFeedbackRow(click, 'salt', nodeSaltedHash)).toEqual(await toFeedbackRow(click, 'salt'));
  });
});

describe('topic from the engine analysis', () => {
  const questions = [
    'Can I drive after ketamine?',
    'how long do the effects last',
    "I'm not sure what esketamine is for",
    'Is it safe with alcohol??',
    'ok',
  ];

  it('is the topic a second wink pass would give', () => {
    for (const q of questions) expect(topicOfAnalysis(analyze(q))).toBe(topicOf(q));
  });

  it('is used for a question scrubbing left alone, and gives the same row', async () => {
    for (const question of questions) {
      const withAnalysis = await toReplyRecord(reply({ kind: 'fallback', question, analysis: analyze(question) }), 'salt');
      const without = await toReplyRecord(reply({ kind: 'fallback', question }), 'salt');
      if (withAnalysis.table !== 'replies' || without.table !== 'replies') throw new Error('expected rows');
      expect({ ...withAnalysis.row, messageHash: '', sessionHash: '' }).toEqual({ ...without.row, messageHash: '', sessionHash: '' });
    }
  });

  it('is not used when scrubbing changed the text: the stored topic never holds the removed name', async () => {
    // The analysis is of the raw message ("ann" is a lemma there); the topic must come from the scrubbed text.
    const question = 'My name is Ann, can I drive after ketamine?';
    const r = await toReplyRecord(reply({ kind: 'fallback', question, analysis: analyze(question) }), 'salt');
    expect(r.table === 'replies' && r.row.topic).toBe('drive ketamine');
  });

  it('is not used when the visitor typed a placeholder literally', async () => {
    // The engine read "phone" as a word; placeholders are never part of a topic.
    const question = 'ask [phone] ketamine';
    expect(topicOfAnalysis(analyze(question))).toContain('phone');
    const r = await toReplyRecord(reply({ kind: 'fallback', question, analysis: analyze(question) }), 'salt');
    expect(r.table === 'replies' && r.row.topic).toBe('ask ketamine');
  });
});
