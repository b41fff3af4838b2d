/**
 * `npm run bench`: performance of the engine, the HTTP server, start-up and memory, and the widget,
 * printed as tables with the machine's CPU and the date first, and saved as JSON so runs compare.
 * Never part of `npm test`: it takes minutes and its figures depend on the machine.
 *
 *   npm run bench                          # engine, http, cold, widget (~3–4 min)
 *   npm run bench -- engine                # one part (several: `engine http`)
 *   npm run bench -- --quick               # fewer rounds and requests (~1 min), for a smoke check
 *   npm run bench -- profile               # CPU profiles of the engine, start-up and the server under load
 *   npm run bench -- --compare a.json b.json
 *
 * Flags: --rounds N (engine), --seconds N (HTTP segment), --connections N, --requests N (memory
 * check), --runs N (cold starts), --visits N (widget), --autocannon (even if wrk is installed),
 * --no-save, --quiet, --faqchat-only (engine, for profiling).
 */
// Parts are imported when run, so the engine part's process holds no Vite or Playwright (profiles stay clean).
import { machineInfo, machineLine } from './machine.ts';
import { type BenchResults, compareFiles, printTargets, saveResults, targets } from './report.ts';

const PARTS = ['engine', 'http', 'cold', 'widget'] as const;
type Part = (typeof PARTS)[number];
const EXTRA = ['profile'] as const;

function parseArgs(argv: string[]) {
  const parts: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) parts.push(a);
    else if (a === '--compare') {
      flags.set('compare', `${argv[i + 1] ?? ''}\n${argv[i + 2] ?? ''}`);
      i += 2;
    } else if (['--rounds', '--seconds', '--connections', '--requests', '--runs', '--visits'].includes(a)) flags.set(a.slice(2), argv[++i] ?? '');
    else flags.set(a.slice(2), true);
  }
  for (const p of parts) {
    if (!(PARTS as readonly string[]).includes(p) && !(EXTRA as readonly string[]).includes(p)) {
      throw new Error(`faqchat: unknown bench part "${p}"; parts: ${[...PARTS, ...EXTRA].join(', ')}`);
    }
  }
  return { parts, flags };
}

function num(flags: Map<string, string | true>, name: string): number | undefined {
  const v = flags.get(name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error(`faqchat: --${name} needs a number, got ${String(v)}`);
  return n;
}

async function main(): Promise<void> {
  const { parts, flags } = parseArgs(process.argv.slice(2));
  const quiet = flags.has('quiet');
  const out = (text: string) => {
    if (!quiet) console.log(text);
  };

  const compare = flags.get('compare');
  if (typeof compare === 'string') {
    const [a, b] = compare.split('\n');
    if (!a || !b) throw new Error('faqchat: --compare needs two JSON files: --compare a.json b.json');
    console.log(compareFiles(a, b));
    return;
  }

  const machine = machineInfo();
  out(`faqchat bench · ${machineLine(machine)}`);

  if (parts.includes('profile')) {
    out('\nProfiling (node --cpu-prof) …');
    const { printProfiles, runProfiles } = await import('./profile.ts');
    out(printProfiles(await runProfiles(out)));
  }
  const wanted: Part[] = parts.length === 0 ? [...PARTS] : PARTS.filter((p) => parts.includes(p));
  if (wanted.length === 0) return;

  const quick = flags.has('quick');
  const results: BenchResults = { machine, argv: process.argv.slice(2) };
  const log = (line: string) => out(line);
  const started = performance.now();
  const section = (title: string) => out(`\n── ${title} ${'─'.repeat(Math.max(0, 70 - title.length))}`);

  if (wanted.some((p) => p !== 'engine')) {
    // The server parts run `npm start`'s prebuilt server: make build/ current first, as `npm run build` does.
    const { prepareBuilds } = await import('./cold.ts');
    await prepareBuilds(log);
  }
  if (wanted.includes('engine')) {
    section('1. Engine');
    const { ENGINE_DEFAULTS, printEngine, runEngineBench } = await import('./engine.ts');
    results.engine = runEngineBench(
      {
        rounds: num(flags, 'rounds') ?? (quick ? 5 : ENGINE_DEFAULTS.rounds),
        faqchatOnly: flags.has('faqchat-only'),
      },
      () => {},
    );
    out(printEngine(results.engine));
  }
  if (wanted.includes('http')) {
    section('2. HTTP');
    const { HTTP_DEFAULTS, printHttp, runHttpBench } = await import('./http.ts');
    results.http = await runHttpBench(
      {
        seconds: num(flags, 'seconds') ?? (quick ? 2 : HTTP_DEFAULTS.seconds),
        rounds: quick ? 1 : HTTP_DEFAULTS.rounds,
        warmupSeconds: quick ? 1 : HTTP_DEFAULTS.warmupSeconds,
        connections: num(flags, 'connections') ?? HTTP_DEFAULTS.connections,
        ...(flags.has('autocannon') ? { generator: 'autocannon' as const } : {}),
      },
      log,
    );
    out(printHttp(results.http));
  }
  if (wanted.includes('cold')) {
    section('3. Cold start and memory');
    const { COLD_DEFAULTS, printCold, runColdBench } = await import('./cold.ts');
    const requests = num(flags, 'requests') ?? (quick ? 5_000 : COLD_DEFAULTS.requests);
    results.cold = await runColdBench(
      {
        runs: num(flags, 'runs') ?? (quick ? 2 : COLD_DEFAULTS.runs),
        requests,
        rssCheckpoint: Math.min(COLD_DEFAULTS.rssCheckpoint, Math.floor(requests / 5)),
        connections: num(flags, 'connections') ?? COLD_DEFAULTS.connections,
      } as Parameters<typeof runColdBench>[0],
      log,
    );
    out(printCold(results.cold));
  }
  if (wanted.includes('widget')) {
    section('4. Widget');
    const { printWidget, runWidgetBench, WIDGET_DEFAULTS } = await import('./widget.ts');
    results.widget = await runWidgetBench({ visits: num(flags, 'visits') ?? (quick ? 2 : WIDGET_DEFAULTS.visits) }, log);
    out(printWidget(results.widget));
  }

  results.targets = targets(results);
  section('Summary');
  out(printTargets(results.targets));
  out(`\n(bench took ${Math.round((performance.now() - started) / 1000)} s)`);
  if (!flags.has('no-save')) out(`results: ${saveResults(results)} (and build/bench/latest.json)`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
