// The HTTPS plumbing both stand-ins (CoinGecko's and mempool.space's) share: a server with the
// stand-ins' self-signed certificate, delayed answers on timers (never sleeps), and a close()
// that does not wait for keep-alive sockets or pending slow answers.
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** A listening HTTPS server. */
export interface HttpsHost {
  readonly port: number;
  /** `https://127.0.0.1:PORT` (with the listen host). */
  readonly origin: string;
  /** Runs `send` after `delayMs` unless the client has gone; other requests go on meanwhile. */
  later(response: ServerResponse, delayMs: number, send: () => void): void;
  /** Stops listening, cancels pending answers and destroys open sockets. */
  close(): Promise<void>;
}

/** Starts an HTTPS server on `host:port` (defaults 127.0.0.1, a free port) running `handle`. */
export async function startHttpsHost(
  credentials: { key: string; cert: string },
  handle: (request: IncomingMessage, response: ServerResponse) => Promise<void>,
  options: { port?: number; host?: string } = {},
): Promise<HttpsHost> {
  const listenHost = options.host ?? '127.0.0.1';
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer(credentials, (request, response) => {
    handle(request, response).catch((cause: unknown) => {
      if (!response.headersSent) {
        response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      }
      response.end(`stand-in error: ${cause instanceof Error ? cause.message : String(cause)}`);
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // A client that hangs up mid-handshake must not crash the test process.
  server.on('tlsClientError', () => {});

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, listenHost, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const originHost = listenHost.includes(':') ? `[${listenHost}]` : listenHost;
  return {
    port,
    origin: `https://${originHost}:${port}`,
    later(response, delayMs, send) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        send();
      }, delayMs);
      timers.add(timer);
      response.on('close', () => {
        clearTimeout(timer);
        timers.delete(timer);
      });
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive and pending slow requests would otherwise hold close() open.
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
