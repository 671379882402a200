import { describe, expect, it } from 'vitest';
import {
  formatAge,
  formatDataTime,
  formatDataTimeShort,
  formatRelativeAge,
  formatUtcShortDate,
  NO_VALUE,
} from '@/utils/format';

const SEED_STAMP = Date.UTC(2026, 3, 13, 9, 59); // the seed article's "April 13, 2026, 09:59 UTC"

describe('formatAge', () => {
  it.each([
    [0, 'just now'],
    [4999, 'just now'],
    [-60_000, 'just now'], // clock skew: data "from the future"
    [5000, '5 s ago'],
    [42_000, '42 s ago'],
    [59_999, '59 s ago'],
    [60_000, '1 min ago'],
    [3 * 60_000 + 59_000, '3 min ago'],
    [59 * 60_000 + 59_999, '59 min ago'],
    [3_600_000, '1 h ago'],
    [2 * 3_600_000 + 1, '2 h ago'],
    [24 * 3_600_000 - 1, '23 h ago'],
    [24 * 3_600_000, '1 d ago'],
    [3 * 86_400_000 + 5, '3 d ago'],
    [Number.NaN, NO_VALUE],
    [Number.POSITIVE_INFINITY, NO_VALUE],
    [Number.NEGATIVE_INFINITY, NO_VALUE],
  ])('%s ms → %s', (ms, expected) => {
    expect(formatAge(ms)).toBe(expected);
  });
});

describe('formatDataTime', () => {
  it.each([
    [SEED_STAMP, 'en-US', 'April 13, 2026, 09:59 UTC'],
    [SEED_STAMP, undefined, 'April 13, 2026, 09:59 UTC'],
    [SEED_STAMP, 'de-DE', '13. April 2026, 09:59 UTC'],
    [SEED_STAMP, 'ja-JP', '2026年4月13日, 09:59 UTC'],
    [SEED_STAMP, 'fr-FR', '13 avril 2026, 09:59 UTC'],
    // Midnight and late evening: 24-hour with leading zeros, and still the UTC date.
    [Date.UTC(2026, 0, 1, 0, 0), 'en-US', 'January 1, 2026, 00:00 UTC'],
    [Date.UTC(2025, 11, 31, 23, 5, 59), 'en-US', 'December 31, 2025, 23:05 UTC'],
    [Number.NaN, 'en-US', NO_VALUE],
    [8.64e15 + 1, 'en-US', NO_VALUE], // beyond the range Date can represent
  ])('%s in %s → %s', (ms, locale, expected) => {
    expect(formatDataTime(ms, locale)).toBe(expected);
  });
});

describe('formatUtcShortDate', () => {
  it.each([
    [Date.UTC(2026, 3, 7), 'en-US', '4/7/2026'],
    [Date.UTC(2026, 3, 7), 'de-DE', '7.4.2026'],
    [Date.UTC(2026, 3, 7), 'ja-JP', '2026/4/7'],
    // 23:59 UTC is still that UTC day in every process zone (Tokyo is already on the 8th).
    [Date.UTC(2026, 3, 7, 23, 59), 'en-US', '4/7/2026'],
    [Date.UTC(2026, 3, 7, 0, 1), 'en-US', '4/7/2026'],
    [Number.NaN, 'en-US', NO_VALUE],
  ])('%s in %s → %s', (ms, locale, expected) => {
    expect(formatUtcShortDate(ms, locale)).toBe(expected);
  });
});

describe('formatRelativeAge', () => {
  const MIN = 60_000;
  const DAY = 24 * 60 * MIN;
  it.each([
    [0, 'en-US', 'now'],
    [4_999, 'en-US', 'now'],
    [-MIN, 'en-US', 'now'], // clock skew
    [5_000, 'en-US', '5 seconds ago'],
    [59_999, 'en-US', '59 seconds ago'],
    [MIN, 'en-US', '1 minute ago'],
    [2 * MIN + 59_000, 'en-US', '2 minutes ago'], // floored, never overstated
    [60 * MIN, 'en-US', '1 hour ago'],
    [DAY, 'en-US', 'yesterday'],
    [3 * DAY, 'en-US', '3 days ago'],
    [45 * DAY, 'en-US', 'last month'],
    [230 * DAY, 'en-US', '7 months ago'],
    [400 * DAY, 'en-US', 'last year'],
    [2 * MIN, 'de-DE', 'vor 2 Minuten'],
    [2 * MIN, 'fr-FR', 'il y a 2 minutes'],
    [2 * MIN, 'ja-JP', '2 分前'],
    [2 * MIN, 'en-IN', '2 minutes ago'],
    [0, 'de-DE', 'jetzt'],
    [2 * MIN, 'not a locale!', '2 minutes ago'],
    [Number.NaN, 'en-US', NO_VALUE],
  ])('%s ms in %s → %s', (ms, locale, expected) => {
    expect(formatRelativeAge(ms, locale)).toBe(expected);
  });
});

describe('formatDataTimeShort', () => {
  it.each([
    [SEED_STAMP, Date.UTC(2026, 3, 13, 10), 'en-US', '09:59 UTC'],
    [SEED_STAMP, Date.UTC(2026, 3, 13, 23, 59), 'de-DE', '09:59 UTC'],
    [SEED_STAMP, Date.UTC(2026, 3, 14, 0, 1), 'en-US', 'April 13, 2026, 09:59 UTC'],
    [SEED_STAMP, Date.UTC(2026, 3, 14, 0, 1), 'de-DE', '13. April 2026, 09:59 UTC'],
    [Number.NaN, Date.UTC(2026, 3, 14), 'en-US', NO_VALUE],
  ])('%s at %s in %s → %s', (ms, now, locale, expected) => {
    expect(formatDataTimeShort(ms, now, locale)).toBe(expected);
  });
});
