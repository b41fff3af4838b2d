/**
 * The server's entry: parse the environment once, (build what is missing,) serve, log one line with
 * the URL. A bad setting or a failed start prints one `faqchat: …` line and exits 1, without a stack trace.
 *
 * Run two ways:
 * - prebuilt (`npm start`, containers): server/node/bundle.ts compiles this file into build/server/main.js
 *   with `__FAQCHAT_PREBUILT__` defined, and server/node/start.mjs has made every build current first, so
 *   start-up only loads build/ (no knowledge hashing, no Vite);
 * - from source (`npm run dev` = `tsx server/node/main.ts`): builds the knowledge and the widget when
 *   missing or stale, then serves.
 */
import { ConfigError, parseConfig } from '../config.ts';
import { createLogger } from '../http/log.ts';
import { startServer, stdoutLines } from './server.ts';

/** `true` in the bundle (server/node/bundle.ts `define`); undeclared when run from source. */
declare const __FAQCHAT_PREBUILT__: boolean | undefined;
const prebuilt = typeof __FAQCHAT_PREBUILT__ === 'boolean' && __FAQCHAT_PREBUILT__;

try {
  const config = parseConfig(process.env);
  const log = createLogger(config.logLevel, stdoutLines());
  const server = await startServer({ config, log, builds: prebuilt ? 'prebuilt' : 'ensure' });
  // Always printed (unless silent): it is how someone who ran `npm start` finds the page, and the
  // tag to paste on their site (single quotes, so the JSON line shows it without escapes).
  if (config.logLevel !== 'silent') {
    const t = new Date().toISOString();
    console.log(JSON.stringify({ t, level: 'info', msg: `faqchat: serving ${server.url}`, url: server.url }));
    const tag = `<script async src='${server.url}/widget.js'></script>`;
    console.log(JSON.stringify({ t, level: 'info', msg: `faqchat: to embed the chat on a site, paste this before </body> (with this server's public address): ${tag}`, embed: tag }));
  }
} catch (err) {
  const message = err instanceof Error ? err.message : String(err);
  console.error(message.startsWith('faqchat: ') || err instanceof ConfigError ? message : `faqchat: cannot start (${message})`);
  process.exit(1);
}
