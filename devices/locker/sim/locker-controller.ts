// The simulated locker controller itself, as a PLC-based locker bank runs it: compartments with a door sensor, an
// occupancy flag and the document reference, a service mode, a heartbeat counter, a transaction log (the last N
// transactions as the locker's tx JSON, devices/locker/README.md), opening on command and alarms. No OPC-UA here: the
// server in opcua-server.ts shows this state, so a test can restart the server while the controller keeps its memory.
import { EventEmitter } from 'node:events';

type Door = 'closed' | 'open' | 'forced' | 'fault';
export type Mode = 'in_service' | 'out_of_service' | 'maintenance';
export const MODES: readonly Mode[] = ['in_service', 'out_of_service', 'maintenance'];

interface Compartment {
  door: Door;
  occupied: boolean;
  documentRef: string;
  pickupCode: string;
}

export interface AlarmFields {
  code: string;
  compartment: number;
  active: boolean;
  severity: number;
  message: string;
}

export interface LockerControllerOptions {
  compartments?: number;
  /** Transactions kept in the log variable. */
  logSize?: number;
  heartbeatMs?: number;
  /** How long a door opened by OpenCompartment stays open before the person closes it; 0 = until closeDoor(). */
  doorOpenMs?: number;
  /** Prefix of the controller's own transaction ids. */
  txPrefix?: string;
  clock?: () => number;
}

/** The locker itself. Emits "alarm" (AlarmFields). */
export class LockerController extends EventEmitter {
  readonly compartments: Compartment[];
  mode: Mode = 'in_service';
  heartbeat = 0;
  readonly firmware = '2.4.1';
  readonly model = 'DL-24 (simulated)';
  private log: string[] = [];
  private seq = 0;
  private frozen = false;
  private timers = new Set<NodeJS.Timeout>();
  private beat: NodeJS.Timeout | undefined;
  private readonly options: Required<Omit<LockerControllerOptions, 'clock'>>;
  private readonly clock: () => number;

  constructor(opts: LockerControllerOptions = {}) {
    super();
    this.options = { compartments: 12, logSize: 50, heartbeatMs: 500, doorOpenMs: 2000, txPrefix: 'LK', ...opts };
    this.clock = opts.clock ?? Date.now;
    this.compartments = Array.from({ length: this.options.compartments }, () => ({
      door: 'closed',
      occupied: false,
      documentRef: '',
      pickupCode: '',
    }));
  }

  start(): void {
    this.beat ??= setInterval(() => {
      if (!this.frozen) this.heartbeat = (this.heartbeat + 1) % 0xffffffff;
    }, this.options.heartbeatMs);
  }

  stop(): void {
    clearInterval(this.beat);
    this.beat = undefined;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  /** The controller's program hangs: nothing changes any more, the OPC-UA server still answers. */
  freeze(): void {
    this.frozen = true;
  }
  resume(): void {
    this.frozen = false;
  }

  get transactionLog(): readonly string[] {
    return this.log;
  }

  private unit(n: number): Compartment {
    const c = this.compartments[n - 1];
    if (!c) throw new Error(`no compartment ${n}`);
    return c;
  }

  private record(doc: Record<string, unknown>): string {
    const txId = `${this.options.txPrefix}-${String(++this.seq).padStart(6, '0')}`;
    this.log = [...this.log, JSON.stringify({ txId, time: new Date(this.clock()).toISOString(), ...doc })].slice(-this.options.logSize);
    return txId;
  }

  /** Staff put a document in; returns the controller's txId. */
  deposit(n: number, documentRef: string, pickupCode: string): string {
    const c = this.unit(n);
    Object.assign(c, { occupied: true, documentRef, pickupCode });
    return this.record({ action: 'deposit', compartment: n, documentRef, identity: 'staff_badge', result: 'ok' });
  }

  /** A citizen types a pickup code at the locker. */
  pickup(pickupCode: string): string {
    const n = this.compartments.findIndex((c) => c.occupied && c.pickupCode === pickupCode) + 1;
    if (n === 0) return this.record({ action: 'pickup', identity: 'pickup_code', pickupCode, result: 'wrong_code' });
    const c = this.unit(n);
    const documentRef = c.documentRef;
    Object.assign(c, { occupied: false, documentRef: '', pickupCode: '' });
    this.openDoor(n);
    return this.record({ action: 'pickup', compartment: n, documentRef, identity: 'pickup_code', pickupCode, result: 'ok' });
  }

  /** The OpenCompartment method: "opened", "unknown_compartment", "out_of_service" or "door_fault". */
  open(n: number): string {
    const c = this.compartments[n - 1];
    if (!c) return 'unknown_compartment';
    if (this.mode === 'out_of_service') return 'out_of_service';
    if (c.door === 'fault') return 'door_fault';
    this.openDoor(n);
    return 'opened';
  }

  private openDoor(n: number): void {
    this.unit(n).door = 'open';
    if (this.options.doorOpenMs <= 0) return;
    const t = setTimeout(() => {
      this.timers.delete(t);
      this.closeDoor(n);
    }, this.options.doorOpenMs);
    this.timers.add(t);
  }

  closeDoor(n: number): void {
    const c = this.unit(n);
    if (c.door === 'forced')
      this.emit('alarm', {
        code: 'DOOR_FORCED',
        compartment: n,
        active: false,
        severity: 900,
        message: 'door closed again',
      } satisfies AlarmFields);
    c.door = 'closed';
  }

  forceDoor(n: number): void {
    this.unit(n).door = 'forced';
    this.emit('alarm', {
      code: 'DOOR_FORCED',
      compartment: n,
      active: true,
      severity: 900,
      message: 'door opened without a command',
    } satisfies AlarmFields);
  }

  setMode(m: number | string): boolean {
    const word = typeof m === 'number' ? MODES[m - 1] : MODES.find((x) => x === m);
    if (!word) return false;
    this.mode = word;
    return true;
  }

  /** The demo's site traffic: a deposit or a pickup now and then. */
  randomTraffic(random: () => number = Math.random): void {
    const occupied = this.compartments.flatMap((c, i) => (c.occupied ? [i + 1] : []));
    const free = this.compartments.flatMap((c, i) => (c.occupied ? [] : [i + 1]));
    if (occupied.length > 0 && (free.length === 0 || random() < 0.5)) {
      const n = occupied[Math.floor(random() * occupied.length)]!;
      this.pickup(random() < 0.1 ? '000-000' : this.unit(n).pickupCode);
    } else if (free.length > 0) {
      const n = free[Math.floor(random() * free.length)]!;
      const code = `${100 + Math.floor(random() * 900)}-${100 + Math.floor(random() * 900)}`;
      this.deposit(n, `DSI-BIR-2026-${String(Math.floor(random() * 1e6)).padStart(6, '0')}`, code);
    }
  }
}
