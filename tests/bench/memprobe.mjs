// Preloaded into a benched server (node --expose-gc --import ./tests/bench/memprobe.mjs): on SIGUSR2
// it runs a full GC and writes process.memoryUsage() as JSON to $FAQCHAT_BENCH_MEMPROBE, so the
// bench can tell a JavaScript heap that keeps growing (a leak) from RSS that the allocator or V8
// simply has not returned. Plain JS so it loads under tsx and under the prebuilt bundle alike.
import { writeFileSync } from 'node:fs';

const out = process.env.FAQCHAT_BENCH_MEMPROBE;
if (out) {
  process.on('SIGUSR2', () => {
    const before = process.memoryUsage();
    if (typeof globalThis.gc === 'function') {
      globalThis.gc();
      globalThis.gc();
    }
    const after = process.memoryUsage();
    writeFileSync(out, JSON.stringify({ before, after, at: Date.now() }));
  });
}
