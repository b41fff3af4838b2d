/** One conversation through an engine: each message carries the context the previous reply returned. */
import type { Engine, Reply } from '../../server/engine/types.ts';

export function talk(engine: Engine, ...messages: string[]): Reply[] {
  let context: string | undefined;
  return messages.map((m) => {
    const { reply } = engine.answer(m, context);
    context = reply.context;
    return reply;
  });
}
