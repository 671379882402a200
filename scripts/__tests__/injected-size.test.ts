import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatInjected, measureInjected, type InjectedSize } from '../injected-size';

/** A small built extension: what every frame gets, what only the top page gets, and the rest. */
const FILES: Record<string, string> = {
  'content-scripts/content.js': 'console.log("every frame");'.repeat(20),
  'content-scripts/content.css': '::highlight(x) { color: red; }',
  'top.js': 'console.log("top only");',
  'background.js': 'console.log("not injected");',
};
const MANIFEST = {
  manifest_version: 3,
  background: { service_worker: 'background.js' },
  content_scripts: [
    {
      matches: ['<all_urls>'],
      all_frames: true,
      js: ['content-scripts/content.js'],
      css: ['content-scripts/content.css'],
    },
    // The same script again, top frame only: still counted once, as every frame's.
    { matches: ['https://example.com/*'], js: ['top.js', 'content-scripts/content.js'] },
  ],
};

const raw = (file: string) => Buffer.byteLength(FILES[file]!);
const gzip = (file: string) => gzipSync(Buffer.from(FILES[file]!)).length;

describe('measureInjected', () => {
  let dir: string;
  let size: InjectedSize;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'hashlens-injected-'));
    await mkdir(path.join(dir, 'content-scripts'));
    for (const [file, body] of Object.entries(FILES)) await writeFile(path.join(dir, file), body);
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(MANIFEST));
    size = await measureInjected(dir);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each<[string, 'js' | 'css', boolean]>([
    ['content-scripts/content.js', 'js', true],
    ['content-scripts/content.css', 'css', true],
    ['top.js', 'js', false],
  ])('%s: %s, all frames %s, raw and gzip bytes', (file, kind, allFrames) => {
    expect(size.files.find((f) => f.file === file)).toEqual({
      file,
      kind,
      allFrames,
      rawBytes: raw(file),
      gzipBytes: gzip(file),
    });
  });

  it('lists each injected file once and nothing else', () => {
    expect(size.files.map((f) => f.file)).toEqual([
      'content-scripts/content.js',
      'content-scripts/content.css',
      'top.js',
    ]);
  });

  it("totals every frame's files only", () => {
    expect(size.allFramesRawBytes).toBe(
      raw('content-scripts/content.js') + raw('content-scripts/content.css'),
    );
    expect(size.allFramesGzipBytes).toBe(
      gzip('content-scripts/content.js') + gzip('content-scripts/content.css'),
    );
  });

  it('prints a row per file and the total against the budget', () => {
    const lines = formatInjected(size, 500);
    expect(lines).toHaveLength(5);
    expect(lines[3]).toMatch(/^top\.js .* top only$/);
    expect(lines[4]).toContain(`(${size.allFramesRawBytes} bytes; budget ≤ 500)`);
  });
});
