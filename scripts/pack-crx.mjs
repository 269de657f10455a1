#!/usr/bin/env node
// Builds a signed CRX3 and its update manifest for self-hosted force-install on Chrome and Edge
// (docs/deploy.md). The private key stays outside the repository: pass its path.
//
//   EC_CRX_KEY=/secure/ec-helper.pem EC_UPDATE_BASE=https://intranet.example.com/ec-helper npm run pack:crx
//   node scripts/pack-crx.mjs --key /secure/ec-helper.pem --base https://intranet.example.com/ec-helper [--out release] [--zip file.zip]
//   node scripts/pack-crx.mjs --new-key /secure/ec-helper.pem      (once: create the key, print the extension id)
//
// Writes <out>/ec-provider-helper-<version>.crx and <out>/updates.xml; upload both to <base>/.
// The manifest inside the CRX carries update_url = <base>/updates.xml, so later versions are found.
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCrx3, crxId, parseCrx3, publicKeyDer, updatesXml } from './crx3.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

function args(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    out[a.slice(2)] = argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : true;
  }
  return out;
}
function die(msg) {
  console.error(`pack-crx: ${msg}`);
  process.exit(1);
}
/** A key inside the working tree could be committed by accident: refuse it. */
function outsideRepo(path) {
  const rel = relative(ROOT, resolve(path));
  return rel.startsWith('..') || isAbsolute(rel);
}

const a = args(process.argv.slice(2));

if (a['new-key']) {
  const path = String(a['new-key']);
  if (!outsideRepo(path)) die(`keep the key outside the repository (${ROOT})`);
  if (existsSync(path)) die(`${path} exists; not overwriting a signing key`);
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  mkdirSync(dirname(resolve(path)), { recursive: true });
  writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  console.log(`key written to ${path}\nextension id: ${crxId(publicKeyDer(readFileSync(path))).id}`);
  process.exit(0);
}

const keyPath = a.key ?? process.env.EC_CRX_KEY;
const base = String(a.base ?? process.env.EC_UPDATE_BASE ?? '').replace(/\/+$/, '');
const outDir = resolve(ROOT, String(a.out ?? 'release'));
if (!keyPath || keyPath === true) die('no key: pass --key <path to .pem> or set EC_CRX_KEY (create one with --new-key <path>)');
if (!outsideRepo(keyPath)) die(`keep the key outside the repository (${ROOT}); move it and pass its new path`);
if (!existsSync(keyPath)) die(`key not found: ${keyPath}`);
if (!/^https:\/\/[^/]+/.test(base)) die('no update base: pass --base https://host/path or set EC_UPDATE_BASE (where updates.xml and the .crx will be served)');

const version = pkg.version;
const updateUrl = `${base}/updates.xml`;
const crxName = `${pkg.name}-${version}.crx`;
let zipPath = a.zip ? resolve(String(a.zip)) : null;
if (!zipPath) {
  // A separate output folder: the update_url must not leak into ordinary builds.
  const buildDir = '.output-crx';
  execFileSync('npx', ['wxt', 'zip', '-b', 'chrome'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, EC_UPDATE_URL: updateUrl, EC_OUT_DIR: buildDir } });
  zipPath = join(ROOT, buildDir, `${pkg.name}-${version}-chrome.zip`);
}
if (!existsSync(zipPath)) die(`zip not found: ${zipPath}`);

const { crx, id } = buildCrx3(readFileSync(zipPath), readFileSync(keyPath));
const check = parseCrx3(crx);
if (!check.verified || check.id !== id) die('the CRX did not verify');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, crxName), crx);
writeFileSync(join(outDir, 'updates.xml'), updatesXml({ id, version, codebase: `${base}/${crxName}` }));
console.log(`\n${join(outDir, crxName)}\n${join(outDir, 'updates.xml')}\n\nextension id: ${id}`);
console.log(`ExtensionInstallForcelist entry (Chrome and Edge): ${id};${updateUrl}`);
