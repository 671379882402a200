/** @jsxImportSource preact */
/**
 * The hover card (Preact: this runs in the page, where every kilobyte is paid per frame):
 * term, short definition, "More" for the explanation, and for coins the live price with its
 * 24 h change and age, and the Pin button. Renders text only, never HTML.
 */
import { useId, useState } from 'preact/hooks';
import { describeChange, formatAge, formatPrice } from '@/utils/format';
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
}: TermTooltipProps) {
  const [expanded, setExpanded] = useState(false);
  const moreId = useId();
  return (
    // Focusable (not in the tab order) so a keyboard-opened tooltip can take focus.
    <div class="tooltip" role="tooltip" aria-label={card.title} tabIndex={-1}>
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
      {price && <PriceLine price={price} currency={currency} locale={locale} now={now} />}
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
        <>
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
        </>
      )}
    </div>
  );
}

function PriceLine({
  price,
  currency,
  locale,
  now,
}: {
  price: TooltipPrice;
  currency: string;
  locale: string;
  now: number;
}) {
  if (price.status === 'loading') {
    return <p class="tooltip__price tooltip__price--loading">Loading price…</p>;
  }
  if (price.status === 'unavailable') {
    return (
      <p class="tooltip__error" role="status">
        {describePriceError(price.reason, now)}
      </p>
    );
  }
  const { quote, stale, reason } = price;
  const change = describeChange(quote.change24hPct, locale);
  return (
    <div class={`tooltip__quote${stale ? ' tooltip__quote--stale' : ''}`}>
      <p class="tooltip__price">
        <span data-testid="tooltip-price">{formatPrice(quote.price, currency, locale)}</span>{' '}
        <span class={`tooltip__change tooltip__change--${change.direction}`}>
          <span aria-hidden="true">{change.arrow} </span>
          <span class="tooltip__sr">24 h change </span>
          {change.text}
        </span>{' '}
        <span class="tooltip__muted">24 h</span>
      </p>
      <p class="tooltip__meta">
        {stale ? 'Stale · ' : ''}updated {formatAge(price.ageMs)} ·{' '}
        <a href={coinGeckoUrl(quote.coinId)} target="_blank" rel="noreferrer">
          CoinGecko
        </a>
      </p>
      {stale && reason && (
        <p class="tooltip__error" role="status">
          {describePriceError(reason, now)}
        </p>
      )}
    </div>
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
