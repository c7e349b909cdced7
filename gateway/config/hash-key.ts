// The site key for keyed hashes (HMAC-SHA256) of ID numbers and pickup codes. From the environment when
// privacy.hashKeyEnv names a variable (hex, or text of at least 16 bytes); otherwise made once and kept in
// {spool.dir}/hash.key, readable by the gateway's user only. A short or damaged key stops the start: a weak key would
// make the hashes guessable.
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './schema.ts';
import { resolveSecret } from './secrets.ts';
import { GatewayError } from '../../base/errors.ts';
import { createFileDurable } from '../../base/state-file.ts';

const MIN_BYTES = 16;
/** A key file is 64 hex digits and a newline; anything much larger is not one (and is not read whole). */
const MAX_FILE_BYTES = 1024;

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
  const existing = readKeyFile(file);
  if (existing) return existing;
  if (opts.create === false) return undefined;
  const key = randomBytes(32);
  // Durable before any hash made with it leaves the site: a key lost in a power cut would change every hash after it.
  // Created exclusively: of two first starts at once (the spool lock is taken later), both use the key that was kept.
  if (createFileDurable(file, key.toString('hex'), 0o600)) return key;
  return readKeyFile(file)!;
}

/** The key kept in `file`, or undefined when there is none. Only a small regular file is read: never through a link. */
function readKeyFile(file: string): Buffer | undefined {
  let fd: number;
  try {
    // O_NONBLOCK: a FIFO planted at the path is opened (and then refused) instead of waiting for a writer.
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ELOOP')
      throw new GatewayError(
        'GW_SECRET_MISSING',
        `${file} is a symbolic link; the key is only read from a regular file: replace the link with the key file itself`,
        { file },
      );
    throw new GatewayError('GW_SECRET_MISSING', `cannot read ${file}: ${code}`, { file });
  }
  let text: string;
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > MAX_FILE_BYTES) throw damaged(file);
    text = readFileSync(fd, 'utf8').trim();
  } finally {
    closeSync(fd);
  }
  if (!/^([0-9a-f]{2})+$/i.test(text)) throw damaged(file);
  return checked(Buffer.from(text, 'hex'), file);
}

function damaged(file: string): GatewayError {
  return new GatewayError(
    'GW_SECRET_MISSING',
    `${file} is damaged (not a small file of hex); restore it from backup, or remove it to make a new key (hashes will then differ from before)`,
    { file },
  );
}

function checked(key: Buffer, where: string): Buffer {
  if (key.length < MIN_BYTES)
    throw new GatewayError('GW_SECRET_MISSING', `the hashing key from ${where} has ${key.length} bytes; at least ${MIN_BYTES} are needed`, {
      where,
    });
  return key;
}
