// MQTT 3.1.1 packets written by hand, byte by byte, and a raw socket to send them: what an attacker on the site LAN
// does, free to lie about lengths, strings and flags. Every wait is bounded.
import { connect, type Socket } from 'node:net';

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

/** A CONNECT with client id = user name (how the gateway's machines log in), clean session, keepalive 30 s. */
export function connectPacket(clientId: string | Buffer, username?: string | Buffer, password?: string | Buffer): Buffer {
  let flags = 0x02;
  if (username !== undefined) flags |= 0x80;
  if (password !== undefined) flags |= 0x40;
  const body = Buffer.concat([
    mqttString('MQTT'), Buffer.from([4, flags, 0, 30]), mqttString(clientId),
    ...(username !== undefined ? [mqttString(username)] : []),
    ...(password !== undefined ? [mqttString(password)] : []),
  ]);
  return packet(0x10, body);
}

export function publishPacket(topic: string | Buffer, payload: Buffer, qos: 0 | 1 = 0, id = 1): Buffer {
  const idBytes = qos > 0 ? Buffer.from([id >> 8, id & 0xff]) : Buffer.alloc(0);
  return packet(0x30 | (qos << 1), Buffer.concat([mqttString(topic), idBytes, payload]));
}

export function rawConnect(port: number, localAddress: string, timeoutMs = 5000): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect({ host: '127.0.0.1', port, localAddress });
    const timer = setTimeout(() => { s.destroy(); reject(new Error(`connect from ${localAddress}: no answer within ${timeoutMs} ms`)); }, timeoutMs);
    s.once('connect', () => { clearTimeout(timer); s.on('error', () => undefined); resolve(s); });
    s.once('error', (e) => { clearTimeout(timer); reject(e); });
  });
}

/** Resolves when the socket is closed (by either side), or after timeoutMs with false. */
export function closedWithin(s: Socket, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    if (s.closed || s.destroyed) return resolve(true);
    const timer = setTimeout(() => resolve(false), timeoutMs);
    s.once('close', () => { clearTimeout(timer); resolve(true); });
  });
}

/** The CONNACK return code the broker answered, or 'closed' if it closed first, or 'timeout'. */
export function connack(s: Socket, timeoutMs: number): Promise<number | 'closed' | 'timeout'> {
  return new Promise((resolve) => {
    let buf = Buffer.alloc(0);
    const done = (v: number | 'closed' | 'timeout'): void => { clearTimeout(timer); s.off('data', onData); s.off('close', onClose); resolve(v); };
    const onData = (d: Buffer): void => { buf = Buffer.concat([buf, d]); if (buf.length >= 4 && buf[0] === 0x20) done(buf[3]!); };
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
  await Promise.all(Array.from({ length: Math.min(parallel, count) }, async () => {
    while (next < count) await task(next++);
  }));
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
