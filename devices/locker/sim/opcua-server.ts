// A locker controller with an OPC-UA server, as PLC-based locker banks have: compartments with a door sensor, an
// occupancy flag and the document reference, a ServiceMode variable (writable), a heartbeat counter, a transaction log
// (the last N transactions as the locker's tx JSON, README.md), an OpenCompartment method and alarm events.
//
// The controller (LockerController: the machine and its memory) and its OPC-UA server (LockerOpcuaServer) are separate,
// so a test can stop the server and start a new one on the same port while the controller keeps its compartments and
// its transaction log, as a PLC does when only its OPC-UA runtime restarts. freeze() stops the controller's program while
// the server keeps answering: the stale-data case.
import { X509Certificate } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import {
  DataType,
  MessageSecurityMode,
  OPCUACertificateManager,
  OPCUAServer,
  SecurityPolicy,
  StatusCodes,
  Variant,
  VariantArrayType,
  type UAObject,
  type UAEventType,
} from 'node-opcua';
import type { OpcuaMappingConfig } from '../../../protocols/opcua/types.ts';

type Door = 'closed' | 'open' | 'forced' | 'fault';
type Mode = 'in_service' | 'out_of_service' | 'maintenance';
const MODES: readonly Mode[] = ['in_service', 'out_of_service', 'maintenance'];

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
  private readonly o: Required<Omit<LockerControllerOptions, 'clock'>>;
  private readonly clock: () => number;

  constructor(opts: LockerControllerOptions = {}) {
    super();
    this.o = { compartments: 12, logSize: 50, heartbeatMs: 500, doorOpenMs: 2000, txPrefix: 'LK', ...opts };
    this.clock = opts.clock ?? Date.now;
    this.compartments = Array.from({ length: this.o.compartments }, () => ({
      door: 'closed',
      occupied: false,
      documentRef: '',
      pickupCode: '',
    }));
  }

  start(): void {
    this.beat ??= setInterval(() => {
      if (!this.frozen) this.heartbeat = (this.heartbeat + 1) % 0xffffffff;
    }, this.o.heartbeatMs);
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
    const txId = `${this.o.txPrefix}-${String(++this.seq).padStart(6, '0')}`;
    this.log = [...this.log, JSON.stringify({ txId, time: new Date(this.clock()).toISOString(), ...doc })].slice(-this.o.logSize);
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
    if (this.o.doorOpenMs <= 0) return;
    const t = setTimeout(() => {
      this.timers.delete(t);
      this.closeDoor(n);
    }, this.o.doorOpenMs);
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

export interface LockerServerOptions {
  port: number;
  host?: string;
  /** Server and user PKI go in pkiDir/server and pkiDir/users (never the home directory). */
  pkiDir: string;
  /** userName -> password accepted by the server. */
  users?: Record<string, string>;
  allowAnonymous?: boolean;
  securityModes?: ('None' | 'Sign' | 'SignAndEncrypt')[];
  /** Accept client certificates the server has not seen before (default true; false to test GW_OPCUA_CERT_REJECTED). */
  acceptUnknownCertificates?: boolean;
}

const SAMPLING = { minimumSamplingInterval: 50 } as const;

/** The controller's OPC-UA server. Node ids are strings in the server's own namespace (ns=1), see lockerSimMapping. */
export class LockerOpcuaServer {
  readonly controller: LockerController;
  private readonly o: LockerServerOptions;
  private server: OPCUAServer | undefined;
  private readonly attempts = new Map<string, { ok: number; failed: number }>();
  private certificates: OPCUACertificateManager | undefined;
  private onAlarm: ((a: AlarmFields) => void) | undefined;

  constructor(controller: LockerController, opts: LockerServerOptions) {
    this.controller = controller;
    this.o = opts;
  }

  get endpointUrl(): string {
    return `opc.tcp://${this.o.host ?? '127.0.0.1'}:${this.o.port}`;
  }

  /** Logins the server checked for a user name: a wrong password counts as failed. */
  logins(userName: string): { ok: number; failed: number } {
    return { ...(this.attempts.get(userName) ?? { ok: 0, failed: 0 }) };
  }

  async start(): Promise<void> {
    const accept = this.o.acceptUnknownCertificates ?? true;
    const modes = this.o.securityModes ?? ['None'];
    this.certificates = new OPCUACertificateManager({
      rootFolder: join(this.o.pkiDir, 'server'),
      automaticallyAcceptUnknownCertificate: accept,
    });
    const server = new OPCUAServer({
      host: this.o.host ?? '127.0.0.1',
      port: this.o.port,
      serverCertificateManager: this.certificates,
      userCertificateManager: new OPCUACertificateManager({
        rootFolder: join(this.o.pkiDir, 'users'),
        automaticallyAcceptUnknownCertificate: accept,
      }),
      securityModes: modes.map((m) => MessageSecurityMode[m]),
      // Basic256Sha256 also on a None-only server: that is what a password is encrypted with on an unsecured channel
      securityPolicies: [SecurityPolicy.None, SecurityPolicy.Basic256Sha256],
      allowAnonymous: this.o.allowAnonymous ?? true,
      userManager: {
        isValidUser: (userName: string, password: string) => {
          const ok = this.o.users?.[userName] !== undefined && this.o.users[userName] === password;
          const a = this.attempts.get(userName) ?? { ok: 0, failed: 0 };
          if (ok) a.ok++;
          else a.failed++;
          this.attempts.set(userName, a);
          return ok;
        },
      },
      buildInfo: {
        productName: 'Locker controller simulator',
        manufacturerName: 'edge-gateway',
        softwareVersion: this.controller.firmware,
      },
      isAuditing: false,
    });
    await server.initialize();
    this.populate(server);
    await server.start();
    this.server = server;
  }

  /** The server's own certificate (PEM), for a client to trust. */
  get certificateFile(): string {
    return join(this.o.pkiDir, 'server', 'own', 'certs', 'certificate.pem');
  }

  /** What an operator does on the controller: trust a client's application certificate (PEM). */
  async trustClient(certificatePem: string): Promise<void> {
    await this.certificates?.trustCertificate(new X509Certificate(certificatePem).raw);
  }

  async stop(): Promise<void> {
    if (this.onAlarm) this.controller.off('alarm', this.onAlarm);
    this.onAlarm = undefined;
    const s = this.server;
    this.server = undefined;
    await s?.shutdown(0);
  }

  private populate(server: OPCUAServer): void {
    const space = server.engine.addressSpace!;
    const ns = space.getOwnNamespace();
    const c = this.controller;
    const locker = ns.addObject({ browseName: 'Locker', nodeId: 's=Locker', organizedBy: space.rootFolder.objects, eventNotifier: 1 });
    const ro = (browseName: string, nodeId: string, dataType: DataType, get: () => unknown, owner: UAObject = locker) =>
      ns.addVariable({
        componentOf: owner,
        browseName,
        nodeId,
        dataType: DataType[dataType],
        ...SAMPLING,
        value: { get: () => new Variant({ dataType, value: get() }) },
      });
    ro('Heartbeat', 's=Locker.Heartbeat', DataType.UInt32, () => c.heartbeat);
    ro('Firmware', 's=Locker.Firmware', DataType.String, () => c.firmware);
    ro('Model', 's=Locker.Model', DataType.String, () => c.model);
    ns.addVariable({
      componentOf: locker,
      browseName: 'ServiceMode',
      nodeId: 's=Locker.ServiceMode',
      dataType: 'Int32',
      ...SAMPLING,
      accessLevel: 'CurrentRead | CurrentWrite',
      userAccessLevel: 'CurrentRead | CurrentWrite',
      description: '1 in service, 2 out of service, 3 maintenance',
      value: {
        get: () => new Variant({ dataType: DataType.Int32, value: MODES.indexOf(c.mode) + 1 }),
        set: (v: Variant) => (c.setMode(Number(v.value)) ? StatusCodes.Good : StatusCodes.BadOutOfRange),
      },
    });
    ns.addVariable({
      componentOf: locker,
      browseName: 'TransactionLog',
      nodeId: 's=Locker.TransactionLog',
      dataType: 'String',
      valueRank: 1,
      arrayDimensions: [0],
      ...SAMPLING,
      value: { get: () => new Variant({ dataType: DataType.String, arrayType: VariantArrayType.Array, value: [...c.transactionLog] }) },
    });
    const folder = ns.addObject({ browseName: 'Compartments', nodeId: 's=Locker.Compartments', componentOf: locker });
    c.compartments.forEach((comp, i) => {
      const n = i + 1;
      const unit = ns.addObject({ browseName: `C${n}`, nodeId: `s=Locker.C${n}`, componentOf: folder });
      ro('DoorOpen', `s=Locker.C${n}.DoorOpen`, DataType.Boolean, () => comp.door !== 'closed', unit);
      ro('Occupied', `s=Locker.C${n}.Occupied`, DataType.Boolean, () => comp.occupied, unit);
      ro('DocumentRef', `s=Locker.C${n}.DocumentRef`, DataType.String, () => comp.documentRef, unit);
    });
    const open = ns.addMethod(locker, {
      browseName: 'OpenCompartment',
      nodeId: 's=Locker.OpenCompartment',
      inputArguments: [{ name: 'Compartment', dataType: DataType.UInt32, description: { text: 'compartment number, 1..N' } }],
      outputArguments: [
        { name: 'Result', dataType: DataType.String, description: { text: 'opened, unknown_compartment, out_of_service or door_fault' } },
      ],
    });
    open.bindMethod((args, _ctx, cb) => {
      cb(null, { statusCode: StatusCodes.Good, outputArguments: [{ dataType: DataType.String, value: c.open(Number(args[0]?.value)) }] });
    });
    const alarmType: UAEventType = ns.addEventType({ browseName: 'LockerAlarmEventType', subtypeOf: 'BaseEventType' });
    for (const [name, dataType] of [
      ['Code', 'String'],
      ['Compartment', 'UInt32'],
      ['Active', 'Boolean'],
    ] as const) {
      ns.addVariable({ propertyOf: alarmType, browseName: name, dataType, modellingRule: 'Mandatory' });
    }
    this.onAlarm = (a) =>
      locker.raiseEvent(alarmType, {
        message: { dataType: DataType.LocalizedText, value: { text: a.message } },
        severity: { dataType: DataType.UInt16, value: a.severity },
        code: { dataType: DataType.String, value: a.code },
        compartment: { dataType: DataType.UInt32, value: a.compartment },
        active: { dataType: DataType.Boolean, value: a.active },
      });
    c.on('alarm', this.onAlarm);
  }
}

/** The gateway mapping for this simulator (node ids in ns=1). */
export function lockerSimMapping(units: number): OpcuaMappingConfig {
  return {
    units,
    values: {
      heartbeat: 'ns=1;s=Locker.Heartbeat',
      serviceMode: 'ns=1;s=Locker.ServiceMode',
      transactions: 'ns=1;s=Locker.TransactionLog',
      firmware: 'ns=1;s=Locker.Firmware',
      model: 'ns=1;s=Locker.Model',
      door: 'ns=1;s=Locker.C{n}.DoorOpen',
      occupied: 'ns=1;s=Locker.C{n}.Occupied',
      documentRef: 'ns=1;s=Locker.C{n}.DocumentRef',
    },
    events: { alarms: { notifier: 'ns=1;s=Locker', fields: { code: '1:Code', compartment: '1:Compartment', active: '1:Active' } } },
    methods: { openCompartment: { object: 'ns=1;s=Locker', method: 'ns=1;s=Locker.OpenCompartment' } },
  };
}
