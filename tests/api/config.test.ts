import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULTS, parseConfig } from '../../server/config.ts';

describe('parseConfig', () => {
  it('takes every default from DEFAULTS when the environment is empty', () => {
    expect(parseConfig({})).toEqual({
      port: 8787,
      host: undefined,
      allowedOrigins: [],
      rateLimitPerMin: 20,
      trustProxy: false,
      logLevel: 'info',
      dataDir: './data',
      adminToken: undefined,
      retentionDays: 30,
    });
    expect(parseConfig({}).port).toBe(DEFAULTS.port);
  });

  it('reads each variable; empty strings count as unset', () => {
    const config = parseConfig({
      PORT: '3000',
      HOST: '127.0.0.1',
      ALLOWED_ORIGINS: 'https://blog.example.com, http://localhost:4000/',
      RATE_LIMIT_PER_MIN: '0',
      TRUST_PROXY: 'TRUE',
      LOG_LEVEL: 'Warn',
      DATA_DIR: '/var/lib/faqchat',
      ADMIN_TOKEN: 's3cret-token-0123456789',
      RETENTION_DAYS: '7',
      UNRELATED: 'x',
    });
    expect(config).toEqual({
      port: 3000,
      host: '127.0.0.1',
      allowedOrigins: ['https://blog.example.com', 'http://localhost:4000'],
      rateLimitPerMin: 0,
      trustProxy: true,
      logLevel: 'warn',
      dataDir: '/var/lib/faqchat',
      adminToken: 's3cret-token-0123456789',
      retentionDays: 7,
    });
    expect(parseConfig({ PORT: '', TRUST_PROXY: '  ' }).port).toBe(8787);
  });

  it.each([
    ['PORT', 'abc', 'faqchat: PORT must be an integer from 0 to 65535, got "abc"'],
    ['PORT', '70000', 'faqchat: PORT must be an integer from 0 to 65535, got "70000"'],
    ['PORT', '-1', 'faqchat: PORT must be an integer from 0 to 65535, got "-1"'],
    ['PORT', '80.5', 'faqchat: PORT must be an integer from 0 to 65535, got "80.5"'],
    ['RATE_LIMIT_PER_MIN', 'lots', 'faqchat: RATE_LIMIT_PER_MIN must be an integer ≥ 0 (0 = off), got "lots"'],
    ['TRUST_PROXY', 'maybe', 'faqchat: TRUST_PROXY must be true or false, got "maybe"'],
    ['LOG_LEVEL', 'verbose', 'faqchat: LOG_LEVEL must be one of debug, info, warn, error, silent, got "verbose"'],
    ['ALLOWED_ORIGINS', 'example.com', 'faqchat: ALLOWED_ORIGINS must be a comma-separated list of origins like https://example.com (or *), got "example.com"'],
    ['ALLOWED_ORIGINS', 'https://a.com/path', 'faqchat: ALLOWED_ORIGINS must be a comma-separated list of origins like https://example.com (or *), got "https://a.com/path"'],
    ['RETENTION_DAYS', '0', 'faqchat: RETENTION_DAYS must be an integer from 1 to 3650, got "0"'],
    ['HOST', 'local host', 'faqchat: HOST must be a host name or IP address, got "local host"'],
  ])('%s=%s → one line naming the variable', (name, value, message) => {
    expect(() => parseConfig({ [name]: value })).toThrow(new ConfigError(message));
  });

  it('never echoes a bad ADMIN_TOKEN', () => {
    expect(() => parseConfig({ ADMIN_TOKEN: 'short' })).toThrow('faqchat: ADMIN_TOKEN must be at least 16 printable characters without spaces, got 5 characters');
  });
});

describe('npm start with a bad value', () => {
  it('exits 1 with a single faqchat: line and no stack trace', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/node/main.ts'], {
      env: { ...process.env, PORT: 'eighty' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('faqchat: PORT must be an integer from 0 to 65535, got "eighty"');
    expect(run.stdout).toBe('');
  });
});
