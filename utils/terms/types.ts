/**
 * Types of the HashLens glossary and of the term matcher that finds glossary terms in page text.
 *
 * Everything here is plain data: no DOM, no browser APIs.
 */
import type { NetworkTopic } from '@/utils/network/network-topics';

/** What a glossary entry is about; drives grouping and the tooltip's accent. */
export type TermCategory = 'bitcoin' | 'mining' | 'market' | 'macro' | 'tech' | 'coin';

/**
 * How the letter case of a match must relate to the alias as written in the glossary.
 *
 * - `insensitive`: any case (`hash rate`, `Hash Rate`, `HASH RATE`).
 * - `sensitive`: exactly as written in the alias (`Taproot` but not `taproot`). Separators
 *   (space, hyphen, no-break space) and apostrophes are still allowed to vary.
 * - `upper`: the alias as written or fully upper case (`ASICs`, `ASICS`; never `asic`), e.g.
 *   ASIC, NPU, ETF, BTC.
 * - `symbol`: an ambiguous coin ticker (SOL, LINK, DOT …): matches as a `$cashtag` in any case
 *   (`$sol`), or in upper case only when the page already shows crypto context and the
 *   neighbouring words are not an all-caps run (a shouted headline or button label).
 * - `cashtag`: a ticker that is an everyday word even in upper case (`ONE`): matches only as a
 *   `$cashtag` (`$ONE`, `$one`).
 *
 * For entries with a `coinId`, `upper` aliases also match as a `$cashtag` in any case (`$btc`).
 * A cashtag match includes the `$` sign.
 */
export type CaseRule = 'insensitive' | 'sensitive' | 'upper' | 'symbol' | 'cashtag';

/** One spelling of a term, with rules that override those of its entry. */
export interface GlossaryAlias {
  /** The spelling as it appears in text. Spaces stand for any space, no-break space or hyphen. */
  text: string;
  /** Overrides {@link GlossaryEntry.caseRule} for this spelling. */
  caseRule?: CaseRule;
  /** Overrides {@link GlossaryEntry.requiresCryptoContext} for this spelling. */
  requiresCryptoContext?: boolean;
  /** Overrides {@link TermSpelling.requiresMiningContext} for this spelling. */
  requiresMiningContext?: boolean;
}

/**
 * How one glossary entry is found in text: its spellings and how to match them. This is all
 * the content script carries of the glossary (see `spellings.ts`).
 */
export interface TermSpelling {
  /** Stable kebab-case id (`hash-rate`, `bitcoin-cash`). */
  id: string;
  /** Every spelling that should find this entry: inflections, variants, tickers. */
  aliases: readonly (string | GlossaryAlias)[];
  /** Default case rule of the aliases. */
  caseRule: CaseRule;
  /**
   * When true, the aliases (unless overridden) only match on pages that show crypto context
   * (see `hasCryptoContext`): for words that have an everyday meaning (`custody`, `whale`).
   */
  requiresCryptoContext?: boolean;
  /**
   * When true, the aliases (unless overridden) only match on pages about mining (see
   * `hasMiningContext`), not merely about crypto: bare words that crypto pages use in their
   * mining sense only when the page is about mining ("difficulty", "capitulation"). Implies
   * {@link requiresCryptoContext}.
   */
  requiresMiningContext?: boolean;
  /** CoinGecko coin id for entries that name a coin or a unit of one (`bitcoin`). */
  coinId?: string;
}

/** What a glossary entry means (see `definitions.ts`); coins take their title from the catalog. */
export interface TermDefinition {
  /** What the term is about. */
  category: TermCategory;
  /** The live network figures its tooltip shows (mining terms). */
  network?: NetworkTopic;
  /** Display title (`Hash rate`); absent for coins. */
  title?: string;
  /** One-sentence definition for the tooltip, at most 200 characters. */
  short: string;
  /** Longer explanation, two to four sentences. */
  long: string;
}

/** One glossary term whole: its spellings and its definition (background and tests). */
export interface GlossaryEntry extends TermSpelling {
  /** Display title (`Hash rate`, `Bitcoin (BTC)`). */
  title: string;
  /** One-sentence definition for the tooltip, at most 200 characters. */
  short: string;
  /** Longer explanation, two to four sentences. */
  long: string;
  /** What the term is about. */
  category: TermCategory;
  /** The live network figures its tooltip shows (mining terms). */
  network?: NetworkTopic;
  /** The coin's ticker in upper case (`BTC`), for entries with a `coinId`. */
  symbol?: string;
}

/** One term found in a text: `text.slice(start, end)` is the matched spelling. */
export interface TermMatch {
  /** UTF-16 offset of the first character (the `$` of a cashtag). */
  start: number;
  /** UTF-16 offset just after the last character. */
  end: number;
  /** The {@link GlossaryEntry.id} the spelling belongs to. */
  entryId: string;
  /** The CoinGecko id, when the entry names a coin (`btc` → `bitcoin`). */
  coinId?: string;
  /**
   * Only with {@link MatchContext.deferContext}: true when this match stands only if the page
   * shows crypto context (absent otherwise).
   */
  needsContext?: true;
}

/** What the matcher knows about the page the text comes from. */
export interface MatchContext {
  /** True when the page shows crypto context (`hasCryptoContext` over its visible text). */
  cryptoContext: boolean;
  /**
   * True when the page is about mining (`hasMiningContext` over its head and first
   * paragraphs): terms that need mining context match only then. Never deferred; a page
   * about mining also has `cryptoContext`.
   */
  miningContext?: boolean;
  /**
   * When true and `cryptoContext` is false, match as if the page had crypto context and tag
   * the matches that depend on it with `needsContext`, so a caller that learns about the
   * page's context later can hold them back without scanning the text again. When no match
   * is tagged, the result equals a scan with `cryptoContext: false`.
   */
  deferContext?: boolean;
}

/** Finds glossary terms in text. Built once by `createTermMatcher`, then reused. */
export interface TermMatcher {
  /**
   * Returns the non-overlapping matches in `text`, in text order. At each position the longest
   * spelling wins (`Bitcoin Cash` over `Bitcoin`). Cheap on text without matches: one pass,
   * and the empty result is a shared frozen array (do not modify a result).
   */
  find(text: string, context: MatchContext): TermMatch[];
}
