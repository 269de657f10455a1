// Locale fragments: every feature owns assets/locales/<lang>/<feature>.json.
// They are merged into _locales/<lang>/messages.json at build time (wxt.config.ts)
// and by the unit-test setup, so features never edit one shared file.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export type LocaleMessages = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;

export const LANGS = ['zh_CN', 'en'] as const;

export function mergeLocale(root: string, lang: string): LocaleMessages {
  const dir = join(root, 'assets', 'locales', lang);
  const out: LocaleMessages = {};
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const part = JSON.parse(readFileSync(join(dir, f), 'utf8')) as LocaleMessages;
    for (const [k, v] of Object.entries(part)) {
      if (k in out) throw new Error(`locale key ${k} defined twice (${lang}/${f})`);
      out[k] = v;
    }
  }
  return out;
}
