/**
 * Whether a page is about crypto, or about crypto mining, from a sample of its text: the
 * signals that switch on context-dependent terms ("whale", tickers) and mining-only words
 * (bare "difficulty"). Read at a frame's first term, never in frames without terms.
 */
import { codePointBefore, joinsWord } from './text-chars';

/**
 * Crypto signals for {@link hasCryptoContext}: words that (almost) only appear in crypto text.
 * Flags `gi` without `u` for speed (see the module comment); group 1 holds Latin-script words,
 * whose Unicode word boundaries are checked in JavaScript.
 */
const CRYPTO_SIGNAL_RE = /* @__PURE__ */ new RegExp(
  '(?:^|[^a-z0-9_])(' +
    [
      'bitcoins?',
      'btc',
      'ethereum',
      'blockchains?',
      'cryptocurrenc(?:y|ies)',
      'crypto[- ]?(?:assets?|currenc(?:y|ies)|markets?|exchanges?|prices?|tokens?|coins?|wallets?|industry|investors?|traders?)',
      // Bare "crypto", but not cryptography's "crypto library/API/module…".
      'cryptos?(?![a-z0-9_])(?![- ](?:librar|api|modul|subsystem|code|engine|accelerat|hardware|algorithm|primitive|kernel|key|wars))',
      'stablecoins?',
      'altcoins?',
      'defi',
      'web3',
      'nfts?',
      'coinbase',
      'binance',
      'dogecoin',
      'litecoin',
      'usdt',
      'usdc',
      'krypto(?:währung(?:en)?)?',
      'criptomonedas?',
      'criptomoedas?',
      'cryptomonnaies?',
    ].join('|') +
    ')(?![a-z0-9_])|криптовалют|₿|比特币|比特幣|ビットコイン|암호화폐|비트코인',
  'gi',
);

/**
 * True when `text` (a sample of the page's visible text) shows crypto context: at least
 * `minSignals` occurrences (default 2) of unambiguous crypto words such as Bitcoin, BTC,
 * Ethereum, blockchain, cryptocurrency, stablecoin (also in German, Spanish, Portuguese,
 * French, Russian, Chinese, Japanese, Korean). Two signals, not one, so a page with a single
 * stray mention ("Comedian and Bitcoin…" in a byline) or "crypto libraries" in a software
 * article does not switch on context-dependent terms such as tickers, "whale" or "custody".
 */
export function hasCryptoContext(text: string, minSignals = 2): boolean {
  if (minSignals <= 0) return true;
  CRYPTO_SIGNAL_RE.lastIndex = 0;
  let count = 0;
  let m: RegExpExecArray | null;
  while ((m = CRYPTO_SIGNAL_RE.exec(text)) !== null) {
    const word = m[1];
    if (word !== undefined) {
      const end = m.index + m[0].length;
      const start = end - word.length;
      // Latin words glued to other letters (Unicode-aware) do not count.
      if (
        joinsWord(codePointBefore(text, start), false) ||
        joinsWord(text.codePointAt(end) ?? -1, true)
      ) {
        CRYPTO_SIGNAL_RE.lastIndex = start + 1;
        continue;
      }
    }
    if (++count >= minSignals) return true;
  }
  return false;
}

/**
 * Mining signals for {@link hasMiningContext}: phrases that name crypto mining itself, never
 * coal, gold or data mining (bare "mining" and "miners" do not count). Flags `gi`; group 1 is
 * the phrase, whose Unicode word boundaries are checked in JavaScript.
 */
const MINING_SIGNAL_RE = /* @__PURE__ */ new RegExp(
  '(?:^|[^a-z0-9_])(' +
    [
      '(?:bitcoin|btc|crypto|cryptocurrency)[- ]min(?:ing|ers?)',
      'cryptomin(?:ing|ers?)',
      'hash[- ]?(?:rates?|power|price)',
      'hashprices?',
      'asics?',
      '(?:tera|peta|exa|zetta)hash(?:es)?',
      '[tpez]h/s',
      'mining (?:pools?|rigs?|difficulty|revenue|firms?|compan(?:y|ies)|operations?|facilit(?:y|ies)|farms?|hardware|machines?|stocks?)',
      'difficulty (?:adjustments?|epochs?|retargets?)',
      'network difficulty',
      'block (?:rewards?|subsid(?:y|ies))',
      'halving',
      'proof[- ]of[- ]work',
      'j/th',
      'mining',
    ].join('|') +
    ')(?![a-z0-9_])',
  'gi',
);

/**
 * True when `text` (a page's head and first paragraphs) is about crypto mining: it names crypto
 * at least once ({@link hasCryptoContext} with one signal: the mining phrases below are crypto
 * signals too) and holds at least `minSignals` (default 3) mining signals, of which at least
 * two name crypto mining itself (bare "mining" counts once it is a crypto page, but "coal
 * mining" twice never makes one). Terms that need mining context (bare "difficulty",
 * "capitulation", "miners") match only on such pages.
 */
export function hasMiningContext(text: string, minSignals = 3): boolean {
  if (!hasCryptoContext(text, 1)) return false;
  MINING_SIGNAL_RE.lastIndex = 0;
  let count = 0;
  let specific = 0;
  let m: RegExpExecArray | null;
  while ((m = MINING_SIGNAL_RE.exec(text)) !== null) {
    const word = m[1]!;
    const end = m.index + m[0].length;
    const start = end - word.length;
    if (
      joinsWord(codePointBefore(text, start), false) ||
      joinsWord(text.codePointAt(end) ?? -1, true)
    ) {
      MINING_SIGNAL_RE.lastIndex = start + 1;
      continue;
    }
    count++;
    if (word.toLowerCase() !== 'mining') specific++;
    if (count >= minSignals && specific >= 2) return true;
  }
  return false;
}
