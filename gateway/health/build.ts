// GatewayHealth from explicit inputs: pure (no clock, no I/O), so what the core sees is decided here and tested here.
// Counts, states and GW_ codes only: a machine's last error keeps its code, never its message (which may quote what
// the machine sent); the uplink's last error keeps its code, never the broker's text.
import { pb, type edge } from '../../proto/index.ts';
import type { DeviceCounters } from '../pipeline/device-stats.ts';
import type { SpoolStats } from '../spool/spool.ts';
import type { CoreClockEstimate } from './core-clock.ts';
import type { DeviceClockState } from './device-clock.ts';
import type { MachineTotals } from './today.ts';

/** Why a health message is published now (GatewayHealth.reason). */
export type HealthReason =
  | 'start'
  | 'interval'
  | 'uplink_up'
  | 'spool_full'
  | 'spool_corrupt'
  | 'machine_offline'
  | 'machine_online'
  | 'config_reloaded'
  | 'clock_skew';

export interface MachineSnapshot {
  id: string;
  kind: string;
  transport: 'mqtt' | 'opcua';
  counters?: DeviceCounters;
  today: MachineTotals;
  clock?: DeviceClockState;
}

export interface HealthSnapshot {
  siteId: string;
  nowMs: number;
  version: string;
  configVersion: string;
  configHash: string;
  startedMs: number;
  sequence: number;
  reason: HealthReason;
  uplink: { connected: boolean; sinceMs: number; reconnects: number; lastConfirmMs: number; lastError?: string };
  spool: SpoolStats;
  /** Free bytes on the spool's filesystem; undefined when it cannot be read (the quota alone counts then). */
  filesystemFreeBytes?: number;
  /** From the inflow meter (capacity.ts); null: unknown. */
  outageHoursLeft: number | null;
  machines: readonly MachineSnapshot[];
  countsSinceMs: number;
  clock: CoreClockEstimate;
  commandsFailed: number;
}

const GW_CODE = /^GW_[A-Z0-9_]+$/;

/** The GW_ code at the start of a "GW_X: text" error, or "" for anything else. */
export function codeOf(error: string | undefined): string {
  const code = (error ?? '').split(':', 1)[0]!.trim();
  return GW_CODE.test(code) ? code : '';
}

/** Room the spool still has: the quota left, or the filesystem's free space if that is less. */
export function spoolFreeBytes(spool: Pick<SpoolStats, 'maxBytes' | 'diskBytes'>, filesystemFreeBytes?: number): number {
  const quotaLeft = Math.max(0, spool.maxBytes - spool.diskBytes);
  return filesystemFreeBytes === undefined ? quotaLeft : Math.min(quotaLeft, filesystemFreeBytes);
}

function deviceKind(kind: string): edge.v1.DeviceKind {
  const value = (pb.DeviceKind as unknown as Record<string, number>)[`DEVICE_KIND_${kind.toUpperCase()}`];
  return (value ?? pb.DeviceKind.DEVICE_KIND_UNSPECIFIED) as edge.v1.DeviceKind;
}

function machine(m: MachineSnapshot, countsSinceMs: number): edge.v1.IMachineHealth {
  const c = m.counters;
  const clock = m.clock;
  return {
    deviceId: m.id,
    kind: deviceKind(m.kind),
    transport: m.transport,
    online: c?.online ?? false,
    lastSeenMs: c?.lastSeen ?? 0,
    received: m.today.received,
    rejected: m.today.rejected,
    forwarded: m.today.forwarded,
    lastErrorCode: codeOf(c?.lastError?.code),
    lastErrorMs: c?.lastError?.at ?? 0,
    countsSinceMs,
    clock: clock
      ? {
          known: clock.known,
          offsetMs: clock.offsetMs,
          trusted: clock.trusted,
          jumped: clock.jumped,
          skewed: clock.skewed,
          sampleTimeMs: clock.sampleTimeMs,
          samples: clock.samples,
        }
      : { known: false },
  };
}

export function buildHealth(s: HealthSnapshot): edge.v1.IGatewayHealth {
  const sp = s.spool;
  return {
    siteId: s.siteId,
    timeMs: s.nowMs,
    gatewayVersion: s.version,
    configVersion: s.configVersion,
    configHash: s.configHash,
    uptimeS: Math.max(0, Math.floor((s.nowMs - s.startedMs) / 1000)),
    startedMs: s.startedMs,
    sequence: s.sequence,
    reason: s.reason,
    commandsFailed: s.commandsFailed,
    uplink: {
      connected: s.uplink.connected,
      sinceMs: s.uplink.sinceMs,
      reconnects: s.uplink.reconnects,
      lastConfirmMs: s.uplink.lastConfirmMs,
      lastErrorCode: s.uplink.connected ? '' : codeOf(s.uplink.lastError),
    },
    spool: {
      classes: Object.entries(sp.classes).map(([cls, c]) => ({
        spoolClass: cls,
        depth: c.depth,
        bytes: c.bytes,
        oldestUnsentAgeMs: c.oldestAgeMs,
        inflight: c.inflight,
      })),
      usedBytes: sp.diskBytes,
      quotaBytes: sp.maxBytes,
      freeBytes: spoolFreeBytes(sp, s.filesystemFreeBytes),
      outageHoursLeft: s.outageHoursLeft ?? 0,
      outageHoursKnown: s.outageHoursLeft !== null,
      full: sp.full,
      corruptions: sp.corruptions,
      dropsTtl: sp.drops.ttl,
      dropsQuota: sp.drops.quota,
      dropsSuperseded: sp.drops.superseded,
      lastSequence: sp.lastSequence,
      appendPerS: sp.appendRate,
      drainPerS: sp.drainRate,
    },
    machines: s.machines.map((m) => machine(m, s.countsSinceMs)),
    clock: { ...s.clock },
  };
}

export function encodeHealth(s: HealthSnapshot): Buffer {
  return Buffer.from(pb.GatewayHealth.encode(buildHealth(s)).finish());
}
