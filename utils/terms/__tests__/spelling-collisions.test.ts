/**
 * The generated collision check: every spelling of every glossary entry and coin (from
 * `TERM_SPELLINGS`), normalised as the term table normalises it, against every other. Two
 * entries collide when one text could match a spelling of each under their case rules (the
 * same letters, and case forms or cashtags both accept). The matcher then reports whichever
 * candidate comes first in the table, so each collision must be decided here, on purpose, in
 * {@link DECIDED}: which entry wins and why. The check fails on an undecided collision (and
 * lists the pairs) and on a decision that no longer decides anything.
 */
import { describe, expect, it } from 'vitest';
import { aliasKey, normalizeSpelling } from '../matcher';
import { TERM_SPELLINGS } from '../spellings';
import { defaultTermMatcher } from '../term-table';
import type { CaseRule } from '../types';

/** One spelling as the matcher sees it. */
interface Spelling {
  entryId: string;
  text: string;
  rule: CaseRule;
  coin: boolean;
}

/**
 * Collisions decided on purpose: the normalised, lower-cased spelling, the entry that wins
 * (the matcher must report it) and why. Empty today: the spellings avoid every collision —
 * the ticker WETH belongs to `weth` only (Binance-Peg WETH is found by its full name),
 * "wrapped ether" to the glossary's `wrapped-token` only (the `weth` coin does not claim it),
 * "satoshi" the unit and "Satoshi" the person are different exact-case spellings. A new
 * collision needs a row here, and the row's test checks that the matcher honours it.
 */
const DECIDED: readonly { key: string; winner: string; why: string }[] = [];

const spellings: Spelling[] = TERM_SPELLINGS.flatMap((entry) =>
  entry.aliases.map((raw) => {
    const alias = typeof raw === 'string' ? { text: raw } : raw;
    return {
      entryId: entry.id,
      text: normalizeSpelling(alias.text),
      rule: alias.caseRule ?? entry.caseRule,
      coin: entry.coinId !== undefined,
    };
  }),
);

/** The case forms a spelling accepts as plain text: all of them, or a set. */
function plainForms(s: Spelling): 'any' | ReadonlySet<string> {
  switch (s.rule) {
    case 'insensitive':
      return 'any';
    case 'sensitive':
      return new Set([s.text]);
    case 'upper':
      return new Set([s.text, s.text.toUpperCase()]);
    case 'symbol':
      return new Set([s.text.toUpperCase()]);
    case 'cashtag':
      return new Set();
  }
}

/** True when the spelling matches after a `$` in any case (see `compileTermTable`). */
const acceptsCashtag = (s: Spelling) =>
  s.rule === 'symbol' || s.rule === 'cashtag' || (s.rule === 'upper' && s.coin);

/** True when some text is accepted by both spellings (which share a key). */
function overlap(a: Spelling, b: Spelling): boolean {
  const pa = plainForms(a);
  const pb = plainForms(b);
  const plainA = pa === 'any' || pa.size > 0;
  const plainB = pb === 'any' || pb.size > 0;
  if (pa === 'any' ? plainB : pb === 'any' ? plainA : [...pa].some((f) => pb.has(f))) {
    return true;
  }
  // `$x`: a cashtag spelling takes it in any case, and a plain spelling matches the letters
  // after the `$` as it would anywhere else.
  if (acceptsCashtag(a) && (acceptsCashtag(b) || plainB)) return true;
  return acceptsCashtag(b) && plainA;
}

/** Every colliding pair of different entries, as "key: a (rule "text") × b (rule "text")". */
function collisions(): { key: string; pair: string; ids: string[] }[] {
  const byKey = new Map<string, Spelling[]>();
  for (const s of spellings) {
    const key = aliasKey(s.text);
    byKey.set(key, [...(byKey.get(key) ?? []), s]);
  }
  const out: { key: string; pair: string; ids: string[] }[] = [];
  for (const [key, list] of byKey) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.entryId === b.entryId || !overlap(a, b)) continue;
        out.push({
          key,
          pair: `${key}: ${a.entryId} (${a.rule} "${a.text}") × ${b.entryId} (${b.rule} "${b.text}")`,
          ids: [a.entryId, b.entryId],
        });
      }
    }
  }
  return out;
}

const s = (entryId: string, text: string, rule: CaseRule, coin = false): Spelling => ({
  entryId,
  text,
  rule,
  coin,
});

describe('the overlap of case rules', () => {
  it.each([
    [s('a', 'satoshi', 'sensitive'), s('b', 'Satoshi', 'sensitive'), false],
    [s('a', 'sats', 'sensitive'), s('b', 'SATS', 'upper'), false],
    [s('a', 'sats', 'sensitive'), s('b', 'sats', 'upper'), true],
    [s('a', 'one', 'sensitive'), s('b', 'ONE', 'cashtag', true), true],
    [s('a', 'Near', 'sensitive'), s('b', 'NEAR', 'upper'), false],
    // "$Near": the cashtag in any case, and the exact-case spelling after the `$`.
    [s('a', 'Near', 'sensitive'), s('b', 'NEAR', 'symbol', true), true],
    [s('a', 'NEAR', 'sensitive'), s('b', 'NEAR', 'symbol', true), true],
    [s('a', 'hash', 'insensitive'), s('b', 'HASH', 'cashtag', true), true],
    [s('a', 'Tron', 'sensitive'), s('b', 'TRON', 'sensitive'), false],
    [s('a', 'ETC', 'cashtag', true), s('b', 'ETC', 'cashtag', true), true],
  ])('%o × %o → %s', (a, b, expected) => {
    expect(overlap(a, b)).toBe(expected);
    expect(overlap(b, a)).toBe(expected);
  });
});

describe('spelling collisions', () => {
  it(`checks all ${spellings.length} spellings of ${TERM_SPELLINGS.length} entries`, () => {
    expect(spellings.length).toBeGreaterThan(2000);
  });

  it('leaves no collision undecided', () => {
    const decided = new Set(DECIDED.map((d) => d.key));
    const undecided = collisions()
      .filter((c) => !decided.has(c.key))
      .map((c) => c.pair);
    expect(undecided, `Colliding spellings:\n${undecided.join('\n')}`).toEqual([]);
  });

  it('keeps no decision for a collision that is gone', () => {
    const keys = new Set(collisions().map((c) => c.key));
    expect(DECIDED.filter((d) => !keys.has(d.key)).map((d) => d.key)).toEqual([]);
  });

  it.each(DECIDED.map((d) => [d.key, d.winner] as const))('%j is reported as %s', (key, winner) => {
    const spelling = spellings.find((x) => aliasKey(x.text) === key && x.entryId === winner);
    const text = spelling?.rule === 'cashtag' ? `$${spelling.text}` : (spelling?.text ?? key);
    expect(defaultTermMatcher().find(text, { cryptoContext: true })[0]?.entryId).toBe(winner);
  });

  it('would catch a coin ticker that reuses a glossary spelling', () => {
    // The check itself: a made-up coin claiming "ASIC" collides with the glossary's entry.
    const asic = spellings.find((x) => aliasKey(x.text) === 'asic');
    expect(asic).toBeDefined();
    expect(overlap(asic!, s('made-up-coin', 'ASIC', 'symbol', true))).toBe(true);
  });
});
