/**
 * What a mining term's tooltip says about the live network: the lines of its topic, worded
 * and formatted in the reader's locale from the background's {@link NetworkView}. Pure, so
 * every topic's wording is tested from recorded data.
 */
import { formatAge, formatPrice } from '@/utils/format';
import { numberFormat } from '@/utils/format/numbers';
import {
  formatBlocks,
  formatBtc,
  formatCount,
  formatMoney2,
  formatPct,
  formatSignedPct,
} from '@/utils/format/network';
import { formatUtcDay } from '@/utils/format/time';
import type { NetworkTopic } from '@/utils/network/network-topics';
import type { FigureView, NetworkView } from '@/utils/network/network-view';

/** One line of the live block: a label and its value. */
export interface NetworkLine {
  label: string;
  value: string;
}

/** The live block of a topic: its lines, and the freshness line under them. */
export interface NetworkBlockText {
  lines: NetworkLine[];
  /** "updated 3 min ago · mempool.space", with "Stale · " before it when stale. */
  meta: string;
  /** Why a figure is stale or missing, in words (null when all is fresh). */
  reason: string | null;
  stale: boolean;
}

const EH = 1e18;

/** The figures a topic shows, in order. */
function figuresOf(topic: NetworkTopic, view: NetworkView): FigureView<unknown>[] {
  switch (topic) {
    case 'hashrate':
      return [view.hashrate];
    case 'difficulty':
      return [view.difficulty, view.nextAdjustment];
    case 'halving':
      return [view.halving];
    case 'height':
      return [view.tip];
    case 'fees':
      return [view.fees];
    case 'hashprice':
      return [view.hashprice];
    case 'ribbons':
      return [view.ribbon];
  }
}

function linesOf(
  topic: NetworkTopic,
  view: NetworkView,
  locale: string,
  now: number,
): NetworkLine[] {
  const lines: NetworkLine[] = [];
  const add = (label: string, value: string) => lines.push({ label, value });
  switch (topic) {
    case 'hashrate': {
      const hashrate = view.hashrate.value;
      if (!hashrate) break;
      add('Hash rate', `${formatCount(hashrate.ehs, locale)} EH/s`);
      if (hashrate.change30dPct !== null && hashrate.avg7dEhs !== null) {
        add(
          '7-day average',
          `${formatCount(hashrate.avg7dEhs, locale)} EH/s, ${formatSignedPct(hashrate.change30dPct, locale)} over 30 days`,
        );
      }
      break;
    }
    case 'difficulty': {
      if (view.difficulty.value !== null) {
        add(
          'Difficulty',
          `${numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(view.difficulty.value)} T`,
        );
      }
      const next = view.nextAdjustment.value;
      if (next) {
        add(
          'Next adjustment',
          `${formatSignedPct(next.changePct, locale)} in ${formatBlocks(next.epoch.blocksLeft, locale)} (about ${formatUtcDay(next.estimatedAt, locale)})`,
        );
        add(
          'This epoch',
          `${formatPct(next.epoch.percent, locale)} done (${formatCount(next.epoch.blocksMined, locale)} of ${formatCount(2016, locale)} blocks)`,
        );
      }
      break;
    }
    case 'halving': {
      const halving = view.halving.value;
      if (!halving) break;
      add('Block subsidy', formatBtc(halving.subsidySats / 1e8, locale));
      add(
        'Next halving',
        `in ${formatBlocks(halving.blocksLeft, locale)}, at block ${formatCount(halving.height, locale)} (about ${formatUtcDay(halving.estimatedAt, locale)})`,
      );
      add('Subsidy after it', formatBtc(halving.nextSubsidySats / 1e8, locale));
      break;
    }
    case 'height':
      if (view.tip.value !== null) add('Block height', formatCount(view.tip.value, locale));
      break;
    case 'fees': {
      const fees = view.fees.value;
      if (!fees) break;
      add('Next block', `${formatCount(fees.fastest, locale)} sat/vB`);
      add('Within 30 min', `${formatCount(fees.halfHour, locale)} sat/vB`);
      add('Within 1 hour', `${formatCount(fees.hour, locale)} sat/vB`);
      break;
    }
    case 'hashprice': {
      const hashprice = view.hashprice.value;
      if (!hashprice) break;
      if (hashprice.value !== null && hashprice.currency !== null) {
        add(
          'Hashprice',
          `${formatMoney2(hashprice.value, hashprice.currency, locale)} per PH/s per day`,
        );
        if (hashprice.btcPrice !== null && hashprice.priceAt !== null) {
          add(
            'At BTC price',
            `${formatPrice(hashprice.btcPrice, hashprice.currency, locale)} (CoinGecko, updated ${formatAge(Math.max(0, now - hashprice.priceAt))})`,
          );
        }
      } else {
        add('Hashprice', `${formatCount(hashprice.satsPerPhDay, locale)} sats per PH/s per day`);
      }
      break;
    }
    case 'ribbons': {
      const ribbon = view.ribbon.value;
      if (!ribbon) break;
      add(
        'Hash rate averages',
        `30-day ${formatCount(ribbon.ma30 / EH, locale)} EH/s, 60-day ${formatCount(ribbon.ma60 / EH, locale)} EH/s`,
      );
      const since = `${ribbon.sinceAtLeast ? 'at least since' : 'since'} ${formatUtcDay(ribbon.since, locale)}`;
      add(
        'Hash ribbons',
        ribbon.capitulation
          ? `capitulation signal: the 30-day average is below the 60-day, ${since}`
          : `no capitulation signal: the 30-day average is above the 60-day, ${since}`,
      );
      break;
    }
  }
  return lines;
}

/** The live block of `topic`, or null when no figure of it has data yet (and no reason). */
export function networkBlockText(
  topic: NetworkTopic,
  view: NetworkView,
  locale: string,
  now: number,
): NetworkBlockText {
  const figures = figuresOf(topic, view);
  const lines = linesOf(topic, view, locale, now);
  const ages = figures.map((figure) => figure.ageMs).filter((age): age is number => age !== null);
  const stale = figures.some((figure) => figure.stale);
  const reason = figures.find((figure) => figure.reason !== null)?.reason ?? null;
  const age = ages.length > 0 ? `updated ${formatAge(Math.max(...ages))} · ` : '';
  return { lines, meta: `${stale ? 'Stale · ' : ''}${age}${view.source}`, reason, stale };
}
