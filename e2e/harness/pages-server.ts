/**
 * Serves local test pages over http://127.0.0.1, as a real site would.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

/** A running page server. */
export interface PagesServer {
  origin: string;
  /** Absolute URL of a page path such as `/seed-article.html`. */
  url(pathname: string): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves the files of `root`, plus any extra in-memory pages. `headers` go on every answer
 * (the cost benchmark turns page JavaScript off with a Content-Security-Policy).
 */
export async function startPagesServer(
  root: string,
  extraPages: Record<string, string> = {},
  headers: Record<string, string> = {},
): Promise<PagesServer> {
  const resolvedRoot = path.resolve(root);
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const extra = extraPages[pathname];
    if (extra !== undefined) {
      response.writeHead(200, { ...headers, 'content-type': TYPES['.html'] });
      response.end(extra);
      return;
    }
    const file = path.resolve(resolvedRoot, '.' + pathname);
    if (!file.startsWith(resolvedRoot + path.sep)) {
      response.writeHead(403, headers).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          ...headers,
          'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        });
        response.end(body);
      },
      () => response.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (pathname) => origin + pathname,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
