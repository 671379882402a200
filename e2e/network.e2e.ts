/**
 * Live network data where mining is discussed (issue 15): tooltips of mining terms show
 * figures the background computed from the mempool.space stand-in's recorded responses.
 * Expected values are computed here from the same fixtures, never copied from the UI.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeExtensionSuite, startExtensionSuite, type ExtensionSuite } from './harness/suite';
import { collectPageErrors, hoverText, waitForMarks } from './harness/page-helpers';

const chromiumPath = inject('chromiumPath');

const fixture = <T>(name: string): T =>
  JSON.parse(readFileSync(`e2e/fixtures/mempool/${name}`, 'utf8')) as T;
const hashrate3m = fixture<{ currentHashrate: number; currentDifficulty: number }>(
  'hashrate__3m.json',
);
const adjustment = fixture<{
  difficultyChange: number;
  remainingBlocks: number;
  nextRetargetHeight: number;
}>('difficulty-adjustment.json');
const rewards = fixture<{ totalFee: string; startBlock: number; endBlock: number }>(
  'reward-stats__144.json',
);
const tip = adjustment.nextRetargetHeight - adjustment.remainingBlocks;
const en = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
/** The CoinGecko stand-in's recorded BTC price (the seed's 4/13/2026 close). */
const BTC_USD = 70_791.51;

describe.skipIf(!chromiumPath)('network figures in tooltips', () => {
  let suite: ExtensionSuite;

  beforeAll(async () => {
    suite = await startExtensionSuite();
  });
  afterAll(() => closeExtensionSuite(suite ?? {}));

  async function open(path: string) {
    const page = await suite.browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(suite.pages.url(path));
    await waitForMarks(page);
    return { page, errors };
  }

  it('a fault first: the tooltip says why in words, with one request per endpoint', async () => {
    suite.mempool.setFault('server-error');
    const { page, errors } = await open('/mining-network.html');
    const tip = await hoverText(page, 'difficulty adjustment', { scope: '#p-difficulty' });
    await expect
      .poll(() => tip.textContent(), { timeout: 10_000 })
      .toMatch(/mempool\.space is having trouble \(HTTP 500/);
    expect(suite.mempool.count('/api/v1/difficulty-adjustment')).toBe(1);
    expect(suite.mempool.count('/api/v1/mining/hashrate/3m')).toBe(1);
    suite.mempool.setFault(null);
    // Past the back-off the next hover asks again and gets the figures.
    const background = await suite.browser.background();
    await background.evaluate(() =>
      (
        self as unknown as { hashlens: { clock: { advance(ms: number): void } } }
      ).hashlens.clock.advance(20 * 60_000),
    );
    await page.mouse.move(5, 5);
    await expect.poll(() => tip.isVisible()).toBe(false);
    const again = await hoverText(page, 'difficulty adjustment', { scope: '#p-difficulty' });
    await expect
      .poll(() => again.textContent(), { timeout: 10_000 })
      .toContain(`${en(hashrate3m.currentDifficulty / 1e12, 2)} T`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    [
      'difficulty adjustment',
      '#p-difficulty',
      [
        `${en(hashrate3m.currentDifficulty / 1e12, 2)} T`,
        `${adjustment.difficultyChange < 0 ? '−' : '+'}${en(Math.abs(adjustment.difficultyChange), 2)}% in ${en(adjustment.remainingBlocks)} blocks`,
      ],
    ],
    [
      'halving',
      '#p-halving',
      [`in ${en(1_050_000 - tip)} blocks, at block 1,050,000`, '3.125 BTC', '1.5625 BTC'],
    ],
    ['block height', '#p-halving', [en(tip)]],
    [
      'hashprice',
      '#p-hashprice',
      [
        `$${en(
          ((((1e15 * 86_400) / (hashrate3m.currentDifficulty * 2 ** 32)) *
            (312_500_000 +
              Number(rewards.totalFee) / (rewards.endBlock - rewards.startBlock + 1))) /
            1e8) *
            BTC_USD,
          2,
        )} per PH/s per day`,
      ],
    ],
  ])('"%s" shows its live figures from mempool.space', async (term, scope, expected) => {
    const { page, errors } = await open('/mining-network.html');
    const tip = await hoverText(page, term, { scope });
    for (const text of expected) {
      await expect.poll(() => tip.textContent(), { timeout: 10_000 }).toContain(text);
    }
    expect(await tip.textContent()).toMatch(/updated (just now|.+ ago) · mempool\.space/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on the seed article: hash rate, miner capitulation and Bitcoin mining', async () => {
    const { page, errors } = await open('/seed-article.html');
    const rate = await hoverText(page, 'Hash Rate', { context: 'Hash Rate/Price' });
    await expect
      .poll(() => rate.textContent(), { timeout: 10_000 })
      .toContain(`${en(Math.round(hashrate3m.currentHashrate / 1e18))} EH/s`);
    await page.mouse.move(5, 5);
    await expect.poll(() => rate.isVisible()).toBe(false);

    const capitulation = await hoverText(page, 'Miner Capitulation');
    await expect
      .poll(() => capitulation.textContent(), { timeout: 10_000 })
      .toMatch(/30-day .+ EH\/s, 60-day .+ EH\/s.*capitulation signal/);
    await page.mouse.move(5, 5);
    await expect.poll(() => capitulation.isVisible()).toBe(false);

    // A phrase tied to a coin shows that coin's price and its Pin button.
    const mining = await hoverText(page, 'Bitcoin mining', {
      context: 'By integrating Bitcoin mining',
    });
    await expect.poll(() => mining.textContent(), { timeout: 10_000 }).toContain('$70,791.51');
    expect(await mining.getByRole('button', { name: 'Pin Bitcoin' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sends mempool.space only its fixed endpoints: nothing from the page', () => {
    const paths = new Set(
      suite.mempool.requests().map((request) => `${request.host}${request.path}`),
    );
    for (const path of paths) {
      expect(path).toMatch(
        /^mempool\.space\/api\/v1\/(difficulty-adjustment|mining\/hashrate\/3m|mining\/reward-stats\/144|fees\/recommended)$/,
      );
    }
    for (const request of suite.mempool.requests()) {
      expect(request.query).toEqual({});
      expect(request.headers.referer).toBeUndefined();
    }
  });
});
