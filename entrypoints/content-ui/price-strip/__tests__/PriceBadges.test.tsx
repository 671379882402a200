// @vitest-environment happy-dom
/** @jsxImportSource preact */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { quoteView, type QuoteView } from '@/utils/prices/read-model';
import { PriceBadges, type BadgeItem, type PriceBadgesProps } from '../PriceBadges';
import { COMPACT_BELOW_PX, KEY_STEP_LARGE_PX, KEY_STEP_PX } from '../placement';

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

  it('collapsed, shows only the button to bring it back (and the handle)', () => {
    renderBadges({ collapsed: true });
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(
      screen.getByRole('button', { name: 'Show pinned prices' }).getAttribute('aria-expanded'),
    ).toBe('false');
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([
      'Move pinned prices',
      'Show pinned prices',
    ]);
  });

  it.each([
    'Move pinned prices',
    'Unpin Bitcoin',
    'Unpin Ethereum',
    'Unpin Solana',
    'Collapse pinned prices',
    'Hide pinned prices on this site',
  ])('names the control "%s" in words and in its tooltip; its glyph is hidden', (name) => {
    renderBadges();
    const button = screen.getByRole('button', { name });
    expect(button.getAttribute('title')).toMatch(name === 'Move pinned prices' ? /Drag/ : name);
    // The glyph (⠿ × ▾ ⊘) is decoration: screen readers hear the name only.
    for (const glyph of button.querySelectorAll('span')) {
      expect(glyph.getAttribute('aria-hidden')).toBe('true');
    }
  });

  it('formats numbers with the reader’s locale and currency (de-DE, EUR)', () => {
    renderBadges({
      items: [
        {
          coinId: 'bitcoin',
          name: 'Bitcoin',
          symbol: 'BTC',
          price: quote('bitcoin', 61588.62, 2.8),
        },
      ],
      currency: 'eur',
      locale: 'de-DE',
    });
    expect(screen.getByTestId('badge-price').textContent).toBe('61.588,62\u00a0€');
    expect(screen.getByRole('listitem').textContent).toContain('▲ +2,80\u00a0%');
  });

  it.each([
    [320, true],
    [390, true],
    [COMPACT_BELOW_PX - 1, true],
    [COMPACT_BELOW_PX, false],
    [1280, false],
  ])(
    'at a %i px wide viewport it is compact: %s, and at most the viewport less 32 px wide',
    (width, compact) => {
      renderBadges({ viewport: { width, height: 800 } });
      const strip = screen.getByRole('region', { name: 'HashLens pinned prices' });
      expect(strip.classList.contains('badges--compact')).toBe(compact);
      expect(strip.style.maxWidth).toBe(`${width - 32}px`);
    },
  );

  it('clamps a saved place that is off screen (the strip measures 0 px here)', () => {
    renderBadges({
      corner: 'top-left',
      offsetX: 5000,
      offsetY: -30,
      viewport: { width: 390, height: 844 },
    });
    const strip = screen.getByRole('region', { name: 'HashLens pinned prices' });
    expect(strip.style.left).toBe('390px');
    expect(strip.style.top).toBe('0px');
  });

  it('shows the Undo offer in a polite status region, and Undo calls back', () => {
    const handlers = renderBadges({
      notice: { kind: 'unpinned', coin: { coinId: 'tether', name: 'Tether', index: 1 } },
    });
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Unpinned Tether. Undo');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(handlers.onUndo).toHaveBeenCalledTimes(1);
    fireEvent.pointerEnter(status);
    expect(handlers.onNoticeHold).toHaveBeenLastCalledWith(true);
    fireEvent.pointerLeave(status);
    expect(handlers.onNoticeHold).toHaveBeenLastCalledWith(false);
  });

  it('unpinned from the keyboard, the Undo button takes the focus the Unpin button loses', () => {
    const props: PriceBadgesProps = {
      items,
      currency: 'usd',
      locale: 'en-US',
      now: NOW,
      corner: 'bottom-right',
      offsetX: 16,
      offsetY: 16,
      collapsed: false,
      viewport: { width: 390, height: 844 },
      notice: null,
      onToggleCollapsed: vi.fn(),
      onHideOnSite: vi.fn(),
      onUnpin: vi.fn(),
      onUndo: vi.fn(),
      onNoticeHold: vi.fn(),
      onMoved: vi.fn(),
    };
    const { rerender } = render(<PriceBadges {...props} />);
    const unpin = screen.getByRole('button', { name: 'Unpin Solana' });
    unpin.focus();
    // A keyboard or screen-reader activation: a click event with no mouse press (detail 0).
    fireEvent.click(unpin, { detail: 0 });
    expect(props.onUnpin).toHaveBeenCalledWith('solana');
    rerender(
      <PriceBadges
        {...props}
        items={items.slice(0, 2)}
        notice={{ kind: 'unpinned', coin: { coinId: 'solana', name: 'Solana', index: 2 } }}
      />,
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));
  });

  it('keeps the status region in the page, empty, when there is nothing to say', () => {
    renderBadges();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('moves with the arrow keys and saves once, when the key is released', () => {
    const handlers = renderBadges({ corner: 'bottom-right', offsetX: 16, offsetY: 16 });
    const handle = screen.getByRole('button', { name: 'Move pinned prices' });
    fireEvent.keyDown(handle, { key: 'ArrowLeft' });
    fireEvent.keyDown(handle, { key: 'ArrowLeft' });
    fireEvent.keyDown(handle, { key: 'ArrowUp', shiftKey: true });
    expect(handlers.onMoved).not.toHaveBeenCalled();
    fireEvent.keyUp(handle, { key: 'ArrowUp' });
    expect(handlers.onMoved).toHaveBeenCalledTimes(1);
    // Bottom-right: left and up grow the right and bottom offsets.
    expect(handlers.onMoved).toHaveBeenCalledWith(16 + 2 * KEY_STEP_PX, 16 + KEY_STEP_LARGE_PX);
  });

  it('keeps moving from its own last save when an earlier save lands in between', () => {
    const onMoved = vi.fn();
    const badges = (offsetX: number) => (
      <PriceBadges
        items={items}
        currency="usd"
        locale="en-US"
        now={NOW}
        corner="bottom-right"
        offsetX={offsetX}
        offsetY={16}
        collapsed={false}
        viewport={{ width: 1280, height: 800 }}
        notice={null}
        onToggleCollapsed={vi.fn()}
        onHideOnSite={vi.fn()}
        onUnpin={vi.fn()}
        onMoved={onMoved}
        onUndo={vi.fn()}
        onNoticeHold={vi.fn()}
      />
    );
    const { rerender } = render(badges(16));
    const handle = screen.getByRole('button', { name: 'Move pinned prices' });
    const press = (key: string) => {
      fireEvent.keyDown(handle, { key });
      fireEvent.keyUp(handle, { key });
    };
    press('ArrowLeft');
    press('ArrowLeft');
    expect(onMoved.mock.calls).toEqual([
      [16 + KEY_STEP_PX, 16],
      [16 + 2 * KEY_STEP_PX, 16],
    ]);
    // The first save lands while the second is on its way: the strip stays where it was moved.
    rerender(badges(16 + KEY_STEP_PX));
    press('ArrowUp');
    expect(onMoved).toHaveBeenLastCalledWith(16 + 2 * KEY_STEP_PX, 16 + KEY_STEP_PX);
  });

  it('drags from its handle with a pointer (finger or mouse) and saves where it was dropped', () => {
    const handlers = renderBadges({ corner: 'top-left', offsetX: 16, offsetY: 16 });
    const handle = screen.getByRole('button', { name: 'Move pinned prices' });
    handle.setPointerCapture = vi.fn();
    const at = (x: number, y: number) => ({ pointerId: 7, button: 0, clientX: x, clientY: y });
    fireEvent.pointerDown(handle, at(100, 100));
    fireEvent.pointerMove(handle, at(150, 180));
    const strip = screen.getByRole('region', { name: 'HashLens pinned prices' });
    expect(strip.style.left).toBe('66px');
    expect(strip.style.top).toBe('96px');
    fireEvent.pointerUp(handle, at(160, 190));
    expect(handle.setPointerCapture).toHaveBeenCalledWith(7);
    expect(handlers.onMoved).toHaveBeenCalledWith(76, 106);
  });
});
