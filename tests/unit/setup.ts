// Unit-test setup: make t() answer from the merged zh_CN locale, as chrome.i18n would.
import { mergeLocale } from '../../utils/i18n/locales';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach } from 'vitest';

const zh = mergeLocale(process.cwd(), 'zh_CN');
const getMessage = (key: string, subs?: string | string[]) => {
  const m = zh[key];
  if (!m) return '';
  const list = subs == null ? [] : Array.isArray(subs) ? subs : [subs];
  return m.message.replace(/\$(\d)/g, (_, d) => list[Number(d) - 1] ?? '');
};
(globalThis as unknown as { chrome: unknown }).chrome = { i18n: { getMessage } };
(fakeBrowser as unknown as { i18n: unknown }).i18n = { getMessage, getUILanguage: () => 'zh-CN' };

beforeEach(() => {
  fakeBrowser.reset();
  (fakeBrowser as unknown as { i18n: unknown }).i18n = { getMessage, getUILanguage: () => 'zh-CN' };
});
