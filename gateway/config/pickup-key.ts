// The site pickup key: the key under which the core protects pickup codes in its pickup lists (code_mac). The core
// derives it from its master key and the site id (derivePickupKey in devices/common/keyed-hash.ts); the site is given
// the result, never the master key, through an environment variable or a file named in the config. Unlike the hashing
// key (hash-key.ts) it is never made here: a key the core does not know would refuse every code.
import type { Config } from './schema.ts';
import { resolveSecret } from './secrets.ts';
import { GatewayError } from '../../base/errors.ts';

/** The key, or undefined when none is configured (lists are then refused with GW_PICKUP_KEY_MISSING). */
export function loadPickupKey(c: Readonly<Config>, env: NodeJS.ProcessEnv): Buffer | undefined {
  const p = c.pickups;
  if (!p.codeKeyEnv && !p.codeKeyFile) return undefined;
  const ref = p.codeKeyEnv ? { passwordEnv: p.codeKeyEnv } : { passwordFile: p.codeKeyFile };
  const where = p.codeKeyEnv ? '/pickups/codeKeyEnv' : '/pickups/codeKeyFile';
  const text = resolveSecret(ref, where, env)!.trim();
  // The value is never quoted: a near-miss key in a log is still most of a key.
  if (!/^[0-9a-fA-F]{64}$/.test(text)) {
    throw new GatewayError(
      'GW_PICKUP_KEY_MISSING',
      `${where}: the site pickup key must be 64 hex characters (32 bytes, as the core derives it); it has ${text.length} characters`,
      { where },
    );
  }
  return Buffer.from(text, 'hex');
}
