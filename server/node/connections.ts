/**
 * The Node HTTP server's connections: malformed requests answered with the API's JSON error body,
 * and a shutdown that closes keep-alive connections without resetting a request sent on them.
 */
import { Server as NetServer, type Socket } from 'node:net';
import type { Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { errorBody } from '../http/errors.ts';

/** Statuses for the errors Node's HTTP parser raises before the app sees a request. */
const CLIENT_ERRORS: Record<string, { status: number; reason: string; code: string; message: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, reason: 'Request Header Fields Too Large', code: 'headers_too_large', message: 'the request headers are too large' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, reason: 'Request Timeout', code: 'request_timeout', message: 'the request took too long to arrive' },
  ERR_HTTP_HEADERS_TIMEOUT: { status: 408, reason: 'Request Timeout', code: 'request_timeout', message: 'the request headers took too long to arrive' },
};
const BAD_REQUEST = { status: 400, reason: 'Bad Request', code: 'bad_request', message: 'the request is not valid HTTP/1.1' };

/** The raw HTTP response for a parser error: the API's JSON error body, never cached, connection closed. */
export function clientErrorResponse(errorCode: string | undefined): string {
  const { status, reason, code, message } = (errorCode && CLIENT_ERRORS[errorCode]) || BAD_REQUEST;
  const body = JSON.stringify(errorBody(code, `faqchat: ${message}`));
  return [
    `HTTP/1.1 ${status} ${reason}`,
    'Content-Type: application/json; charset=UTF-8',
    `Content-Length: ${new TextEncoder().encode(body).length}`,
    'Cache-Control: no-store',
    'X-Content-Type-Options: nosniff',
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/**
 * Replaces Node's bare `400 Bad Request` / `431` for requests its parser rejects (a malformed
 * request line, oversized headers, a header timeout) with the JSON error body, when the socket can
 * still be written and no response has started on it.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const started = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent === true;
    if (error.code === 'ECONNRESET' || !socket.writable || started) {
      socket.destroy();
      return;
    }
    socket.end(clientErrorResponse(error.code));
  });
}

export interface DrainOptions {
  /** An idle keep-alive connection is closed after this long unless a request arrives on it. */
  idleMs: number;
  /** After this long every connection is cut, busy or not. */
  graceMs: number;
}

/**
 * Tracks connections and their requests. `drain()` stops accepting, makes every response from then
 * on close its connection, and ends each idle keep-alive connection (a FIN, not a reset) once it has
 * been idle for `idleMs`: a request a client sent on it just as the shutdown began is still read and
 * answered. Resolves when every connection is gone; cuts the rest after `graceMs`.
 */
export function trackConnections(server: Server): { drain(options: DrainOptions): Promise<void> } {
  // Requests in progress per connection; 0 = idle.
  const connections = new Map<Socket, number>();
  const responses = new Set<ServerResponse>();
  let draining: DrainOptions | null = null;

  const endIfIdle = (socket: Socket, idleMs: number): void => {
    const timer = setTimeout(() => {
      if (connections.get(socket) !== 0) return;
      socket.end();
      // A peer that never closes its side is cut after the same pause.
      setTimeout(() => socket.destroy(), idleMs).unref();
    }, idleMs);
    timer.unref();
  };

  server.on('connection', (socket: Socket) => {
    connections.set(socket, 0);
    socket.once('close', () => connections.delete(socket));
  });
  server.on('request', (req, res: ServerResponse) => {
    const socket = req.socket;
    connections.set(socket, (connections.get(socket) ?? 0) + 1);
    if (draining) res.shouldKeepAlive = false;
    responses.add(res);
    res.once('close', () => {
      responses.delete(res);
      if (!connections.has(socket)) return;
      const left = Math.max(0, (connections.get(socket) ?? 1) - 1);
      connections.set(socket, left);
      if (draining && left === 0 && !socket.destroyed) endIfIdle(socket, draining.idleMs);
    });
  });

  return {
    drain(options) {
      draining = options;
      for (const res of responses) if (!res.headersSent) res.shouldKeepAlive = false;
      return new Promise<void>((resolve, reject) => {
        // net.Server#close only stops accepting; http.Server#close would also destroy idle
        // connections at once, resetting a request already on its way.
        NetServer.prototype.close.call(server, (error?: Error) => (error ? reject(error) : resolve()));
        for (const [socket, busy] of connections) if (busy === 0) endIfIdle(socket, options.idleMs);
        setTimeout(() => server.closeAllConnections(), options.graceMs).unref();
      });
    },
  };
}
