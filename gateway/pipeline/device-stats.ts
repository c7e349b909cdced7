// Per-machine counters and last error: what the status page and the demo summary show. Every failure that is logged
// is counted here in the same call (see Ingest.reject), so the log and the numbers cannot disagree.
// With a bus, a machine's online flag changing is told as device.online (for every transport: the broker hooks and the
// OPC-UA runtime both set it here), and the core's confirmations are counted from record.confirmed.
import { maskText, type MaskedText } from '../../base/outside-text.ts';
import type { GatewayBus } from '../events/events.ts';
export interface DeviceCounters {
  online: boolean;
  lastSeen: number;
  received: number;
  rejected: number;
  /** Confirmed by the core. */
  forwarded: number;
  /** Masked when stored (outside-text.ts), never again per request. */
  lastError?: { code: string; message: MaskedText; at: number };
}

/** One rejection, as the status page's "latest errors" list sees it; no deviceId when no configured machine was proven. */
export interface Rejection {
  deviceId?: string;
  code: string;
  message: MaskedText;
  at: number;
}

/** Refusals before authentication, by code and fixed reason. */
export interface RefusalCount {
  code: string;
  reason: MaskedText;
  count: number;
}

/**
 * Distinct (code, reason) pairs kept. Reasons are fixed sentences in the code, about fifteen in all; the cap only makes
 * sure a mistake that put outside text in a reason could not grow the map: past it, new pairs fold into "other".
 */
const MAX_REFUSAL_KINDS = 64;

export class DeviceStats {
  private readonly byDevice = new Map<string, DeviceCounters>();
  private readonly refusals = new Map<string, RefusalCount>();
  private readonly rejectionListeners = new Set<(r: Rejection) => void>();
  /**
   * Each machine's last rejection message as it was given, never shown: a repeat (one refusal a flood sends 100,000
   * times, a budget's fixed sentence) keeps the masked text it already has instead of being masked again (~15 us each).
   */
  private readonly lastRaw = new Map<string, string>();
  private readonly clock: () => number;
  private readonly bus: GatewayBus | undefined;
  private unsubscribe: (() => void) | undefined;
  totalReceived = 0;
  totalRejected = 0;
  totalForwarded = 0;
  /** Refusals counted by refused(): sockets and logins refused before authentication. */
  totalRefused = 0;

  constructor(clock: () => number = Date.now, bus?: GatewayBus) {
    this.clock = clock;
    this.bus = bus;
  }

  /** Counts the core's confirmations (record.confirmed) per machine from now on. */
  start(): void {
    this.unsubscribe ??= this.bus?.on('record.confirmed', (r) => this.forwarded(r.deviceId));
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  get(deviceId: string): DeviceCounters {
    let c = this.byDevice.get(deviceId);
    if (!c) {
      c = { online: false, lastSeen: 0, received: 0, rejected: 0, forwarded: 0 };
      this.byDevice.set(deviceId, c);
    }
    return c;
  }

  received(deviceId: string): void {
    const c = this.get(deviceId);
    c.received++;
    c.lastSeen = this.clock();
    this.totalReceived++;
  }

  forwarded(deviceId: string): void {
    this.get(deviceId).forwarded++;
    this.totalForwarded++;
  }

  rejected(deviceId: string, code: string, message: string): void {
    const c = this.get(deviceId);
    const at = this.clock();
    c.rejected++;
    c.lastSeen = at;
    const masked = c.lastError !== undefined && this.lastRaw.get(deviceId) === message ? c.lastError.message : maskText(message);
    this.lastRaw.set(deviceId, message);
    c.lastError = { code, message: masked, at };
    this.totalRejected++;
    this.notify({ deviceId, code, message: c.lastError.message, at });
  }

  private notify(r: Rejection): void {
    for (const listener of this.rejectionListeners) {
      try {
        listener(r);
      } catch {
        // The status page must never break the path that answers a device.
      }
    }
  }

  /**
   * Counts a refusal before authentication by code and reason (/metrics: edge_gateway_broker_refusals_total). With
   * `deviceId` (a login that named a configured machine: a wrong password, a back-off) it is also that machine's
   * rejection. Without it (an unknown user name, an oversized CONNECT, a connection cap) nothing is kept per name, so
   * what an attacker sends cannot add entries. `reason` must be a fixed sentence, never text from outside.
   */
  refused(code: string, reason: string, deviceId?: string): void {
    let key = `${code}\u0000${reason}`;
    if (!this.refusals.has(key) && this.refusals.size >= MAX_REFUSAL_KINDS) key = `${code}\u0000other`;
    let r = this.refusals.get(key);
    if (!r) {
      // Masked once, here: it is told to the status page with every refusal.
      r = { code, reason: maskText(key.endsWith('\u0000other') ? 'other' : reason), count: 0 };
      this.refusals.set(key, r);
    }
    r.count++;
    this.totalRefused++;
    if (deviceId !== undefined) return this.rejected(deviceId, code, reason);
    this.notify({ code, message: r.reason, at: this.clock() });
  }

  /** Refusals by code and reason since start. */
  refusalCounts(): RefusalCount[] {
    return [...this.refusals.values()].map((r) => ({ ...r }));
  }

  /** Calls `listener` after each rejection is counted (every one, not only the newest per machine); returns the unsubscribe. */
  onRejected(listener: (r: Rejection) => void): () => void {
    this.rejectionListeners.add(listener);
    return () => this.rejectionListeners.delete(listener);
  }

  setOnline(deviceId: string, online: boolean): void {
    const c = this.get(deviceId);
    const changed = c.online !== online;
    c.online = online;
    c.lastSeen = this.clock();
    if (changed) this.bus?.emit('device.online', { deviceId, online });
  }

  snapshot(): Record<string, DeviceCounters> {
    return Object.fromEntries([...this.byDevice].map(([k, v]) => [k, { ...v }]));
  }
}
