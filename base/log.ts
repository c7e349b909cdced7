// pino JSON lines on stdout (journald takes them from there), or pretty lines for the demo.
// Personal data and secrets are redacted by path as a second line of defence: codecs never put them in log fields.
// Every string in a line (the message and each field, one level deep) is cut at LOG_TEXT_MAX characters, so text from
// outside that slipped into a line (a 65,000-character topic or user name) costs the journal a bounded line, not 64 KiB.
import { pino, type Logger } from 'pino';
import { createRequire } from 'node:module';
import type PinoPretty from 'pino-pretty';

export const REDACT_PATHS = [
  'password',
  '*.password',
  'passwordHash',
  '*.passwordHash',
  'token',
  '*.token',
  'payload',
  '*.payload',
  'idNumber',
  '*.idNumber',
  'pickupCode',
  '*.pickupCode',
  'cardNumber',
  '*.cardNumber',
  'pan',
  '*.pan',
];

/** Longest string a log line keeps, per field. */
export const LOG_TEXT_MAX = 512;

function capText(v: string): string {
  return v.length > LOG_TEXT_MAX ? `${v.slice(0, LOG_TEXT_MAX)}… (${v.length} characters)` : v;
}

function capFields(obj: Record<string, unknown>, depth: number): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    let w = v;
    if (typeof v === 'string' && v.length > LOG_TEXT_MAX) w = capText(v);
    else if (depth > 0 && v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype)
      w = capFields(v as Record<string, unknown>, depth - 1);
    if (w !== v) (out ??= { ...obj })[k] = w;
  }
  return out ?? obj;
}

export interface LogOptions {
  level: string;
  pretty: boolean;
  destination?: NodeJS.WritableStream;
}

export function createLogger(opts: LogOptions): Logger {
  const base = {
    level: opts.level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    base: undefined,
    formatters: { log: (obj: Record<string, unknown>) => capFields(obj, 1) },
    hooks: {
      logMethod(this: Logger, args: unknown[], method: (...a: unknown[]) => void) {
        for (let i = 0; i < args.length; i++) if (typeof args[i] === 'string') args[i] = capText(args[i] as string);
        method.apply(this, args);
      },
    },
  };
  if (opts.pretty) {
    // Loaded only here: pino-pretty and its 30 modules (about 1 MiB resident) are for the demo and a terminal, never
    // for the service, whose JSON lines go to journald. It is CommonJS, so require keeps createLogger synchronous.
    const pretty = createRequire(import.meta.url)('pino-pretty') as typeof PinoPretty;
    return pino(
      base,
      pretty({
        colorize: process.stdout.isTTY,
        translateTime: 'HH:MM:ss',
        ignore: 'pid,hostname',
        singleLine: true,
        sync: true,
        destination: opts.destination ?? 1,
      }),
    );
  }
  return pino(base, opts.destination ?? pino.destination({ dest: 1, sync: false }));
}

export type { Logger };
