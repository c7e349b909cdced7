// The site key for keyed hashes (HMAC-SHA256) of ID numbers and pickup codes. From the environment when
// privacy.hashKeyEnv names a variable (hex, or text of at least 16 bytes); otherwise made once and kept in
// {spool.dir}/hash.key, readable by the gateway's user only. A short or damaged key stops the start: a weak key would
// make the hashes guessable.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './schema.ts';
import { resolveSecret } from './secrets.ts';
import { GatewayError } from '../../base/errors.ts';
import { writeFileDurable } from '../../base/state-file.ts';

const MIN_BYTES = 16;

export function loadHashKey(c: Readonly<Config>, env: NodeJS.ProcessEnv): Buffer;
/** With `create: false` (the simulator), a missing key file gives undefined instead of a new key. */
export function loadHashKey(c: Readonly<Config>, env: NodeJS.ProcessEnv, opts: { create: false }): Buffer | undefined;
export function loadHashKey(c: Readonly<Config>, env: NodeJS.ProcessEnv, opts: { create?: boolean } = {}): Buffer | undefined {
  if (c.privacy.hashKeyEnv) {
    const v = resolveSecret({ passwordEnv: c.privacy.hashKeyEnv }, '/privacy/hashKeyEnv', env)!;
    const key = /^([0-9a-f]{2})+$/i.test(v) ? Buffer.from(v, 'hex') : Buffer.from(v, 'utf8');
    return checked(key, `environment variable ${c.privacy.hashKeyEnv}`);
  }
  const file = join(c.spool.dir, 'hash.key');
  let text: string | undefined;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new GatewayError('GW_SECRET_MISSING', `cannot read ${file}: ${(e as NodeJS.ErrnoException).code}`, { file });
  }
  if (text !== undefined) {
    if (!/^([0-9a-f]{2})+$/i.test(text)) throw new GatewayError('GW_SECRET_MISSING', `${file} is damaged (not hex); restore it from backup, or remove it to make a new key (hashes will then differ from before)`, { file });
    return checked(Buffer.from(text, 'hex'), file);
  }
  if (opts.create === false) return undefined;
  const key = randomBytes(32);
  // Durable before any hash made with it leaves the site: a key lost in a power cut would change every hash after it.
  writeFileDurable(file, key.toString('hex'), 0o600);
  return key;
}

function checked(key: Buffer, where: string): Buffer {
  if (key.length < MIN_BYTES) throw new GatewayError('GW_SECRET_MISSING', `the hashing key from ${where} has ${key.length} bytes; at least ${MIN_BYTES} are needed`, { where });
  return key;
}
