/** @jsxImportSource preact */
/**
 * The hover card (Preact: this runs in the page, where every kilobyte is paid per frame):
 * term, short definition, "More" for the explanation, and for coins the live price with its
 * 24 h change and age, and the Pin button. Renders text only, never HTML.
 */
import { useId, useState } from 'preact/hooks';
import {
  NO_VALUE,
  describeChange,
  formatAge,
  formatCompactMoney,
  formatPrice,
} from '@/utils/format';
import type { TermCard } from '@/utils/messaging/protocol';
import { describePriceError } from '@/utils/prices/errors';
import type { QuoteView } from '@/utils/prices/read-model';
import type { NetworkBlockText } from './network-lines';

/** The price line's state: loading until the first answer, then the read model's view. */
export type TooltipPrice = { status: 'loading' } | QuoteView;

/** The live network block of a mining term: loading, its text, or why there is none. */
export type TooltipNetwork =
  | { status: 'loading' }
  | { status: 'ready'; text: NetworkBlockText }
  | { status: 'error'; message: string };

/** The pin toggle of a coin's tooltip. */
export interface TooltipPin {
  pinned: boolean;
  /** Why the last pin attempt was refused (the pin limit). */
  message?: string | null;
  onToggle: () => void;
}

/** Props of {@link TermTooltip}. */
export interface TermTooltipProps {
  card: TermCard;
  /** Present for coins (and phrases tied to a coin). */
  price?: TooltipPrice;
  currency: string;
  /** BCP 47 locale numbers are formatted in (the reader's). */
  locale: string;
  /** Present for mining terms: live figures from mempool.space. */
  network?: TooltipNetwork;
  /** Present for coins: pin or unpin their price badge. */
  pin?: TooltipPin;
  /** On a dated page: `Since this article (Apr 13, 2026): $70,791.51 → $84,120.00 (+18.83%)`. */
  since?: string | null;
  /** For a quoted price: `Bitcoin now $84,120.00, +16.87% since this figure`. */
  quoteLine?: string | null;
  now: number;
  onClose: () => void;
  /** The page's own theme behind the term; unset follows the system's. */
  theme?: 'light' | 'dark' | null;
  /** Opened by touch: controls grow to 44 px targets. */
  touch?: boolean;
}

/** CoinGecko's page for a coin, linked from the tooltip's attribution. */
export function coinGeckoUrl(coinId: string | undefined): string {
  return coinId
    ? `https://www.coingecko.com/en/coins/${encodeURIComponent(coinId)}`
    : 'https://www.coingecko.com/';
}

/** The tooltip's content. */
export function TermTooltip({
  card,
  price,
  currency,
  locale,
  network,
  pin,
  since,
  quoteLine,
  now,
  onClose,
  theme,
  touch,
}: TermTooltipProps) {
  const [expanded, setExpanded] = useState(false);
  const moreId = useId();
  const classes = `tooltip${card.coin ? ' tooltip--coin' : ''}${touch ? ' tooltip--touch' : ''}`;
  return (
    // Focusable (not in the tab order) so a keyboard-opened tooltip can take focus.
    <div
      class={classes}
      role="tooltip"
      aria-label={card.title}
      tabIndex={-1}
      data-theme={theme ?? undefined}
    >
      <div class="tooltip__head">
        <strong class="tooltip__title">{card.title}</strong>
        <button type="button" class="tooltip__close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {quoteLine && (
        <p class="tooltip__figure" data-testid="quote-line">
          {quoteLine}
        </p>
      )}
      {price && (
        <CoinMarket
          price={price}
          coinId={card.coin?.id}
          currency={currency}
          locale={locale}
          now={now}
        />
      )}
      {since && (
        <p class="tooltip__since" data-testid="since-article">
          {since}
        </p>
      )}
      {pin && card.coin && (
        <div class="tooltip__pin">
          <button type="button" aria-pressed={pin.pinned} onClick={pin.onToggle}>
            {pin.pinned ? `Unpin ${card.coin.name}` : `Pin ${card.coin.name}`}
          </button>
          {pin.message && (
            <span class="tooltip__error" role="status">
              {' '}
              {pin.message}
            </span>
          )}
        </div>
      )}
      <p class="tooltip__short">{card.short}</p>
      {network && <NetworkBlock network={network} />}
      {card.long && (
        // Last in the card: placed above the term, the explanation opens above the button
        // (CSS), so the button stays under the pointer whichever way the card grows.
        <div class="tooltip__more-wrap">
          <button
            type="button"
            class="tooltip__more"
            aria-expanded={expanded}
            aria-controls={moreId}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? 'Less' : 'More'}
          </button>
          <p id={moreId} class="tooltip__long" hidden={!expanded}>
            {card.long}
          </p>
        </div>
      )}
    </div>
  );
}

/** The coin card's market block; one skeleton for every state, so nothing moves when data comes. */
function CoinMarket({
  price,
  coinId,
  currency,
  locale,
  now,
}: {
  price: TooltipPrice;
  coinId: string | undefined;
  currency: string;
  locale: string;
  now: number;
}) {
  const ready = price.status === 'ready' ? price : null;
  const quote = ready?.quote;
  const change = describeChange(quote?.change24hPct ?? null, locale);
  const money = (value: number | null | undefined) =>
    value === null || value === undefined ? NO_VALUE : formatCompactMoney(value, currency, locale);
  const stats: [string, string][] = [
    ['Rank', quote?.rank ? `#${quote.rank}` : NO_VALUE],
    ['Market cap', money(quote?.marketCap)],
    ['24 h volume', money(quote?.volume24h)],
  ];
  return (
    <div
      class={`tooltip__quote${ready?.stale ? ' tooltip__quote--stale' : ''}`}
      aria-busy={price.status === 'loading'}
    >
      {price.status === 'unavailable' ? (
        <p class="tooltip__error tooltip__price-row" role="status" data-testid="tooltip-price-row">
          {describePriceError(price.reason, now)}
        </p>
      ) : (
        // Live (polite): the price that arrives, or changes on a refresh, is read out once.
        <p
          class="tooltip__price tooltip__price-row"
          data-testid="tooltip-price-row"
          aria-live="polite"
        >
          {quote ? (
            <>
              <span data-testid="tooltip-price">{formatPrice(quote.price, currency, locale)}</span>{' '}
              <span class={`tooltip__change tooltip__change--${change.direction}`}>
                <span aria-hidden="true">{change.arrow} </span>
                <span class="tooltip__sr">24 h change </span>
                {change.text}
              </span>{' '}
              <span class="tooltip__muted">24 h</span>
            </>
          ) : (
            <span class="tooltip__muted">Loading price…</span>
          )}
        </p>
      )}
      <div class="tooltip__market">
        <dl class="tooltip__stats" data-testid="coin-stats">
          {stats.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <Sparkline points={quote?.sparkline7d ?? null} currency={currency} locale={locale} />
      </div>
      <p class="tooltip__meta">
        {ready ? `${ready.stale ? 'Stale · ' : ''}updated ${formatAge(ready.ageMs)} · ` : ''}
        <a href={coinGeckoUrl(coinId)} target="_blank" rel="noreferrer">
          Open on CoinGecko
        </a>
      </p>
      {ready?.stale && ready.reason && (
        <p class="tooltip__error" role="status">
          {describePriceError(ready.reason, now)}
        </p>
      )}
    </div>
  );
}

/** Sparkline box size in px (the SVG scales its points into it). */
const SPARK_W = 96;
const SPARK_H = 40;

/** The points of a series drawn in a `SPARK_W`×`SPARK_H` box (1 px inset), as an SVG list. */
export function sparklinePoints(points: readonly number[]): string {
  const low = Math.min(...points);
  const span = Math.max(...points) - low || 1;
  const step = (SPARK_W - 2) / (points.length - 1);
  return points
    .map(
      (p, i) =>
        `${(1 + i * step).toFixed(1)},${(SPARK_H - 1 - ((p - low) / span) * (SPARK_H - 2)).toFixed(1)}`,
    )
    .join(' ');
}

/**
 * The 7-day sparkline, with its text alternative (first, last, low and high) for screen
 * readers. An empty box of the same size while loading or when CoinGecko sent none.
 */
function Sparkline({
  points,
  currency,
  locale,
}: {
  points: readonly number[] | null;
  currency: string;
  locale: string;
}) {
  if (!points || points.length < 2) {
    return <span class="tooltip__spark" aria-hidden="true" />;
  }
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const price = (value: number) => formatPrice(value, currency, locale);
  const label =
    `7-day price chart: from ${price(first)} to ${price(last)}, ` +
    `low ${price(Math.min(...points))}, high ${price(Math.max(...points))}`;
  const direction = last > first ? 'up' : last < first ? 'down' : 'flat';
  return (
    <svg
      class={`tooltip__spark tooltip__change--${direction}`}
      role="img"
      aria-label={label}
      data-testid="sparkline"
      width={SPARK_W}
      height={SPARK_H}
      viewBox={`0 0 ${SPARK_W} ${SPARK_H}`}
    >
      <polyline
        points={sparklinePoints(points)}
        fill="none"
        stroke="currentColor"
        stroke-width="1.5"
        stroke-linejoin="round"
      />
    </svg>
  );
}

/** Live figures of a mining term, with their age, source and, when stale, why. */
function NetworkBlock({ network }: { network: TooltipNetwork }) {
  if (network.status === 'loading') {
    return <p class="tooltip__network tooltip__muted">Loading network data…</p>;
  }
  if (network.status === 'error') {
    return (
      <p class="tooltip__network tooltip__error" role="status">
        {network.message}
      </p>
    );
  }
  const { lines, meta, reason, stale } = network.text;
  return (
    <div class={`tooltip__network${stale ? ' tooltip__network--stale' : ''}`} data-testid="network">
      {lines.length > 0 && (
        <dl class="tooltip__figures">
          {lines.map((line) => (
            <div key={line.label}>
              <dt>{line.label}</dt>
              <dd>{line.value}</dd>
            </div>
          ))}
        </dl>
      )}
      <p class="tooltip__meta">{meta}</p>
      {reason && (stale || lines.length === 0) && (
        <p class="tooltip__error" role="status">
          {reason}
        </p>
      )}
    </div>
  );
}
