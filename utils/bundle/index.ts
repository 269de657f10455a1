// Public API of the bundle parser. See parse.ts for the rules, schema.ts for the final check.
import { t } from '@/utils/i18n';
import type { Bundle, BundleLabel } from './parse';

// Kept deliberately small: WXT auto-imports every export of utils/*/index.ts project-wide, so
// generic helper names stay inside their own files (parse.ts, schema.ts, text.ts).
export {
  parseBundle,
  type Bundle,
  type BundleMenu,
  type BundleIssue,
  type BundleLabel,
  type ParseResult,
  type ParseOptions,
} from './parse';
export { DEFAULT_ALLOWED_HOSTS, isBareHostname, normaliseAllowedHosts, parseHostList } from './hosts';
export { makeBundleSchema } from './schema';
export { validateStoredBundle, storedBundleProblem } from './stored';

/** One line for previews: corp id, homepage, trusted domain and menu names (Chinese via t()). */
export function summariseBundle(b: Bundle): string {
  const none = t('bundle_summary_none');
  const parts = [
    t('bundle_summary_corp', [b.corpId]),
    t('bundle_summary_homepage', [b.homepage ?? none]),
    t('bundle_summary_domain', [b.trustedDomain ?? none]),
    b.menus.length
      ? t('bundle_summary_menus', [b.menus.length, b.menus.map((m) => m.name).join(t('bundle_list_sep'))])
      : t('bundle_summary_no_menus'),
  ];
  return parts.join(t('bundle_summary_sep'));
}

/** What an incomplete bundle lacks, as a sentence for the 开始代开发应用 form's refusal. */
export function missingText(missing: readonly BundleLabel[]): string {
  return t('bundle_missing', [missing.join(t('bundle_list_sep'))]);
}
