// The bytes an edge.v1.SignedConfig's signature covers. Protobuf encodings are not canonical (field order, default
// values, unknown fields), so the core's signer (core/push-config.ts) and the gateway's check (gateway/remote-config/
// verify.ts) both sign this instead: a fixed label naming the format, then site_id, version, activate_at_ms and the
// document, each as an 8-byte big-endian length followed by its bytes (numbers as decimal ASCII). Length prefixes make the
// fields unambiguous: no choice of site id or document can make two different configs sign the same bytes.
import { sign, verify, type KeyObject } from 'node:crypto';
import { pb } from './index.ts';

const LABEL = Buffer.from('edge.v1.SignedConfig/1', 'utf8');

export interface ConfigToSign {
  siteId: string;
  version: number;
  document: Uint8Array;
  activateAtMs?: number;
}

export function canonicalConfigBytes(c: ConfigToSign): Buffer {
  const fields = [
    LABEL,
    Buffer.from(c.siteId, 'utf8'),
    Buffer.from(String(c.version), 'ascii'),
    Buffer.from(String(c.activateAtMs ?? 0), 'ascii'),
    Buffer.from(c.document),
  ];
  const parts: Buffer[] = [];
  for (const f of fields) {
    const len = Buffer.alloc(8);
    len.writeBigUInt64BE(BigInt(f.length));
    parts.push(len, f);
  }
  return Buffer.concat(parts);
}

/** An encoded SignedConfig, signed with the core's Ed25519 private key. */
export function signConfig(c: ConfigToSign, privateKey: KeyObject): Buffer {
  const signature = sign(null, canonicalConfigBytes(c), privateKey);
  return Buffer.from(
    pb.SignedConfig.encode({
      siteId: c.siteId,
      version: c.version,
      document: c.document,
      activateAtMs: c.activateAtMs ?? 0,
      signature,
    }).finish(),
  );
}

/** True when `signature` is the Ed25519 signature of the config's canonical bytes under `publicKey`. */
export function configSignatureValid(c: ConfigToSign, signature: Uint8Array, publicKey: KeyObject): boolean {
  if (signature.length === 0) return false;
  try {
    return verify(null, canonicalConfigBytes(c), publicKey, signature);
  } catch {
    return false;
  }
}
