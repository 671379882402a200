/**
 * Browser discovery, in the harness (findChromium, findFirefox) and in .ci/run, which must agree:
 * a CHROME_PATH or FIREFOX_PATH that points nowhere is reported, never replaced by another
 * browser, and .ci/run fails on it before it installs or builds anything.
 */
import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, findChromium, isExecutableFile } from '../chromium';
import { findFirefox, firefoxMissing } from '../firefox';

let dir: string;
/** An executable file, a file without the execute bit, and a folder. */
const paths = { runnable: '', notRunnable: '', folder: '', absent: '/nonexistent/browser' };

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'hashlens-browsers-test-'));
  paths.runnable = path.join(dir, 'browser');
  paths.notRunnable = path.join(dir, 'not-runnable');
  paths.folder = dir;
  await writeFile(paths.runnable, '#!/bin/sh\n');
  await chmod(paths.runnable, 0o755);
  await writeFile(paths.notRunnable, '');
  await chmod(paths.notRunnable, 0o644);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

type Kind = keyof typeof paths;

describe('findChromium and findFirefox with the variable set', () => {
  it.each<[Kind, boolean]>([
    ['runnable', true],
    ['notRunnable', false],
    ['folder', false],
    ['absent', false],
  ])('%s → found: %s (never another browser instead)', (kind, found) => {
    const file = paths[kind];
    expect(isExecutableFile(file)).toBe(found);
    expect(findChromium({ CHROME_PATH: file })).toBe(found ? file : null);
    expect(findFirefox({ FIREFOX_PATH: file })).toBe(found ? file : null);
  });

  it('says which path is wrong', () => {
    expect(chromiumMissing({ CHROME_PATH: '/nonexistent' })).toMatch(
      /^CHROME_PATH=\/nonexistent is not an executable file\. Install Debian's Chromium/,
    );
    expect(firefoxMissing({ FIREFOX_PATH: '/nonexistent' })).toMatch(
      /^FIREFOX_PATH=\/nonexistent is not an executable file\. Install Debian's Firefox ESR/,
    );
    expect(chromiumMissing({})).toMatch(/^No Chromium at \/usr\/bin\/chromium or /);
  });
});

describe('.ci/run', () => {
  // Only cases that fail: both variables are set, so nothing is installed, and the run stops
  // at the browser check (a case that passed it would go on to `npm ci`).
  it.each<[string, Kind, Kind, RegExp[], RegExp[]]>([
    [
      'Chromium absent',
      'absent',
      'runnable',
      [/CI needs Chromium: CHROME_PATH=\/nonexistent\/browser is not an executable file/],
      [/Firefox:/],
    ],
    [
      'Firefox absent',
      'runnable',
      'absent',
      [/CI needs Firefox: FIREFOX_PATH=\/nonexistent\/browser is not an executable file/],
      [/Chromium:/],
    ],
    [
      'both not runnable',
      'notRunnable',
      'folder',
      [/CI needs Chromium: CHROME_PATH=.*not-runnable/, /CI needs Firefox: FIREFOX_PATH=/],
      [],
    ],
  ])('%s: fails before npm ci, naming the browser', (_, chrome, firefox, said, unsaid) => {
    // Without CI in the environment: .ci/run must set it itself.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      CHROME_PATH: paths[chrome],
      FIREFOX_PATH: paths[firefox],
    };
    delete env.CI;
    const run = spawnSync('bash', ['.ci/run'], { env, encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(1);
    for (const pattern of said) expect(run.stderr).toMatch(pattern);
    for (const pattern of unsaid) expect(run.stderr).not.toMatch(pattern);
    expect(run.stdout).not.toMatch(/npm ci|installing/);
    // The harness agrees: the same environment finds no such browser.
    expect(findChromium(env) === null).toBe(/Chromium:/.test(run.stderr));
    expect(findFirefox(env) === null).toBe(/Firefox:/.test(run.stderr));
  });
});
