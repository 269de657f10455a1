// Types for scripts/crx3.mjs (plain JavaScript so `node scripts/pack-crx.mjs` runs without a build).
export function publicKeyDer(privateKeyPem: string | Buffer): Buffer;
export function crxId(spkiDer: Buffer): { raw: Buffer; id: string };
export function buildCrx3(zip: Buffer, privateKeyPem: string | Buffer): { crx: Buffer; id: string };
export function parseCrx3(crx: Buffer): { id: string | null; verified: boolean; proofs: number; zip: Buffer };
export function updatesXml(o: { id: string; version: string; codebase: string; minChromeVersion?: string }): string;
