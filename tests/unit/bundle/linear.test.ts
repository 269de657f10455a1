// Issue 15.5: parsing is linear in the paste. Long runs of every chat-noise character, at every
// position of a bundle, up to the size cap (MAX_PASTE_LENGTH), parse without freezing. The bound here
// is generous (a loaded 2-core CI box); the real figure (<= 100 ms) lives in `npm run bench`
// (tests/bench/parse.bench.ts). Before the fix a 200k run of spaces inside a line took > 30 s.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseBundle } from '@/utils/bundle';
import { MAX_PASTE_LENGTH } from '@/utils/bundle/parse';
import { trimTrailingNoise, tidyValue } from '@/utils/bundle/text';
import { LINES, NOISE, pathological } from './linear.shapes';

const BUDGET_MS = 1000; // generous: the bench holds the real budget (100 ms)

function timed(text: string): number {
  const t0 = performance.now();
  const r = parseBundle(text);
  const ms = performance.now() - t0;
  expect(typeof r.ok).toBe('boolean');
  return ms;
}

describe('parseBundle is linear (issue 15.5)', () => {
  it('trimTrailingNoise / tidyValue keep their meaning', () => {
    expect(trimTrailingNoise('https://a.b/c 。')).toBe('https://a.b/c');
    expect(trimTrailingNoise(' . . x')).toBe(' . . x');
    expect(trimTrailingNoise('。。。')).toBe('');
    expect(tidyValue('「https://a.b/c」。')).toBe('https://a.b/c');
  });

  it('a run of every noise character, at the start, after the label, inside and at the end of every line', () => {
    // 50k characters: the quadratic shapes took seconds here (20k ≈ 1 s before the fix)
    const size = 50_000;
    let worst = 0;
    for (const c of NOISE) {
      for (let line = 0; line <= LINES.length; line++) {
        for (const col of [0, 6, 30, 10_000]) {
          const ms = timed(pathological(c, line, col, size));
          worst = Math.max(worst, ms);
          if (ms > BUDGET_MS) throw new Error(`${JSON.stringify(c)} at line ${line} col ${col}: ${ms.toFixed(0)} ms`);
        }
      }
    }
    expect(worst).toBeLessThan(BUDGET_MS);
  }, 120_000);

  it('the same runs at the cap (200k characters), inside a value', () => {
    for (const c of NOISE) {
      for (const line of [2, 3, 4]) {
        const ms = timed(pathological(c, line, 8, MAX_PASTE_LENGTH));
        if (ms > BUDGET_MS) throw new Error(`${JSON.stringify(c)} at line ${line}: ${ms.toFixed(0)} ms`);
      }
    }
  }, 120_000);

  it('generated shapes: mixed noise runs (1…4 characters repeated) anywhere, up to the cap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...NOISE), { minLength: 1, maxLength: 4 }).map((a) => a.join('')),
        fc.nat(LINES.length),
        fc.nat(120),
        fc.integer({ min: 1_000, max: MAX_PASTE_LENGTH }),
        (unit, line, col, size) => {
          const ms = timed(pathological(unit, line, col, size));
          return ms < BUDGET_MS;
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);

  it('a paste just over the cap is refused at once, with a Chinese message', () => {
    const r = parseBundle(' '.repeat(MAX_PASTE_LENGTH + 1));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].code).toBe('too-long');
  });
});
