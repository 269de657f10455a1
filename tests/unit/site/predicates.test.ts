// @vitest-environment happy-dom
// Page recognition as named predicates (utils/site/predicates.ts): on every replica set, each page
// is named by the predicate that lists it, and no predicate earlier in the order holds there.
import { describe, it, expect } from 'vitest';
import { PAGE_PREDICATES, detectPage } from '@/utils/site/predicates';
import { parseRoute } from '@/utils/page/detect';
import type { PageRef } from '@/utils/site/vocabulary';
import { REPLICA_SETS } from '../fakes';
import { hasPage, openPage, OPENINGS } from './evidence';

const PAGES = Object.keys(OPENINGS) as PageRef[];

describe('the predicates', () => {
  it('cover every page the evidence opens, each page once', () => {
    const listed = PAGE_PREDICATES.flatMap((p) => p.matches);
    for (const p of PAGES) expect(listed.filter((x) => x === p), p).toHaveLength(1);
  });
});

describe.each(REPLICA_SETS)('predicates on %s', (set) => {
  for (const page of PAGES.filter((p) => hasPage(set, p))) {
    const at = PAGE_PREDICATES.findIndex((p) => (p.matches as readonly string[]).includes(page));
    const want = PAGE_PREDICATES[at];
    it(`${page} → ${want.kind}; earlier predicates (${PAGE_PREDICATES.slice(0, at).map((p) => p.kind).join(', ') || '—'}) do not hold`, async () => {
      await openPage(set, page);
      const route = parseRoute(location.hash);
      expect(want.test(document, route)).toBe(true);
      for (const p of PAGE_PREDICATES.slice(0, at)) expect(p.test(document, route), p.kind).toBe(false);
      expect(detectPage(document, route)).toBe(want.kind);
    });
  }
});
