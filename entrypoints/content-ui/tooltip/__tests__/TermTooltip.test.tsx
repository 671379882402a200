// @vitest-environment happy-dom
/** @jsxImportSource preact */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import type { TermCard } from '@/utils/messaging/protocol';
import type { PriceError } from '@/utils/prices/errors';
import { quoteView } from '@/utils/prices/read-model';
import type { PriceQuote } from '@/utils/prices/types';
import recorded from '@/e2e/fixtures/coingecko/oas2026__coins_markets__usd__ids-bitcoin__sparkline-true__pcp-1h-24h-7d-14d-30d-200d-1y__TRIMMED.json';
import { coinGeckoUrl, sparklinePoints, TermTooltip, type TooltipPrice } from '../TermTooltip';

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
    [
      'rising',
      ready(2.8),
      [/\$70,791\.51/, /▲/, /\+2\.80\s?%/, /updated 42 s ago · Open on CoinGecko/],
    ],
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
    const link = screen.getByRole('link', { name: 'Open on CoinGecko' });
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

  describe('coin card', () => {
    const row = recorded[0]!;
    /** The recorded /coins/markets row as the client reads it. */
    const marketQuote = (currency: string, scale = 1): PriceQuote => ({
      coinId: 'bitcoin',
      currency,
      price: row.current_price * scale,
      change24hPct: row.price_change_percentage_24h,
      marketCap: row.market_cap * scale,
      volume24h: row.total_volume * scale,
      sourceUpdatedAt: NOW - 42_000,
      rank: row.market_cap_rank,
      sparkline7d: row.sparkline_in_7d.price.map((p) => p * scale),
    });
    const served = (value: PriceQuote): TooltipPrice =>
      quoteView(
        { ok: true, served: { value, fetchedAt: NOW, stale: false, lastError: null } },
        NOW,
      );
    const renderCard = (price: TooltipPrice, currency = 'usd', locale = 'en-US') =>
      render(
        <TermTooltip
          card={card}
          price={price}
          currency={currency}
          locale={locale}
          now={NOW}
          onClose={() => {}}
        />,
      );
    const stats = () =>
      Object.fromEntries(
        [...screen.getByTestId('coin-stats').querySelectorAll('dt')].map((dt) => [
          dt.textContent,
          dt.nextElementSibling?.textContent,
        ]),
      );

    it('shows rank, market cap, 24 h volume, the sparkline and the CoinGecko link', () => {
      renderCard(served(marketQuote('usd')));
      const compact = (value: number) =>
        new Intl.NumberFormat('en-US', {
          notation: 'compact',
          maximumFractionDigits: 2,
          style: 'currency',
          currency: 'USD',
        }).format(value);
      expect(stats()).toEqual({
        Rank: `#${row.market_cap_rank}`,
        'Market cap': compact(row.market_cap),
        '24 h volume': compact(row.total_volume),
      });
      expect(stats()['Market cap']).toBe('$1.56T');
      const prices = row.sparkline_in_7d.price;
      const usd = (v: number) =>
        new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(v);
      const spark = screen.getByRole('img', { name: /^7-day price chart/ });
      expect(spark.getAttribute('aria-label')).toBe(
        `7-day price chart: from ${usd(prices[0]!)} to ${usd(prices.at(-1)!)}, ` +
          `low ${usd(Math.min(...prices))}, high ${usd(Math.max(...prices))}`,
      );
      expect(spark.querySelector('polyline')?.getAttribute('points')).toBe(sparklinePoints(prices));
      expect(screen.getByRole('link', { name: 'Open on CoinGecko' }).getAttribute('href')).toBe(
        `https://www.coingecko.com/en/coins/${row.id}`,
      );
    });

    it('formats like the popup: de-DE and EUR', () => {
      renderCard(served({ ...marketQuote('eur'), price: 61588.62 }), 'eur', 'de-DE');
      expect(screen.getByTestId('tooltip-price').textContent).toBe('61.588,62\u00a0€');
      expect(stats()['Market cap']).toMatch(/^1,56\s?Bio\.\s?€$/);
    });

    it('loading has the ready card’s skeleton: price row, three stats, the sparkline box, the link', () => {
      const shape = () => {
        const tip = screen.getByRole('tooltip');
        return {
          row: tip.querySelectorAll('[data-testid="tooltip-price-row"]').length,
          stats: [...tip.querySelectorAll('dt')].map((dt) => dt.textContent),
          spark: tip.querySelectorAll('.tooltip__spark').length,
          links: [...tip.querySelectorAll('a')].map((a) => a.textContent),
          lines: tip.querySelectorAll('p').length,
        };
      };
      renderCard({ status: 'loading' });
      const loading = shape();
      expect(screen.getByTestId('tooltip-price-row').textContent).toBe('Loading price…');
      expect(Object.values(stats())).toEqual(['—', '—', '—']);
      cleanup();
      renderCard(served(marketQuote('usd')));
      expect(shape()).toEqual(loading);
    });

    it.each([
      ['no sparkline', { sparkline7d: null }],
      ['a one-point sparkline', { sparkline7d: [1] }],
      ['no rank (a value cached before the card)', { rank: undefined }],
    ])('with %s, keeps the box and shows a dash', (_name, change) => {
      renderCard(served({ ...marketQuote('usd'), ...change }));
      expect(screen.getByRole('tooltip').querySelectorAll('.tooltip__spark')).toHaveLength(1);
      if ('rank' in change) expect(stats().Rank).toBe('—');
      else expect(screen.queryByRole('img')).toBeNull();
    });

    it('explains malformed data instead of a number', () => {
      renderCard({
        status: 'unavailable',
        reason: { kind: 'malformed', detail: 'coins/markets at 0.market_cap_rank: bad' },
      });
      expect(screen.getByTestId('tooltip-price-row').getAttribute('role')).toBe('status');
      expect(screen.getByTestId('tooltip-price-row').textContent).toMatch(/could not read/i);
      expect(Object.values(stats())).toEqual(['—', '—', '—']);
    });
  });

  it.each([
    ['dark', 'dark'],
    ['light', 'light'],
    [null, null],
  ] as const)('theme %s is set on the card', (theme, attribute) => {
    render(
      <TermTooltip
        card={card}
        currency="usd"
        locale="en-US"
        now={NOW}
        onClose={() => {}}
        theme={theme}
      />,
    );
    expect(screen.getByRole('tooltip').getAttribute('data-theme')).toBe(attribute);
  });

  it.each([
    [true, true],
    [false, false],
  ])('opened by touch %s: finger-sized controls class %s', (touch, expected) => {
    render(
      <TermTooltip
        card={card}
        currency="usd"
        locale="en-US"
        now={NOW}
        onClose={() => {}}
        touch={touch}
      />,
    );
    expect(screen.getByRole('tooltip').classList.contains('tooltip--touch')).toBe(expected);
  });
});
