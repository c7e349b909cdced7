// The spool's names shared by spool.ts and its parts, its errors, and what Spool.stats() reports (the status page,
// /metrics and the logs read it).
import { GatewayError } from '../../base/errors.ts';
import type { ReadRecord } from './reader.ts';

export type SpoolClass = 'tx' | 'telemetry' | 'state';
export const SPOOL_CLASSES: readonly SpoolClass[] = ['tx', 'telemetry', 'state'];

export type DropReason = 'ttl' | 'quota' | 'superseded';

export interface ClassStats {
  depth: number;
  bytes: number;
  inflight: number;
  oldestAgeMs: number;
  segments: number;
}
export interface SpoolStats {
  classes: Record<SpoolClass, ClassStats>;
  depth: number;
  diskBytes: number;
  maxBytes: number;
  full: boolean;
  drops: Record<DropReason, number>;
  corruptions: number;
  lastSequence: number;
  appendRate: number;
  drainRate: number;
  /** Seconds until the backlog is sent at the current drain rate; null while nothing drains. */
  drainEtaS: number | null;
  /** Hours of outage the free quota still holds at the current intake; null while nothing comes in. */
  outageHoursLeft: number | null;
}

export function spoolFullError(diskBytes: number, maxBytes: number): GatewayError {
  return new GatewayError(
    'GW_SPOOL_FULL',
    `spool is full (${diskBytes} of ${maxBytes} bytes); transactions are not acknowledged until the core confirms the backlog or room is made`,
    { maxBytes },
  );
}

/** A failed write: GW_SPOOL_FULL when the disk is full, GW_SPOOL_IO otherwise. */
export function writeError(err: Error): GatewayError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return new GatewayError('GW_SPOOL_FULL', `disk is full (${code}); transactions are not acknowledged until room returns`, {
      errno: code,
    });
  return new GatewayError('GW_SPOOL_IO', `spool write failed (${code ?? err.message}); the device will resend`, { errno: code });
}

/** What stats() reads from each class log. */
export interface ClassLogFigures {
  readonly pendingCount: number;
  readonly pendingBytes: number;
  readonly inflightCount: number;
  readonly oldestAppendedAt: number | undefined;
  readonly segmentCount: number;
}

export interface SpoolFigures {
  now: number;
  maxBytes: number;
  diskBytes: number;
  full: boolean;
  drops: Record<DropReason, number>;
  corruptions: number;
  lastSequence: number;
  appendRate: number;
  drainRate: number;
  /** Bytes appended per second. */
  inBytesRate: number;
}

export function buildStats(logs: Record<SpoolClass, ClassLogFigures>, figures: SpoolFigures): SpoolStats {
  const { now, drainRate, inBytesRate } = figures;
  const classes = {} as SpoolStats['classes'];
  let depth = 0;
  for (const cls of SPOOL_CLASSES) {
    const log = logs[cls];
    const pending = log.pendingCount;
    depth += pending;
    classes[cls] = {
      depth: pending,
      bytes: log.pendingBytes,
      inflight: log.inflightCount,
      oldestAgeMs: pending > 0 && log.oldestAppendedAt !== undefined ? Math.max(0, now - log.oldestAppendedAt) : 0,
      segments: log.segmentCount,
    };
  }
  const free = Math.max(0, figures.maxBytes - figures.diskBytes);
  return {
    classes,
    depth,
    diskBytes: figures.diskBytes,
    maxBytes: figures.maxBytes,
    full: figures.full,
    drops: figures.drops,
    corruptions: figures.corruptions,
    lastSequence: figures.lastSequence,
    appendRate: figures.appendRate,
    drainRate,
    drainEtaS: depth === 0 ? 0 : drainRate > 0 ? Math.ceil(depth / drainRate) : null,
    outageHoursLeft: inBytesRate > 0 ? Math.round((free / inBytesRate / 3600) * 10) / 10 : null,
  };
}

export interface SpoolOptions {
  dir: string;
  maxBytes: number;
  segmentBytes: number;
  telemetryTtlMs: number;
  dedupWindow: number;
  /** Bytes of the newest durable writes each class keeps in memory for the uplink (default 4 MiB; 0: always the disk). */
  memoryTailBytes?: number;
  clock?: () => number;
}

export interface AppendRequest {
  cls: SpoolClass;
  /** Topic suffix below {topicPrefix}/{siteId}/, e.g. "vend-01/tx". */
  route: string;
  /** Dedup key (the device's txId): a second append with the same route and key within the window is stored once. */
  key?: string;
  /** Encodes the message once its sequence number and time are fixed. */
  build(seq: number, appendedAt: number): Uint8Array;
}

export interface AppendResult {
  seq: number;
  duplicate: boolean;
}
export type AppendCallback = (err: GatewayError | null, result?: AppendResult) => void;

export interface OutRecord extends ReadRecord {
  cls: SpoolClass;
}
