/**
 * The knowledge command line. Never prints a stack trace: any failure is one line
 * `faqchat: <file>: <reason>` and exit code 1 (FAQCHAT_DEBUG=1 adds the stack for developers).
 *
 *   npm run build:knowledge               build when missing or stale (`-- --force` to rebuild)
 *   npm run knowledge -- --outline        print the section tree and FAQ pairs of the sources
 *   options: --knowledge <dir> (folder with sources.json), --out <dir> (build folder)
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildKnowledge, compileKnowledge, DEFAULT_PATHS, summary } from './build.ts';
import { formatOutline } from './outline.ts';

const USAGE = `usage: npm run knowledge -- --outline | --build [--force] [--knowledge <dir>] [--out <dir>]`;

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      outline: { type: 'boolean' },
      build: { type: 'boolean' },
      force: { type: 'boolean' },
      knowledge: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const paths = {
    knowledgeDir: values.knowledge ? resolve(values.knowledge) : DEFAULT_PATHS.knowledgeDir,
    outDir: values.out ? resolve(values.out) : DEFAULT_PATHS.outDir,
  };
  if (values.help || (!values.outline && !values.build)) {
    console.log(USAGE);
    return values.help ? 0 : 1;
  }
  if (values.build) {
    const started = performance.now();
    const result = buildKnowledge(paths, { force: values.force ?? false });
    console.log(
      result.status === 'fresh'
        ? `faqchat: knowledge build is up to date (version ${result.corpus.version}) in ${paths.outDir}`
        : `faqchat: knowledge ${summary(result.corpus, started)} → ${paths.outDir}`,
    );
  }
  if (values.outline) console.log(formatOutline(compileKnowledge(paths.knowledgeDir)));
  return 0;
}

// `npm run knowledge -- --outline | head` closes the pipe early: that is not an error worth a trace
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  // KnowledgeError messages already read `faqchat: <file>: <reason>`; anything else gets the prefix
  const message = err instanceof Error ? err.message : String(err);
  console.error(message.startsWith('faqchat:') ? message : `faqchat: ${message}`);
  if (process.env.FAQCHAT_DEBUG && err instanceof Error) console.error(err.stack);
  process.exitCode = 1;
}
