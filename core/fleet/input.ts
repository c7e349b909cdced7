// What the fleet view takes from the core broker, read as hostile input: anyone who can publish under the prefix can send
// anything. Topics are parsed strictly, payloads bounded before decoding, site ids checked (the gateway's own rule), the
// payload's site id must match the topic's, and every string kept is checked or cut to a bounded form. Only counts,
// states, versions and GW_ codes survive: nothing personal, no free text.
import { pb } from '../../proto/index.ts';

/** The gateway's site and device id rule (gateway/config/schema.ts): 1-64 of A-Z a-z 0-9 _ . - starting alphanumeric. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const CODE_PATTERN = /^GW_[A-Z0-9_]{1,60}$/;
const VERSION_PATTERN = /^[0-9A-Za-z][0-9A-Za-z.+_-]{0,39}$/;
const HEX_PATTERN = /^[0-9a-f]{1,64}$/;
/** A health with more machines than this keeps the first ones and says how many were cut. */
export const MAX_MACHINES = 256;
const MAX_NAME = 120;

export type RefusalReason = 'topic' | 'site-id' | 'too-large' | 'not-protobuf' | 'site-mismatch' | 'site-limit';
export const REFUSAL_REASONS: readonly RefusalReason[] = ['topic', 'site-id', 'too-large', 'not-protobuf', 'site-mismatch', 'site-limit'];

export type Topic = { siteId: string; kind: 'status' | 'health' | 'config-result' };

/** {prefix}/{siteId}/status, /health or /config/result; anything else (a wildcard match with a bad id) is a refusal. */
export function parseTopic(prefix: string, topic: string): Topic | RefusalReason {
  if (!topic.startsWith(`${prefix}/`)) return 'topic';
  const rest = topic.slice(prefix.length + 1).split('/');
  let kind: Topic['kind'];
  if (rest.length === 2 && (rest[1] === 'status' || rest[1] === 'health')) kind = rest[1];
  else if (rest.length === 3 && rest[1] === 'config' && rest[2] === 'result') kind = 'config-result';
  else return 'topic';
  if (!ID_PATTERN.test(rest[0]!)) return 'site-id';
  return { siteId: rest[0]!, kind };
}

/** The states of edge.v1.ConfigState the view knows; anything else reads "other". */
export const CONFIG_STATES = ['applied', 'rejected', 'rolled_back', 'pending_restart', 'scheduled', 'other'] as const;
export type ConfigStateName = (typeof CONFIG_STATES)[number];
/** Problem codes kept from one result (a result may list every problem of a document; the view shows the first few). */
export const MAX_RESULT_CODES = 8;

/** A site's latest ConfigResult: the version it is about, what became of it, when, and its problems' codes only. */
export interface ConfigResultFacts {
  version: number;
  state: ConfigStateName;
  timeMs: number;
  activeVersion: number;
  codes: string[];
}

export interface StatusFacts {
  online: boolean;
  siteName: string;
  version: string;
  timeMs: number;
  startedMs: number;
  machines: number;
  lastSequence: number;
  /** The remote configuration version the site runs (0: its own file alone). */
  configVersion: number;
}

export interface MachineFacts {
  id: string;
  kind: string;
  transport: string;
  online: boolean;
  lastSeenMs: number;
  received: number;
  rejected: number;
  forwarded: number;
  lastErrorCode: string;
  clock: { known: boolean; offsetMs: number; skewed: boolean; jumped: boolean; trusted: boolean };
}

export interface ClassFacts {
  name: string;
  depth: number;
  bytes: number;
  oldestUnsentAgeMs: number;
  inflight: number;
}

export interface HealthFacts {
  timeMs: number;
  version: string;
  configVersion: string;
  configHash: string;
  uptimeS: number;
  reason: string;
  uplink: { connected: boolean; sinceMs: number; reconnects: number; lastConfirmMs: number; lastErrorCode: string };
  spool: {
    classes: ClassFacts[];
    usedBytes: number;
    quotaBytes: number;
    freeBytes: number;
    outageHoursLeft: number | null;
    full: boolean;
    corruptions: number;
    drops: { ttl: number; quota: number; superseded: number };
  };
  machines: MachineFacts[];
  machinesCut: number;
  clock: { known: boolean; offsetMs: number; uncertaintyMs: number; roundTripMs: number; skewed: boolean; maxSkewMs: number };
  commandsFailed: number;
  /** The remote configuration version the site runs (0: its own file alone). */
  remoteConfigVersion: number;
}

function count(n: unknown): number {
  const v = Number(n);
  return Number.isFinite(v) && v > 0 ? Math.min(Math.floor(v), Number.MAX_SAFE_INTEGER) : 0;
}
function signed(n: unknown): number {
  const v = Number(n);
  return Number.isFinite(v) ? Math.max(-Number.MAX_SAFE_INTEGER, Math.min(Math.floor(v), Number.MAX_SAFE_INTEGER)) : 0;
}
function checked(s: unknown, pattern: RegExp, otherwise = ''): string {
  return typeof s === 'string' && pattern.test(s) ? s : s ? otherwise : '';
}
/** A site's display name: printable, no markup-significant controls, cut short. The page sets it as text, never HTML. */
function name(s: unknown): string {
  return typeof s === 'string' ? s.replace(/[\p{Cc}\p{Cf}]/gu, '').slice(0, MAX_NAME) : '';
}

export function decodeStatus(siteId: string, payload: Buffer): StatusFacts | RefusalReason {
  let m: ReturnType<typeof pb.SiteStatus.decode>;
  try {
    m = pb.SiteStatus.decode(payload);
  } catch {
    return 'not-protobuf';
  }
  if (m.siteId !== siteId) return 'site-mismatch';
  return {
    online: m.online === true,
    siteName: name(m.siteName),
    version: checked(m.gatewayVersion, VERSION_PATTERN, 'invalid'),
    timeMs: signed(m.timeMs),
    startedMs: signed(m.startedMs),
    machines: Math.min(count(m.deviceIds?.length), 100_000),
    lastSequence: count(m.lastSequence),
    configVersion: count(m.configVersion),
  };
}

export function decodeHealth(siteId: string, payload: Buffer): HealthFacts | RefusalReason {
  let m: ReturnType<typeof pb.GatewayHealth.decode>;
  try {
    m = pb.GatewayHealth.decode(payload);
  } catch {
    return 'not-protobuf';
  }
  if (m.siteId !== siteId) return 'site-mismatch';
  const spool = m.spool ?? {};
  const clock = m.clock ?? {};
  const uplink = m.uplink ?? {};
  const machines = (m.machines ?? []).slice(0, MAX_MACHINES).map(
    (d): MachineFacts => ({
      id: checked(d.deviceId, ID_PATTERN, 'invalid'),
      kind: pb.DeviceKind[d.kind ?? 0]?.replace(/^DEVICE_KIND_/, '').toLowerCase() ?? 'unspecified',
      transport: d.transport === 'mqtt' || d.transport === 'opcua' ? d.transport : 'other',
      online: d.online === true,
      lastSeenMs: signed(d.lastSeenMs),
      received: count(d.received),
      rejected: count(d.rejected),
      forwarded: count(d.forwarded),
      lastErrorCode: checked(d.lastErrorCode, CODE_PATTERN, 'GW_INVALID'),
      clock: {
        known: d.clock?.known === true,
        offsetMs: signed(d.clock?.offsetMs),
        skewed: d.clock?.skewed === true,
        jumped: d.clock?.jumped === true,
        trusted: d.clock?.trusted === true,
      },
    }),
  );
  return {
    timeMs: signed(m.timeMs),
    version: checked(m.gatewayVersion, VERSION_PATTERN, 'invalid'),
    configVersion: checked(m.configVersion, VERSION_PATTERN, 'invalid'),
    configHash: checked(m.configHash, HEX_PATTERN, 'invalid'),
    uptimeS: count(m.uptimeS),
    reason: checked(m.reason, /^[a-z_]{1,32}$/, 'other'),
    uplink: {
      connected: uplink.connected === true,
      sinceMs: signed(uplink.sinceMs),
      reconnects: count(uplink.reconnects),
      lastConfirmMs: signed(uplink.lastConfirmMs),
      lastErrorCode: checked(uplink.lastErrorCode, CODE_PATTERN, 'GW_INVALID'),
    },
    spool: {
      classes: (spool.classes ?? []).slice(0, 8).map((c) => ({
        name: checked(c.spoolClass, /^[a-z]{1,16}$/, 'other'),
        depth: count(c.depth),
        bytes: count(c.bytes),
        oldestUnsentAgeMs: count(c.oldestUnsentAgeMs),
        inflight: count(c.inflight),
      })),
      usedBytes: count(spool.usedBytes),
      quotaBytes: count(spool.quotaBytes),
      freeBytes: count(spool.freeBytes),
      outageHoursLeft:
        spool.outageHoursKnown === true && Number.isFinite(spool.outageHoursLeft) ? Math.max(0, Number(spool.outageHoursLeft)) : null,
      full: spool.full === true,
      corruptions: count(spool.corruptions),
      drops: { ttl: count(spool.dropsTtl), quota: count(spool.dropsQuota), superseded: count(spool.dropsSuperseded) },
    },
    machines,
    machinesCut: Math.max(0, (m.machines?.length ?? 0) - MAX_MACHINES),
    clock: {
      known: clock.known === true,
      offsetMs: signed(clock.offsetMs),
      uncertaintyMs: count(clock.uncertaintyMs),
      roundTripMs: count(clock.roundTripMs),
      skewed: clock.skewed === true,
      maxSkewMs: count(clock.maxSkewMs),
    },
    commandsFailed: count(m.commandsFailed),
    remoteConfigVersion: count(m.remoteConfigVersion),
  };
}

export function decodeConfigResult(siteId: string, payload: Buffer): ConfigResultFacts | RefusalReason {
  let m: ReturnType<typeof pb.ConfigResult.decode>;
  try {
    m = pb.ConfigResult.decode(payload);
  } catch {
    return 'not-protobuf';
  }
  if (m.siteId !== siteId) return 'site-mismatch';
  const named = (pb.ConfigState[m.state ?? 0] ?? '').replace(/^CONFIG_STATE_/, '').toLowerCase();
  const state = (CONFIG_STATES as readonly string[]).includes(named) ? (named as ConfigStateName) : 'other';
  const codes = (m.problems ?? []).slice(0, MAX_RESULT_CODES).map((p) => checked(p.code, CODE_PATTERN, 'GW_INVALID') || 'GW_INVALID');
  return { version: count(m.version), state, timeMs: signed(m.timeMs), activeVersion: count(m.activeVersion), codes };
}
