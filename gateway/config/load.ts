// Reads, validates and freezes the config. Every problem is reported at once, each with its JSON path,
// so an engineer fixes a file in one pass rather than one error per restart.
import { readFileSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import { GatewayError } from '../../base/errors.ts';
import { checkTokenRule } from './http-token.ts';
import type { Config, ConfigProblem } from './schema.ts';
import { opcuaDeviceProblems } from './opcua-check.ts';
import { resolveCredentialPaths } from './credentials.ts';
import { configValidator } from './validator.ts';

const { validate } = configValidator();

/** Keys that would hold a secret in clear: refused with their own code so nobody "fixes" it by renaming. */
const INLINE_SECRET_KEYS = new Set(['password', 'secret', 'token', 'key']);

export function readConfigFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    // The unit runs as a dynamic user, which reads the config as "others" do: the file holds no secrets.
    const hint =
      code === 'EACCES'
        ? ' (the service runs as a dynamic user: make its directory 0755 and the file 0644; keys go in as credentials, README "Installing on a site")'
        : '';
    throw new GatewayError('GW_CONFIG_NOT_FOUND', `cannot read config file ${file}: ${code}${hint}`, { file });
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new GatewayError('GW_CONFIG_PARSE', `config file ${file} is not valid JSON: ${(e as Error).message}`, { file });
  }
}

function describe(err: ErrorObject): ConfigProblem {
  const path = err.instancePath || '/';
  switch (err.keyword) {
    case 'additionalProperty':
    case 'additionalProperties': {
      const key = String(err.params.additionalProperty);
      return {
        path: `${err.instancePath}/${key}`,
        message: `unknown key "${key}" (a typo? allowed keys are listed in the README config reference)`,
      };
    }
    case 'required':
      return { path: `${err.instancePath}/${String(err.params.missingProperty)}`, message: 'is required' };
    case 'enum':
      return { path, message: `must be one of ${(err.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    default:
      return { path, message: err.message ?? err.keyword };
  }
}

function findInlineSecrets(value: unknown, path: string, out: ConfigProblem[]): void {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) findInlineSecrets(v, `${path}/${i}`, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (INLINE_SECRET_KEYS.has(k)) {
        out.push({
          path: `${path}/${k}`,
          message: 'secrets must not be written into the config file; use passwordHash, passwordEnv or passwordFile',
        });
      } else {
        findInlineSecrets(v, `${path}/${k}`, out);
      }
    }
  }
}

function semanticProblems(cfg: Config): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  const seen = new Map<string, number>();
  cfg.devices.forEach((d, i) => {
    const prev = seen.get(d.id);
    if (prev !== undefined) out.push({ path: `/devices/${i}/id`, message: `duplicate device id "${d.id}" (also /devices/${prev}/id)` });
    seen.set(d.id, i);
    const refs = [d.passwordHash, d.passwordEnv, d.passwordFile].filter((r) => r !== undefined).length;
    // With the TLS listener a machine may log in by client certificate alone.
    if (d.transport === 'mqtt' && (refs > 1 || (refs === 0 && cfg.broker.tls.port === 0))) {
      out.push({
        path: `/devices/${i}`,
        message:
          'an MQTT device needs exactly one of passwordHash, passwordEnv, passwordFile (or none, with broker.tls and a client certificate)',
      });
    }
    out.push(...opcuaDeviceProblems(d, i));
  });
  if (cfg.uplink.passwordEnv !== undefined && cfg.uplink.passwordFile !== undefined) {
    out.push({ path: '/uplink', message: 'give at most one of passwordEnv, passwordFile' });
  }
  const t = cfg.broker.tls;
  if (t.port > 0 && (!t.caFile || !t.certFile || !t.keyFile)) {
    out.push({ path: '/broker/tls', message: 'a TLS listener needs caFile, certFile and keyFile' });
  }
  if ((cfg.uplink.tls.certFile === '') !== (cfg.uplink.tls.keyFile === '')) {
    out.push({ path: '/uplink/tls', message: 'give certFile and keyFile together' });
  }
  if (cfg.uplink.reconnectMaxMs < cfg.uplink.reconnectMinMs) {
    out.push({ path: '/uplink/reconnectMaxMs', message: 'must be at least reconnectMinMs' });
  }
  return out;
}

function deepFreeze<T>(o: T): T {
  if (o !== null && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

/** Validates a parsed config; returns the frozen config with defaults filled in, or throws GW_CONFIG_INVALID listing every problem. */
export function checkConfig(raw: unknown): Readonly<Config> {
  const copy = structuredClone(raw);
  const secrets: ConfigProblem[] = [];
  findInlineSecrets(copy, '', secrets);
  if (secrets.length > 0) {
    throw new GatewayError('GW_CONFIG_INLINE_SECRET', formatProblems(secrets), { problems: secrets });
  }
  if (!validate(copy)) {
    const problems = dedupe((validate.errors ?? []).map(describe));
    throw new GatewayError('GW_CONFIG_INVALID', formatProblems(problems), { problems });
  }
  const cfg = copy as unknown as Config;
  const problems = [...resolveCredentialPaths(cfg), ...semanticProblems(cfg)];
  if (problems.length > 0) throw new GatewayError('GW_CONFIG_INVALID', formatProblems(problems), { problems });
  // Checked here as well as at start, so `edge-gateway validate` (systemd's ExecStartPre) catches it.
  checkTokenRule(cfg.http);
  return deepFreeze(cfg);
}

export function loadConfig(file: string): Readonly<Config> {
  return checkConfig(readConfigFile(file));
}

function dedupe(problems: ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.path} ${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function formatProblems(problems: ConfigProblem[]): string {
  const lines = problems.map((p) => `  ${p.path}: ${p.message}`);
  return `config has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
