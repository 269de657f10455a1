// Bundle parser speed (issue 15.5): the worst paste up to the size cap (MAX_PASTE_LENGTH) must be
// answered in <= 100 ms. Shapes: a run of every chat-noise character inserted at the start, after the
// label, inside and after a value of every line of a real bundle, at the cap; plus a plain sample.
// Pure: runs in Node (the same V8 as the worker and the popup), median of 3 per shape, the worst
// shape reported.
import { test, expect } from '@playwright/test';
import { parseBundle } from '../../utils/bundle/parse';
import { MAX_PASTE_LENGTH } from '../../utils/bundle/parse';
import { NOISE, pathological } from '../unit/bundle/linear.shapes';
import { median, report } from './report';

test('parseBundle: worst paste at the size cap', () => {
  const times: { shape: string; ms: number }[] = [];
  for (const c of NOISE) {
    for (const line of [0, 2, 3, 4, 6]) {
      for (const col of [0, 6, 30]) {
        const text = pathological(c, line, col, MAX_PASTE_LENGTH);
        const runs: number[] = [];
        for (let i = 0; i < 3; i++) {
          const t0 = performance.now();
          const r = parseBundle(text);
          runs.push(performance.now() - t0);
          expect(typeof r.ok).toBe('boolean');
        }
        times.push({ shape: `${JSON.stringify(c)} line ${line} col ${col}`, ms: median(runs) });
      }
    }
  }
  times.sort((a, b) => b.ms - a.ms);
  console.log('slowest shapes:', times.slice(0, 5).map((t) => `${t.shape}: ${t.ms.toFixed(1)} ms`).join('; '));
  report(`parseBundle, worst of ${times.length} pathological pastes at ${MAX_PASTE_LENGTH} chars`, times[0].ms, 'ms', '<= 100 ms');
});
