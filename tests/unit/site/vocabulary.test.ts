// @vitest-environment happy-dom
// Evidence for the site vocabulary (utils/site/vocabulary.ts): every entry is found on every
// replica page it claims, on EVERY replica set (ours, the other markup, React, Vue).
import { describe, it, expect } from 'vitest';
import { SITE, type PageRef, type SiteKey } from '@/utils/site/vocabulary';
import { REPLICA_SETS } from '../fakes';
import { countMatches, hasPage, openPage, OPENINGS } from './evidence';

const PAGES = Object.keys(OPENINGS) as PageRef[];

describe('every vocabulary entry names the replica pages it must match', () => {
  it('and only pages the evidence knows how to open', () => {
    for (const [k, e] of Object.entries(SITE)) for (const p of e.on) expect(PAGES, k).toContain(p);
  });
});

describe.each(REPLICA_SETS)('vocabulary evidence on %s', (set) => {
  for (const page of PAGES.filter((p) => hasPage(set, p))) {
    const entries = (Object.keys(SITE) as SiteKey[]).filter((k) => (SITE[k].on as readonly string[]).includes(page));
    it(`${page}: ${entries.join(', ')}`, async () => {
      await openPage(set, page);
      const counts = Object.fromEntries(entries.map((k) => [k, countMatches(SITE[k].match, SITE[k].words)]));
      for (const k of entries) expect(counts[k], `${set} ${page} ${k} (${SITE[k].match}: ${SITE[k].words.join('/')})`).toBeGreaterThan(0);
    });
  }
});
