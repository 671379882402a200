/**
 * What the content script learns about the page it runs in without reading its prose: the
 * site it belongs to (for per-site disable) and the cheap crypto and mining signals of its head
 * and first paragraphs.
 */
import { isSiteDisabled } from '@/utils/settings/sites';
import { hasCryptoContext, hasMiningContext } from '@/utils/terms/context-signals';

/**
 * Host names this frame answers to for per-site disable: its own, and in a frame the top
 * page's (from `location.ancestorOrigins`, which Chromium gives even to cross-origin and
 * sandboxed frames; Firefox lacks it and falls back to the referrer). Disabling a site thus
 * also silences the frames it embeds. A sandboxed frame's opaque origin does not hide its
 * URL's host name, so the frame's own rule still applies.
 */
export function siteHostsOf(win: Window): string[] {
  const hosts = [win.location.hostname];
  const ancestors = win.location.ancestorOrigins as DOMStringList | undefined;
  const top = ancestors && ancestors.length > 0 ? ancestors[ancestors.length - 1] : null;
  const topUrl = top ?? (win.top !== win ? win.document.referrer : '');
  if (topUrl) {
    try {
      const host = new URL(topUrl).hostname;
      if (host && !hosts.includes(host)) hosts.push(host);
    } catch {
      // An opaque ancestor ("null") names no site.
    }
  }
  return hosts.filter((host) => host !== '');
}

/** True when any of `hosts` is on the disabled list. */
export function isAnySiteDisabled(disabledSites: readonly string[], hosts: readonly string[]) {
  return hosts.some((host) => isSiteDisabled(disabledSites, host));
}

/** What a page is about, from cheap signals read before scanning. */
export interface PageSubject {
  /** Title, description or first h1 show crypto context (or the page is about mining). */
  cryptoContext: boolean;
  /** Head and first paragraphs are about crypto mining (see `hasMiningContext`). */
  miningContext: boolean;
}

/** Paragraphs read for mining context: the lead of an article, not its whole text. */
const LEAD_PARAGRAPHS = 12;
/** Characters of lead text read at most (bounds the cost on pages of huge paragraphs). */
const LEAD_CHARS = 4_000;

/** The page's head text: title, description, first h1. */
export function headText(doc: Document): string {
  const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
  const heading = doc.querySelector('h1')?.textContent ?? '';
  return `${doc.title}\n${description}\n${heading}`;
}

/**
 * Crypto context from the head (title, description, first h1); mining context from the head
 * and the first paragraphs. `getElementsByTagName` is live and lazy: reading its first items
 * does not collect every paragraph of a long page.
 */
export function pageSubjectOf(doc: Document): PageSubject {
  const head = headText(doc);
  let lead = head;
  const paragraphs = doc.getElementsByTagName('p');
  for (let i = 0; i < LEAD_PARAGRAPHS && lead.length < LEAD_CHARS; i++) {
    const paragraph = paragraphs[i];
    if (!paragraph) break;
    lead += `\n${(paragraph.textContent ?? '').slice(0, LEAD_CHARS)}`;
  }
  const miningContext = hasMiningContext(lead);
  return { cryptoContext: miningContext || hasCryptoContext(head), miningContext };
}
