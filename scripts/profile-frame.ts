/**
 * `npm run profile -- [--ext DIR] [--page blank|frames10|FILE.html] [--loads N] [--top N]`:
 * a CPU profile of what the content script costs per page load, by function.
 *
 * Why: the cost benchmark says how much HashLens adds to a page load; this says where. It loads
 * a page N times in Chromium with the extension (page JavaScript off by a CSP header, as in the
 * benchmark), records V8's sampling profiler (content scripts run in the page's isolate, so
 * their isolated world is in the profile), and sums self time by function and file over the
 * loads. For readable names profile an unminified build:
 * `HASHLENS_UNMINIFIED=1 npx wxt build -o .output-profile` then `--ext .output-profile/chrome-mv3`.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { BASE_ARGS } from '../e2e/harness/browser';
import { findChromium } from '../e2e/harness/chromium';
import { runMain } from './shared';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const FRAMES10 =
  '<!doctype html><title>frames</title><p>Ten small frames, like ads.</p>' +
  Array.from(
    { length: 10 },
    (_, i) => `<iframe src="/__ad${i}.html" width=300 height=100></iframe>`,
  ).join('');
const AD = '<!doctype html><p>Buy shoes now. Free shipping on orders over $50.</p>';
const BLANK = '<!doctype html><title>blank</title><p>Hello.</p>';

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const arg = (name: string, fallback: string) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
  };
  const ext = path.resolve(arg('--ext', '.output/chrome-mv3'));
  const page = arg('--page', 'blank');
  const loads = Number(arg('--loads', '10'));
  const top = Number(arg('--top', '25'));
  const html =
    page === 'blank' ? BLANK : page === 'frames10' ? FRAMES10 : await readFile(page, 'utf8');

  const server = http.createServer((req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('content-security-policy', "script-src 'none'");
    res.end(req.url?.startsWith('/__ad') ? AD : html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const profileDir = await mkdtemp(path.join(os.tmpdir(), 'hl-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium() ?? undefined,
    headless: true,
    args: [...BASE_ARGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
  const self = new Map<string, number>();
  let total = 0;
  try {
    for (let i = 0; i < loads + 1; i++) {
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
      await tab.goto(`http://127.0.0.1:${port}/page.html`, { waitUntil: 'load' });
      // The content script runs at document_idle and may defer work by a few seconds.
      await tab.waitForTimeout(2500);
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      await tab.close();
      if (i === 0) continue; // the first load warms caches, as the benchmark's warm-up does
      const byId = new Map(profile.nodes.map((node) => [node.id, node]));
      profile.samples.forEach((id, k) => {
        const node = byId.get(id)!;
        const { functionName, url, lineNumber } = node.callFrame;
        if (['(idle)', '(program)', '(root)'].includes(functionName)) return;
        const file = url ? url.replace(/^.*\//, '').replace(/\?.*$/, '') : '';
        const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
        const us = profile.timeDeltas[k] ?? 0;
        self.set(key, (self.get(key) ?? 0) + us);
        total += us;
      });
    }
  } finally {
    await context.close();
    server.close();
    await rm(profileDir, { recursive: true, force: true });
  }
  console.log(
    `self time per load, ${page}, ${loads} loads: ${(total / loads / 1000).toFixed(2)} ms in all`,
  );
  for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(us / loads / 1000).toFixed(3).padStart(8)} ms  ${key}`);
  }
  return 0;
}

runMain(main);
