// Secrets never sit in the config file: a device password is a scrypt hash, or the name of an environment variable or file.
// Hash format: scrypt$N$r$p$saltBase64$hashBase64 (what `edge-gateway hash-password` prints).
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { GatewayError } from '../errors.ts';

const N = 16384, R = 8, P = 1, KEYLEN = 32;

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, KEYLEN, { N, r: R, p: P });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export function verifyPasswordHash(encoded: string, password: Buffer): boolean {
  const parts = encoded.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const salt = Buffer.from(parts[4]!, 'base64');
  const expected = Buffer.from(parts[5]!, 'base64');
  const actual = scryptSync(password, salt, expected.length, { N: n, r, p, maxmem: 256 * n * r + 1024 * 1024 });
  return timingSafeEqual(actual, expected);
}

export interface SecretRef { passwordHash?: string; passwordEnv?: string; passwordFile?: string }

/** A device credential ready for checking a CONNECT. Plain secrets are compared in constant time. */
export interface Credential { check(password: Buffer): boolean }

export function resolveSecret(ref: SecretRef, where: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (ref.passwordEnv !== undefined) {
    const v = env[ref.passwordEnv];
    if (v === undefined || v === '') {
      throw new GatewayError('GW_SECRET_MISSING', `${where}: environment variable ${ref.passwordEnv} is not set`, { where, env: ref.passwordEnv });
    }
    return v;
  }
  if (ref.passwordFile !== undefined) {
    try {
      return readFileSync(ref.passwordFile, 'utf8').replace(/\r?\n$/, '');
    } catch (e) {
      throw new GatewayError('GW_SECRET_MISSING', `${where}: cannot read file ${ref.passwordFile}: ${(e as NodeJS.ErrnoException).code}`, { where, file: ref.passwordFile });
    }
  }
  return undefined;
}

export function credentialFor(ref: SecretRef, where: string, env: NodeJS.ProcessEnv = process.env): Credential {
  if (ref.passwordHash !== undefined) {
    const encoded = ref.passwordHash;
    // scrypt is deliberately slow (~50 ms); a device reconnecting is rare, so cache the last good password.
    let lastGood: Buffer | undefined;
    return {
      check(password) {
        if (lastGood !== undefined && lastGood.length === password.length && timingSafeEqual(lastGood, password)) return true;
        const ok = verifyPasswordHash(encoded, password);
        if (ok) lastGood = Buffer.from(password);
        return ok;
      },
    };
  }
  const plain = Buffer.from(resolveSecret(ref, where, env) ?? '', 'utf8');
  return {
    check(password) {
      return plain.length > 0 && password.length === plain.length && timingSafeEqual(plain, password);
    },
  };
}
