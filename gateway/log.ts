// pino JSON lines on stdout (journald takes them from there), or pretty lines for the demo.
// Personal data and secrets are redacted by path as a second line of defence: codecs never put them in log fields.
import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';

export const REDACT_PATHS = [
  'password', '*.password', 'passwordHash', '*.passwordHash', 'token', '*.token',
  'payload', '*.payload', 'idNumber', '*.idNumber', 'pickupCode', '*.pickupCode', 'cardNumber', '*.cardNumber', 'pan', '*.pan',
];

export interface LogOptions { level: string; pretty: boolean; destination?: NodeJS.WritableStream }

export function createLogger(opts: LogOptions): Logger {
  const base = { level: opts.level, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: undefined };
  if (opts.pretty) {
    return pino(base, pretty({ colorize: process.stdout.isTTY, translateTime: 'HH:MM:ss', ignore: 'pid,hostname', singleLine: true, sync: true, destination: opts.destination ?? 1 }));
  }
  return pino(base, opts.destination ?? pino.destination({ dest: 1, sync: false }));
}

export type { Logger };
