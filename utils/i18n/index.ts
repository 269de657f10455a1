// t(): the only way UI code reads user-visible text. Keys live in assets/locales/<lang>/*.json.
// Uses the extension's i18n API (chrome/browser.i18n) so it works in every context, including
// the tiny guard script, without bundling the dictionaries.
type GetMessage = (key: string, subs?: string | string[]) => string;

function getter(): GetMessage | undefined {
  const g = globalThis as unknown as { chrome?: { i18n?: { getMessage?: GetMessage } }; browser?: { i18n?: { getMessage?: GetMessage } } };
  return g.chrome?.i18n?.getMessage ?? g.browser?.i18n?.getMessage;
}

/** Translate `key`, substituting $1…$9 with `subs`. Falls back to the key itself (never throws). */
export function t(key: string, subs?: (string | number)[]): string {
  const list = subs?.map(String);
  let out = '';
  try {
    out = getter()?.(key, list) ?? '';
  } catch {
    out = '';
  }
  return out || key;
}
