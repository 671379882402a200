/**
 * Per-site disable rules.
 */

/** Normalises what a user typed ("https://www.Example.com/path") to a host name. */
export function normaliseSite(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`);
    return url.hostname.replace(/\.$/, '') || null;
  } catch {
    return null;
  }
}

/**
 * True when `hostname` is on the disabled list: the exact host or any parent domain listed
 * (disabling `example.com` also disables `news.example.com`).
 */
export function isSiteDisabled(disabledSites: readonly string[], hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}
