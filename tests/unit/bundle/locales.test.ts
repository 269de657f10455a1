// The bundle feature's locale fragments: same keys in both languages, same placeholders, and every
// key the code uses exists.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
type Messages = Record<string, { message: string }>;
const load = (lang: string) => JSON.parse(readFileSync(join(root, 'assets/locales', lang, 'bundle.json'), 'utf8')) as Messages;
const zh = load('zh_CN');
const en = load('en');

describe('bundle locale fragments', () => {
  it('zh_CN and en have identical key sets, all prefixed bundle_', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const k of Object.keys(zh)) expect(k).toMatch(/^bundle_[a-z0-9_]+$/);
  });
  it('each key uses the same substitutions in both languages, and no stray $', () => {
    const subs = (m: string) => [...new Set(m.match(/\$\d/g) ?? [])].sort();
    for (const k of Object.keys(zh)) {
      expect(subs(en[k].message), k).toEqual(subs(zh[k].message));
      expect(zh[k].message.replace(/\$\d/g, ''), k).not.toContain('$');
      expect(en[k].message.replace(/\$\d/g, ''), k).not.toContain('$');
      expect(zh[k].message.trim(), k).not.toBe('');
      expect(en[k].message.trim(), k).not.toBe('');
    }
  });
  it('every error/warning message in zh_CN is Chinese', () => {
    for (const [k, v] of Object.entries(zh)) if (/^bundle_(err|warn)_/.test(k)) expect(v.message, k).toMatch(/[\u4e00-\u9fff]/);
  });
  it('every bundle_ key used in the code exists', () => {
    const files = [
      ...readdirSync(join(root, 'utils/bundle')).map((f) => join(root, 'utils/bundle', f)),
      join(root, 'components/options/HostSettings.tsx'),
    ].filter((f) => /\.tsx?$/.test(f));
    const used = new Set<string>();
    for (const f of files) for (const m of readFileSync(f, 'utf8').matchAll(/'(bundle_[a-z0-9_]+)'/g)) used.add(m[1]);
    expect(used.size).toBeGreaterThan(20);
    for (const k of used) expect(zh, k).toHaveProperty(k);
  });
});
