// The device broker's socket guard: what a socket may cost the gateway before and after it proves who it is.
//
// aedes (through mqtt-packet) buffers a whole packet before it looks at it, and neither has a size limit: a PUBLISH
// declaring 256 MB is collected byte by byte until it is complete. So the guard reads the MQTT framing itself, on the
// bytes aedes takes from the socket, before the parser gets them: the fixed header's first byte and the Remaining
// Length (MQTT 3.1.1 section 2.2.3: at most four bytes of 7 bits with a continuation bit). A packet whose declared size
// is over the limit closes the socket at once, before any of its body is buffered; a fifth length byte is malformed
// ([MQTT-2.2.3], 268,435,455 is the largest length) and closes it too.
//
// Limits:
//  - before the socket's CONNECT is accepted, everything it sends (the CONNECT and whatever is pipelined behind it)
//    fits in `connectMaxBytes`; a CONNECT has no business being large.
//  - after it, every packet fits in `packetMaxBytes` (the broker sets it to maxPayloadBytes + the largest topic MQTT
//    allows + header).
//  - a socket that has not been accepted `connectDeadlineMs` after it opened is closed (a CONNECT sent one byte a
//    minute, or none at all).
//  - at most `maxConnections` sockets in all and `maxConnectionsPerSource` from one address; over that a new socket is
//    closed before aedes sees it.
// Every refusal goes to `onRefused` with a fixed reason (never bytes from the socket), where it is counted and logged.
import type { Socket } from 'node:net';
import { sourceKey } from '../../base/source-key.ts';

export type GuardCode = 'GW_MQTT_PACKET_TOO_LARGE' | 'GW_MQTT_MALFORMED' | 'GW_MQTT_CONNECTION_LIMIT' | 'GW_MQTT_CONNECT_TIMEOUT';
export interface GuardRefusal {
  code: GuardCode;
  reason: string;
  source: string;
}

export interface GuardLimits {
  connectMaxBytes: number;
  packetMaxBytes: number;
  connectDeadlineMs: number;
  maxConnections: number;
  maxConnectionsPerSource: number;
}

type Verdict = { code: GuardCode; reason: string } | undefined;

const CONNECT = 1;

/** Follows MQTT framing over a byte stream without keeping any of it: a few numbers per socket. */
export class FrameMeter {
  /** Set once the socket's CONNECT is accepted: the per-packet limit applies from then on. */
  authenticated = false;
  private readonly limits: Pick<GuardLimits, 'connectMaxBytes' | 'packetMaxBytes'>;
  private preAuthBytes = 0;
  private state: 'header' | 'length' | 'body' = 'header';
  private type = 0;
  private lengthBytes = 0;
  private remaining = 0;
  private packets = 0;

  constructor(limits: Pick<GuardLimits, 'connectMaxBytes' | 'packetMaxBytes'>) {
    this.limits = limits;
  }

  /** Reads the next bytes of the stream; returns why the socket must close, if it must. */
  feed(buf: Buffer): Verdict {
    if (!this.authenticated) {
      this.preAuthBytes += buf.length;
      if (this.preAuthBytes > this.limits.connectMaxBytes)
        return { code: 'GW_MQTT_PACKET_TOO_LARGE', reason: 'more than broker.connectMaxBytes before the CONNECT was accepted' };
    }
    let i = 0;
    while (i < buf.length) {
      if (this.state === 'body') {
        const take = Math.min(this.remaining, buf.length - i);
        i += take;
        this.remaining -= take;
        if (this.remaining === 0) this.state = 'header';
        continue;
      }
      const b = buf[i++]!;
      if (this.state === 'header') {
        this.type = b >> 4;
        // [MQTT-3.1.0-1]: the first packet from a client must be a CONNECT.
        if (this.packets === 0 && this.type !== CONNECT) return { code: 'GW_MQTT_MALFORMED', reason: 'first packet is not a CONNECT' };
        this.state = 'length';
        this.lengthBytes = 0;
        this.remaining = 0;
        continue;
      }
      // Remaining Length: little-endian groups of 7 bits, at most four bytes.
      this.remaining += (b & 0x7f) * 128 ** this.lengthBytes;
      this.lengthBytes++;
      if (b & 0x80) {
        if (this.lengthBytes === 4) return { code: 'GW_MQTT_MALFORMED', reason: 'remaining length longer than four bytes' };
        continue;
      }
      const total = 1 + this.lengthBytes + this.remaining;
      this.packets++;
      if (!this.authenticated && total > this.limits.connectMaxBytes)
        return { code: 'GW_MQTT_PACKET_TOO_LARGE', reason: 'packet before the CONNECT was accepted is larger than broker.connectMaxBytes' };
      if (this.authenticated && total > this.limits.packetMaxBytes)
        return { code: 'GW_MQTT_PACKET_TOO_LARGE', reason: 'packet larger than broker.maxPayloadBytes allows' };
      this.state = this.remaining > 0 ? 'body' : 'header';
    }
    return undefined;
  }
}

interface Guarded {
  meter: FrameMeter;
  source: string;
  deadline: NodeJS.Timeout | undefined;
  closed: boolean;
}

/**
 * The source a socket's caps and its login back-off are counted by: an IPv4 address (IPv4-mapped too), an IPv6
 * address by its /64, since one host picks as many addresses in its /64 as it likes; 'unknown' when the socket is
 * already gone. The status server counts its sockets by the same key.
 */
export function sourceOf(sock: { remoteAddress?: string | undefined }): string {
  return sourceKey(sock.remoteAddress);
}

export class ConnectionGuard {
  private readonly limits: GuardLimits;
  private readonly onRefused: (r: GuardRefusal) => void;
  private readonly guarded = new WeakMap<Socket, Guarded>();
  /** Open sockets per source address; an address leaves the map with its last socket, so it holds at most maxConnections keys. */
  private readonly perSource = new Map<string, number>();
  private open = 0;

  constructor(limits: GuardLimits, onRefused: (r: GuardRefusal) => void) {
    this.limits = limits;
    this.onRefused = onRefused;
  }

  /** Sockets open now (accepted, not yet closed). */
  get sockets(): number {
    return this.open;
  }

  /** Source addresses with a socket open now. */
  get sources(): number {
    return this.perSource.size;
  }

  /**
   * Counts a new socket against the caps: over one it is closed at once (returns false). The TLS listener calls this for
   * the raw socket, before its handshake, so handshakes held open count against their source like any socket.
   */
  admit(sock: Socket): boolean {
    const source = sourceOf(sock);
    const fromSource = this.perSource.get(source) ?? 0;
    if (this.open >= this.limits.maxConnections || fromSource >= this.limits.maxConnectionsPerSource) {
      sock.on('error', () => undefined);
      sock.destroy();
      this.onRefused({
        code: 'GW_MQTT_CONNECTION_LIMIT',
        reason: this.open >= this.limits.maxConnections ? 'broker.maxConnections reached' : 'broker.maxConnectionsPerSource reached',
        source,
      });
      return false;
    }
    this.open++;
    this.perSource.set(source, fromSource + 1);
    sock.once('close', () => {
      this.open--;
      const n = (this.perSource.get(source) ?? 1) - 1;
      if (n <= 0) this.perSource.delete(source);
      else this.perSource.set(source, n);
    });
    return true;
  }

  /**
   * Starts an admitted socket's CONNECT deadline and meters every byte aedes reads from it (over TLS: the socket with
   * the handshake done). Call before handing the socket to aedes.
   */
  watch(sock: Socket): void {
    const g: Guarded = { meter: new FrameMeter(this.limits), source: sourceOf(sock), deadline: undefined, closed: false };
    this.guarded.set(sock, g);
    g.deadline = setTimeout(
      () => this.refuse(sock, g, { code: 'GW_MQTT_CONNECT_TIMEOUT', reason: 'no accepted CONNECT within broker.connectDeadlineMs' }),
      this.limits.connectDeadlineMs,
    );
    g.deadline.unref();
    sock.once('close', () => clearTimeout(g.deadline));
    // aedes pulls bytes with conn.read() on 'readable' (lib/client.js nextBatch): every chunk it gets passes the meter
    // first, and a chunk that breaks a limit is never handed over.
    const read = sock.read.bind(sock);
    sock.read = (size?: number) => {
      const chunk: unknown = read(size);
      if (g.closed) return null;
      if (Buffer.isBuffer(chunk)) {
        const verdict = g.meter.feed(chunk);
        if (verdict) {
          this.refuse(sock, g, verdict);
          return null;
        }
      }
      return chunk;
    };
  }

  /** The socket's CONNECT was accepted: its deadline stops and the per-packet limit applies. */
  accepted(sock: unknown): void {
    const g = this.guarded.get(sock as Socket);
    if (!g) return;
    g.meter.authenticated = true;
    clearTimeout(g.deadline);
    g.deadline = undefined;
  }

  private refuse(sock: Socket, g: Guarded, v: { code: GuardCode; reason: string }): void {
    if (g.closed) return;
    g.closed = true;
    clearTimeout(g.deadline);
    sock.on('error', () => undefined);
    sock.destroy();
    this.onRefused({ ...v, source: g.source });
  }
}
