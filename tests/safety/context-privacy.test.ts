/**
 * What a visitor in distress writes is never kept — not even in the context the widget stores and
 * sends back. Through a whole crisis conversation with personal details, every context the engine
 * returns decodes to numbers, flags and corpus terms only: none of the visitor's own words.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../server/engine/engine.ts';
import { loadKnowledgeBuild } from '../../server/node/load.ts';

const engine = createEngine(loadKnowledgeBuild('build/knowledge'));

const CONVERSATION = [
  'hi, my name is Dana Whitfield and I live at 42 Elmwood Street',
  'how long does it last for depression?',
  "honestly I want to end my life, I already wrote the letters to my sister Carla",
  'I have 30 of my sertraline pills saved up in the drawer',
  'my number is 07700 900123, please dont tell anyone',
  'ok',
];
const PRIVATE = ['dana', 'whitfield', 'elmwood', 'carla', 'letters', 'sertraline', 'drawer', '07700', '900123', 'saved', 'sister'];

describe('the context of a crisis conversation', () => {
  it('decoded, holds no visitor words', () => {
    let context: string | undefined;
    const kinds: string[] = [];
    for (const message of CONVERSATION) {
      const { reply } = engine.answer(message, context);
      kinds.push(reply.kind);
      context = reply.context;
      const decoded = Buffer.from(context, 'base64url').toString('utf8').toLowerCase();
      for (const word of PRIVATE) expect(decoded, `after "${message}"`).not.toContain(word);
    }
    // The conversation did reach the crisis reply and stayed supportive after it.
    expect(kinds[2]).toBe('crisis');
    expect(kinds.slice(3).every((k) => k !== 'fallback')).toBe(true);
  });
});
