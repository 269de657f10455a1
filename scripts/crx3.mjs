// CRX3 packaging with node:crypto only (no dependency): the format Chrome and Edge install from a
// self-hosted update manifest. Pure functions, unit-tested in tests/unit/crx3.test.ts.
//
//   "Cr24" | uint32le 3 | uint32le header length | CrxFileHeader (protobuf) | the ZIP archive
//   CrxFileHeader { repeated AsymmetricKeyProof sha256_with_rsa = 2; bytes signed_header_data = 10000; }
//   AsymmetricKeyProof { bytes public_key = 1; bytes signature = 2; }   SignedData { bytes crx_id = 1; }
//   signature = RSA-SHA256("CRX3 SignedData\0" | uint32le len(signed_header_data) | signed_header_data | ZIP)
import { createHash, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';

const MAGIC = Buffer.from('Cr24');
const SIGNED_DATA_PREFIX = Buffer.from('CRX3 SignedData\x00', 'binary');

function varint(n) {
  const out = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return Buffer.from(out);
}
/** One length-delimited protobuf field. */
function field(num, bytes) {
  return Buffer.concat([varint((num << 3) | 2), varint(bytes.length), bytes]);
}
function u32(n) {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

/** The public key (SubjectPublicKeyInfo, DER) of a PEM private key. */
export function publicKeyDer(privateKeyPem) {
  return createPublicKey(createPrivateKey(privateKeyPem)).export({ type: 'spki', format: 'der' });
}

/** The 16-byte CRX id of a public key, and the extension id Chrome shows (a–p for each hex digit). */
export function crxId(spkiDer) {
  const raw = createHash('sha256').update(spkiDer).digest().subarray(0, 16);
  const id = [...raw.toString('hex')].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
  return { raw, id };
}

/** A signed CRX3 file from a ZIP archive and a PEM RSA private key. */
export function buildCrx3(zip, privateKeyPem) {
  const key = createPrivateKey(privateKeyPem);
  const spki = publicKeyDer(privateKeyPem);
  const { raw, id } = crxId(spki);
  const signedHeaderData = field(1, raw);
  const signature = sign('sha256', Buffer.concat([SIGNED_DATA_PREFIX, u32(signedHeaderData.length), signedHeaderData, zip]), key);
  const header = Buffer.concat([field(2, Buffer.concat([field(1, spki), field(2, signature)])), field(10000, signedHeaderData)]);
  return { crx: Buffer.concat([MAGIC, u32(3), u32(header.length), header, zip]), id };
}

function readVarint(buf, pos) {
  let n = 0;
  let shift = 0;
  for (;;) {
    const b = buf[pos++];
    n += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return [n, pos];
    shift += 7;
  }
}
function readFields(buf) {
  const out = [];
  let pos = 0;
  while (pos < buf.length) {
    let key;
    [key, pos] = readVarint(buf, pos);
    if ((key & 7) !== 2) throw new Error(`unexpected wire type ${key & 7}`);
    let len;
    [len, pos] = readVarint(buf, pos);
    out.push({ num: Math.floor(key / 8), bytes: buf.subarray(pos, pos + len) });
    pos += len;
  }
  return out;
}

/** Parses and checks a CRX3 file: every RSA proof verifies and one of them matches the crx id. */
export function parseCrx3(crx) {
  if (!crx.subarray(0, 4).equals(MAGIC) || crx.readUInt32LE(4) !== 3) throw new Error('not a CRX3 file');
  const headerLen = crx.readUInt32LE(8);
  const header = crx.subarray(12, 12 + headerLen);
  const zip = crx.subarray(12 + headerLen);
  const fields = readFields(header);
  const signedHeaderData = fields.find((f) => f.num === 10000)?.bytes;
  if (!signedHeaderData) throw new Error('no signed header data');
  const crxIdRaw = readFields(signedHeaderData).find((f) => f.num === 1)?.bytes;
  const proofs = fields.filter((f) => f.num === 2).map((f) => {
    const p = readFields(f.bytes);
    return { publicKey: p.find((x) => x.num === 1).bytes, signature: p.find((x) => x.num === 2).bytes };
  });
  const message = Buffer.concat([SIGNED_DATA_PREFIX, u32(signedHeaderData.length), signedHeaderData, zip]);
  const verified = proofs.every((p) => verify('sha256', message, createPublicKey({ key: p.publicKey, format: 'der', type: 'spki' }), p.signature));
  const own = proofs.find((p) => crxId(p.publicKey).raw.equals(crxIdRaw));
  return { id: own ? crxId(own.publicKey).id : null, verified: verified && !!own, proofs: proofs.length, zip };
}

const xmlAttr = (s) => String(s).replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/</g, '&lt;');

/** The update manifest (gupdate XML) Chrome and Edge poll for a self-hosted extension. */
export function updatesXml({ id, version, codebase, minChromeVersion }) {
  const min = minChromeVersion ? ` prodversionmin='${xmlAttr(minChromeVersion)}'` : '';
  return `<?xml version='1.0' encoding='UTF-8'?>
<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>
  <app appid='${xmlAttr(id)}'>
    <updatecheck codebase='${xmlAttr(codebase)}' version='${xmlAttr(version)}'${min} />
  </app>
</gupdate>
`;
}
