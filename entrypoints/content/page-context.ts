/**
 * What the content script learns about the page it runs in without reading its prose: the
 * site it belongs to (for per-site disable) and the cheap crypto signals of its head.
 */
import { isSiteDisabled } from '@/utils/settings/sites';
import { hasCryptoContext } from '@/utils/terms/matcher';

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

/** Crypto context from cheap signals known before scanning: title, description, first h1. */
export function headHasCryptoContext(doc: Document): boolean {
  const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
  const heading = doc.querySelector('h1')?.textContent ?? '';
  return hasCryptoContext(`${doc.title}\n${description}\n${heading}`);
}
