/**
 * HashLens terms: the glossary and the matcher that finds its terms in page text.
 * Pure TypeScript, no DOM.
 */
export type {
  CaseRule,
  GlossaryAlias,
  GlossaryEntry,
  MatchContext,
  TermCategory,
  TermMatch,
  TermMatcher,
} from './types';
export { COINS } from './coins';
export { GLOSSARY, STOP_PHRASES, TERMS } from './glossary';
export {
  aliasKey,
  createTermMatcher,
  defaultTermMatcher,
  getEntry,
  hasCryptoContext,
  type TermMatcherOptions,
} from './matcher';
