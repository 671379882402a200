/**
 * The corpus run's verdicts, as pure functions: which errors are HashLens's, which page errors
 * and DOM mutations appear only with HashLens, and whether a page's final DOM differs.
 *
 * Method (why it is sound on pages with their own timers and randomness): each page is loaded
 * without HashLens at least twice and with it once. Anything seen with HashLens counts as
 * HashLens's only if no run without it ever showed it; when a run with HashLens shows something
 * new, more runs without it are made (up to a limit) before it is blamed, so a page's own
 * nondeterminism ends up in the "without" set rather than in a false alarm. The final DOM is
 * compared only when the runs without HashLens agree with each other (a deterministic page);
 * on other pages the mutation records (from DOMContentLoaded on, where HashLens cannot yet
 * have run) carry the verdict.
 */

/** Where an error comes from HashLens: its extension origin or its content script's file. */
const HASHLENS_ORIGIN = /chrome-extension:\/\/|content-scripts\/content\.js/;

/** True when an error's text, stack or source URL points at HashLens. */
export function isHashLensError(text: string): boolean {
  return HASHLENS_ORIGIN.test(text);
}

/**
 * An error message with what varies between runs (numbers: ids, timestamps, line numbers)
 * blurred, so the same failure of a page's own script matches across runs.
 */
export function normaliseError(message: string): string {
  return message.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().slice(0, 300);
}

/** Items of `withHashLens` seen in none of `without`. */
export function onlyWith<T>(withHashLens: Iterable<T>, without: Iterable<Iterable<T>>): T[] {
  const seen = new Set<T>();
  for (const run of without) for (const item of run) seen.add(item);
  return [...new Set(withHashLens)].filter((item) => !seen.has(item));
}

/** A page's final DOM and text, as hashes (see the corpus's in-page snapshot). */
export interface Snapshot {
  dom: string;
  text: string;
}

/** The DOM verdict of one page. */
export type DomVerdict =
  /** Runs without HashLens agree and the run with it matches them. */
  | 'same'
  /** Runs without HashLens disagree: the page is nondeterministic; mutations decide. */
  | 'nondeterministic'
  /** Runs without HashLens agree and the run with it differs in markup only. */
  | 'dom-changed'
  /** ... and in text. */
  | 'text-changed';

/** Compares a run with HashLens against the runs without it. */
export function domVerdict(withHashLens: Snapshot, without: readonly Snapshot[]): DomVerdict {
  const first = without[0];
  if (!first) throw new Error('domVerdict needs at least one run without HashLens');
  const deterministic = without.every((s) => s.dom === first.dom && s.text === first.text);
  if (!deterministic) return 'nondeterministic';
  if (withHashLens.text !== first.text) return 'text-changed';
  if (withHashLens.dom !== first.dom) return 'dom-changed';
  return 'same';
}

export { median } from './shared';
