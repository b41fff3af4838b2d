/**
 * `npm start`: parse the environment once, build what is missing, serve, log one line with the URL.
 * A bad setting or a failed start prints one `faqchat: …` line and exits 1, without a stack trace.
 */
import { ConfigError, parseConfig } from './config.ts';
import { createLogger } from './log.ts';
import { startServer } from './node.ts';

try {
  const config = parseConfig(process.env);
  const log = createLogger(config.logLevel);
  const server = await startServer({ config, log });
  // Always printed (unless silent): it is how someone who ran `npm start` finds the page.
  if (config.logLevel !== 'silent') console.log(JSON.stringify({ t: new Date().toISOString(), level: 'info', msg: `faqchat: serving ${server.url}`, url: server.url }));
} catch (err) {
  const message = err instanceof Error ? err.message : String(err);
  console.error(message.startsWith('faqchat: ') || err instanceof ConfigError ? message : `faqchat: cannot start (${message})`);
  process.exit(1);
}
