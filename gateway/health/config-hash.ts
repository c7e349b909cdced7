// The effective configuration's fingerprint for GatewayHealth.config_hash: SHA-256 of its JSON with keys sorted, so
// the same settings give the same hash on every site whatever the order in the file. Secrets are referenced by name
// (passwordEnv, passwordFile) or stored as scrypt hashes in the config, so the hash reveals nothing.
import { createHash } from 'node:crypto';

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sorted((value as Record<string, unknown>)[k])]),
    );
  return value;
}

export function configHash(config: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(sorted(config)))
    .digest('hex');
}
