// @vitest-environment happy-dom
/** @jsxImportSource preact */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import type { TermCard } from '@/utils/messaging/protocol';
import type { PriceError } from '@/utils/prices/errors';
import { quoteView } from '@/utils/prices/read-model';
import type { PriceQuote } from '@/utils/prices/types';
import { coinGeckoUrl, TermTooltip, type TooltipPrice } from '../TermTooltip';

const NOW = Date.UTC(2026, 3, 13, 10, 0, 0);
const card: TermCard = {
  id: 'bitcoin',
  title: 'Bitcoin (BTC)',
  short: 'The first decentralised digital currency.',
  long: 'Bitcoin launched in January 2009.',
  coin: { id: 'bitcoin', name: 'Bitcoin' },
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
): TooltipPrice =>
  quoteView(
    {
      ok: true,
      served: {
        value: quote(change24hPct),
        fetchedAt: NOW - 5_000,
        stale: extra.stale ?? false,
        lastError: extra.lastError ?? null,
      },
    },
    NOW,
  );

afterEach(cleanup);

describe('TermTooltip', () => {
  it('shows a quoted figure above the price and the since-article line under it', () => {
    render(
      <TermTooltip
        card={card}
        price={ready(-2.8262)}
        currency="usd"
        locale="en-US"
        quoteLine="Bitcoin now $70,791.51, -1.65% since this figure"
        since="Since this article (Apr 8, 2026): $71,975.62 → $70,791.51 (-1.65%)"
        now={NOW}
        onClose={() => {}}
      />,
    );
    const texts = [...screen.getByRole('tooltip').querySelectorAll('p')].map((p) => p.textContent);
    const at = (text: string) => texts.findIndex((t) => t?.includes(text));
    expect(at('since this figure')).toBeGreaterThanOrEqual(0);
    expect(at('since this figure')).toBeLessThan(at('24 h'));
    expect(at('Since this article (Apr 8, 2026)')).toBeGreaterThan(at('24 h'));
    expect(screen.getByTestId('quote-line').textContent).toBe(
      'Bitcoin now $70,791.51, -1.65% since this figure',
    );
  });

  it('shows neither line without them', () => {
    render(
      <TermTooltip
        card={card}
        price={ready(1)}
        currency="usd"
        locale="en-US"
        now={NOW}
        onClose={() => {}}
      />,
    );
    expect(screen.queryByTestId('quote-line')).toBeNull();
    expect(screen.queryByTestId('since-article')).toBeNull();
  });

  it('shows the title and short definition, the explanation behind "More"', () => {
    render(<TermTooltip card={card} currency="usd" locale="en-US" now={NOW} onClose={() => {}} />);
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
    render(<TermTooltip card={card} currency="usd" locale="en-US" now={NOW} onClose={onClose} />);
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
      { status: 'unavailable', reason: { kind: 'offline', detail: 'x' } },
      [/offline|network|connect/i],
    ],
  ])('price: %s', (_name, price, expected) => {
    render(
      <TermTooltip
        card={card}
        currency="usd"
        locale="en-US"
        price={price}
        now={NOW}
        onClose={() => {}}
      />,
    );
    const text = screen.getByRole('tooltip').textContent ?? '';
    for (const pattern of expected) expect(text).toMatch(pattern);
  });

  it.each([
    [false, 'Pin Bitcoin'],
    [true, 'Unpin Bitcoin'],
  ])('pinned %s: the pin button is named %j and toggles', (pinned, name) => {
    const onToggle = vi.fn();
    render(
      <TermTooltip
        card={card}
        currency="usd"
        locale="en-US"
        pin={{ pinned, onToggle }}
        now={NOW}
        onClose={() => {}}
      />,
    );
    const button = screen.getByRole('button', { name });
    expect(button.getAttribute('aria-pressed')).toBe(String(pinned));
    fireEvent.click(button);
    expect(onToggle).toHaveBeenCalledOnce();
  });

  it('links the attribution to the coin on CoinGecko', () => {
    render(
      <TermTooltip
        card={card}
        currency="usd"
        locale="en-US"
        price={ready(1)}
        now={NOW}
        onClose={() => {}}
      />,
    );
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
        card={{ ...card, short: '<img src=x onerror=alert(1)>' }}
        currency="usd"
        locale="en-US"
        now={NOW}
        onClose={() => {}}
      />,
    );
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('tooltip').textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
