import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  apiKeySetting,
  badgePlacementSetting,
  currencySetting,
  disabledSitesSetting,
  enabledSetting,
  hoverDelaySetting,
  highlightStyleSetting,
  pinnedCoinsSetting,
  trackedCoinsSetting,
  underlineSetting,
} from '../items';
import { isSiteDisabled, normaliseSite } from '../sites';
import { COIN_CATALOG } from '@/utils/terms/coin-catalog';

beforeEach(() => fakeBrowser.reset());

describe('settings read whatever storage holds as a valid value', () => {
  it.each([
    ['currency as a number', 'sync', 'currency', 42, currencySetting, 'usd'],
    [
      'currency in capitals with a script',
      'sync',
      'currency',
      'USD<script>',
      currencySetting,
      'usd',
    ],
    ['enabled as a string', 'sync', 'enabled', 'false', enabledSetting, true],
    [
      'disabled sites as a string',
      'sync',
      'disabledSites',
      'example.com',
      disabledSitesSetting,
      [],
    ],
    [
      'disabled sites with junk',
      'sync',
      'disabledSites',
      ['Example.COM', 7, null, 'a b'],
      disabledSitesSetting,
      ['example.com'],
    ],
    [
      'the API key without a plan',
      'local',
      'apiKey',
      { key: 'CG-x' },
      apiKeySetting,
      { plan: 'public', key: '' },
    ],
    [
      'an unknown plan',
      'local',
      'apiKey',
      { plan: 'enterprise', key: 'x' },
      apiKeySetting,
      { plan: 'public', key: '' },
    ],
    ['hover delay out of range', 'sync', 'hoverDelayMs', 99999, hoverDelaySetting, 300],
    ['hover delay as text', 'sync', 'hoverDelayMs', '300', hoverDelaySetting, 300],
    [
      'an unknown highlight style',
      'sync',
      'highlightStyle',
      'blink',
      highlightStyleSetting,
      'dotted',
    ],
    [
      'pins with junk',
      'sync',
      'pinnedCoins',
      ['bitcoin', { id: 'x' }, 'ETH'],
      pinnedCoinsSetting,
      ['bitcoin'],
    ],
    [
      'tracked coins as an object',
      'sync',
      'trackedCoins',
      { 0: 'bitcoin' },
      trackedCoinsSetting,
      ['bitcoin', 'ethereum'],
    ],
    [
      'a placement off any corner',
      'sync',
      'badgePlacement',
      { corner: 'middle', offsetX: 1, offsetY: 1 },
      badgePlacementSetting,
      { corner: 'bottom-right', offsetX: 16, offsetY: 16 },
    ],
  ] as const)('%s', async (_name, area, key, raw, item, expected) => {
    await fakeBrowser.storage[area].set({ [key]: raw });
    expect(await (item as { getValue(): Promise<unknown> }).getValue()).toEqual(expected);
  });

  it('keeps good values as they are', async () => {
    await currencySetting.setValue('eur');
    await pinnedCoinsSetting.setValue(['bitcoin', 'solana']);
    expect(await currencySetting.getValue()).toBe('eur');
    expect(await pinnedCoinsSetting.getValue()).toEqual(['bitcoin', 'solana']);
  });

  it('keeps every catalog coin the options page lets the user track', async () => {
    const all = COIN_CATALOG.map((coin) => coin.id);
    await trackedCoinsSetting.setValue(all);
    expect(await trackedCoinsSetting.getValue()).toEqual(all);
  });

  it('validates change events too', async () => {
    const seen: unknown[] = [];
    currencySetting.watch((value) => seen.push(value));
    await fakeBrowser.storage.sync.set({ currency: { evil: true } });
    await fakeBrowser.storage.sync.set({ currency: 'jpy' });
    expect(seen).toEqual(['usd', 'jpy']);
  });
});

describe('underline setting', () => {
  it.each<[stored: string, raw: unknown, expected: string]>([
    ['nothing (a new install): calm pages', undefined, 'section'],
    ['every', 'every', 'every'],
    ['section', 'section', 'section'],
    ['none', 'none', 'none'],
    ['the earlier "first occurrence only" on', true, 'section'],
    ['the earlier "first occurrence only" off', false, 'every'],
    ['junk', 'sometimes', 'section'],
  ])('reads %s as %s', async (_stored, raw, expected) => {
    if (raw !== undefined) await fakeBrowser.storage.sync.set({ firstOccurrenceOnly: raw });
    expect(await underlineSetting.getValue()).toBe(expected);
  });

  it('reads change events the same way (the content script follows them live)', async () => {
    const seen: string[] = [];
    underlineSetting.watch((value) => seen.push(value));
    await underlineSetting.setValue('none');
    await fakeBrowser.storage.sync.set({ firstOccurrenceOnly: true });
    await underlineSetting.setValue('every');
    expect(seen).toEqual(['none', 'section', 'every']);
  });
});

describe('sites', () => {
  it.each([
    ['https://www.Example.com/path?q=1', 'www.example.com'],
    ['news.example.com', 'news.example.com'],
    ['  EXAMPLE.org.  ', 'example.org'],
    ['', null],
    ['not a host name at all!', null],
  ])('normalises %j', (input, expected) => {
    expect(normaliseSite(input)).toBe(expected);
  });

  it.each([
    [['example.com'], 'example.com', true],
    [['example.com'], 'news.example.com', true],
    [['example.com'], 'badexample.com', false],
    [['news.example.com'], 'example.com', false],
    [[], 'example.com', false],
  ])('%j disables %s: %s', (sites, host, expected) => {
    expect(isSiteDisabled(sites, host)).toBe(expected);
  });
});
