/**
 * The anchors of the glossary as the background compiles it (`build/term-anchors.ts` loads
 * this in Node at build time).
 */
import { packTable } from '../utils/terms/matcher';
import { termAnchorsOf, type TermAnchors } from '../utils/terms/term-anchors';
import { defaultTermTable } from '../utils/terms/term-table';
import { splitTermTable } from '../utils/terms/term-table-store';

/** The anchors of today's glossary. */
export function builtTermAnchors(): TermAnchors {
  return termAnchorsOf(splitTermTable(packTable(defaultTermTable())).tokens);
}
