// Every sample paste in tests/fixtures/bundles against its expected.json entry.
import { describe, it, expect } from 'vitest';
import { parseBundle } from '@/utils/bundle';
import { expected, sample, sampleNames } from '../../fixtures/bundles';

const files = sampleNames();

describe('sample bundles (tests/fixtures/bundles)', () => {
  it('every .txt sample has an expected.json entry and vice versa; every kind is there', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(files).toEqual(Object.keys(expected).sort());
    for (const f of files) expect(f, f).toMatch(/^(valid|invalid|incomplete)-/);
    for (const f of files) expect(expected[f].valid, f).toBe(!f.startsWith('invalid-'));
    for (const f of files.filter((n) => n.startsWith('incomplete-'))) expect(expected[f].complete, f).toBe(false);
  });

  it('the samples differ from each other (no copy pasted under two names)', () => {
    const texts = files.map(sample);
    expect(new Set(texts).size).toBe(texts.length);
  });

  for (const f of files) {
    it(f, () => {
      const exp = expected[f];
      const r = parseBundle(sample(f), { allowedHosts: ['html.workec.com'] });
      expect(r.ok).toBe(exp.valid);
      if (!r.ok) {
        expect(r.errors.length).toBeGreaterThan(0);
        for (const e of r.errors) {
          expect(e.message).toMatch(/[\u4e00-\u9fff]/); // Chinese text, not a bare key
          expect(e.message).not.toMatch(/^bundle_/);
        }
        const codes = r.errors.map((e) => e.code);
        for (const c of exp.codes ?? []) expect(codes, `${f}: ${c}`).toContain(c);
        return;
      }
      if (exp.customer) expect(sample(f).split(/\r?\n/)[0], f).toContain(exp.customer); // the chat header line
      expect(r.complete).toBe(exp.complete);
      expect(r.bundle.corpId).toBe(exp.corpId);
      expect(r.bundle.homepage).toBe(exp.homepage);
      expect(r.bundle.trustedDomain).toBe(exp.trustedDomain);
      expect(r.bundle.menus).toEqual(exp.menus);
      expect(r.missing).toEqual(exp.missing ?? []);
    });
  }
});
