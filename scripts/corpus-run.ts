/**
 * One load of a page in the corpus run, whichever the browser: what a {@link Run} holds and how
 * a settled page is read into one (scripts/corpus.ts for Chromium, corpus-firefox.ts).
 */
import type { ScanStats } from '../entrypoints/content/page-terms';
import { classifyError, normaliseError, type ErrorReport, type Snapshot } from './corpus-compare';
import { READ_RECORDS, SNAPSHOT } from './corpus-page';

/** A page has settled when its DOM has not changed for this long... */
export const QUIET_MS = 500;
/** ...or when this much time has passed since load (tickers never settle). */
export const SETTLE_LIMIT_MS = 4_000;

/**
 * A run without HashLens is read when the page's clock reaches the time the run with HashLens
 * was read (`Run.endedAt`): this condition, polled in the page, holds it until then.
 */
export function pageClockReached(at: number): string {
  return `performance.now() >= ${at}`;
}
/** One load of a page. */
export interface Run {
  snapshot: Snapshot;
  sigs: string[];
  overflow: boolean;
  /** Page errors (normalised), not HashLens's; resources that failed to load are not errors. */
  pageErrors: string[];
  /** Errors pointing at HashLens (only possible with it). */
  hashLensErrors: string[];
  /** Resources of the page that failed to load (a network outcome, not compared). */
  failedLoads: number;
  longestTaskMs: number;
  stats?: ScanStats;
  /** Longest long task overlapping HashLens's scan. */
  scanTaskMs?: number;
  /** The page's clock (`performance.now()`) when it was read: how long the run kept it open. */
  endedAt: number;
}

/**
 * Reads a settled page (`evaluate` runs a source string in its main world) into a {@link Run}:
 * the DOM snapshot, mutation records and long tasks, and the error reports sorted by origin.
 * `initiators` (request URL → the scripts that asked for it) blames failed loads HashLens asked
 * for on it; browsers that cannot tell leave it empty.
 */
export async function readRun(
  evaluate: (source: string) => Promise<unknown>,
  reports: readonly ErrorReport[],
  initiators: ReadonlyMap<string, ReadonlySet<string>>,
  stats: ScanStats | undefined,
  markAt: number,
): Promise<Run> {
  const endedAt = (await evaluate('performance.now()')) as number;
  const snapshot = (await evaluate(SNAPSHOT)) as Snapshot;
  const records = (await evaluate(READ_RECORDS)) as {
    sigs: string[];
    overflow: boolean;
    tasks: { start: number; duration: number }[];
  };
  const during = stats
    ? records.tasks.filter((t) => t.start + t.duration > stats.startedAt && t.start < markAt)
    : [];
  const pageErrors: string[] = [];
  const hashLensErrors: string[] = [];
  let failedLoads = 0;
  for (const report of reports) {
    const known = report.url ? initiators.get(report.url) : undefined;
    const origin = classifyError({ ...report, initiators: known ? [...known] : [] });
    const text = report.url ? `${report.text} (${report.url})` : report.text;
    if (origin === 'hashlens') hashLensErrors.push(text.slice(0, 300));
    else if (origin === 'page') pageErrors.push(normaliseError(text));
    else failedLoads++;
  }
  return {
    snapshot,
    sigs: records.sigs,
    overflow: records.overflow,
    pageErrors,
    hashLensErrors,
    failedLoads,
    longestTaskMs: Math.max(0, ...records.tasks.map((t) => t.duration)),
    stats,
    scanTaskMs: Math.max(0, ...during.map((t) => t.duration)),
    endedAt,
  };
}
