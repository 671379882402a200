import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { readFileSync } from 'node:fs';
import {
  carelessHits,
  labelsFileSchema,
  locateLabel,
  loosen,
  PARTS,
  scorePage,
  type MarkedSpan,
} from '../quality-labels';

const TEXT =
  'Bitcoin’s  hash rate rose.\nThe difficulty of finding work grew; the difficulty rose 4%.';

/** A mark over the first occurrence of `term` after `from`. */
function markOf(
  term: string,
  entryId: string,
  from = 0,
  kind: MarkedSpan['kind'] = 'underlined',
): MarkedSpan {
  const start = TEXT.indexOf(term, from);
  return { start, end: start + term.length, entryId, kind };
}

describe('loosen and locateLabel', () => {
  it('folds white space runs and curly quotes, keeping where each character came from', () => {
    const loose = loosen('a \n b’s');
    expect(loose.text).toBe("a b's");
    expect(loose.origin).toEqual([0, 1, 4, 5, 6]);
  });

  it.each([
    [{ term: 'hash rate' }, 'hash rate'],
    [{ term: 'hash rate', in: "Bitcoin's hash rate rose" }, 'hash rate'],
    [{ term: 'difficulty', in: 'the difficulty rose' }, 'difficulty'],
  ])('finds %j in the page text', (label, expected) => {
    const at = locateLabel(loosen(TEXT), label);
    expect(at).not.toBeNull();
    expect(TEXT.slice(at!.start, at!.end)).toBe(expected);
  });

  it("takes the term's place inside its snippet, not its first place on the page", () => {
    const at = locateLabel(loosen(TEXT), { term: 'difficulty', in: 'the difficulty rose' });
    expect(at?.start).toBe(TEXT.lastIndexOf('difficulty'));
  });

  it('finds nothing for a snippet that is not on the page', () => {
    expect(locateLabel(loosen(TEXT), { term: 'ASIC', in: 'ASICs hummed' })).toBeNull();
  });
});

describe('scorePage', () => {
  const labels = {
    page: 'p.html',
    from: 'own' as const,
    part: 'tuned' as const,
    must: [
      { term: 'hash rate', entry: 'hash-rate' },
      { term: 'difficulty', in: 'the difficulty rose', entry: 'difficulty' },
    ],
    mustNot: [{ term: 'difficulty', in: 'The difficulty of finding' }],
  };

  it('counts a must found only when marked as its entry', () => {
    const score = scorePage(TEXT, [markOf('hash rate', 'hash-rate')], labels);
    expect(score.mustFound).toBe(1);
    expect(score.mustTotal).toBe(2);
    expect(score.missed).toEqual(['difficulty (difficulty)']);
    expect(score.trapsHit).toEqual([]);
  });

  it.each([
    ['underlined', 1],
    ['later', 0],
  ] as const)(
    'finds a must marked as a %s occurrence (strictly underlined: %i)',
    (kind, underlined) => {
      const from = TEXT.indexOf('the difficulty rose');
      const score = scorePage(TEXT, [markOf('difficulty', 'difficulty', from, kind)], labels);
      expect(score.mustFound).toBe(1);
      expect(score.mustUnderlined).toBe(underlined);
    },
  );

  it('counts a trap hit by a later, not underlined, occurrence: it still opens its tooltip', () => {
    const score = scorePage(TEXT, [markOf('difficulty', 'difficulty', 0, 'later')], labels);
    expect(score.trapsHit).toHaveLength(1);
  });

  it('reports a must marked as another entry, and a trap that was marked', () => {
    const marks = [
      markOf('hash rate', 'hash-rate-units'),
      markOf('difficulty', 'difficulty'),
      markOf('difficulty', 'difficulty', TEXT.indexOf('the difficulty rose')),
    ];
    const score = scorePage(TEXT, marks, labels);
    expect(score.mustFound).toBe(1);
    expect(score.missed).toEqual(['hash rate (hash-rate): marked as hash rate→hash-rate-units']);
    expect(score.trapsHit).toHaveLength(1);
    expect(score.trapsHit[0]).toContain('The difficulty of finding');
  });

  it('counts every mark on an off-topic page as a trap, once', () => {
    const offTopic = {
      page: 'o.html',
      from: 'shared' as const,
      part: 'held-out' as const,
      offTopic: true,
      mustNot: labels.mustNot,
    };
    const score = scorePage(TEXT, [markOf('difficulty', 'difficulty')], offTopic);
    expect(score.trapsHit).toHaveLength(1);
  });

  it('reports labels whose text is not on the page', () => {
    const score = scorePage(TEXT, [], { ...labels, must: [{ term: 'ASIC', entry: 'asic' }] });
    expect(score.notFound).toEqual(['ASIC']);
  });
});

describe('carelessHits', () => {
  it.each([
    [{ term: 'pool', in: 'the same pool of funds' }, ['pool→mining-pool']],
    [{ term: 'difficulty', in: 'the difficulty of finding work' }, ['difficulty→difficulty']],
    [{ term: 'sperm whale', in: 'the stomach of a sperm whale' }, ['whale→whale']],
    [{ term: 'Consensus', in: 'Consensus 2015 and the MIT Media Lab' }, []],
    [{ term: 'coal mining', in: 'coal mining techniques' }, []],
    [{ term: 'hedge fund', in: "the world's largest hedge fund" }, []],
  ])('finds the glossary spellings a careless matcher would mark in %j', (label, expected) => {
    expect(carelessHits(label)).toEqual(expected);
  });

  it('looks only inside the trap term, not the rest of its snippet', () => {
    expect(carelessHits({ term: 'same', in: 'the same pool of funds' })).toEqual([]);
  });
});

describe('quality/labels.json', () => {
  const file = v.parse(labelsFileSchema, JSON.parse(readFileSync('quality/labels.json', 'utf8')));

  it('labels at least 150 occurrences a reader wants explained and 8 off-topic pages', () => {
    const must = file.pages.reduce((n, page) => n + (page.must?.length ?? 0), 0);
    expect(must).toBeGreaterThanOrEqual(150);
    expect(file.pages.filter((page) => page.offTopic).length).toBeGreaterThanOrEqual(8);
  });

  it.each(PARTS)('has a %s part with labelled crypto pages and off-topic pages', (part) => {
    const pages = file.pages.filter((page) => page.part === part);
    expect(pages.some((page) => (page.must?.length ?? 0) > 0)).toBe(true);
    expect(pages.some((page) => page.offTopic)).toBe(true);
  });

  it('holds only traps that contain a glossary spelling (a trap nothing can hit proves nothing)', () => {
    const unhittable = file.pages.flatMap((page) =>
      (page.mustNot ?? [])
        .filter((trap) => carelessHits(trap).length === 0)
        .map((trap) => `${page.page}: ${trap.in ?? trap.term}`),
    );
    expect(unhittable).toEqual([]);
  });

  it('finds every label of the committed pages in their text', () => {
    for (const page of file.pages.filter((p) => p.from === 'own')) {
      const html = readFileSync(`quality/pages/${page.page}`, 'utf8');
      // Text only, as a browser shows it: markup dropped, the few entities decoded.
      const text = html
        .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '')
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
      const score = scorePage(text, [], page);
      expect(score.notFound, page.page).toEqual([]);
    }
  });
});
