// Every sample paste in ../shared/samples/bundles against its expected.json entry.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseBundle } from '@/utils/bundle';

const DIR = resolve(process.env.EC_SHARED ?? resolve(process.cwd(), '..', 'shared'), 'samples', 'bundles');
type Expected = {
  valid: boolean;
  complete?: boolean;
  corpId?: string;
  homepage?: string;
  trustedDomain?: string;
  menus?: { name: string; url: string }[];
  missing?: string[];
};
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Expected>;
const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

describe('shared sample bundles', () => {
  it('every .txt sample has an expected.json entry and vice versa', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(files).toEqual(Object.keys(expected).sort());
  });

  for (const f of files) {
    it(f, () => {
      const exp = expected[f];
      const r = parseBundle(readFileSync(join(DIR, f), 'utf8'), { allowedHosts: ['html.workec.com'] });
      expect(r.ok).toBe(exp.valid);
      if (!r.ok) {
        expect(r.errors.length).toBeGreaterThan(0);
        for (const e of r.errors) {
          expect(e.message).toMatch(/[\u4e00-\u9fff]/); // Chinese text, not a bare key
          expect(e.message).not.toMatch(/^bundle_/);
        }
        return;
      }
      expect(r.complete).toBe(exp.complete);
      expect(r.bundle.corpId).toBe(exp.corpId);
      expect(r.bundle.homepage).toBe(exp.homepage);
      expect(r.bundle.trustedDomain).toBe(exp.trustedDomain);
      expect(r.bundle.menus).toEqual(exp.menus);
      expect(r.missing).toEqual(exp.missing ?? []);
    });
  }
});
