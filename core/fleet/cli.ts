// `edge-gateway core fleet`: the reference fleet view at the core (README "The fleet at the core").
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { GatewayError, isGatewayError } from '../../base/errors.ts';
import { createLogger } from '../../base/log.ts';
import { stopOnSignals } from '../../base/signals.ts';
import { checkAccessRule } from './access.ts';
import { DEFAULT_HISTORY } from './history.ts';
import { FleetService } from './service.ts';
import { DEFAULT_RULES } from './trouble.ts';

export const FLEET_USAGE =
  'usage: edge-gateway core fleet --url URL [--prefix P] [--http HOST:PORT] [--token-file F] [--max-sites N]\n' +
  '         [--history-bucket-s S] [--stale-s S] [--max-unsent-age-s S] [--min-outage-hours H] [--max-skew-ms MS]\n' +
  '         [--time-group NAME | --no-time]\n';

/** "127.0.0.1:9090", "[::1]:9090" or ":9090" (loopback). */
export function parseListen(text: string): { host: string; port: number } {
  const m = /^(?:\[([0-9a-fA-F:.%]+)\]|([^:[\]]*)):(\d{1,5})$/.exec(text);
  const port = m ? Number(m[3]) : Number.NaN;
  if (!m || port > 65535) throw new GatewayError('GW_CONFIG_INVALID', `--http ${text}: give HOST:PORT, e.g. 127.0.0.1:9090`);
  return { host: m[1] ?? (m[2] || '127.0.0.1'), port };
}

function positive(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new GatewayError('GW_CONFIG_INVALID', `--${name} ${text}: give a positive number`);
  return n;
}

export async function runFleet(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      url: { type: 'string' },
      prefix: { type: 'string', default: 'gov/v1/site' },
      http: { type: 'string', default: '127.0.0.1:9090' },
      'token-file': { type: 'string' },
      'max-sites': { type: 'string' },
      'history-bucket-s': { type: 'string' },
      'stale-s': { type: 'string' },
      'max-unsent-age-s': { type: 'string' },
      'min-outage-hours': { type: 'string' },
      'max-skew-ms': { type: 'string' },
      'time-group': { type: 'string' },
      'no-time': { type: 'boolean', default: false },
      'log-level': { type: 'string', default: 'info' },
    },
  });
  if (!values.url) {
    process.stderr.write(FLEET_USAGE);
    process.exit(2);
  }
  const log = createLogger({ level: values['log-level']!, pretty: false });
  try {
    const listen = parseListen(values.http!);
    // The token file's first line, without its line end; the token itself is never logged.
    const token = values['token-file'] === undefined ? undefined : readToken(values['token-file']);
    checkAccessRule(listen.host, token);
    const service = new FleetService({
      url: values.url,
      prefix: values.prefix!,
      host: listen.host,
      port: listen.port,
      token,
      maxSites: Math.floor(positive('max-sites', values['max-sites'], 20_000)),
      history: {
        ...DEFAULT_HISTORY,
        bucketMs: positive('history-bucket-s', values['history-bucket-s'], DEFAULT_HISTORY.bucketMs / 1000) * 1000,
      },
      rules: {
        staleMs: positive('stale-s', values['stale-s'], DEFAULT_RULES.staleMs / 1000) * 1000,
        maxUnsentAgeMs: positive('max-unsent-age-s', values['max-unsent-age-s'], DEFAULT_RULES.maxUnsentAgeMs / 1000) * 1000,
        minOutageHours: positive('min-outage-hours', values['min-outage-hours'], DEFAULT_RULES.minOutageHours),
        maxSkewMs: positive('max-skew-ms', values['max-skew-ms'], DEFAULT_RULES.maxSkewMs),
      },
      time: values['no-time'] ? false : { group: values['time-group'] },
      log,
    });
    await service.start();
    log.info(
      {
        component: 'fleet',
        url: values.url,
        prefix: values.prefix,
        http: `${listen.host}:${service.http.port}`,
        access: token ? 'token required' : 'loopback only',
        timeRequests: values['no-time'] ? 'not answered' : values['time-group'] ? `shared with group ${values['time-group']}` : 'answered',
      },
      'fleet view listening',
    );
    await stopOnSignals(() => service.stop(), log);
  } catch (e) {
    if (isGatewayError(e)) {
      process.stderr.write(`${e.code}: ${e.message}\n`);
      process.exit(e.code === 'GW_SECRET_MISSING' || e.code.startsWith('GW_CONFIG') || e.code === 'GW_FLEET_TOKEN_REQUIRED' ? 2 : 1);
    }
    throw e;
  }
}

function readToken(file: string): string {
  try {
    return readFileSync(file, 'utf8').split(/\r?\n/)[0]!.trim();
  } catch (e) {
    throw new GatewayError('GW_SECRET_MISSING', `--token-file ${file} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
