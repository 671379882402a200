import { describe, expect, it } from 'vitest';
import { parseRequest, type SenderInfo } from '../protocol';

const extension = { id: 'hashlens-id', pagesOrigin: 'chrome-extension://hashlens-id/' };
const contentScript: SenderInfo = {
  id: 'hashlens-id',
  url: 'https://news.example/a',
  tab: { id: 4 },
  frameId: 0,
};
const popup: SenderInfo = { id: 'hashlens-id', url: 'chrome-extension://hashlens-id/popup.html' };
const popupInTab: SenderInfo = { ...popup, tab: { id: 9 } };
const prices = { hashlens: 1, type: 'getPrices', data: { coinIds: ['bitcoin'], currency: 'usd' } };

describe('parseRequest', () => {
  it.each<[string, unknown, SenderInfo, boolean | string]>([
    ['a content script asking for prices', prices, contentScript, true],
    ['the popup asking for prices', prices, popup, true],
    [
      'the popup opened in a tab asking for a refresh',
      { hashlens: 1, type: 'refresh', data: { coinIds: ['bitcoin'], currency: 'usd' } },
      popupInTab,
      true,
    ],
    [
      'another extension',
      prices,
      { ...contentScript, id: 'evil-extension' },
      'sender is not HashLens',
    ],
    ['a sender with no id', prices, { url: 'https://news.example/' }, 'sender is not HashLens'],
    [
      'a content script pinning a coin',
      { hashlens: 1, type: 'setPin', data: { coinId: 'bitcoin', pinned: true } },
      contentScript,
      true,
    ],
    [
      'a content script re-pinning a coin at its old place (the strip’s Undo)',
      { hashlens: 1, type: 'setPin', data: { coinId: 'bitcoin', pinned: true, index: 2 } },
      contentScript,
      true,
    ],
    [
      'a pin at a negative or fractional place',
      { hashlens: 1, type: 'setPin', data: { coinId: 'bitcoin', pinned: true, index: -1.5 } },
      contentScript,
      'invalid "setPin" request',
    ],
    [
      'a content script asking for a definition',
      { hashlens: 1, type: 'describeTerm', data: { entryId: 'hash-rate' } },
      contentScript,
      true,
    ],
    [
      'a definition request with a malformed id',
      { hashlens: 1, type: 'describeTerm', data: { entryId: '../../etc' } },
      contentScript,
      'invalid "describeTerm" request',
    ],
    [
      'a content script asking for a coin’s price history',
      { hashlens: 1, type: 'getPriceHistory', data: { coinId: 'bitcoin', currency: 'usd' } },
      contentScript,
      true,
    ],
    [
      'a price history request carrying the page’s date',
      {
        hashlens: 1,
        type: 'getPriceHistory',
        data: { coinId: 'bitcoin', currency: 'usd', date: '2026-04-13' },
      },
      contentScript,
      'invalid "getPriceHistory" request',
    ],
    [
      'a content script asking for the term table',
      { hashlens: 1, type: 'getTermTable', data: {} },
      contentScript,
      true,
    ],
    [
      'a term table request with extra fields',
      { hashlens: 1, type: 'getTermTable', data: { text: 'page text' } },
      contentScript,
      'invalid "getTermTable" request',
    ],
    [
      'a content script reordering pins',
      { hashlens: 1, type: 'movePin', data: { coinId: 'bitcoin', offset: 1 } },
      contentScript,
      'content scripts may not send "movePin"',
    ],
    [
      'a fractional pin offset',
      { hashlens: 1, type: 'movePin', data: { coinId: 'bitcoin', offset: 0.5 } },
      popup,
      'invalid "movePin" request',
    ],
    [
      'a content script testing an API key',
      { hashlens: 1, type: 'testApiKey', data: { plan: 'pro', apiKey: 'x' } },
      contentScript,
      'content scripts may not send "testApiKey"',
    ],
    [
      'a content script forcing refreshes',
      { hashlens: 1, type: 'refresh', data: { coinIds: ['bitcoin'], currency: 'usd' } },
      contentScript,
      'content scripts may not send "refresh"',
    ],
    [
      'an unknown type',
      { hashlens: 1, type: 'deleteEverything', data: {} },
      popup,
      'not a HashLens request',
    ],
    ['a foreign message', { action: 'ping' }, popup, 'not a HashLens request'],
    ['null', null, popup, 'not a HashLens request'],
    [
      'a coin id with a path in it',
      { ...prices, data: { coinIds: ['../../ping'], currency: 'usd' } },
      contentScript,
      'invalid "getPrices" request',
    ],
    [
      'an upper-case currency',
      { ...prices, data: { coinIds: ['bitcoin'], currency: 'USD' } },
      contentScript,
      'invalid "getPrices" request',
    ],
    [
      'no coins',
      { ...prices, data: { coinIds: [], currency: 'usd' } },
      contentScript,
      'invalid "getPrices" request',
    ],
    [
      '51 coins',
      {
        ...prices,
        data: { coinIds: Array.from({ length: 51 }, (_, i) => `c${i}`), currency: 'usd' },
      },
      contentScript,
      'invalid "getPrices" request',
    ],
    [
      'extra fields',
      { ...prices, data: { coinIds: ['bitcoin'], currency: 'usd', url: 'https://x' } },
      contentScript,
      'invalid "getPrices" request',
    ],
  ])('%s', (_name, raw, sender, expected) => {
    const result = parseRequest(raw, sender, extension);
    if (expected === true) {
      expect(result.ok).toBe(true);
    } else {
      expect(result.ok).toBe(false);
      expect(!result.ok && result.refused).toContain(expected);
    }
  });
});
