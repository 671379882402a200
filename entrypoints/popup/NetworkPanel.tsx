import { useMemo, type ReactNode } from 'react';
import { formatDataTime, formatRelativeAge } from '@/utils/format';
import type { NetworkOverview } from '@/utils/messaging/protocol';
import { SATS_PER_BTC, type EpochProgress } from '@/utils/network/network-figures';
import type { FigureView } from '@/utils/network/network-view';
import { describePriceError } from '@/utils/prices/errors';
import { NetworkChart } from './NetworkChart';
import {
  formatBlocks,
  formatBtc,
  formatCount,
  formatMoney2,
  formatPct,
  formatSats,
  formatSignedPct,
} from '@/utils/format/network';
import { formatUtcDay } from '@/utils/format/time';
import { divergenceSentence } from './network-format';
import { networkChartData } from './network-series';

/** Props of {@link NetworkPanel}. */
export interface NetworkPanelProps {
  overview: NetworkOverview | null;
  /** When the overview arrived (ms): figure ages are counted from the background's answer. */
  receivedAt: number | null;
  loading: boolean;
  error: string | null;
  now: number;
  locale: string;
  onRetry: () => void;
  onOpenOptions: () => void;
}

/** Blocks in a difficulty epoch. */
const EPOCH_BLOCKS = 2016;

/** "51 of 2,016 blocks (2.53%)". */
function epochText(epoch: EpochProgress, locale: string): string {
  return `${formatCount(epoch.blocksMined, locale)} of ${formatBlocks(EPOCH_BLOCKS, locale)} (${formatPct(epoch.percent, locale)})`;
}

/**
 * "updated 3 minutes ago" (in the reader's locale) for a figure, its age grown by the time
 * since the answer came.
 */
function ageText(
  ageMs: number | null,
  receivedAt: number | null,
  now: number,
  locale: string,
): string | null {
  if (ageMs === null) return null;
  return `updated ${formatRelativeAge(ageMs + Math.max(0, now - (receivedAt ?? now)), locale)}`;
}

/** One figure: its name and age on a line, then its lines, or why it has no value. */
function Figure<T>({
  title,
  figure,
  receivedAt,
  now,
  locale,
  children,
}: {
  title: string;
  figure: FigureView<T>;
  receivedAt: number | null;
  now: number;
  locale: string;
  children: (value: T) => ReactNode;
}) {
  const age = ageText(figure.ageMs, receivedAt, now, locale);
  return (
    <div className="net__figure">
      <dt>{title}</dt>
      {age && (
        <dd className="net__age">
          {figure.stale && <span className="net__stale">stale · </span>}
          {age}
        </dd>
      )}
      {figure.value !== null ? children(figure.value) : null}
      {figure.reason && (
        <dd className={figure.value === null ? 'net__missing' : 'net__reason'}>{figure.reason}</dd>
      )}
    </div>
  );
}

/**
 * The popup's Network view: the hash rate / price chart with the divergence in words, the
 * next difficulty adjustment with the epoch's progress, the halving countdown and hashprice,
 * each with its age and, when stale, why.
 */
export function NetworkPanel({
  overview,
  receivedAt,
  loading,
  error,
  now,
  locale,
  onRetry,
  onOpenOptions,
}: NetworkPanelProps) {
  const enabled = overview?.enabled ? overview : null;
  const priceChart = enabled?.price.ok ? enabled.price.served : null;
  const data = useMemo(
    () => (enabled ? networkChartData(enabled.hashrate, priceChart?.value.prices ?? []) : null),
    [enabled, priceChart],
  );

  const failure = error && (
    <p className="popup__error" role="alert">
      {error}{' '}
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </p>
  );

  if (overview && !overview.enabled) {
    return (
      <div className="net net--off">
        <p>Network data is off.</p>
        <p>
          To see hash rate, difficulty, halving and hashprice here, turn it on in{' '}
          <strong>Options → Network data</strong>.
        </p>
        <button type="button" onClick={onOpenOptions}>
          Open Options
        </button>
        {failure}
      </div>
    );
  }
  if (!enabled || !data) {
    return (
      <div className="net">
        <p className="popup__week-placeholder">
          {loading ? 'Loading the network data…' : 'No network data yet.'}
        </p>
        {failure}
      </div>
    );
  }

  const { view } = enabled;
  const sentence = divergenceSentence(data.divergence, locale);
  const hashAge = ageText(view.hashrate.ageMs, receivedAt, now, locale);
  const priceAge = priceChart
    ? `updated ${formatRelativeAge(now - priceChart.fetchedAt, locale)}`
    : null;
  // Why a series is missing or old, in words.
  const notes: string[] = [];
  if (data.hashrate.length === 0) {
    notes.push(
      `No hash rate to draw: ${view.hashrate.reason ?? `${view.source} sent no history for these days.`}`,
    );
  } else if (view.hashrate.stale && view.hashrate.reason) {
    notes.push(`Hash rate is stale: ${view.hashrate.reason}`);
  }
  if (!enabled.price.ok) {
    notes.push(`No BTC price to draw: ${describePriceError(enabled.price.error, now)}`);
  } else if (data.price.length === 0) {
    const newest = enabled.price.served.value.prices.at(-1);
    notes.push(
      newest
        ? `No BTC price for these days: CoinGecko's newest is from ${formatUtcDay(newest[0], locale)}.`
        : 'No BTC price to draw: CoinGecko sent no prices.',
    );
  } else if (enabled.price.served.stale && enabled.price.served.lastError) {
    notes.push(`BTC price is stale: ${describePriceError(enabled.price.served.lastError, now)}`);
  }

  return (
    <div className="net" aria-busy={loading}>
      <NetworkChart data={data} currency={priceChart?.value.currency ?? null} locale={locale} />
      {sentence && (
        <p className="net__divergence" data-testid="divergence">
          {sentence}
        </p>
      )}
      <p className="net__ages">
        {[hashAge && `Hash rate ${hashAge}`, priceAge && `price ${priceAge}`]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {notes.map((note) => (
        <p key={note} className="net__note">
          {note}
        </p>
      ))}
      {failure}

      <dl className="net__figures">
        <Figure
          title="Next difficulty adjustment"
          figure={view.nextAdjustment}
          receivedAt={receivedAt}
          now={now}
          locale={locale}
        >
          {(next) => (
            <>
              <dd>
                <strong>{formatSignedPct(next.changePct, locale)}</strong> in{' '}
                {formatBlocks(next.epoch.blocksLeft, locale)}, ≈{' '}
                {formatUtcDay(next.estimatedAt, locale)}
              </dd>
              <dd className="net__progress">
                <progress
                  value={next.epoch.blocksMined}
                  max={EPOCH_BLOCKS}
                  aria-label="Difficulty epoch progress"
                  aria-valuetext={epochText(next.epoch, locale)}
                />
                <span>{epochText(next.epoch, locale)}</span>
              </dd>
            </>
          )}
        </Figure>
        <Figure
          title="Next halving"
          figure={view.halving}
          receivedAt={receivedAt}
          now={now}
          locale={locale}
        >
          {(halving) => (
            <>
              <dd>
                <strong>{formatBlocks(halving.blocksLeft, locale)}</strong>, ≈{' '}
                {formatUtcDay(halving.estimatedAt, locale)} (block{' '}
                {formatCount(halving.height, locale)})
              </dd>
              <dd>
                Subsidy {formatBtc(halving.subsidyBtc, locale)} →{' '}
                {formatBtc(halving.nextSubsidyBtc, locale)}
              </dd>
            </>
          )}
        </Figure>
        <Figure
          title="Hashprice"
          figure={view.hashprice}
          receivedAt={receivedAt}
          now={now}
          locale={locale}
        >
          {(hashprice) =>
            hashprice.value !== null && hashprice.currency ? (
              <>
                <dd>
                  <strong>{formatMoney2(hashprice.value, hashprice.currency, locale)}</strong> per
                  PH/s per day
                </dd>
                <dd className="net__detail">
                  at BTC{' '}
                  {formatMoney2(
                    (hashprice.value * SATS_PER_BTC) / hashprice.satsPerPhDay,
                    hashprice.currency,
                    locale,
                  )}
                  {hashprice.priceAt !== null && `, ${formatDataTime(hashprice.priceAt, locale)}`}
                </dd>
              </>
            ) : (
              <>
                <dd>
                  <strong>{formatSats(hashprice.satsPerPhDay, locale)}</strong> per PH/s per day
                </dd>
                <dd className="net__detail">No BTC price to turn it into money.</dd>
              </>
            )
          }
        </Figure>
      </dl>
    </div>
  );
}
