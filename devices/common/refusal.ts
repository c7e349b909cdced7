// A payload refusal before the txId is attached: what every check in devices/ returns instead of throwing.
import type { ErrorCode } from '../../base/errors.ts';

export interface Refusal {
  code: ErrorCode;
  /** Says what is wrong and where, for a firmware developer; never a personal value or card digits. */
  message: string;
  /** JSON pointer of the offending field ("" is the whole payload). */
  path?: string;
}

/** Property names a refusal may show; any other name could itself be data (a number, a code) and is shown as "*". */
export const SAFE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,39}$/;

export function isRefusal(v: unknown): v is Refusal {
  return typeof v === 'object' && v !== null && 'code' in v && 'message' in v;
}

export function schemaRefusal(path: string, rule: string): Refusal {
  return { code: 'GW_PAYLOAD_SCHEMA', message: `${path || 'payload'} ${rule}`, path };
}
