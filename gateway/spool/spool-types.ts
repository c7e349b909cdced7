// The spool's names shared by spool.ts and its parts, and what Spool.stats() reports (the status page, /metrics and
// the logs read it).
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
