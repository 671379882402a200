// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { PriceError } from '@/utils/prices/errors';
import type { PriceQuote } from '@/utils/prices/types';
import { coinGeckoUrl, TermTooltip, type TooltipPrice } from '../TermTooltip';

const NOW = Date.UTC(2026, 3, 13, 10, 0, 0);
const term = {
  id: 'bitcoin',
  title: 'Bitcoin (BTC)',
  short: 'The first decentralised digital currency.',
  long: 'Bitcoin launched in January 2009.',
  coinName: 'Bitcoin (BTC)',
};
const quote = (change24hPct: number | null): PriceQuote => ({
  coinId: 'bitcoin',
  currency: 'usd',
  price: 70791.5149,
  change24hPct,
  marketCap: null,
  volume24h: null,
  sourceUpdatedAt: NOW - 42_000,
});
const ready = (
  change24hPct: number | null,
  extra: { stale?: boolean; lastError?: PriceError | null } = {},
): TooltipPrice => ({
  status: 'ready',
  currency: 'usd',
  served: {
    value: quote(change24hPct),
    fetchedAt: NOW - 5_000,
    stale: extra.stale ?? false,
    lastError: extra.lastError ?? null,
  },
});

afterEach(cleanup);

describe('TermTooltip', () => {
  it('shows the title and short definition, the explanation behind "More"', () => {
    render(<TermTooltip term={term} now={NOW} onClose={() => {}} />);
    const tip = screen.getByRole('tooltip', { name: 'Bitcoin (BTC)' });
    expect(tip.textContent).toContain('The first decentralised digital currency.');
    const long = screen.getByText('Bitcoin launched in January 2009.');
    expect(long.hidden).toBe(true);
    const more = screen.getByRole('button', { name: 'More' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(long.hidden).toBe(false);
    expect(screen.getByRole('button', { name: 'Less' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('closes from its button', () => {
    const onClose = vi.fn();
    render(<TermTooltip term={term} now={NOW} onClose={onClose} />);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it.each<[name: string, price: TooltipPrice, expected: RegExp[]]>([
    ['loading', { status: 'loading' }, [/Loading price…/]],
    ['rising', ready(2.8), [/\$70,791\.51/, /▲/, /\+2\.80\s?%/, /updated 42 s ago · CoinGecko/]],
    ['falling', ready(-2.8262), [/\$70,791\.51/, /▼/, /−2\.83\s?%|-2\.83\s?%/]],
    [
      'stale with the reason',
      ready(1, { stale: true, lastError: { kind: 'server-error', status: 503 } }),
      [/Stale · updated 42 s ago/, /503|server/i],
    ],
    [
      'error',
      { status: 'error', error: { kind: 'offline', detail: 'x' } },
      [/offline|network|connect/i],
    ],
  ])('price: %s', (_name, price, expected) => {
    render(<TermTooltip term={term} price={price} now={NOW} onClose={() => {}} />);
    const text = screen.getByRole('tooltip').textContent ?? '';
    for (const pattern of expected) expect(text).toMatch(pattern);
  });

  it('links the attribution to the coin on CoinGecko', () => {
    render(<TermTooltip term={term} price={ready(1)} now={NOW} onClose={() => {}} />);
    const link = screen.getByRole('link', { name: 'CoinGecko' });
    expect(link.getAttribute('href')).toBe('https://www.coingecko.com/en/coins/bitcoin');
    expect(link.getAttribute('rel')).toContain('noreferrer');
  });

  it.each<[string | undefined, string]>([
    ['bitcoin', 'https://www.coingecko.com/en/coins/bitcoin'],
    ['usd coin', 'https://www.coingecko.com/en/coins/usd%20coin'],
    [undefined, 'https://www.coingecko.com/'],
  ])('coinGeckoUrl(%j)', (coinId, url) => {
    expect(coinGeckoUrl(coinId)).toBe(url);
  });

  it('renders page-independent text only: markup in a definition stays text', () => {
    render(
      <TermTooltip
        term={{ ...term, short: '<img src=x onerror=alert(1)>' }}
        now={NOW}
        onClose={() => {}}
      />,
    );
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('tooltip').textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
