// MQTT 3.1.1 packets written by hand, byte by byte, and a raw socket from a chosen source address to send them: what an
// attacker on the site LAN does, free to lie about lengths, strings and flags. connectRaw is a machine with leaked
// credentials on such a socket, sending faster than MQTT.js would, able to stop reading and to vanish mid-stream.
// Every wait is bounded.
import { connect, type Socket } from 'node:net';
import mqttPacket, { type Packet } from 'mqtt-packet';

/** The Remaining Length in MQTT's variable-length encoding (section 2.2.3); any value, even an illegal one. */
export function varLength(n: number): Buffer {
  const out: number[] = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return Buffer.from(out);
}

/** A length-prefixed MQTT string; pass a Buffer to send bytes that are not UTF-8. */
export function mqttString(s: string | Buffer): Buffer {
  const b = typeof s === 'string' ? Buffer.from(s, 'utf8') : s;
  const len = Buffer.alloc(2);
  len.writeUInt16BE(b.length & 0xffff);
  return Buffer.concat([len, b]);
}

export function packet(firstByte: number, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from([firstByte]), varLength(body.length), body]);
}

/** A CONNECT with client id = user name (how the gateway's machines log in), clean session. */
export function connectPacket(clientId: string | Buffer, username?: string | Buffer, password?: string | Buffer, keepaliveS = 30): Buffer {
  let flags = 0x02;
  if (username !== undefined) flags |= 0x80;
  if (password !== undefined) flags |= 0x40;
  const body = Buffer.concat([
    mqttString('MQTT'),
    Buffer.from([4, flags, keepaliveS >> 8, keepaliveS & 0xff]),
    mqttString(clientId),
    ...(username !== undefined ? [mqttString(username)] : []),
    ...(password !== undefined ? [mqttString(password)] : []),
  ]);
  return packet(0x10, body);
}

export function publishPacket(topic: string | Buffer, payload: Buffer, qos: 0 | 1 = 0, id = 1): Buffer {
  const idBytes = qos > 0 ? Buffer.from([id >> 8, id & 0xff]) : Buffer.alloc(0);
  return packet(0x30 | (qos << 1), Buffer.concat([mqttString(topic), idBytes, payload]));
}

export function subscribePacket(topic: string, qos: 0 | 1, id: number): Buffer {
  return packet(0x82, Buffer.concat([Buffer.from([id >> 8, id & 0xff]), mqttString(topic), Buffer.from([qos])]));
}

/** A TCP socket to the broker on 127.0.0.1, from `localAddress` (any loopback address) when given. */
export function rawConnect(port: number, localAddress?: string, timeoutMs = 5000): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect({ host: '127.0.0.1', port, localAddress });
    const timer = setTimeout(() => {
      s.destroy();
      reject(new Error(`connect from ${localAddress ?? '127.0.0.1'}: no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    s.once('connect', () => {
      clearTimeout(timer);
      s.on('error', () => undefined);
      resolve(s);
    });
    s.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

/** Resolves when the socket is closed (by either side), or after timeoutMs with false. */
export function closedWithin(s: Socket, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    if (s.closed || s.destroyed) return resolve(true);
    const timer = setTimeout(() => resolve(false), timeoutMs);
    s.once('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** The CONNACK return code the broker answered, or 'closed' if it closed first, or 'timeout'. */
export function connack(s: Socket, timeoutMs: number): Promise<number | 'closed' | 'timeout'> {
  return new Promise((resolve) => {
    let buf = Buffer.alloc(0);
    const done = (v: number | 'closed' | 'timeout'): void => {
      clearTimeout(timer);
      s.off('data', onData);
      s.off('close', onClose);
      resolve(v);
    };
    const onData = (d: Buffer): void => {
      buf = Buffer.concat([buf, d]);
      if (buf.length >= 4 && buf[0] === 0x20) done(buf[3]!);
    };
    const onClose = (): void => done('closed');
    const timer = setTimeout(() => done('timeout'), timeoutMs);
    s.on('data', onData);
    s.once('close', onClose);
  });
}

/** Writes and ignores a refusal (EPIPE, ECONNRESET): the attacker does not care whether the bytes arrived. */
export function blurt(s: Socket, bytes: Buffer): void {
  if (!s.destroyed) s.write(bytes, () => undefined);
}

/** Runs `task(i)` for i in [0, count) with at most `parallel` at once. */
export async function pool(count: number, parallel: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(parallel, count) }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

/** A small seeded PRNG (mulberry32): the same seed gives the same attack, so a failure can be replayed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

/** A machine logged in as `id` (keepalive 60 s) on a raw socket; rejects if no CONNACK comes within 10 s. */
export async function connectRaw(port: number, id: string, password: string, opts: { localAddress?: string } = {}): Promise<RawDevice> {
  const socket = await rawConnect(port, opts.localAddress);
  const parser = mqttPacket.parser({ protocolVersion: 4 });
  const received = new Map<string, number>();
  const waiters = new Set<() => void>();
  let lastSuback: number[] = [];
  const subacks = { granted: 0, refused: 0 };
  parser.on('packet', (p: Packet) => {
    received.set(p.cmd, (received.get(p.cmd) ?? 0) + 1);
    if (p.cmd === 'suback') {
      lastSuback = p.granted as number[];
      for (const g of lastSuback)
        if (g === 128) subacks.refused++;
        else subacks.granted++;
    }
    for (const w of [...waiters]) w();
  });
  socket.on('data', (b) => parser.parse(b));
  const until = (pred: () => boolean, ms: number, what: string) =>
    new Promise<void>((resolve, reject) => {
      if (pred()) return resolve();
      const check = () => {
        if (!pred()) return;
        done();
        resolve();
      };
      const onClose = () => {
        done();
        reject(new Error(`${id}: connection closed while waiting for ${what}`));
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`${id}: no ${what} within ${ms} ms`));
      }, ms);
      function done(): void {
        clearTimeout(timer);
        waiters.delete(check);
        socket.off('close', onClose);
      }
      waiters.add(check);
      socket.once('close', onClose);
    });
  socket.write(connectPacket(id, id, password, 60));
  await until(() => (received.get('connack') ?? 0) > 0, 10_000, 'CONNACK');
  let lastId = 0;
  const nextId = (): number => (lastId = (lastId % 65535) + 1);
  const write = async (buf: Buffer): Promise<void> => {
    if (socket.write(buf) || socket.destroyed) return;
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, 10_000);
      const go = () => {
        clearTimeout(t);
        socket.off('close', go);
        socket.off('drain', go);
        resolve();
      };
      socket.once('drain', go);
      socket.once('close', go);
    });
  };
  /** Writes n packets, 500 to a write. */
  const writeMany = async (n: number, make: (i: number) => Buffer): Promise<void> => {
    for (let i = 0; i < n && !socket.destroyed; i += 500) {
      const parts: Buffer[] = [];
      for (let j = i; j < Math.min(n, i + 500); j++) parts.push(make(j));
      await write(Buffer.concat(parts));
    }
  };
  return {
    socket,
    received,
    subacks,
    subscribeMany: (n, topic) => writeMany(n, () => subscribePacket(topic, 1, nextId())),
    async subscribe(topic, qos = 1) {
      const before = received.get('suback') ?? 0;
      socket.write(subscribePacket(topic, qos, nextId()));
      await until(() => (received.get('suback') ?? 0) > before, 10_000, 'SUBACK');
      return lastSuback[0] ?? 128;
    },
    publishMany: (n, topic, make, qos = 0) => writeMany(n, (i) => publishPacket(topic, make(i), qos, qos > 0 ? nextId() : 0)),
    stopReading: () => socket.pause(),
    waitForPubacks: (count, timeoutMs) => until(() => (received.get('puback') ?? 0) >= count, timeoutMs, `${count} PUBACKs`),
    destroy: () => socket.destroy(),
  };
}
