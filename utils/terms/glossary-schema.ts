/**
 * Valibot schema of glossary entries: used by the tests to validate `GLOSSARY`, and available
 * to anything that loads glossary data from elsewhere (a future remote or user glossary).
 */
import * as v from 'valibot';
import { NETWORK_TOPICS } from '@/utils/network/network-topics';
import type { CaseRule, TermCategory } from './types';

/** Every {@link TermCategory}. */
export const TERM_CATEGORIES = [
  'bitcoin',
  'mining',
  'market',
  'macro',
  'tech',
  'coin',
] as const satisfies readonly TermCategory[];

/** Every {@link CaseRule}. */
export const CASE_RULES = [
  'insensitive',
  'sensitive',
  'upper',
  'symbol',
  'cashtag',
] as const satisfies readonly CaseRule[];

/** A non-empty spelling without surrounding white space. */
const aliasTextSchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(80),
  v.check((s) => s.trim() === s, 'An alias must not start or end with white space.'),
);

/** One alias: a plain spelling or a spelling with its own rules. */
export const glossaryAliasSchema = v.union([
  aliasTextSchema,
  v.strictObject({
    text: aliasTextSchema,
    caseRule: v.optional(v.picklist(CASE_RULES)),
    requiresCryptoContext: v.optional(v.boolean()),
    requiresMiningContext: v.optional(v.boolean()),
  }),
]);

/** A glossary entry; coins (category `coin`) must carry a CoinGecko id and a ticker. */
export const glossaryEntrySchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'The id must be kebab-case.')),
    title: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
    short: v.pipe(v.string(), v.minLength(10), v.maxLength(200)),
    long: v.pipe(v.string(), v.minLength(40), v.maxLength(1000)),
    aliases: v.pipe(v.array(glossaryAliasSchema), v.minLength(1)),
    category: v.picklist(TERM_CATEGORIES),
    caseRule: v.picklist(CASE_RULES),
    requiresCryptoContext: v.optional(v.boolean()),
    requiresMiningContext: v.optional(v.boolean()),
    network: v.optional(v.picklist(NETWORK_TOPICS)),
    coinId: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,79}$/))),
    // CoinGecko's tickers, upper-cased: one to twelve letters or digits, with `_` or `-` inside
    // (`M`, `FIGR_HELOC`, `BSC-USD`).
    symbol: v.optional(v.pipe(v.string(), v.regex(/^[A-Z0-9](?:[A-Z0-9_-]{0,10}[A-Z0-9])?$/))),
  }),
  v.check(
    (e) => e.category !== 'coin' || (e.coinId !== undefined && e.symbol !== undefined),
    'A coin entry needs a coinId and a symbol.',
  ),
);

/** A glossary entry as the schema outputs it. */
export type GlossaryEntryData = v.InferOutput<typeof glossaryEntrySchema>;
