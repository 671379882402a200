/**
 * The end-to-end global setup without Firefox: the Firefox specs are skipped with a message
 * saying how to install it, except under CI=true where the run fails. (Chromium is found, but
 * in the last case, and nothing is built here.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TestProject } from 'vitest/node';

vi.mock('../firefox', async (original) => ({
  ...(await original<typeof import('../firefox')>()),
  findFirefox: () => null,
}));
vi.mock('../chromium', async (original) => ({
  ...(await original<typeof import('../chromium')>()),
  findChromium: vi.fn(() => '/usr/bin/chromium'),
}));
vi.mock('../build', async (original) => ({
  ...(await original<typeof import('../build')>()),
  buildExtension: vi.fn(),
  buildFirefoxExtension: vi.fn(),
}));

const { default: setup } = await import('../global-setup');
const build = await import('../build');
const { findChromium } = await import('../chromium');

function project() {
  const provided: Record<string, unknown> = {};
  const fake = { provide: (key: string, value: unknown) => (provided[key] = value) };
  return { provided, project: fake as unknown as TestProject };
}

describe('global setup without Firefox', () => {
  let ci: string | undefined;
  beforeEach(() => {
    ci = process.env.CI;
    vi.spyOn(console, 'log').mockImplementation(() => {});
  });
  afterEach(() => {
    if (ci === undefined) delete process.env.CI;
    else process.env.CI = ci;
  });

  it('skips the Firefox specs, says how to install Firefox, and builds no Firefox package', () => {
    delete process.env.CI;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { provided, project: p } = project();
    setup(p);
    expect(provided.firefoxPath).toBeNull();
    expect(provided.chromiumPath).toBe('/usr/bin/chromium');
    expect(warn.mock.calls.flat().join('\n')).toMatch(
      /Firefox not found: Firefox tests are SKIPPED.*apt-get install -y firefox-esr/,
    );
    expect(build.buildFirefoxExtension).not.toHaveBeenCalled();
  });

  it('fails the run under CI=true', () => {
    process.env.CI = 'true';
    expect(() => setup(project().project)).toThrow(
      /need Firefox and CI=true forbids skipping them.*apt-get install -y firefox-esr/,
    );
  });

  it('fails the run under CI=true without Chromium, naming the path that is wrong', () => {
    process.env.CI = 'true';
    vi.mocked(findChromium).mockReturnValueOnce(null);
    const chromePath = process.env.CHROME_PATH;
    process.env.CHROME_PATH = '/nonexistent';
    try {
      expect(() => setup(project().project)).toThrow(
        /need Chromium and CI=true forbids skipping them\. CHROME_PATH=\/nonexistent is not an executable file/,
      );
    } finally {
      if (chromePath === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = chromePath;
    }
  });
});
