// t(): the only way UI code reads user-visible text. Keys live in assets/locales/<lang>/*.json.
//
// 简体中文 first: when the browser's UI language is Chinese (or unknown) the text comes from the
// zh_CN dictionaries an entrypoint registered with registerMessages() — so Chinese shows even on a
// Chromium build that ships no zh-CN resources (chrome.i18n then falls back to English). Other UI
// languages get chrome.i18n's answer (English for everything but Chinese). Never throws.
type GetMessage = (key: string, subs?: string | string[]) => string;
type I18nApi = { getMessage?: GetMessage; getUILanguage?: () => string };
export type MessageDict = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const zh: MessageDict = {};

/** Register zh_CN messages (an entrypoint imports the fragments it needs). */
export function registerMessages(...dicts: MessageDict[]): void {
  for (const d of dicts) Object.assign(zh, d);
}

function api(): I18nApi | undefined {
  const g = globalThis as unknown as { chrome?: { i18n?: I18nApi }; browser?: { i18n?: I18nApi } };
  return g.chrome?.i18n ?? g.browser?.i18n;
}

export function uiIsChinese(): boolean {
  // A service worker may report en-US from i18n while the browser speaks Chinese (navigator.language
  // is right there): Chinese wins when either says so, or when neither is known.
  let ui: string | undefined;
  try {
    ui = api()?.getUILanguage?.();
  } catch {
    ui = undefined;
  }
  const nav = (globalThis as { navigator?: { language?: string } }).navigator?.language;
  if (!ui && !nav) return true;
  return /^zh/i.test(ui ?? '') || /^zh/i.test(nav ?? '');
}

/** Chrome's substitution rules: named placeholders, then $1…$9, then $$ → $. */
export function formatMessage(entry: MessageDict[string], subs: string[]): string {
  let s = entry.message;
  if (entry.placeholders) {
    s = s.replace(/\$([A-Za-z0-9_@]+)\$/g, (m, name: string) => {
      const p = entry.placeholders?.[name.toLowerCase()] ?? entry.placeholders?.[name];
      return p ? p.content : m;
    });
  }
  return s.replace(/\$(\$|\d)/g, (_, d: string) => (d === '$' ? '$' : subs[Number(d) - 1] ?? ''));
}

/** Translate `key`, substituting $1…$9 with `subs`. Falls back to the key itself. */
export function t(key: string, subs?: (string | number)[]): string {
  const list = subs?.map(String) ?? [];
  const local = zh[key];
  if (local && uiIsChinese()) return formatMessage(local, list);
  let out = '';
  try {
    out = api()?.getMessage?.(key, list) ?? '';
  } catch {
    out = '';
  }
  if (out) return out;
  return local ? formatMessage(local, list) : key;
}
