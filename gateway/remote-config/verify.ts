// The first gate for a message on {topicPrefix}/{siteId}/config: is it for this site, from the core, new, and small?
// Checked in this order, each failure a coded refusal that changes nothing (docs/remote-config.md, "What is refused"):
//   size (before decoding) -> decodes -> the site accepts remote configs at all -> a config key -> the signature ->
//   the signed site id -> the version is above the highest applied or refused -> the document is a JSON object.
// Only a message whose signature verifies can move the version mark (store.ts), so a forger cannot block real versions
// by sending a huge one.
import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { configSignatureValid } from '../../proto/config-signing.ts';
import { pb } from '../../proto/index.ts';

export type RefusalCode =
  | 'GW_CONFIG_REMOTE_TOO_LARGE'
  | 'GW_CONFIG_REMOTE_MALFORMED'
  | 'GW_CONFIG_REMOTE_DISABLED'
  | 'GW_CONFIG_REMOTE_KEY'
  | 'GW_CONFIG_REMOTE_SIGNATURE'
  | 'GW_CONFIG_REMOTE_WRONG_SITE'
  | 'GW_CONFIG_REMOTE_STALE';

export interface VerifiedConfig {
  version: number;
  document: Record<string, unknown>;
  activateAtMs: number;
}

export interface Refusal {
  code: RefusalCode;
  message: string;
  /** The version the message claims (0 when unreadable). */
  version: number;
  /** The core signed this version for this site: refusing it moves the version mark (a replay of it is then stale). */
  countsAsSeen: boolean;
}

export interface VerifyRules {
  siteId: string;
  enabled: boolean;
  maxBytes: number;
  /** The core's config key; undefined when uplink.configKey is unset or unusable (`keyProblem` says why). */
  key: KeyObject | undefined;
  keyProblem?: string;
  /** Highest version this site applied or refused; a message must carry a higher one. */
  highestVersion: number;
}

export function verifySignedConfig(
  payload: Buffer,
  rules: VerifyRules,
): { ok: true; config: VerifiedConfig } | { ok: false; refusal: Refusal } {
  const refuse = (code: RefusalCode, message: string, version = 0, countsAsSeen = false) =>
    ({ ok: false, refusal: { code, message, version, countsAsSeen } }) as const;
  if (payload.length > rules.maxBytes) {
    return refuse('GW_CONFIG_REMOTE_TOO_LARGE', `message of ${payload.length} bytes is over remoteConfig.maxBytes (${rules.maxBytes})`);
  }
  let msg: ReturnType<typeof pb.SignedConfig.decode>;
  try {
    msg = pb.SignedConfig.decode(payload);
  } catch (e) {
    return refuse('GW_CONFIG_REMOTE_MALFORMED', `not an edge.v1.SignedConfig: ${(e as Error).message}`);
  }
  const version = Number(msg.version);
  if (!rules.enabled)
    return refuse('GW_CONFIG_REMOTE_DISABLED', 'this site refuses remote configuration (remoteConfig.enabled: false)', version);
  if (!rules.key) return refuse('GW_CONFIG_REMOTE_KEY', rules.keyProblem ?? 'uplink.configKey is not set', version);
  const signed = { siteId: msg.siteId, version, document: msg.document, activateAtMs: Number(msg.activateAtMs) };
  if (!configSignatureValid(signed, msg.signature, rules.key)) {
    return refuse(
      'GW_CONFIG_REMOTE_SIGNATURE',
      msg.signature.length === 0 ? 'config is not signed' : 'config signature does not verify',
      version,
    );
  }
  if (msg.siteId !== rules.siteId) return refuse('GW_CONFIG_REMOTE_WRONG_SITE', 'config is signed for another site', version, false);
  if (!Number.isSafeInteger(version) || version < 1)
    return refuse('GW_CONFIG_REMOTE_MALFORMED', 'version must be 1 or more', version, false);
  if (version <= rules.highestVersion) {
    return refuse(
      'GW_CONFIG_REMOTE_STALE',
      `version ${version} is not above ${rules.highestVersion}, the highest this site applied or refused`,
      version,
      false,
    );
  }
  let document: unknown;
  try {
    document = JSON.parse(Buffer.from(msg.document).toString('utf8'));
  } catch (e) {
    return refuse('GW_CONFIG_REMOTE_MALFORMED', `document is not JSON: ${(e as Error).message}`, version, true);
  }
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    return refuse('GW_CONFIG_REMOTE_MALFORMED', 'document must be a JSON object', version, true);
  }
  return { ok: true, config: { version, document: document as Record<string, unknown>, activateAtMs: Number(msg.activateAtMs) } };
}

/** The core's config key from uplink.configKey, or why there is none (every remote config is then refused). */
export function loadConfigKey(path: string): { key?: KeyObject; problem?: string } {
  if (!path) return { problem: 'uplink.configKey is not set: remote configuration is refused' };
  try {
    const key = createPublicKey(readFileSync(path));
    if (key.asymmetricKeyType !== 'ed25519') return { problem: `uplink.configKey ${path} is a ${key.asymmetricKeyType} key, not Ed25519` };
    return { key };
  } catch (e) {
    return { problem: `cannot read uplink.configKey ${path}: ${(e as Error).message}` };
  }
}
