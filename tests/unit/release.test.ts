// Release packaging: the CRX3 signer (scripts/crx3.mjs), the per-browser manifest settings
// (wxt.config.ts) and the managed-policy schema and samples (public/managed_schema.json, docs/policies/).
import { describe, it, expect } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { buildCrx3, crxId, parseCrx3, publicKeyDer, updatesXml } from '../../scripts/crx3.mjs';
import config, { GECKO_ID, MINIMUM_CHROME_VERSION } from '../../wxt.config';
import { GUARD_ACTIONS, GUARD_POLICIES } from '@/utils/guard/policy';

const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;

describe('CRX3', () => {
  const zip = Buffer.from('PK\x03\x04 not really a zip, the signer does not care');

  it('signs a zip so the header verifies and carries the id of the key', () => {
    const { crx, id } = buildCrx3(zip, pem);
    expect(id).toMatch(/^[a-p]{32}$/);
    expect(id).toBe(crxId(publicKeyDer(pem)).id);
    expect(crx.subarray(0, 4).toString()).toBe('Cr24');
    expect(crx.readUInt32LE(4)).toBe(3);
    const p = parseCrx3(crx);
    expect(p).toMatchObject({ id, verified: true, proofs: 1 });
    expect(p.zip.equals(zip)).toBe(true);
  });

  it('a changed archive or another key no longer verifies', () => {
    const { crx } = buildCrx3(zip, pem);
    const tampered = Buffer.from(crx);
    tampered[tampered.length - 1] ^= 1;
    expect(parseCrx3(tampered).verified).toBe(false);
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    expect(buildCrx3(zip, other).id).not.toBe(buildCrx3(zip, pem).id);
    expect(() => parseCrx3(Buffer.from('PK\x03\x04'))).toThrow(/CRX3/);
  });

  it('the update manifest names the id, version and codebase (escaped)', () => {
    const xml = updatesXml({ id: 'abcdefghijklmnopabcdefghijklmnop', version: '0.2.0', codebase: "https://h.example/a?x=1&y='2'" });
    expect(xml).toContain("<app appid='abcdefghijklmnopabcdefghijklmnop'>");
    expect(xml).toContain("codebase='https://h.example/a?x=1&amp;y=&apos;2&apos;' version='0.2.0'");
    expect(xml).toContain("xmlns='http://www.google.com/update2/response'");
  });
});

describe('manifest per browser (wxt.config.ts)', () => {
  const manifest = config.manifest as (env: { browser: string }) => Record<string, unknown>;
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;

  it('Firefox: fixed gecko id, data collection declared as none, a minimum that understands it', () => {
    const m = manifest({ browser: 'firefox' });
    expect(m.browser_specific_settings).toEqual({ gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } } });
    expect(m.minimum_chrome_version).toBeUndefined();
  });

  it('Chrome and Edge: minimum_chrome_version, no gecko settings, update_url only for self-hosted builds', () => {
    for (const browser of ['chrome', 'edge']) {
      const m = manifest({ browser });
      expect(m.minimum_chrome_version).toBe(MINIMUM_CHROME_VERSION);
      expect(m.browser_specific_settings).toBeUndefined();
      expect(m.update_url).toBeUndefined();
    }
    process.env.EC_UPDATE_URL = 'https://intranet.example.com/ec-helper/updates.xml';
    try {
      expect(manifest({ browser: 'chrome' }).update_url).toBe(process.env.EC_UPDATE_URL);
    } finally {
      delete process.env.EC_UPDATE_URL;
    }
  });

  it('has a version and a changelog entry for it', () => {
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(readFileSync('CHANGELOG.md', 'utf8')).toContain(`## ${version}`);
  });
});

describe('managed policy schema and samples', () => {
  const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8'));

  it('declares guard policies, allowed hosts and taught fields', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(['allowedHosts', 'guardPolicies', 'learned']);
    expect(schema.properties.guardPolicies.additionalProperties.enum).toEqual([...GUARD_POLICIES]);
    expect(Object.keys(schema.properties.learned.items.properties).sort()).toEqual(['at', 'field', 'index', 'kind', 'label', 'page', 'placeholder', 'role', 'tag']);
  });

  const samples = readdirSync('docs/policies').filter((f) => f.endsWith('.json'));
  it('the JSON samples only use keys the schema knows, with valid values', () => {
    expect(samples.length).toBeGreaterThan(0);
    for (const f of samples) {
      const json = JSON.parse(readFileSync(`docs/policies/${f}`, 'utf8'));
      // Chrome/Edge (Linux, macOS): the policy itself; Chrome's managed file and Firefox wrap it in 3rdparty.
      const policies: Record<string, unknown>[] = [];
      const third = json['3rdparty']?.extensions ?? json.policies?.['3rdparty']?.Extensions;
      if (third) policies.push(...(Object.values(third) as Record<string, unknown>[]));
      else policies.push(json);
      for (const p of policies) {
        for (const k of Object.keys(p)) expect(Object.keys(schema.properties), `${f}: ${k}`).toContain(k);
        for (const [a, v] of Object.entries((p.guardPolicies ?? {}) as Record<string, string>)) {
          expect(GUARD_ACTIONS as readonly string[], f).toContain(a);
          expect(GUARD_POLICIES as readonly string[], f).toContain(v);
        }
        for (const h of (p.allowedHosts ?? []) as string[]) expect(h, f).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
        for (const l of (p.learned ?? []) as Record<string, unknown>[]) {
          expect(Object.keys(schema.properties.learned.items.properties), f).toEqual(expect.arrayContaining(Object.keys(l)));
          expect(['text', 'checkbox', 'button'], f).toContain(l.kind);
          expect(typeof l.field === 'string' && typeof l.page === 'string', f).toBe(true);
        }
      }
    }
  });
});
