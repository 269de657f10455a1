import { describe, it, expect, afterEach } from 'vitest';
import { t, registerMessages, formatMessage } from '@/utils/i18n';
import { mergeLocale } from '@/utils/i18n/locales';

const g = globalThis as unknown as { chrome: { i18n: { getMessage: (k: string, s?: string[]) => string; getUILanguage?: () => string } } };
const saved = g.chrome.i18n;
afterEach(() => { g.chrome.i18n = saved; });

describe('t()', () => {
  it('prefers the registered Chinese text when the UI language is Chinese, even if chrome.i18n answers English', () => {
    registerMessages({ zz_test_key: { message: '已填写 $1 项' } });
    g.chrome.i18n = { getMessage: () => 'Filled', getUILanguage: () => 'zh-CN' };
    expect(t('zz_test_key', [3])).toBe('已填写 3 项');
  });
  it('uses chrome.i18n for other UI languages, and falls back to Chinese, then the key', () => {
    registerMessages({ zz_test_key2: { message: '中文' } });
    g.chrome.i18n = { getMessage: (k) => (k === 'zz_test_key2' ? 'English' : ''), getUILanguage: () => 'en-US' };
    expect(t('zz_test_key2')).toBe('English');
    g.chrome.i18n = { getMessage: () => '', getUILanguage: () => 'en-US' };
    expect(t('zz_test_key2')).toBe('中文');
    expect(t('zz_missing')).toBe('zz_missing');
  });
  it('formats named placeholders, $n and $$ like Chrome', () => {
    expect(formatMessage({ message: '$name$ 有 $$1', placeholders: { name: { content: '$1' } } }, ['桃花岛'])).toBe('桃花岛 有 $1');
  });
});

describe('locale fragments', () => {
  it('zh_CN and en define the same keys, and every message is non-empty', () => {
    const zh = mergeLocale(process.cwd(), 'zh_CN');
    const en = mergeLocale(process.cwd(), 'en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [k, v] of Object.entries(zh)) expect(v.message.trim(), k).not.toBe('');
    expect(Object.keys(zh).length).toBeGreaterThan(100);
  });
});
