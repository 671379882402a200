// @vitest-environment happy-dom
/** @jsxImportSource preact */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { quoteView, type QuoteView } from '@/utils/prices/read-model';
import { PriceBadges, type BadgeItem, type PriceBadgesProps } from '../PriceBadges';

const NOW = Date.UTC(2026, 3, 13, 10, 0, 0);

function quote(coinId: string, price: number, change: number, stale = false): QuoteView {
  return quoteView(
    {
      ok: true,
      served: {
        value: {
          coinId,
          currency: 'usd',
          price,
          change24hPct: change,
          marketCap: null,
          volume24h: null,
          sourceUpdatedAt: NOW - 42_000,
        },
        fetchedAt: NOW - 42_000,
        stale,
        lastError: stale ? { kind: 'server-error', status: 500 } : null,
      },
    },
    NOW,
  );
}

const items: BadgeItem[] = [
  {
    coinId: 'bitcoin',
    name: 'Bitcoin',
    symbol: 'BTC',
    price: quote('bitcoin', 70791.5149, -2.8262),
  },
  {
    coinId: 'ethereum',
    name: 'Ethereum',
    symbol: 'ETH',
    price: quote('ethereum', 2500, 1.2, true),
  },
  { coinId: 'solana', name: 'Solana', symbol: 'SOL', price: null },
];

function renderBadges(props: Partial<PriceBadgesProps> = {}) {
  const handlers = {
    onToggleCollapsed: vi.fn(),
    onHideOnSite: vi.fn(),
    onUnpin: vi.fn(),
    onMoved: vi.fn(),
    onUndo: vi.fn(),
    onNoticeHold: vi.fn(),
  };
  render(
    <PriceBadges
      items={items}
      currency="usd"
      locale="en-US"
      now={NOW}
      corner="bottom-right"
      offsetX={16}
      offsetY={16}
      collapsed={false}
      viewport={{ width: 1280, height: 800 }}
      notice={null}
      {...handlers}
      {...props}
    />,
  );
  return handlers;
}

afterEach(cleanup);

describe('PriceBadges', () => {
  it('shows each pin with price and a signed, arrowed change; age and reason in its name', () => {
    renderBadges();
    const [btc, eth, sol] = screen.getAllByRole('listitem');
    expect(btc!.textContent).toContain('BTC$70,791.51▼ -2.83%');
    expect(btc!.getAttribute('aria-label')).toBe(
      'Bitcoin $70,791.51, down 2.83% in 24 h, updated 42 s ago',
    );
    expect(eth!.className).toContain('badge--stale');
    expect(eth!.getAttribute('aria-label')).toContain(
      'stale. CoinGecko is having trouble (HTTP 500)',
    );
    expect(sol!.textContent).toContain('…');
  });

  it('sits in the chosen corner without taking room in the page', () => {
    renderBadges({ corner: 'top-left', offsetX: 40, offsetY: 8 });
    const strip = screen.getByRole('region', { name: 'HashLens pinned prices' });
    expect(strip.style.top).toBe('8px');
    expect(strip.style.left).toBe('40px');
  });

  it('unpins, collapses and hides on the site from its buttons', () => {
    const handlers = renderBadges();
    fireEvent.click(screen.getByRole('button', { name: 'Unpin Ethereum' }));
    expect(handlers.onUnpin).toHaveBeenCalledWith('ethereum');
    fireEvent.click(screen.getByRole('button', { name: 'Collapse pinned prices' }));
    expect(handlers.onToggleCollapsed).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Hide pinned prices on this site' }));
    expect(handlers.onHideOnSite).toHaveBeenCalled();
  });

  it('collapsed, shows only the button to bring it back', () => {
    renderBadges({ collapsed: true });
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(
      screen.getByRole('button', { name: 'Show pinned prices' }).getAttribute('aria-expanded'),
    ).toBe('false');
  });
});
