// validateStoredBundle: a bundle that did not come from a paste (a stored one, an import, a message)
// passes exactly the rules a paste does (issue 15.2): https only, every host on the allowed list,
// one corp id, 可信域名 = the homepage's host, canonical form (new URL(u).href). Pure; never throws.
import { t } from '@/utils/i18n';
import { normaliseAllowedHosts } from './hosts';
import { parseBundle, type Bundle, type BundleIssue, type ParseResult } from './parse';
import { makeBundleSchema } from './schema';

const LINE_REF = /[（(]第 ?\d+ ?行(?:和第 ?\d+ ?行)?[）)]|\s*\(line \d+(?: and \d+)?\)|\s*\(lines? [\d, ]+\)/g;

function refuse(code: string, message: string): ParseResult {
  return { ok: false, errors: [{ code, message }] };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return !!x && typeof x === 'object' && !Array.isArray(x);
}

/**
 * Checks a bundle that is not a fresh paste against the paste rules, with the allowed hosts in force
 * (the allowed-hosts setting). Returns parseBundle's result shape: `ok` with the bundle in canonical
 * form (the same object content as the input: anything not canonical is refused, never rewritten),
 * or `ok: false` with Chinese errors (line numbers dropped: a stored bundle has no lines).
 */
export function validateStoredBundle(bundle: unknown, allowedHosts?: readonly string[] | null): ParseResult {
  try {
    const allowed = normaliseAllowedHosts(allowedHosts ? [...allowedHosts] : undefined);
    if (!isRecord(bundle) || typeof bundle.corpId !== 'string' || !Array.isArray(bundle.menus)) {
      return refuse('invalid', t('bundle_err_stored_shape'));
    }
    const b = bundle as Partial<Bundle> & { menus: unknown[] };
    const lines: string[] = [];
    if (b.homepage !== undefined) lines.push(`应用主页: ${String(b.homepage)}`);
    if (b.trustedDomain !== undefined) lines.push(`可信域名: ${String(b.trustedDomain)}`);
    for (const m of b.menus) {
      if (!isRecord(m) || typeof m.name !== 'string' || typeof m.url !== 'string') return refuse('invalid', t('bundle_err_stored_shape'));
      // a name a paste could never produce (line breaks, a colon or tab that would split it)
      if (/[\r\n\u0085\u2028\u2029:\t：]/.test(m.name) || m.name.trim() !== m.name || m.name === '') {
        return refuse('invalid', t('bundle_err_stored_name', [m.name.slice(0, 60)]));
      }
      lines.push(`${m.name}: ${m.url}`);
    }
    const r = parseBundle(lines.join('\n'), { allowedHosts: allowed });
    if (!r.ok) {
      const errors: BundleIssue[] = r.errors.map(({ code, message }) => ({ code, message: message.replace(LINE_REF, '') }));
      return { ok: false, errors };
    }
    // Same rules, and the same bundle: anything the parser would have rewritten is not canonical.
    const same =
      r.bundle.corpId === b.corpId &&
      r.bundle.homepage === b.homepage &&
      r.bundle.trustedDomain === b.trustedDomain &&
      r.bundle.menus.length === b.menus.length &&
      r.bundle.menus.every((m, i) => {
        const x = b.menus[i] as { name: string; url: string };
        return m.name === x.name && m.url === x.url;
      });
    if (!same) return refuse('not-canonical', t('bundle_err_stored_canonical'));
    const extra = Object.keys(bundle).filter((k) => !['corpId', 'homepage', 'trustedDomain', 'menus'].includes(k));
    if (extra.length) return refuse('invalid', t('bundle_err_stored_shape'));
    const checked = makeBundleSchema(allowed).safeParse(bundle);
    if (!checked.success) return refuse('invalid', t('bundle_err_stored_canonical'));
    return { ...r, warnings: [] };
  } catch {
    return refuse('internal', t('bundle_err_internal'));
  }
}

/** The errors of a refused stored bundle as one sentence (import summaries, thrown messages). */
export function storedBundleProblem(r: ParseResult): string {
  return r.ok ? '' : r.errors.map((e) => e.message).join(' ');
}
