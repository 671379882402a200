/**
 * One local port in front of both stand-ins, for browsers that can send every HTTPS request to
 * a single port only (Firefox: `network.socket.forcePort` = "443=<port>"). It reads the server
 * name (SNI) from each connection's TLS ClientHello and then splices the raw connection to the
 * stand-in for that host, unchanged: TLS still ends in the stand-in, which sees the browser's
 * own handshake, headers and hang-ups exactly as with Chromium's host-resolver rules.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/** A running router. */
export interface SniRouter {
  readonly port: number;
  close(): Promise<void>;
}

/** Where each server name goes (lower-case host → local port); `fallback` for anything else. */
export interface SniRoutes {
  hosts: Record<string, number>;
  fallback: number;
}

/** Largest ClientHello record read before giving up (TLS caps a record at 16 KiB + header). */
const MAX_HELLO = 16_384 + 5;

/**
 * The server name in a TLS ClientHello record, `null` if the hello names none, or `undefined`
 * while `data` does not yet hold the whole first record.
 */
export function serverNameOf(data: Buffer): string | null | undefined {
  if (data.length < 5) return undefined;
  if (data[0] !== 0x16) return null; // not a TLS handshake
  const recordEnd = 5 + data.readUInt16BE(3);
  if (data.length < recordEnd) return undefined;
  let at = 5;
  if (data[at] !== 0x01) return null; // not a ClientHello
  at += 4 + 2 + 32; // handshake header, client version, random
  at += 1 + data[at]!; // session id
  at += 2 + data.readUInt16BE(at); // cipher suites
  at += 1 + data[at]!; // compression methods
  if (at + 2 > recordEnd) return null;
  const extensionsEnd = Math.min(recordEnd, at + 2 + data.readUInt16BE(at));
  at += 2;
  while (at + 4 <= extensionsEnd) {
    const type = data.readUInt16BE(at);
    const length = data.readUInt16BE(at + 2);
    at += 4;
    if (type === 0x0000) {
      // server_name: list length (2), then entries of type (1), length (2), name.
      let entry = at + 2;
      while (entry + 3 <= at + length) {
        const nameType = data[entry]!;
        const nameLength = data.readUInt16BE(entry + 1);
        if (nameType === 0) return data.toString('ascii', entry + 3, entry + 3 + nameLength);
        entry += 3 + nameLength;
      }
      return null;
    }
    at += length;
  }
  return null;
}

/** Starts the router on a free port of 127.0.0.1. */
export async function startSniRouter(routes: SniRoutes): Promise<SniRouter> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };

  const server: Server = createServer((client) => {
    track(client);
    client.on('error', () => client.destroy());
    let buffered = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      let name: string | null | undefined;
      try {
        name = serverNameOf(buffered);
      } catch {
        name = null; // a malformed hello: let the fallback's TLS stack answer it
      }
      if (name === undefined && buffered.length < MAX_HELLO) return;
      client.off('data', onData);
      client.pause();
      const port = (name && routes.hosts[name.toLowerCase()]) || routes.fallback;
      const upstream = connect(port, '127.0.0.1', () => {
        upstream.write(buffered);
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
      });
      track(upstream);
      // Either side hanging up ends the other: a stand-in's close() reaches the browser.
      upstream.on('error', () => client.destroy());
      upstream.on('close', () => client.destroy());
      client.on('close', () => upstream.destroy());
    };
    client.on('data', onData);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
