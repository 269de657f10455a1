// Host names: the allowed-host list (a setting) and the 可信域名 value. Pure, no browser globals.

/** The EC hosts a bundle URL may point at unless the user's settings say otherwise. */
export const DEFAULT_ALLOWED_HOSTS = ['html.workec.com'];

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
/** A bare, lower-case DNS host name with at least one dot (no scheme, port, path or trailing dot). */
export const HOST_RE = new RegExp(`^(?=.{1,253}$)${LABEL}(?:\\.${LABEL})+$`);

export function isBareHostname(s: string): boolean {
  return HOST_RE.test(s);
}

/** Lower-cases, trims and de-duplicates a host list; drops entries that are not bare host names.
 *  An empty result falls back to DEFAULT_ALLOWED_HOSTS (an empty list would reject every bundle). */
export function normaliseAllowedHosts(hosts: readonly unknown[] | undefined | null): string[] {
  const out: string[] = [];
  if (Array.isArray(hosts)) {
    for (const h of hosts) {
      if (typeof h !== 'string') continue;
      const v = h.normalize('NFKC').trim().toLowerCase();
      if (isBareHostname(v) && !out.includes(v)) out.push(v);
    }
  }
  return out.length ? out : [...DEFAULT_ALLOWED_HOSTS];
}

/** Parses what the user typed in the settings box: one host per line (commas, spaces and
 *  semicolons also separate). Returns the valid hosts (lower-cased, de-duplicated, in order)
 *  and every entry that is not a bare host name, exactly as typed. */
export function parseHostList(text: string): { hosts: string[]; invalid: string[] } {
  const hosts: string[] = [];
  const invalid: string[] = [];
  const src = typeof text === 'string' ? text : '';
  for (const raw of src.normalize('NFKC').split(/[\s,;]+/u)) {
    const entry = raw.replace(/\p{Cf}/gu, '').trim();
    if (!entry) continue;
    const v = entry.toLowerCase();
    if (!isBareHostname(v)) invalid.push(entry);
    else if (!hosts.includes(v)) hosts.push(v);
  }
  return { hosts, invalid };
}
