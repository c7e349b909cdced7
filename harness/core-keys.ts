// The core's Ed25519 keys as a test or benchmark playing the core holds them: the private key stays with the caller to
// sign commands (harness/core-commands.ts) or configs (harness/core-config.ts); the public key is written as a PEM file
// that the site's config names (uplink.commandKey or uplink.configKey), as an operator installs it at a site.
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CoreKey {
  privateKey: KeyObject;
  /** The public key, SPKI PEM: dir/core-{use}.pub.pem. */
  publicKeyFile: string;
}

/** A fresh key pair for `use` (commands or config), its public half written to `dir`. */
export function coreKeyPair(dir: string, use: 'commands' | 'config'): CoreKey {
  const pair = generateKeyPairSync('ed25519');
  const publicKeyFile = join(dir, `core-${use}.pub.pem`);
  writeFileSync(publicKeyFile, pair.publicKey.export({ type: 'spki', format: 'pem' }));
  return { privateKey: pair.privateKey, publicKeyFile };
}
