import { describe, expect, it } from 'vitest';
import { formatAge } from '@/utils/format';
import { networkView } from '@/utils/network/network-view';
import { RECORDED_NOW, cacheFromFixtures, fixtureJson } from '@/utils/network/__tests__/fixtures';
import type { NetworkTopic } from '@/utils/network/network-topics';
import { networkBlockText } from '../network-lines';

const MINUTE = 60_000;
const now = RECORDED_NOW + 3 * MINUTE;
const hashrate3m = fixtureJson<{
  currentHashrate: number;
  currentDifficulty: number;
}>('hashrate__3m.json');
const adjustment = fixtureJson<{
  difficultyChange: number;
  remainingBlocks: number;
  nextRetargetHeight: number;
}>('difficulty-adjustment.json');
const fees = fixtureJson<{ fastestFee: number; halfHourFee: number; hourFee: number }>(
  'fees-recommended.json',
);
const prices = fixtureJson<{ time: number; USD: number }>('prices.json');
const tip = adjustment.nextRetargetHeight - adjustment.remainingBlocks;
const en = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const signed = (pct: number) => `${pct > 0 ? '+' : pct < 0 ? '−' : ''}${en(Math.abs(pct), 2)}%`;

async function lines(topic: NetworkTopic, locale = 'en-US') {
  const state = await cacheFromFixtures();
  const view = networkView(state, now, {
    price: prices.USD,
    currency: 'usd',
    fetchedAt: prices.time * 1000,
  });
  return networkBlockText(topic, view, locale, now);
}

describe('networkBlockText over the recorded responses', () => {
  it.each<[NetworkTopic, string, string]>([
    ['hashrate', 'Hash rate', `${en(Math.round(hashrate3m.currentHashrate / 1e18))} EH/s`],
    ['difficulty', 'Difficulty', `${en(hashrate3m.currentDifficulty / 1e12, 2)} T`],
    [
      'difficulty',
      'Next adjustment',
      `${signed(adjustment.difficultyChange)} in ${en(adjustment.remainingBlocks)} blocks`,
    ],
    ['height', 'Block height', en(tip)],
    ['halving', 'Next halving', `in ${en(1_050_000 - tip)} blocks, at block 1,050,000`],
    ['halving', 'Block subsidy', '3.125 BTC'],
    ['halving', 'Subsidy after it', '1.5625 BTC'],
    ['fees', 'Next block', `${en(fees.fastestFee)} sat/vB`],
    ['fees', 'Within 1 hour', `${en(fees.hourFee)} sat/vB`],
  ])('%s: %s reads %j', async (topic, label, expected) => {
    const block = await lines(topic);
    expect(block.lines.find((line) => line.label === label)?.value).toContain(expected);
    expect(block.meta).toBe('updated 3 min ago · mempool.space');
    expect(block.stale).toBe(false);
  });

  it('prices hashprice in the currency, computed from difficulty, subsidy, fees and BTC', async () => {
    const rewards = fixtureJson<{ totalFee: string; startBlock: number; endBlock: number }>(
      'reward-stats__144.json',
    );
    const blocks = rewards.endBlock - rewards.startBlock + 1;
    const sats =
      ((1e15 * 86_400) / (hashrate3m.currentDifficulty * 2 ** 32)) *
      (312_500_000 + Number(rewards.totalFee) / blocks);
    const usd = (sats / 1e8) * prices.USD;
    const block = await lines('hashprice');
    expect(block.lines[0]).toEqual({
      label: 'Hashprice',
      value: `$${en(usd, 2)} per PH/s per day`,
    });
    expect(block.lines[1]).toEqual({
      label: 'At BTC price',
      value: `$${en(prices.USD, 2)} (CoinGecko, updated ${formatAge(now - prices.time * 1000)})`,
    });
  });

  it('states the hash-ribbon signal in words with its averages', async () => {
    const block = await lines('ribbons');
    expect(block.lines.map((line) => line.label)).toEqual(['Hash rate averages', 'Hash ribbons']);
    expect(block.lines[1]?.value).toMatch(
      /^(no )?capitulation signal: the 30-day average is (below|above) the 60-day, (at least )?since /,
    );
  });

  it.each([
    ['de-DE', /^[\d.]+ EH\/s$/],
    ['fr-FR', /^[\d\s\u202f]+ EH\/s$/],
  ])('formats in the reader’s locale (%s)', async (locale, pattern) => {
    const block = await lines('hashrate', locale);
    expect(block.lines[0]?.value).toMatch(pattern);
  });

  it('labels a failed refresh as stale with the reason', async () => {
    const state = await cacheFromFixtures();
    state.entries.fees!.lastError = { kind: 'server-error', status: 500, message: '' };
    const block = networkBlockText('fees', networkView(state, now), 'en-US', now);
    expect(block.stale).toBe(true);
    expect(block.meta).toBe('Stale · updated 3 min ago · mempool.space');
    expect(block.reason).toMatch(/mempool\.space is having trouble \(HTTP 500\)/);
  });
});
