// A TCP proxy between the gateway and the core broker, so tests can break the uplink the two ways networks
// really break: a cut (connections reset, new ones hung up at once) and a black hole (sockets stay open,
// no byte moves in either direction, nobody is told; only keepalive timers notice).
import net from 'node:net';

export interface TcpProxy {
  /** Loopback port to connect to instead of the target. */
  readonly port: number;
  /** Live client connections (each has an upstream twin). */
  readonly connections: number;
  /** Reset every connection now; hang up new ones until restore(). */
  cut(): void;
  restore(): void;
  /** Black hole: keep connections open, forward nothing either way (new ones are accepted and held) until resume(). */
  pause(): void;
  /** Deliver what was held, in order, and forward again. */
  resume(): void;
  close(): Promise<void>;
}

interface Pair {
  client: net.Socket;
  upstream: net.Socket | undefined;
  /** One side closed while paused: across a black hole the other side cannot know yet, so it is closed at resume(). */
  closedDuringPause: boolean;
}

export async function startProxy(targetPort: number): Promise<TcpProxy> {
  const pairs = new Set<Pair>();
  let cut = false;
  let paused = false;

  function teardown(pair: Pair, reset: boolean): void {
    pairs.delete(pair);
    for (const socket of [pair.client, pair.upstream]) {
      if (!socket || socket.destroyed) continue;
      // resetAndDestroy sends RST (ECONNRESET at the peer): what a dropped link looks like, not a polite FIN.
      if (reset && socket.readyState !== 'opening') socket.resetAndDestroy();
      else socket.destroy();
    }
  }

  function onSideClosed(pair: Pair): void {
    if (!pairs.has(pair)) return;
    if (paused) {
      pair.closedDuringPause = true;
      return;
    }
    teardown(pair, false);
  }

  // Manual forwarding instead of pipe(): pipe() resumes a source on 'drain' and would undo pause().
  function forward(from: net.Socket, to: net.Socket, pair: Pair): void {
    from.on('data', (chunk: Buffer) => {
      if (to.destroyed) return;
      if (!to.write(chunk)) {
        from.pause();
        to.once('drain', () => {
          if (!paused && pairs.has(pair)) from.resume();
        });
      }
    });
  }

  function connectUpstream(pair: Pair): void {
    const upstream = net.connect({ host: '127.0.0.1', port: targetPort });
    pair.upstream = upstream;
    upstream.on('error', () => onSideClosed(pair));
    upstream.on('close', () => onSideClosed(pair));
    // The client may have spoken first (MQTT CONNECT); socket.write buffers until the upstream is connected.
    forward(pair.client, upstream, pair);
    forward(upstream, pair.client, pair);
    pair.client.resume();
  }

  const server = net.createServer({ pauseOnConnect: true }, (client) => {
    if (cut) {
      client.destroy();
      return;
    }
    const pair: Pair = { client, upstream: undefined, closedDuringPause: false };
    pairs.add(pair);
    client.on('error', () => onSideClosed(pair));
    client.on('close', () => onSideClosed(pair));
    // While paused the client's SYN is answered (the kernel does that) but nothing reaches the target.
    if (!paused) connectUpstream(pair);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('startProxy: no TCP address');

  return {
    port: address.port,
    get connections() {
      return pairs.size;
    },
    cut() {
      cut = true;
      for (const pair of [...pairs]) teardown(pair, true);
    },
    restore() {
      cut = false;
    },
    pause() {
      paused = true;
      // Stop reading: the kernel buffers fill and senders see backpressure, as with a dead link.
      for (const pair of pairs) {
        pair.client.pause();
        pair.upstream?.pause();
      }
    },
    resume() {
      paused = false;
      for (const pair of [...pairs]) {
        if (pair.closedDuringPause) {
          teardown(pair, false);
          continue;
        }
        if (pair.upstream === undefined) connectUpstream(pair);
        else {
          pair.client.resume();
          pair.upstream.resume();
        }
      }
    },
    async close() {
      cut = true;
      for (const pair of [...pairs]) teardown(pair, false);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
