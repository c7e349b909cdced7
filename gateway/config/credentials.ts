// Files the service's dynamic user may not read where they lie (private keys, password and token files kept root-only in
// /etc/edge-gateway/credentials/) reach it as systemd credentials: the unit's `LoadCredential=NAME:PATH` has systemd, as
// root, copy PATH to $CREDENTIALS_DIRECTORY/NAME, readable by this service only, before every Exec line (ExecStartPre's
// validate too). The config names such a file "credential:NAME" wherever it takes a file path. It is resolved here, once
// per load or reload, so the TLS, command-key and secret readers only ever see a plain path.
// systemd.exec(5), "Credentials"; systemd copies the files at start: a replaced key needs `systemctl restart`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const CREDENTIAL_PREFIX = 'credential:';
/** Where the README keeps the files the unit loads; also what to set CREDENTIALS_DIRECTORY to when validating by hand. */
export const CREDENTIAL_SOURCE_DIR = '/etc/edge-gateway/credentials';
// A systemd credential name is a file name: no '/', not '.' or '..' (a name may not start with a dot).
const NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,254}$/;

/** Config keys that hold a file path: every `...File` key, and `uplink.commandKey`. */
function isFileKey(key: string): boolean {
  return key.endsWith('File') || key === 'commandKey';
}

export interface CredentialProblem {
  path: string;
  message: string;
}

/**
 * Replaces every "credential:NAME" file path in a validated, not yet frozen config with $CREDENTIALS_DIRECTORY/NAME.
 * Returns a problem (with its JSON path) for a malformed name, a missing $CREDENTIALS_DIRECTORY or a credential the
 * unit does not load.
 */
export function resolveCredentialPaths(config: unknown, dir: string | undefined = process.env.CREDENTIALS_DIRECTORY): CredentialProblem[] {
  const problems: CredentialProblem[] = [];
  const walk = (value: unknown, path: string): void => {
    if (value === null || typeof value !== 'object') return;
    for (const [key, v] of Object.entries(value)) {
      const at = `${path}/${key}`;
      if (typeof v === 'string' && isFileKey(key) && v.startsWith(CREDENTIAL_PREFIX)) {
        const resolved = resolveOne(v.slice(CREDENTIAL_PREFIX.length), dir, at, problems);
        if (resolved !== undefined) (value as Record<string, unknown>)[key] = resolved;
      } else {
        walk(v, at);
      }
    }
  };
  walk(config, '');
  return problems;
}

function resolveOne(name: string, dir: string | undefined, at: string, problems: CredentialProblem[]): string | undefined {
  const unitLine = `LoadCredential=${name}:${CREDENTIAL_SOURCE_DIR}/${name}`;
  if (!NAME.test(name)) {
    problems.push({ path: at, message: `"${CREDENTIAL_PREFIX}${name}": a credential name is a plain file name (letters, digits, . _ -)` });
    return undefined;
  }
  if (dir === undefined || dir === '') {
    problems.push({
      path: at,
      message:
        `"${CREDENTIAL_PREFIX}${name}" is read from $CREDENTIALS_DIRECTORY, which systemd sets for a unit with ${unitLine}; ` +
        `to check this file by hand, run validate with CREDENTIALS_DIRECTORY=${CREDENTIAL_SOURCE_DIR}`,
    });
    return undefined;
  }
  const file = join(dir, name);
  if (!existsSync(file)) {
    problems.push({
      path: at,
      message: `credential "${name}" is not loaded: add ${unitLine} to the unit (sudo systemctl edit edge-gateway), then restart it`,
    });
    return undefined;
  }
  return file;
}
