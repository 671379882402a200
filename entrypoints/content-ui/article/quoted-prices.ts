/**
 * Which money amounts in a text are a coin's price. Precision over recall: a figure we
 * wrongly call "Bitcoin's price" gives the reader a false comparison, while a missed one only
 * goes unmarked. So an amount counts only when
 * - (price) a coin is named in the same sentence or table row, the words around the amount
 *   are about its price ("rose to", "traded at", "closed at", "price of"), and nothing around
 *   it says it is something else: market cap, volume, revenue, costs, salaries, funding, ETF
 *   flows, fines, another asset's price, a change ("up $2,000"), or a forecast ("could
 *   reach", "price target": a figure the coin never had is no base for "since this figure");
 * - (per-coin cost) the sentence says the amount is per coin ("$100,000 threshold for a
 *   single coin", "cost to mine one bitcoin"): compared to the price, it tells how far the
 *   coin trades above or below what it costs to make;
 * - (table) the amount is alone in a cell under a price header (`Price (USD)`, `Close`) of a
 *   table about one coin.
 * Amounts scaled to millions or more (`$1.2 trillion`, `$25 billion`) are market sizes, never
 * one coin's price.
 */
import { findMoneyAmounts, type MoneyAmount } from './money';

/** A coin named in the text, as the caller's term matcher found it. */
export interface CoinMention {
  /** CoinGecko id (`bitcoin`). */
  coinId: string;
  /** UTF-16 offsets of the name in the text. */
  start: number;
  end: number;
}

/** An amount tied to a coin. */
export interface QuotedPrice {
  amount: MoneyAmount;
  coinId: string;
  /** The coin's price, or what one coin costs to make (compared with the price as such). */
  kind: 'price' | 'per-coin-cost';
}

/** How far (in characters) a coin's name may be from its amount. */
const MAX_GAP = 150;

// Words (and word stems) that make an amount something other than a coin's price, checked in
// the clause before the amount and just after it. Stems over-match ("fee" in "feel"), which
// only costs recall.
const NOT_PRICE =
  /\b(?:market[\s-]*cap|capitali[sz]|volume|revenue|sales|profit|earning|income|cost|salar|wage|paid|pay|fund|raise|invest|inflow|outflow|etf|valuation|valued|fine|penalt|settle|debt|loan|budget|fee|reward|donat|tax|grant|stolen|hack|exploit|liquidat|reserve|holding|treasur|supply|tvl|open\s+interest|share|stock|equit|gold|silver|oil|ounce|barrel|bond|spen[dt]|bought|acqui|deal|premium|hash\s*price|electric|power|support|resistance|target|forecast|predict|project|expect|outlook|risk|could|would|will|might|may|sees?\b|if\b|unless)\w*/i;
// Per anything but a coin: per share, per kWh, per ticket, /TH.
const PER_OTHER =
  /\bper\s+(?!(?:single\s+)?(?:coin|bitcoin|btc|token|ether|eth|unit)\b)\w|\/\s?(?:kwh|mwh|th|ph|eh|day|mo|yr)\b/i;
// A number of coins in the clause ("sold 5 bitcoins for $350,000"): the amount is their total
// value. One coin ("1 BTC = $72,000") is a price.
const COIN_QUANTITY =
  /(?:^|[^\d.,])(?!1\s*(?:bitcoin|btc|eth|ether|coin|token)\b)\d[\d.,]*\s*(?:bitcoins?|btc|eth|ether|coins?|tokens?)\b/i;
// Right after the amount: a rate ("$5,000 a month") or a quantity of value ("$1 worth of").
const RATE_OR_QUANTITY =
  /^\s*(?:an?\s+(?:month|year|day|week|hour|share|ounce|barrel|ton)|worth)\b/i;
// An amount "per coin", in the words before or after it.
const PER_COIN =
  /\b(?:per|each|every|(?:for|to\s+\w+)\s+(?:a|one|each)(?:\s+single)?|one|a\s+single)\s+(?:coin|bitcoin|btc|token|ether|eth|unit)\b/i;
const COST =
  /\b(?:cost\w*|mine|mining|produc\w*|break-?even|threshold|expens\w*|all-in|electricity|energy)\b/i;
// Price wording (stems) anywhere in the amount's clause.
const PRICE_VERB =
  /\b(?:pric|trad|changing\s+hands|clos|open|hit|reach|touch|r[io]s|climb|jump|surg|rall|soar|gain|f[ae]ll|drop|slid|slump|plung|sank|sink|tumbl|declin|dip|crash|peak|top|high|low|record|hover|quot)\w*/i;
// Words right before the amount that put a price on the coin: "at", "is", "to", "above", "=".
const PRICE_BEFORE =
  /(?:\b(?:at|is|was|of|to|from|above|below|under|over|past|near|around|worth|sold\s+for)|[=@])\s*(?:(?:about|around|roughly|nearly|almost|just|some|approximately|the)\s+)*$/i;
// A change, not a level: "up $2,000", "rose $2,000", "a $2,000 drop".
const CHANGE_BEFORE =
  /\b(?:up|down|rose|fell|gained|lost|added|shed|jumped|dropped|climbed|slid|swung|moved|by|plus|minus)\s+(?:(?:about|around|nearly|almost|roughly|over|more\s+than|some|another|just)\s+)*$/i;
const CHANGE_AFTER =
  /^\s*(?:drop|gain|jump|decline|loss|move|swing|rise|fall|rally|increase|decrease|plunge|surge|higher|lower)/i;

/** Scales of a million and more: `$1.2m`, `$25 billion`, `$1.4T`. */
const BIG_SCALE = /^(?![kK]$|[Tt]housand$)./;

/** Ends a clause: a sentence mark (a full stop only before a space, not in `4.5`) or a dash. */
const CLAUSE_END = /[;:!?—]|\.(?:\s|$)/g;

/** Offset just after the last match of the global `re` in `s`, or 0. */
function lastEnd(s: string, re: RegExp): number {
  let end = 0;
  for (const m of s.matchAll(re)) end = m.index + m[0].length;
  return end;
}

/**
 * The coin an amount belongs to, named in the same clause (a coin across a clause mark is
 * another statement's: "received 1.81 bitcoins; around $430 at today's rates"): the nearest
 * mention before the amount, as English names the subject first ("Bitcoin rose to $72,000
 * while Ether…"), else the nearest after it ("At $72,000, Bitcoin…"), at most
 * {@link MAX_GAP} characters away.
 */
function coinOf(
  coins: readonly CoinMention[],
  amount: MoneyAmount,
  clauseStart: number,
  clauseEnd: number,
): CoinMention | null {
  let before: CoinMention | null = null;
  let after: CoinMention | null = null;
  const to = Math.min(clauseEnd, amount.end + MAX_GAP);
  for (const coin of coins) {
    if (coin.start >= clauseStart && coin.end <= amount.start) {
      if (coin.end > (before?.end ?? -1)) before = coin;
    } else if (coin.start >= amount.end && coin.end <= to) {
      if (coin.start < (after?.start ?? Infinity)) after = coin;
    }
  }
  return before ?? after;
}

/**
 * Finds the amounts in `text` (one sentence, or one table row's cells joined) that are a
 * coin's price or a per-coin cost.
 *
 * @param coins The coins named in `text`, with their offsets.
 * @param subjectCoinId The coin the page is about, if it is about one: a per-coin cost that
 *   names no coin ("for a single coin") belongs to it. Prices always need a named coin.
 */
export function findQuotedPrices(
  text: string,
  coins: readonly CoinMention[],
  subjectCoinId: string | null = null,
): QuotedPrice[] {
  const amounts = findMoneyAmounts(text);
  const quotes: QuotedPrice[] = [];
  amounts.forEach((amount, i) => {
    if (BIG_SCALE.test(amount.scale)) return;
    const prevEnd = amounts[i - 1]?.end ?? 0;
    const nextStart = amounts[i + 1]?.start ?? text.length;
    // The clause before the amount (back to a sentence mark, at most 100 characters), its
    // last phrase (back to a comma), and a few words after it (up to a comma or 32 characters).
    const before = text.slice(Math.max(prevEnd, amount.start - 100), amount.start);
    const clause = before.slice(lastEnd(before, CLAUSE_END));
    const phrase = clause.slice(lastEnd(clause, /,\s/g));
    const after = text.slice(amount.end, Math.min(nextStart, amount.end + 32));
    const afterEnd = after.search(/,\s|[;:!?—]|\.(?:\s|$)/);
    const tail = afterEnd < 0 ? after : after.slice(0, afterEnd);
    const near = `${phrase} ${tail}`;
    const context = `${clause} ${tail}`;
    if (
      CHANGE_BEFORE.test(phrase) ||
      CHANGE_AFTER.test(tail) ||
      RATE_OR_QUANTITY.test(tail) ||
      PER_OTHER.test(near)
    ) {
      return;
    }

    // The clause the amount's coin must be named in: between sentence marks, whatever
    // other amounts it holds ("Bitcoin climbed from $68,864 to $71,975").
    const from = Math.max(0, amount.start - MAX_GAP);
    const clauseStart = from + lastEnd(text.slice(from, amount.start), CLAUSE_END);
    const mark = text.slice(amount.end).search(CLAUSE_END);
    const clauseEnd = mark < 0 ? text.length : amount.end + mark;
    const coin = coinOf(coins, amount, clauseStart, clauseEnd);
    if (PER_COIN.test(near) && COST.test(context)) {
      const coinId = coin?.coinId ?? subjectCoinId;
      if (coinId) quotes.push({ amount, coinId, kind: 'per-coin-cost' });
      return;
    }
    // A price ("at $70,000 per coin" included) needs the coin named and price wording.
    if (!coin || NOT_PRICE.test(context) || COIN_QUANTITY.test(context)) return;
    if (PRICE_VERB.test(near) || PRICE_BEFORE.test(phrase)) {
      quotes.push({ amount, coinId: coin.coinId, kind: 'price' });
    }
  });
  return quotes;
}

/** Column headers of a price: `Price`, `Price (USD)`, `Close`, `Closing price`, `Last ($)`. */
const PRICE_HEADER =
  /^(?:(?:last|closing|close|current|spot|average|avg\.?|open(?:ing)?)\s+)?(?:price|close|last|open|high|low)(?:\s*\(\s*(?:in\s+)?(?:[a-z]{3}|[$€£¥])\s*\)|\s+in\s+[a-z]{3})?$/i;

/**
 * The price quoted in one table cell, for tables that name no coin in their rows: when the
 * column's header is a price (`Price (USD)`, `Close`) and the cell holds one amount and
 * nothing else, that amount is `coinId`'s price. The caller passes the coin the page is about
 * (the seed article's `Date | Price (USD) | 7D Change` table), or the row's coin in a table
 * of several coins.
 */
export function quotedPriceInCell(
  header: string,
  cell: string,
  coinId: string,
): QuotedPrice | null {
  if (!PRICE_HEADER.test(header.trim())) return null;
  const amounts = findMoneyAmounts(cell);
  const amount = amounts[0];
  if (amounts.length !== 1 || !amount || BIG_SCALE.test(amount.scale)) return null;
  const rest = cell.slice(0, amount.start) + cell.slice(amount.end);
  return rest.trim() ? null : { amount, coinId, kind: 'price' };
}
