// A machine with leaked credentials, speaking MQTT 3.1.1 byte by byte over one TCP socket (mqtt-packet), so an attack
// test can send faster than MQTT.js would, stop reading its own socket, and vanish mid-stream. Every wait is bounded.
import { connect, type Socket } from 'node:net';
import mqttPacket, { type Packet } from 'mqtt-packet';

export interface RawDevice {
  readonly socket: Socket;
  /** Packets received so far, by cmd. */
  readonly received: Map<string, number>;
  subscribe(topic: string, qos?: 0 | 1): Promise<number>;
  /** Writes n SUBSCRIBE packets for topic without waiting for any SUBACK. */
  subscribeMany(n: number, topic: string): Promise<void>;
  /** SUBACK return codes seen so far: granted (0..2) and refused (0x80). */
  readonly subacks: { granted: number; refused: number };
  /** Writes n PUBLISH packets (topic, payload from make(i)), respecting the socket's backpressure; resolves when all are handed to the kernel. */
  publishMany(n: number, topic: string, make: (i: number) => Buffer, qos?: 0 | 1): Promise<void>;
  /** Stops reading the socket: what the gateway sends piles up in its own buffers. */
  stopReading(): void;
  /** Resolves once `count` PUBACKs have arrived, or rejects after timeoutMs. */
  waitForPubacks(count: number, timeoutMs: number): Promise<void>;
  destroy(): void;
}

export async function connectRaw(port: number, id: string, password: string, opts: { localAddress?: string; keepalive?: number } = {}): Promise<RawDevice> {
  const socket = connect({ host: '127.0.0.1', port, localAddress: opts.localAddress });
  socket.on('error', () => undefined);
  const parser = mqttPacket.parser({ protocolVersion: 4 });
  const received = new Map<string, number>();
  const waiters = new Set<() => void>();
  let lastSuback: number[] = [];
  const subacks = { granted: 0, refused: 0 };
  parser.on('packet', (p: Packet) => {
    received.set(p.cmd, (received.get(p.cmd) ?? 0) + 1);
    if (p.cmd === 'suback') {
      lastSuback = p.granted as number[];
      for (const g of lastSuback) if (g === 128) subacks.refused++; else subacks.granted++;
    }
    for (const w of [...waiters]) w();
  });
  socket.on('data', (b) => parser.parse(b));
  const until = (pred: () => boolean, ms: number, what: string) => new Promise<void>((resolve, reject) => {
    if (pred()) return resolve();
    const check = () => {
      if (!pred()) return;
      done();
      resolve();
    };
    const onClose = () => { done(); reject(new Error(`${id}: connection closed while waiting for ${what}`)); };
    const timer = setTimeout(() => { done(); reject(new Error(`${id}: no ${what} within ${ms} ms`)); }, ms);
    function done(): void { clearTimeout(timer); waiters.delete(check); socket.off('close', onClose); }
    waiters.add(check);
    socket.once('close', onClose);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  socket.write(mqttPacket.generate({ cmd: 'connect', protocolId: 'MQTT', protocolVersion: 4, clean: true, clientId: id, username: id, password: Buffer.from(password), keepalive: opts.keepalive ?? 60 }));
  await until(() => (received.get('connack') ?? 0) > 0, 10_000, 'CONNACK');
  let nextId = 1;
  const write = async (buf: Buffer): Promise<void> => {
    if (socket.write(buf) || socket.destroyed) return;
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, 10_000);
      const go = () => { clearTimeout(t); socket.off('close', go); socket.off('drain', go); resolve(); };
      socket.once('drain', go);
      socket.once('close', go);
    });
  };
  const dev: RawDevice = {
    socket, received, subacks,
    async subscribeMany(n, topic) {
      for (let i = 0; i < n && !socket.destroyed; i += 500) {
        const parts: Buffer[] = [];
        for (let j = i; j < Math.min(n, i + 500); j++) {
          nextId = (nextId % 65535) + 1;
          parts.push(mqttPacket.generate({ cmd: 'subscribe', messageId: nextId, subscriptions: [{ topic, qos: 1 }] }));
        }
        await write(Buffer.concat(parts));
      }
    },
    async subscribe(topic, qos = 1) {
      const before = received.get('suback') ?? 0;
      socket.write(mqttPacket.generate({ cmd: 'subscribe', messageId: nextId++, subscriptions: [{ topic, qos }] }));
      await until(() => (received.get('suback') ?? 0) > before, 10_000, 'SUBACK');
      return lastSuback[0] ?? 128;
    },
    async publishMany(n, topic, make, qos = 0) {
      const BATCH = 500;
      for (let i = 0; i < n && !socket.destroyed; i += BATCH) {
        const parts: Buffer[] = [];
        for (let j = i; j < Math.min(n, i + BATCH); j++) {
          const messageId = qos > 0 ? (nextId = (nextId % 65535) + 1) : undefined;
          parts.push(mqttPacket.generate({ cmd: 'publish', topic, payload: make(j), qos, dup: false, retain: false, messageId } as Packet));
        }
        await write(Buffer.concat(parts));
      }
    },
    stopReading() {
      socket.pause();
    },
    waitForPubacks(count, timeoutMs) {
      return until(() => (received.get('puback') ?? 0) >= count, timeoutMs, `${count} PUBACKs`);
    },
    destroy() {
      socket.destroy();
    },
  };
  return dev;
}
