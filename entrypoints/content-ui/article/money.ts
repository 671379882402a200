/**
 * Money amounts in page text: `$71,975.62`, `US$71,975`, `71.975,62 €`, `€65.2k`, `£1.2m`,
 * `$1.2 trillion`, `¥10,765,432`, `USD 5,000`. Pure string work, so it runs anywhere and only
 * when called.
 */

/** One amount found in a text. */
export interface MoneyAmount {
  /** The amount in currency units, scale applied (`€65.2k` is 65200). */
  value: number;
  /** ISO 4217 code, upper case (`USD`, `EUR`); a bare `$` is read as US dollars. */
  currency: string;
  /** UTF-16 offset of the first character (the symbol, or the first digit when it follows). */
  start: number;
  /** UTF-16 offset just after the last character. */
  end: number;
  /** The scale word or letter as written (`k`, `bn`, `trillion`), or `''`. */
  scale: string;
}

/** Symbols (and prefixed dollar signs) with their ISO codes; longer spellings first. */
const SYMBOLS: Readonly<Record<string, string>> = {
  US$: 'USD',
  AU$: 'AUD',
  A$: 'AUD',
  CA$: 'CAD',
  C$: 'CAD',
  HK$: 'HKD',
  NZ$: 'NZD',
  S$: 'SGD',
  R$: 'BRL',
  'CN¥': 'CNY',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  '₽': 'RUB',
  '₺': 'TRY',
};

const SCALES: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mio: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  mrd: 1e9,
  billion: 1e9,
  t: 1e12,
  tn: 1e12,
  trillion: 1e12,
};

// A number: digit groups with one repeated separator (`,` `.` no-break or thin space, `'`)
// and an optional decimal part, Indian lakh grouping (`60,00,000`), or plain digits with an
// optional decimal part.
const NUM = String.raw`(\d{1,3}(?:([,.\u00a0\u202f\u2009'’])\d{3})(?:\3\d{3})*(?:[.,]\d+)?|\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?|\d+(?:[.,]\d+)?)`;
// Letters attach (`$72k`); abbreviations and words may follow a space (`$1.2 bn`, `$5 million`).
const SCALE = String.raw`(?:[ \u00a0]?([Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|mn|bn|tn|[Mm]io\.|[Mm]rd\.)|([kKmMbBtT]))`;
const CODE = 'USD|EUR|GBP|JPY|CHF|CAD|AUD|CNY|HKD|NZD|SGD|INR|KRW|BRL|RUB|TRY';
const SYMBOL = String.raw`US\$|AU\$|A\$|CA\$|C\$|HK\$|NZ\$|S\$|R\$|CN¥|\$|€|£|¥|₹|₩|₽|₺`;

/**
 * Prefix form (`US$ 71,975`, `€65.2k`, `USD 5,000`) or suffix form (`71.975,62 €`,
 * `5,000 USD`). Groups: 1 prefix, 2 number, 3 group separator, 4–5 scale, 6 number,
 * 7 separator, 8–9 scale, 10 suffix. Compiled on first use, so loading the module costs nothing.
 */
let pattern: RegExp | undefined;
function moneyPattern(): RegExp {
  pattern ??= new RegExp(
    String.raw`(?<![A-Za-z0-9])(?:(${SYMBOL}|(?:${CODE})(?=[ \u00a0]?\d))[ \u00a0]?${NUM}${SCALE}?|(?<![\d.,])${NUM.replace('\\3', '\\7')}${SCALE}?[ \u00a0\u202f]?(${SYMBOL}|${CODE}))(?![A-Za-z0-9])`,
    'g',
  );
  return pattern;
}

/**
 * Reads a number written in either convention. When both `,` and `.` appear, the last one is
 * the decimal separator (`71,975.62`, `71.975,62`). A lone separator followed by exactly
 * three digits groups thousands (`$71,975`, `71.975 €`: money is written with two decimals),
 * unless the integer part is 0 (`$0.075`) or a scale follows (`€1.234bn`); any other lone
 * separator is decimal (`€65,2k`).
 */
function readNumber(raw: string, scaled: boolean): number {
  const digits = raw.replace(/[\s'’]/g, '');
  const dot = digits.lastIndexOf('.');
  const comma = digits.lastIndexOf(',');
  let decimal = '';
  if (dot >= 0 && comma >= 0) decimal = dot > comma ? '.' : ',';
  else if (dot >= 0 || comma >= 0) {
    const sep = dot >= 0 ? '.' : ',';
    const parts = digits.split(sep);
    const grouping = parts.length > 2 || (parts[1]!.length === 3 && parts[0] !== '0' && !scaled);
    if (!grouping) decimal = sep;
  }
  const [whole = '', fraction = ''] = decimal ? digits.split(decimal) : [digits];
  return Number(`${whole.replace(/[.,]/g, '')}.${fraction || 0}`);
}

/**
 * Finds every money amount in `text`, in order. An amount needs a currency: a symbol or
 * ISO code before it, or a symbol or code after it; bare numbers are not money. Digits glued
 * to letters (`A1$`, `5USDT`) are refused.
 */
export function findMoneyAmounts(text: string): MoneyAmount[] {
  const found: MoneyAmount[] = [];
  const re = moneyPattern();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const prefix = m[1];
    const unit = (prefix ?? m[10]!).trim();
    const scale = (prefix ? (m[4] ?? m[5]) : (m[8] ?? m[9])) ?? '';
    const value =
      readNumber(prefix ? m[2]! : m[6]!, scale !== '') *
      (SCALES[scale.replace('.', '').toLowerCase()] ?? 1);
    if (!Number.isFinite(value)) continue;
    found.push({
      value,
      currency: SYMBOLS[unit] ?? unit,
      start: m.index,
      end: m.index + m[0].length,
      scale,
    });
  }
  return found;
}
