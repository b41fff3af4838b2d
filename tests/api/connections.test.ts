/**
 * The Node server's connections: requests its HTTP parser rejects get the API's JSON error body,
 * and shutdown closes keep-alive connections cleanly, answering a request sent on one as it began.
 */
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/node/server.ts';
import { FakeEngine, fakeAssets, testConfig } from './fake-engine.ts';

let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

const start = () =>
  startServer({ config: testConfig({ port: 0, host: '127.0.0.1' }), engine: new FakeEngine(), assets: fakeAssets(), store: false, log: () => {}, signals: false });

/** Writes raw bytes to the server and returns everything it sends back before closing. */
function raw(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let got = '';
    socket.on('data', (d) => (got += d.toString('latin1')));
    socket.on('end', () => resolve(got));
    socket.on('close', () => resolve(got));
    socket.on('error', reject);
    socket.write(bytes);
  });
}

function parse(response: string): { status: number; headers: string; body: unknown } {
  const [head = '', body = ''] = response.split('\r\n\r\n');
  return { status: Number(head.split(' ')[1]), headers: head.toLowerCase(), body: body ? JSON.parse(body) : null };
}

describe('requests Node\'s parser rejects', () => {
  it.each([
    ['a malformed request line', 'GARBAGE\r\n\r\n', 400, 'bad_request'],
    ['a bad HTTP version', 'GET / HTTP/9.9\r\nHost: x\r\n\r\n', 400, 'bad_request'],
    ['a header without a colon', 'GET / HTTP/1.1\r\nHost: x\r\nnot a header\r\n\r\n', 400, 'bad_request'],
    ['both Content-Length and chunked', 'POST /api/chat HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n', 400, 'bad_request'],
    ['a NUL in the path', 'GET /\u0000 HTTP/1.1\r\nHost: x\r\n\r\n', 400, 'bad_request'],
    ['headers over the limit', `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431, 'headers_too_large'],
  ])('%s → its status with the JSON error body', async (_name, bytes, status, code) => {
    running = await start();
    const res = parse(await raw(running.port, bytes));
    expect(res.status).toBe(status);
    expect(res.headers).toContain('content-type: application/json');
    expect(res.headers).toContain('connection: close');
    expect(res.body).toEqual({ error: { code, message: expect.stringMatching(/^faqchat: /) } });
  });
});

describe('shutdown and keep-alive connections', () => {
  const get = (agent: Agent, url: string) =>
    new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
      request(`${url}/healthz`, { agent }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
      })
        .on('error', reject)
        .end();
    });

  it('answers a request sent on an idle keep-alive connection as shutdown begins, then closes it', async () => {
    running = await start();
    const { url } = running;
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    expect((await get(agent, url)).connection).toBe('keep-alive');
    const closing = running.close();
    running = undefined;
    // The agent reuses its idle connection: the request is read and answered, not reset.
    expect(await get(agent, url)).toEqual({ status: 200, connection: 'close' });
    await closing;
    agent.destroy();
  });

  it('closes an idle keep-alive connection with a FIN (no error on the client) before close() resolves', async () => {
    running = await start();
    const { port } = running;
    const socket = connect(port, '127.0.0.1');
    const events: string[] = [];
    socket.on('error', (e: NodeJS.ErrnoException) => events.push(`error ${e.code}`));
    socket.on('end', () => events.push('end'));
    await new Promise<void>((resolve) => {
      socket.once('data', () => resolve());
      socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    });
    await running.close();
    running = undefined;
    expect(events).toEqual(['end']);
    socket.destroy();
  });
});
