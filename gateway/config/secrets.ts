// Secrets never sit in the config file: a device password is a scrypt hash, or the name of an environment variable or file.
// Hash format: scrypt$N$r$p$saltBase64$hashBase64 (what `edge-gateway hash-password` prints).
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { GatewayError } from '../../base/errors.ts';
import { HashCheckGate } from './password-checks.ts';

const N = 16384,
  R = 8,
  P = 1,
  KEYLEN = 32;

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, KEYLEN, { N, r: R, p: P });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/** For callers that bring no gate of their own (tools, tests); the controller passes its own. */
const defaultGate = new HashCheckGate();

export interface SecretRef {
  passwordHash?: string;
  passwordEnv?: string;
  passwordFile?: string;
}

/**
 * A device credential ready for checking a CONNECT. Plain secrets are compared in constant time. A hash check may
 * reject with GW_AUTH_BUSY when its gate is full (the login is then refused unchecked).
 */
export interface Credential {
  check(password: Buffer): Promise<boolean>;
}

export function resolveSecret(ref: SecretRef, where: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (ref.passwordEnv !== undefined) {
    const v = env[ref.passwordEnv];
    if (v === undefined || v === '') {
      throw new GatewayError('GW_SECRET_MISSING', `${where}: environment variable ${ref.passwordEnv} is not set`, {
        where,
        env: ref.passwordEnv,
      });
    }
    return v;
  }
  if (ref.passwordFile !== undefined) {
    try {
      return readFileSync(ref.passwordFile, 'utf8').replace(/\r?\n$/, '');
    } catch (e) {
      throw new GatewayError('GW_SECRET_MISSING', `${where}: cannot read file ${ref.passwordFile}: ${(e as NodeJS.ErrnoException).code}`, {
        where,
        file: ref.passwordFile,
      });
    }
  }
  return undefined;
}

export function credentialFor(
  ref: SecretRef,
  where: string,
  env: NodeJS.ProcessEnv = process.env,
  gate: HashCheckGate = defaultGate,
): Credential {
  if (ref.passwordHash !== undefined) {
    const encoded = ref.passwordHash;
    // scrypt is deliberately slow (~50 ms); a device reconnecting is rare, so cache the last good password.
    let lastGood: Buffer | undefined;
    return {
      async check(password) {
        if (lastGood !== undefined && lastGood.length === password.length && timingSafeEqual(lastGood, password)) return true;
        const ok = await gate.verify(encoded, password);
        if (ok) lastGood = Buffer.from(password);
        return ok;
      },
    };
  }
  const plain = Buffer.from(resolveSecret(ref, where, env) ?? '', 'utf8');
  return {
    async check(password) {
      return plain.length > 0 && password.length === plain.length && timingSafeEqual(plain, password);
    },
  };
}
