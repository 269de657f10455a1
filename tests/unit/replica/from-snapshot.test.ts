// @vitest-environment happy-dom
// tests/replica/from-snapshot.mjs: a support snapshot becomes a replica page that reproduces what
// the extension met (here: the React wizard with 应用主页 renamed 主页地址), plus a spec file.
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { takeSnapshot } from '@/utils/site/snapshot';
import { detectPage, parseRoute } from '@/utils/page/detect';
import { fillWizard, findWizardForm } from '@/utils/fill/wizard';
import { mountReplica, mountReplicaSet } from '../fakes';

const HASH = '/sass/customApp/app/create?suiteid=s&appid=a&corpName=x';

describe('from-snapshot.mjs', () => {
  it('rebuilds the page from its outline: same recognition, same missing field; writes the spec', async () => {
    await mountReplicaSet('pages-react', HASH, ['page2', 'rename'], 1500);
    const route = parseRoute(location.hash);
    const snap = takeSnapshot(document, { page: detectPage(document, route), routePath: route.path, queryKeys: Object.keys(route.query) });
    expect(snap.page).toBe('wizard-dev');
    const dir = mkdtempSync(join(tmpdir(), 'ec-snap-'));
    writeFileSync(join(dir, 'snap.json'), JSON.stringify(snap));
    const out = execFileSync('node', ['tests/replica/from-snapshot.mjs', join(dir, 'snap.json'), 'React Renamed', '--out', dir], { encoding: 'utf8' });
    expect(out).toContain('react-renamed.js');
    const pageFile = join(dir, 'tests', 'replica', 'pages-field', 'react-renamed.js');
    const spec = readFileSync(join(dir, 'tests', 'e2e', 'field-react-renamed.spec.ts'), 'utf8');
    expect(spec).toContain("replicaPages: 'pages-field'");
    expect(spec).toContain("toBe('filled')");
    expect(existsSync(pageFile)).toBe(true);

    mountReplica(pageFile, HASH.split('?')[0], ['react-renamed']);
    expect(detectPage(document, parseRoute(location.hash))).toBe('wizard-dev');
    const form = findWizardForm(document)!;
    expect(form).not.toBeNull();
    expect(form.homepage).toBeNull(); // the problem reproduces: 主页地址 is not in the vocabulary
    expect(form.trustedDomain).not.toBeNull();
    const r = await fillWizard(document, { corpId: 'ww739fc538a1b2c3d4', homepage: 'https://html.workec.com/a', trustedDomain: 'html.workec.com' }, { waitMs: 200 });
    expect(r.report.rows.find((x) => x.field === 'homepage')).toMatchObject({ result: 'failed', reason: 'not-found' });
    expect(r.report.rows.find((x) => x.field === 'trustedDomain')?.result).toBe('filled');
  });
  it('refuses a file that is not a snapshot', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ec-snap-'));
    writeFileSync(join(dir, 'x.json'), '{"format":"ec-helper-export"}');
    expect(() => execFileSync('node', ['tests/replica/from-snapshot.mjs', join(dir, 'x.json'), 'x', '--out', dir], { stdio: 'pipe' })).toThrow();
  });
});
