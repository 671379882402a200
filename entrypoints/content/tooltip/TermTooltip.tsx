import { useId, useState } from 'react';
import { describeChange, formatAge, formatPrice } from '@/utils/format';
import { describePriceError, type PriceError } from '@/utils/prices/errors';
import type { PriceQuote, Served } from '@/utils/prices/types';

/** What the tooltip knows about a coin's price right now. */
export type TooltipPrice =
  | { status: 'loading' }
  | { status: 'ready'; served: Served<PriceQuote>; currency: string }
  | { status: 'error'; error: PriceError };

/** The glossary text a tooltip shows. */
export interface TooltipTerm {
  id: string;
  title: string;
  short: string;
  long: string;
  coinName?: string;
}

/** The pin toggle of a coin's tooltip. */
export interface TooltipPin {
  pinned: boolean;
  /** Why the last pin attempt was refused (the pin limit). */
  message?: string | null;
  onToggle: () => void;
}

/** Props of {@link TermTooltip}. */
export interface TermTooltipProps {
  term: TooltipTerm;
  /** Present for coins. */
  price?: TooltipPrice;
  /** Present for coins: pin or unpin their price badge. */
  pin?: TooltipPin;
  now: number;
  onClose: () => void;
}

/** CoinGecko's page for a coin, linked from the tooltip's attribution. */
export function coinGeckoUrl(coinId: string | undefined): string {
  return coinId
    ? `https://www.coingecko.com/en/coins/${encodeURIComponent(coinId)}`
    : 'https://www.coingecko.com/';
}

/**
 * The hover card: term, short definition, "more" for the explanation, and for coins the live
 * price with its 24 h change and age. Renders text only, never HTML.
 */
export function TermTooltip({ term, price, pin, now, onClose }: TermTooltipProps) {
  const [expanded, setExpanded] = useState(false);
  const moreId = useId();
  return (
    <div className="tooltip" role="tooltip" aria-label={term.title}>
      <div className="tooltip__head">
        <strong className="tooltip__title">{term.title}</strong>
        <button type="button" className="tooltip__close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {price && <PriceLine price={price} now={now} />}
      {pin && term.coinName && (
        <div className="tooltip__pin">
          <button type="button" aria-pressed={pin.pinned} onClick={pin.onToggle}>
            {pin.pinned ? `Unpin ${term.coinName}` : `Pin ${term.coinName}`}
          </button>
          {pin.message && (
            <span className="tooltip__error" role="status">
              {' '}
              {pin.message}
            </span>
          )}
        </div>
      )}
      <p className="tooltip__short">{term.short}</p>
      {term.long && (
        <>
          <button
            type="button"
            className="tooltip__more"
            aria-expanded={expanded}
            aria-controls={moreId}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? 'Less' : 'More'}
          </button>
          <p id={moreId} className="tooltip__long" hidden={!expanded}>
            {term.long}
          </p>
        </>
      )}
    </div>
  );
}

function PriceLine({ price, now }: { price: TooltipPrice; now: number }) {
  if (price.status === 'loading') {
    return <p className="tooltip__price tooltip__price--loading">Loading price…</p>;
  }
  if (price.status === 'error') {
    return (
      <p className="tooltip__error" role="status">
        {describePriceError(price.error, now)}
      </p>
    );
  }
  const { served, currency } = price;
  const change = describeChange(served.value.change24hPct);
  // The price's own time (CoinGecko's last_updated_at) says how fresh it really is.
  const age = formatAge(Math.max(0, now - (served.value.sourceUpdatedAt ?? served.fetchedAt)));
  return (
    <div className={`tooltip__quote${served.stale ? ' tooltip__quote--stale' : ''}`}>
      <p className="tooltip__price">
        <span data-testid="tooltip-price">{formatPrice(served.value.price, currency)}</span>{' '}
        <span className={`tooltip__change tooltip__change--${change.direction}`}>
          <span aria-hidden="true">{change.arrow} </span>
          <span className="tooltip__sr">24 h change </span>
          {change.text}
        </span>{' '}
        <span className="tooltip__muted">24 h</span>
      </p>
      <p className="tooltip__meta">
        {served.stale ? 'Stale · ' : ''}updated {age} ·{' '}
        <a href={coinGeckoUrl(served.value.coinId)} target="_blank" rel="noreferrer">
          CoinGecko
        </a>
      </p>
      {served.stale && served.lastError && (
        <p className="tooltip__error" role="status">
          {describePriceError(served.lastError, now)}
        </p>
      )}
    </div>
  );
}
