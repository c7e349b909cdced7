// The socket guard reads MQTT framing as aedes takes bytes, so an oversized or malformed packet closes the socket
// before it is buffered; connection caps and the CONNECT deadline bound what sockets that never log in can hold.
import assert from 'node:assert/strict';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { ConnectionGuard, FrameMeter, sourceOf, type GuardRefusal } from '../../../protocols/mqtt/socket-guard.ts';

const LIMITS = { connectMaxBytes: 256, packetMaxBytes: 1024 };

/** A fixed header: type, then the Remaining Length in MQTT's variable-length encoding. */
function header(type: number, length: number): Buffer {
  const out = [type << 4];
  do {
    let b = length % 128;
    length = Math.floor(length / 128);
    if (length > 0) b |= 0x80;
    out.push(b);
  } while (length > 0);
  return Buffer.from(out);
}

describe('FrameMeter', () => {
  it('passes a small CONNECT and, after login, packets up to the limit, across any split of the bytes', () => {
    const m = new FrameMeter(LIMITS);
    const connect = Buffer.concat([header(1, 40), Buffer.alloc(40)]);
    for (const b of connect) assert.equal(m.feed(Buffer.from([b])), undefined);
    m.authenticated = true;
    const publish = Buffer.concat([header(3, 1024 - 3), Buffer.alloc(1024 - 3)]);
    assert.equal(m.feed(publish.subarray(0, 2)), undefined);
    assert.equal(m.feed(publish.subarray(2)), undefined);
    assert.equal(m.feed(header(12, 0)), undefined, 'PINGREQ');
  });

  it('refuses a PUBLISH whose declared length is over the limit as soon as its header is read', () => {
    const m = new FrameMeter(LIMITS);
    assert.equal(m.feed(Buffer.concat([header(1, 10), Buffer.alloc(10)])), undefined);
    m.authenticated = true;
    // 256 MB declared, no body sent: the verdict comes from the four length bytes alone.
    assert.equal(m.feed(header(3, 268_435_455))?.code, 'GW_MQTT_PACKET_TOO_LARGE');
  });

  it('refuses a CONNECT larger than connectMaxBytes, and too many bytes before login', () => {
    assert.equal(new FrameMeter(LIMITS).feed(header(1, 300))?.code, 'GW_MQTT_PACKET_TOO_LARGE');
    const m = new FrameMeter(LIMITS);
    assert.equal(m.feed(Buffer.concat([header(1, 100), Buffer.alloc(100)])), undefined);
    // Pipelined packets behind the CONNECT count towards the same budget while the login is pending.
    assert.equal(m.feed(Buffer.concat([header(12, 0), header(3, 200), Buffer.alloc(200)]))?.code, 'GW_MQTT_PACKET_TOO_LARGE');
  });

  it('refuses a first packet that is not a CONNECT and a fifth Remaining Length byte', () => {
    assert.equal(new FrameMeter(LIMITS).feed(header(3, 5))?.code, 'GW_MQTT_MALFORMED');
    const m = new FrameMeter(LIMITS);
    assert.equal(m.feed(Buffer.from([0x10, 0xff, 0xff, 0xff, 0xff, 0x01]))?.code, 'GW_MQTT_MALFORMED');
  });
});

describe('ConnectionGuard on real sockets', () => {
  let server: Server;
  let port = 0;
  const refusals: GuardRefusal[] = [];
  const received: Buffer[] = [];
  /** The server side of every open socket. */
  const sockets = new Set<Socket>();
  const guard = new ConnectionGuard({ ...LIMITS, connectDeadlineMs: 300, maxConnections: 4, maxConnectionsPerSource: 2 }, (r) =>
    refusals.push(r),
  );

  before(async () => {
    server = createServer((sock) => {
      sockets.add(sock);
      sock.once('close', () => sockets.delete(sock));
      if (!guard.admit(sock)) return;
      guard.watch(sock);
      // Reads the way aedes does: conn.read() on 'readable'.
      sock.on('readable', () => {
        let b: Buffer | null;
        while ((b = sock.read() as Buffer | null)) received.push(b);
      });
      sock.on('error', () => undefined);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as { port: number }).port;
  });
  after(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((r) => server.close(r));
  });

  const open = (localAddress: string): Promise<Socket> =>
    new Promise((resolve, reject) => {
      const s = connect({ port, host: '127.0.0.1', localAddress }, () => resolve(s));
      s.on('error', reject);
    });
  const closed = (s: Socket): Promise<void> => new Promise((r) => (s.closed ? r() : s.once('close', () => r())));

  it('closes a socket that declares an oversized CONNECT before its body reaches the reader', async () => {
    received.length = 0;
    refusals.length = 0;
    const s = await open('127.0.0.11');
    s.on('error', () => undefined);
    s.write(header(1, 50_000));
    s.write(Buffer.alloc(2000, 0x41));
    await closed(s);
    assert.equal(
      received.reduce((n, b) => n + b.length, 0),
      0,
      'nothing handed to the reader',
    );
    assert.deepEqual(
      refusals.map((r) => [r.code, r.source]),
      [['GW_MQTT_PACKET_TOO_LARGE', '127.0.0.11']],
    );
  });

  it('caps sockets per source and in total; a closed socket frees its place', async () => {
    refusals.length = 0;
    const a = [await open('127.0.0.21'), await open('127.0.0.21')];
    const third = await open('127.0.0.21');
    await closed(third);
    assert.equal(refusals.at(-1)?.reason, 'broker.maxConnectionsPerSource reached');
    const b = [await open('127.0.0.22'), await open('127.0.0.22')];
    const fifth = await open('127.0.0.23');
    await closed(fifth);
    assert.equal(refusals.at(-1)?.reason, 'broker.maxConnections reached');
    a[0]!.destroy();
    await closed(a[0]!);
    await new Promise((r) => setTimeout(r, 50));
    const refusedBefore = refusals.length;
    const again = await open('127.0.0.23');
    // A refused socket is closed by the server a moment after it connected: look once that moment has passed.
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(refusals.length, refusedBefore, 'the socket in the freed place is admitted');
    assert.equal(again.closed, false);
    for (const s of [a[1]!, ...b, again]) s.destroy();
    await Promise.all([a[1]!, ...b, again].map(closed));
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(guard.sockets, 0);
    assert.equal(guard.sources, 0, 'no address kept once its sockets are gone');
  });

  it('closes a socket that sends its CONNECT too slowly (the deadline), and keeps one that was accepted', async () => {
    refusals.length = 0;
    const slow = await open('127.0.0.31');
    slow.write(header(1, 20)); // and nothing more
    const ok = await open('127.0.0.32');
    await new Promise((r) => setTimeout(r, 50));
    // The broker marks a socket accepted once its login succeeds; here the server-side socket is found by port.
    for (const conn of sockets) if (conn.remotePort === ok.localPort) guard.accepted(conn);
    await closed(slow);
    assert.deepEqual(
      refusals.map((r) => r.code),
      ['GW_MQTT_CONNECT_TIMEOUT'],
    );
    await new Promise((r) => setTimeout(r, 400));
    assert.equal(ok.closed, false, 'an accepted socket has no deadline');
    ok.destroy();
    await closed(ok);
  });
});

describe('sourceOf', () => {
  it('counts an IPv6 host by its /64, which it can fill with addresses of its own; IPv4 by address', () => {
    assert.equal(sourceOf({ remoteAddress: '2001:db8:1:2::66' }), sourceOf({ remoteAddress: '2001:db8:1:2:ffff:1:2:3' }));
    assert.notEqual(sourceOf({ remoteAddress: '2001:db8:1:2::66' }), sourceOf({ remoteAddress: '2001:db8:1:3::66' }));
    assert.equal(sourceOf({ remoteAddress: '::ffff:10.0.0.7' }), '10.0.0.7');
    assert.notEqual(sourceOf({ remoteAddress: '10.0.0.7' }), sourceOf({ remoteAddress: '10.0.0.8' }));
  });
});
