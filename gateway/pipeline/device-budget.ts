// One machine's budget: what a single device may cost the gateway, so that a machine with leaked credentials (or a
// firmware bug) cannot crash the process or starve the machines next to it.
//
// - Rate: a token bucket per device id (broker.deviceBudget.messagesPerS, refilled continuously, holding at most
//   `burst`). Every publish and every subscription takes one token. The bucket belongs to the device id, not to the
//   connection, so reconnecting does not refill it.
// - Over the rate, a QoS 0 publish is dropped (at most once is what QoS 0 promises) and a subscription is refused
//   (granted 0x80, connection kept). A QoS 1/2 publish is HELD: its PUBACK waits, in arrival order, until a token is
//   free. Nothing acknowledged is ever dropped and nothing is lost: the device only sees slower acknowledgements, and
//   while one of its publishes waits aedes reads no further packets from that socket, so the device's own TCP window
//   slows it down (aedes dispatches one socket read at a time, lib/client.js nextBatch). Refusing instead (closing the
//   connection without PUBACK) would make a real machine that flushes its offline backlog at reconnect loop forever:
//   reconnect, flush, cut, reconnect.
// - In flight: at most `maxInflight` QoS 1/2 publishes of one device are being stored at once (the PUBACK waits for
//   the spool's fsync); later ones wait in the same queue. The queue itself is capped (MAX_WAITING): a device that
//   got past aedes' read pacing and still piles up more is cut without PUBACK (GW_DEVICE_INFLIGHT_LIMIT) and resends.
// - Questions: at most `maxPendingRequests` questions on devices/{id}/req unanswered at once; more are refused
//   (GW_DEVICE_INFLIGHT_LIMIT). Each answer is a publish towards the device, so this also bounds the gateway's own
//   publishes that one device can cause.
// - Logins: a bucket of their own per device id (LOGIN_BURST, refilled at LOGIN_PER_S; its own so that a burst of
//   publishes, which aedes may handle before it reports the login, cannot cost the login). A device id over it is
//   disconnected right after its CONNACK (GW_DEVICE_RATE_LIMITED, disconnected) and not logged as connected: a reconnect
//   loop with leaked credentials costs a counter per turn, not two log lines, a status change and a command
//   re-delivery. A real machine reconnecting after a network fault has long refilled it.
//
// Every limited event is counted per device, code and action (on /metrics); the caller logs and answers on
// devices/{id}/error only when notice() says so: the first time, then at most once per NOTICE_EVERY_MS per device,
// code and action, with the number of events since the last notice. A flood therefore costs a counter increment per packet, not a
// log line or a reply.
import { LogThrottle } from '../../base/log-throttle.ts';

export interface BudgetLimits {
  /** Sustained publishes and subscriptions per second; 0 = no rate limit. */
  messagesPerS: number;
  /** Bucket size: what may arrive at once above the rate. */
  burst: number;
  /** QoS 1/2 publishes being stored at once. */
  maxInflight: number;
  /** Questions on devices/{id}/req not yet answered. */
  maxPendingRequests: number;
}

export type LimitCode = 'GW_DEVICE_RATE_LIMITED' | 'GW_DEVICE_INFLIGHT_LIMIT';
/** dropped: a QoS 0 publish; held: a QoS 1/2 publish waits for its PUBACK; refused: a subscription or a question; disconnected: cut without PUBACK. */
export type LimitAction = 'dropped' | 'held' | 'refused' | 'disconnected';

export interface LimitNotice {
  deviceId: string;
  code: LimitCode;
  action: LimitAction /** Events of this device and code since the previous notice (this one included). */;
  count: number;
}

/** Logins one device id may make at once, and per second after that (0 messagesPerS: no limit either). */
export const LOGIN_BURST = 10;
export const LOGIN_PER_S = 1;
/** Cap on held publishes per device; aedes' read pacing keeps a real queue far below it. */
export const MAX_WAITING = 10_000;
export const NOTICE_EVERY_MS = 5_000;

interface Waiting {
  go: (release: () => void) => void;
  cancel: () => void;
}

interface DeviceState {
  tokens: number;
  /** The burst the tokens were counted against: a reload that raises it grants the difference at once. */
  burst: number;
  at: number;
  logins: number;
  loginsAt: number;
  inflight: number;
  pending: number;
  waiting: Waiting[];
  timer: ReturnType<typeof setTimeout> | undefined;
  /** The current connection was over budget (it is being cut): its disconnect is not news. */
  refusedConnection: boolean;
  /** pump() is running: a release inside it (a publish refused synchronously) must not start a second, nested pump. */
  pumping: boolean;
  counts: Map<string, number>;
  /** By "code|action": one notice per NOTICE_EVERY_MS, with the events held back since the last. */
  notices: LogThrottle;
}

export interface DeviceBudgetOptions {
  limits: (deviceId: string) => BudgetLimits;
  clock?: () => number;
  /** Schedules the next look at a device's queue; default an unref'd setTimeout. */
  setTimer?: (fn: () => void, ms: number) => ReturnType<typeof setTimeout>;
}

export class DeviceBudget {
  private readonly options: DeviceBudgetOptions;
  private readonly clock: () => number;
  private readonly setTimer: (fn: () => void, ms: number) => ReturnType<typeof setTimeout>;
  private readonly devices = new Map<string, DeviceState>();

  constructor(opts: DeviceBudgetOptions) {
    this.options = opts;
    this.clock = opts.clock ?? Date.now;
    this.setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms).unref());
  }

  /**
   * Takes one token now (a QoS 0 publish, a subscription); false when the device is over its rate. Held publishes go
   * first, so a QoS 0 flood cannot overtake them; `overtake` lets a subscription through beside them.
   */
  tryTake(deviceId: string, overtake = false): boolean {
    const s = this.state(deviceId);
    if (s.waiting.length > 0 && !overtake) return false;
    return this.take(deviceId, s);
  }

  /**
   * A QoS 1/2 publish: `go(release)` runs when a token and an in-flight slot are free, in arrival order, and `release`
   * must be called once the publish is stored or refused. Returns 'now'; 'held-rate' or 'held-inflight' (go runs
   * later; which limit holds it); or 'full' (too many wait: nothing will run, the caller cuts the connection without
   * PUBACK). `cancel` runs instead of `go` if the device disconnects while its publish waits.
   */
  admit(deviceId: string, go: (release: () => void) => void, cancel: () => void): 'now' | 'held-rate' | 'held-inflight' | 'full' {
    const s = this.state(deviceId);
    const full = s.inflight >= this.options.limits(deviceId).maxInflight;
    if (s.waiting.length === 0 && !full && this.take(deviceId, s)) {
      this.run(deviceId, s, go);
      return 'now';
    }
    if (s.waiting.length >= MAX_WAITING) return 'full';
    s.waiting.push({ go, cancel });
    if (!full) this.schedule(deviceId, s); // else a release pumps
    return full ? 'held-inflight' : 'held-rate';
  }

  limitsOf(deviceId: string): BudgetLimits {
    return this.options.limits(deviceId);
  }

  /** A device logged in: false when it is over its budget (the caller cuts the connection). */
  connected(deviceId: string): boolean {
    const s = this.state(deviceId);
    const now = this.clock();
    s.logins = Math.min(LOGIN_BURST, s.logins + ((now - s.loginsAt) * LOGIN_PER_S) / 1000);
    s.loginsAt = now;
    const ok = this.options.limits(deviceId).messagesPerS <= 0 || s.logins >= 1;
    if (ok) s.logins = Math.max(0, s.logins - 1);
    s.refusedConnection = !ok;
    return ok;
  }

  /** Whether the device's last login was refused by connected(). */
  refusedConnection(deviceId: string): boolean {
    return this.devices.get(deviceId)?.refusedConnection ?? false;
  }

  /** A question on req: a release to call once it is answered, or undefined when too many are unanswered. */
  beginRequest(deviceId: string): (() => void) | undefined {
    const s = this.state(deviceId);
    if (s.pending >= this.options.limits(deviceId).maxPendingRequests) return undefined;
    s.pending++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      s.pending--;
    };
  }

  /**
   * Counts one limited event; returns a notice (log it, answer the device) for the first event and then at most once
   * per NOTICE_EVERY_MS per device, code and action, carrying the number of events since the previous notice.
   */
  limited(deviceId: string, code: LimitCode, action: LimitAction): LimitNotice | undefined {
    const s = this.state(deviceId);
    const key = `${code}|${action}`;
    s.counts.set(key, (s.counts.get(key) ?? 0) + 1);
    const held = s.notices.pass(key);
    return held === undefined ? undefined : { deviceId, code, action, count: held + 1 };
  }

  /** The device's connection closed: what still waits for a PUBACK is dropped (the device resends it). */
  disconnected(deviceId: string): void {
    const s = this.devices.get(deviceId);
    if (!s) return;
    const waiting = s.waiting;
    s.waiting = [];
    if (s.timer) clearTimeout(s.timer);
    s.timer = undefined;
    for (const w of waiting) w.cancel();
  }

  /** Limited events per device, by "code|action". */
  counts(): Record<string, Record<string, number>> {
    const out: Record<string, Record<string, number>> = {};
    for (const [id, s] of this.devices) if (s.counts.size > 0) out[id] = Object.fromEntries(s.counts);
    return out;
  }

  /** Now, for the status page: publishes waiting and in flight, questions unanswered. */
  load(deviceId: string): { waiting: number; inflight: number; pendingRequests: number } {
    const s = this.devices.get(deviceId);
    return { waiting: s?.waiting.length ?? 0, inflight: s?.inflight ?? 0, pendingRequests: s?.pending ?? 0 };
  }

  /**
   * The limits changed (a reload): every device's tokens are capped by its new burst now, a raised burst is granted at
   * once (a machine that was limited is freed by the lenient budget, not left to refill from empty), and what waits is
   * looked at again under the new rate and in-flight cap (a timer set for the old, slower rate would hold it too long).
   */
  limitsChanged(): void {
    for (const [id, s] of this.devices) {
      const l = this.refill(id, s);
      if (l.messagesPerS > 0 && l.burst > s.burst) s.tokens = Math.min(l.burst, s.tokens + l.burst - s.burst);
      s.burst = l.burst;
      if (s.timer) clearTimeout(s.timer);
      s.timer = undefined;
      if (s.waiting.length > 0) this.pump(id, s);
    }
  }

  /** Only configured devices keep state (a reload that removes one calls this). */
  forget(deviceId: string): void {
    this.disconnected(deviceId);
    this.devices.delete(deviceId);
  }

  stop(): void {
    for (const id of [...this.devices.keys()]) this.disconnected(id);
  }

  private state(deviceId: string): DeviceState {
    let s = this.devices.get(deviceId);
    if (!s) {
      const burst = this.options.limits(deviceId).burst;
      s = {
        tokens: burst,
        burst,
        at: this.clock(),
        logins: LOGIN_BURST,
        loginsAt: this.clock(),
        inflight: 0,
        pending: 0,
        waiting: [],
        timer: undefined,
        refusedConnection: false,
        pumping: false,
        counts: new Map(),
        notices: new LogThrottle(NOTICE_EVERY_MS, this.clock),
      };
      this.devices.set(deviceId, s);
    }
    return s;
  }

  private refill(deviceId: string, s: DeviceState): BudgetLimits {
    const l = this.options.limits(deviceId);
    const now = this.clock();
    if (l.messagesPerS > 0) s.tokens = Math.min(l.burst, s.tokens + ((now - s.at) * l.messagesPerS) / 1000);
    s.at = now;
    return l;
  }

  private take(deviceId: string, s: DeviceState): boolean {
    const l = this.refill(deviceId, s);
    if (l.messagesPerS <= 0) return true;
    if (s.tokens < 1) return false;
    s.tokens -= 1;
    return true;
  }

  private run(deviceId: string, s: DeviceState, go: (release: () => void) => void): void {
    s.inflight++;
    let released = false;
    go(() => {
      if (released) return;
      released = true;
      s.inflight--;
      if (s.waiting.length > 0) this.pump(deviceId, s);
    });
  }

  /** Starts what waits, in order, while tokens and slots allow; otherwise looks again when the next token is due. */
  private pump(deviceId: string, s: DeviceState): void {
    // A loop, not recursion: a publish that is answered at once releases inside run(), and nesting a pump there would
    // grow the stack with the queue (the very failure of mqemitter's queue, issue 12 point 2).
    if (s.pumping) return;
    s.pumping = true;
    try {
      // Bounded: each turn starts one waiting publish (the queue shrinks) or leaves the loop.
      while (s.waiting.length > 0) {
        if (s.inflight >= this.options.limits(deviceId).maxInflight) return; // a release pumps again
        if (!this.take(deviceId, s)) return this.schedule(deviceId, s);
        const w = s.waiting.shift()!;
        this.run(deviceId, s, w.go);
      }
    } finally {
      s.pumping = false;
    }
  }

  private schedule(deviceId: string, s: DeviceState): void {
    if (s.timer) return;
    const l = this.refill(deviceId, s);
    const ms = l.messagesPerS > 0 && s.tokens < 1 ? Math.ceil(((1 - s.tokens) * 1000) / l.messagesPerS) : 0;
    s.timer = this.setTimer(() => {
      s.timer = undefined;
      this.pump(deviceId, s);
    }, ms);
  }
}
