/**
 * What a mining term's tooltip says about the live network: the lines of its topic, worded
 * and formatted in the reader's locale from the background's {@link NetworkView}. Pure, so
 * every topic's wording is tested from recorded data.
 */
import { formatAge, formatPrice } from '@/utils/format';
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

function number(locale: string, value: number, digits = 0): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A signed percentage with two decimals and a true minus sign: "+4.10%", "−5.98%". */
function signedPct(locale: string, pct: number): string {
  const text = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  }).format(pct / 100);
  return text.replace('-', '−');
}

function day(locale: string, ms: number): string {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(ms);
}

function blocks(locale: string, count: number): string {
  return `${number(locale, count)} ${count === 1 ? 'block' : 'blocks'}`;
}

/** An amount of sats in BTC, with as many decimals as it needs (3.125 BTC). */
function btc(locale: string, sats: number): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 8 }).format(sats / 1e8)} BTC`;
}

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
      add('Hash rate', `${number(locale, hashrate.ehs)} EH/s`);
      if (hashrate.change30dPct !== null && hashrate.avg7dEhs !== null) {
        add(
          '7-day average',
          `${number(locale, hashrate.avg7dEhs)} EH/s, ${signedPct(locale, hashrate.change30dPct)} over 30 days`,
        );
      }
      break;
    }
    case 'difficulty': {
      if (view.difficulty.value !== null) {
        add('Difficulty', `${number(locale, view.difficulty.value, 2)} T`);
      }
      const next = view.nextAdjustment.value;
      if (next) {
        add(
          'Next adjustment',
          `${signedPct(locale, next.changePct)} in ${blocks(locale, next.epoch.blocksLeft)} (about ${day(locale, next.estimatedAt)})`,
        );
        add(
          'This epoch',
          `${number(locale, next.epoch.percent, 2)}% done (${number(locale, next.epoch.blocksMined)} of ${number(locale, 2016)} blocks)`,
        );
      }
      break;
    }
    case 'halving': {
      const halving = view.halving.value;
      if (!halving) break;
      add('Block subsidy', btc(locale, halving.subsidySats));
      add(
        'Next halving',
        `in ${blocks(locale, halving.blocksLeft)}, at block ${number(locale, halving.height)} (about ${day(locale, halving.estimatedAt)})`,
      );
      add('Subsidy after it', btc(locale, halving.nextSubsidySats));
      break;
    }
    case 'height':
      if (view.tip.value !== null) add('Block height', number(locale, view.tip.value));
      break;
    case 'fees': {
      const fees = view.fees.value;
      if (!fees) break;
      add('Next block', `${number(locale, fees.fastest)} sat/vB`);
      add('Within 30 min', `${number(locale, fees.halfHour)} sat/vB`);
      add('Within 1 hour', `${number(locale, fees.hour)} sat/vB`);
      break;
    }
    case 'hashprice': {
      const hashprice = view.hashprice.value;
      if (!hashprice) break;
      if (hashprice.value !== null && hashprice.currency !== null) {
        add(
          'Hashprice',
          `${formatPrice(hashprice.value, hashprice.currency, locale)} per PH/s per day`,
        );
        if (hashprice.btcPrice !== null && hashprice.priceAt !== null) {
          add(
            'At BTC price',
            `${formatPrice(hashprice.btcPrice, hashprice.currency, locale)} (CoinGecko, updated ${formatAge(Math.max(0, now - hashprice.priceAt))})`,
          );
        }
      } else {
        add('Hashprice', `${number(locale, hashprice.satsPerPhDay)} sats per PH/s per day`);
      }
      break;
    }
    case 'ribbons': {
      const ribbon = view.ribbon.value;
      if (!ribbon) break;
      add(
        'Hash rate averages',
        `30-day ${number(locale, ribbon.ma30 / EH)} EH/s, 60-day ${number(locale, ribbon.ma60 / EH)} EH/s`,
      );
      const since = `${ribbon.sinceAtLeast ? 'at least since' : 'since'} ${day(locale, ribbon.since)}`;
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
