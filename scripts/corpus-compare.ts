/**
 * The corpus run's verdicts, as pure functions: which errors are HashLens's, which are the
 * page's and which are only resources that failed to load, which page errors and DOM mutations
 * appear only with HashLens, and whether a page's final DOM differs.
 *
 * Method (why it is sound on pages with their own timers and randomness): each page is loaded
 * without HashLens at least twice and with it once. Anything seen with HashLens counts as
 * HashLens's only if no run without it ever showed it; when a run with HashLens shows something
 * new, more runs without it are made (up to a limit) before it is blamed, so a page's own
 * nondeterminism ends up in the "without" set rather than in a false alarm. The run with
 * HashLens comes first (read once the page has settled) and each run without it is read when
 * the page's clock reaches the same time, so the page's own timers have had the same time to
 * fire in all. The final DOM is compared only when the runs without HashLens agree with each
 * other (a deterministic page); on other pages the mutation records (from DOMContentLoaded on,
 * where HashLens cannot yet have run) carry the verdict.
 */

/** Where an error comes from HashLens: its extension origin or its page-side bundles' files. */
const HASHLENS_ORIGIN =
  /chrome-extension:\/\/|content-scripts\/content\.js|content-(?:first-look|engine|ui)\.js/;

/** True when an error's text, stack or source URL points at HashLens. */
export function isHashLensError(text: string): boolean {
  return HASHLENS_ORIGIN.test(text);
}

/** Where an error seen on a page comes from. */
export type ErrorOrigin =
  /** HashLens's code threw or logged it, or a request of HashLens's failed. */
  | 'hashlens'
  /** The page's own script threw or logged it. */
  | 'page'
  /**
   * A resource of the page failed to load (a 404, a request the runner aborted, one cut short
   * when the page closed): an outcome of the network and of timing, not an error of anyone's
   * code. The browser's favicon request, for one, is made or not and answered or not
   * depending on how long a run keeps the page open.
   */
  | 'network';

/** One error a page showed, as the corpus run collects it. */
export interface ErrorReport {
  /** `exception`: thrown and not caught (Playwright's `pageerror`); `console`: logged as an error. */
  kind: 'exception' | 'console';
  /** The message; for an exception, its stack too. */
  text: string;
  /** The console message's source: for a failed resource load, the resource's URL. */
  url?: string;
  /**
   * For a failed resource load: the URLs of the scripts behind the request (see
   * {@link initiatorUrls}).
   */
  initiators?: readonly string[];
}

/** Chromium's console error for any subresource that did not load (status or net:: error). */
const RESOURCE_FAILURE = /^Failed to load resource\b/;

/**
 * Whose error `report` is. A failed resource load is the network's, unless the resource is
 * HashLens's (a chrome-extension:// URL) or HashLens's code asked for it; anything else is
 * HashLens's when its message, stack or source points at HashLens, the page's otherwise.
 */
export function classifyError(report: ErrorReport): ErrorOrigin {
  if (report.kind === 'console' && RESOURCE_FAILURE.test(report.text)) {
    const ours =
      isHashLensError(report.url ?? '') || (report.initiators ?? []).some(isHashLensError);
    return ours ? 'hashlens' : 'network';
  }
  return isHashLensError(`${report.text}\n${report.url ?? ''}`) ? 'hashlens' : 'page';
}

/** A request's initiator as Chromium's DevTools protocol reports it (`Network.Initiator`). */
export interface RequestInitiator {
  url?: string;
  stack?: InitiatorStack;
}

/** The part of a DevTools `Runtime.StackTrace` read here. */
export interface InitiatorStack {
  callFrames: readonly { url: string }[];
  parent?: InitiatorStack;
}

/** Every script URL behind a request: the initiator's own and its (async) stack's frames. */
export function initiatorUrls(initiator: RequestInitiator): string[] {
  const urls = new Set<string>();
  if (initiator.url) urls.add(initiator.url);
  for (let stack = initiator.stack; stack; stack = stack.parent) {
    for (const frame of stack.callFrames) if (frame.url) urls.add(frame.url);
  }
  return [...urls];
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
