// The fault suite's rig: one gateway child process on its own spool, reaching a mosquitto core through a TCP proxy the
// suite controls, with devices that resend everything unacknowledged after any disconnect (harness/
// sequential-device.ts) publishing 300-byte sales whose txId names the device and transaction number. The config file is
// written once, so a restart after kill -9 comes back on the same port and spool. Unexpected exits are counted as crashes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../harness/ports.ts';
import { SequentialDevice } from '../harness/sequential-device.ts';
import { startProxy, type TcpProxy } from '../harness/tcp-proxy.ts';
import type { CompareSink } from './compare-sink.ts';
import { BENCH_BUDGET, GatewayProcess, type GatewayConfigFile } from './gateway-process.ts';
import { saleFactory } from './sale.ts';

export const PER_DEVICE = 1_000_000;

export interface RigOpts {
  dir: string;
  name: string;
  corePort: number;
  devices: number;
  window: number;
  maxBytes?: number;
  segmentBytes?: number;
  extraDevices?: { id: string; kind: string }[];
}

export class FaultGateway {
  gw!: GatewayProcess;
  readonly proxy: TcpProxy;
  readonly file: GatewayConfigFile;
  readonly spoolDir: string;
  readonly devices: SequentialDevice[] = [];
  crashes: string[] = [];
  private expectingExit = false;

  private constructor(proxy: TcpProxy, file: GatewayConfigFile, spoolDir: string) {
    this.proxy = proxy;
    this.file = file;
    this.spoolDir = spoolDir;
  }

  static async start(o: RigOpts, tag: string): Promise<FaultGateway> {
    const proxy = await startProxy(o.corePort);
    const port = await freePort();
    const spoolDir = join(o.dir, o.name, 'spool');
    const ids = Array.from({ length: o.devices }, (_, i) => `dev-${i}`);
    const extra = o.extraDevices ?? [];
    const env: NodeJS.ProcessEnv = { FAULT_PW: 'fault-password' };
    const config = {
      site: { id: 'mo-faults-01', name: 'Fault suite' },
      broker: { host: '127.0.0.1', port, deviceBudget: BENCH_BUDGET },
      devices: [...ids.map((id) => ({ id, kind: 'vending' })), ...extra].map((d) => ({ ...d, transport: 'mqtt', passwordEnv: 'FAULT_PW' })),
      uplink: { url: `mqtt://127.0.0.1:${proxy.port}`, reconnectMinMs: 20, reconnectMaxMs: 200 },
      spool: { dir: spoolDir, maxBytes: o.maxBytes ?? 1024 ** 3, ...(o.segmentBytes ? { segmentBytes: o.segmentBytes } : {}) },
      http: { host: '127.0.0.1', port: await freePort() },
      log: { level: 'info' },
    };
    const path = join(o.dir, `${o.name}.json`);
    writeFileSync(path, JSON.stringify(config));
    const fg = new FaultGateway(proxy, { path, brokerUrl: `mqtt://127.0.0.1:${port}`, env }, spoolDir);
    await fg.launch();
    const make = saleFactory(tag);
    for (const [d, id] of ids.entries()) {
      fg.devices.push(
        new SequentialDevice({
          url: fg.file.brokerUrl,
          deviceId: id,
          password: 'fault-password',
          window: o.window,
          reconnectMs: 100,
          payload: (n) => Buffer.from(make(d * PER_DEVICE + n)),
        }),
      );
    }
    return fg;
  }

  async launch(): Promise<void> {
    this.expectingExit = false;
    const gw = new GatewayProcess(this.file);
    this.gw = gw;
    void gw.exited.then(() => {
      if (!this.expectingExit && this.gw === gw) this.crashes.push(`gateway exited on its own:\n${gw.tail()}`);
    });
    await gw.waitForLog('device broker listening', 60_000);
  }

  async kill9(): Promise<void> {
    this.expectingExit = true;
    this.gw.signal('SIGKILL');
    await this.gw.exited;
  }

  async stopGateway(): Promise<void> {
    this.expectingExit = true;
    await this.gw.stop();
  }

  /** Message indices the devices saw PUBACKed. */
  acked(): number[] {
    const out: number[] = [];
    this.devices.forEach((dev, d) => {
      for (const n of dev.acked) out.push(d * PER_DEVICE + n);
    });
    return out;
  }

  /** Raises every device's limit by `n` transactions. */
  produce(n: number): void {
    for (const d of this.devices) d.sendUpTo(d.highestSent + n);
  }

  /** Waits (bounded) until every device has had everything it sent acknowledged. */
  async allAcked(maxMs: number, atLeast = 0): Promise<boolean> {
    const t0 = performance.now();
    for (;;) {
      if (this.devices.every((d) => d.acked.size >= d.highestSent) && this.acked().length >= atLeast) return true;
      if (performance.now() - t0 > maxMs) return false;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.devices.map((d) => d.stop()));
    await this.stopGateway().catch(() => undefined);
    await this.proxy.close();
  }
}

/** Loss and duplicates of one scenario: acknowledged indices vs what the core sink saw. */
export function tally(acked: number[], sink: CompareSink, quarantined: Set<number> = new Set()) {
  let delivered = 0,
    lost = 0,
    quarantinedLost = 0;
  const examples: number[] = [];
  for (const i of acked) {
    if ((sink.arrivalAt[i] ?? 0) > 0) delivered++;
    else if (quarantined.has(i)) quarantinedLost++;
    else {
      lost++;
      if (examples.length < 5) examples.push(i);
    }
  }
  return {
    acknowledged: acked.length,
    delivered,
    lost,
    quarantined: quarantinedLost,
    duplicates: sink.duplicates,
    duplicatesSameMessageId: sink.sameIdDuplicates,
    lostExamples: examples.join(' '),
  };
}
