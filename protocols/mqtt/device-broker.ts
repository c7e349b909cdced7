// The site's own MQTT broker (aedes, MQTT 3.1.1) that machines connect to. Transport only: it knows topics and
// credentials, not machine kinds. What a device publishes is handed to `onPublish` from aedes's authorizePublish hook,
// because that is the only place a QoS 1 PUBACK can still be held back until the message is durable.
import { readFileSync, unwatchFile, watchFile } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer, type Server as TlsServer, TLSSocket } from 'node:tls';
import { Aedes, type Client, type PublishPacket, type Subscription } from 'aedes';
import type { Logger } from 'pino';
import { LoginBackoff, type BackoffOptions } from './login-backoff.ts';
import { ConnectionGuard, sourceOf, type GuardCode, type GuardLimits } from './socket-guard.ts';

/** Where a device's publish is re-addressed once the gateway has it: a topic nobody can subscribe to. */
const INGESTED = '$edge/ingested';

/** What a device may subscribe to, below devices/{its id}/. */
export const DEVICE_SUBSCRIBE_CHANNELS = new Set(['cmd', 'error', 'res']);

export type PublishVerdict = (err?: Error | null) => void;

/** Why a socket or a login was refused before the machine proved who it is. */
export type PreAuthCode = GuardCode | 'GW_AUTH_FAILED' | 'GW_AUTH_BACKOFF' | 'GW_AUTH_BUSY';
export interface PreAuthRefusal {
  code: PreAuthCode;
  /** A fixed sentence: never bytes from the socket. */
  reason: string;
  /** The address the socket came from. */
  source: string;
  /** Set when the login named a configured device (a wrong password, a back-off). */
  deviceId?: string;
  /** The name a login claimed when it is not a configured device: for a keyed fingerprint at most, never to keep or show. */
  claimedId?: string;
}

export interface DeviceBrokerHooks {
  /** Checks a device's CONNECT off the event loop. Unknown ids and wrong passwords resolve false; a full check queue rejects (GW_AUTH_BUSY). */
  authenticate(deviceId: string, password: Buffer): Promise<boolean>;
  /** Whether a device id is configured (a machine proving itself by client certificate needs nothing more). */
  knows(deviceId: string): boolean;
  /** A device published on one of its own channels. Call `done()` once it is safe to PUBACK; `done(err)` closes the connection without one. */
  onPublish(deviceId: string, channel: string, packet: PublishPacket, done: PublishVerdict): void;
  /** Something was refused: logged and counted by the caller, in one place. */
  onRefused(deviceId: string, code: 'GW_ACL_SUBSCRIBE_DENIED', detail: string): void;
  /** A socket or a login was refused before authentication: counted in a bounded way and logged (rate-limited) by the caller. */
  onPreAuthRefused(r: PreAuthRefusal): void;
  /** A device logged in: false cuts it at once (a reconnect loop over its budget), before onConnect or any subscription is reported. */
  admitConnection?(deviceId: string): boolean;
  onConnect?(deviceId: string): void;
  onDisconnect?(deviceId: string): void;
  /**
   * A device's subscription to devices/{id}/{channel} is active (aedes has registered it, so a publish reaches the
   * device) or was removed; a persistent session's restored subscriptions are reported right after onConnect.
   */
  onSubscription?(deviceId: string, channel: string, active: boolean): void;
  /** Charges a SUBSCRIBE to the device's budget; false refuses it (granted 0x80, connection kept). */
  admitSubscription?(deviceId: string): boolean;
}

export interface DeviceTlsOptions {
  host: string;
  port: number;
  caFile: string;
  certFile: string;
  keyFile: string;
}
export interface DeviceBrokerOptions {
  host: string;
  port: number;
  tls?: DeviceTlsOptions;
  /** Connection caps, packet size limits and the CONNECT deadline (socket-guard.ts). */
  guard: GuardLimits;
  /** Per-source back-off after failed logins (login-backoff.ts). */
  backoff: BackoffOptions;
}

export class DeviceBroker {
  private readonly opts: DeviceBrokerOptions;
  private readonly hooks: DeviceBrokerHooks;
  private readonly log: Logger;
  private aedes: Aedes | undefined;
  private server: Server | undefined;
  private tlsServer: TlsServer | undefined;
  private readonly sockets = new Set<Socket>();
  private readonly clients = new Map<string, Client>();
  private readonly guard: ConnectionGuard;
  private readonly backoff: LoginBackoff;
  private listening = false;

  constructor(opts: DeviceBrokerOptions, hooks: DeviceBrokerHooks, log: Logger) {
    this.opts = opts;
    this.hooks = hooks;
    this.log = log;
    this.guard = new ConnectionGuard(opts.guard, (r) => hooks.onPreAuthRefused(r));
    this.backoff = new LoginBackoff(opts.backoff);
  }

  async start(): Promise<void> {
    const aedes = await Aedes.createBroker({
      // No queue in aedes' emitter (mqemitter): with a limit, publishes beyond it wait in a queue that is drained by
      // recursion, one stack frame chain per queued message whose subscriber is gone, so 100,000 answers queued for a
      // device that then disconnects overflowed the stack (RangeError, issue 12). Unqueued, nothing recurses; what one
      // device can make the gateway publish is bounded by its budget instead (gateway/pipeline/device-budget.ts).
      concurrency: 0,
      // A device that stops reading is disconnected once a write to it has waited this long for 'drain' (aedes' own
      // default, stated here because it is what bounds the replies, errors and answers buffered for such a device: its
      // budget's rate times this time).
      drainTimeout: 60_000,
      // The guard closes a socket without an accepted CONNECT at its own deadline; aedes' timer is only a backstop.
      connectTimeout: this.opts.guard.connectDeadlineMs + 1000,
      // Identical client ids would otherwise kick each other off in a loop: the username is the device id and must match.
      authenticate: (client, username, password, done) => this.authenticate(client, username, password, done),
      authorizePublish: (client, packet, done) => this.authorizePublish(client, packet, done),
      authorizeSubscribe: (client, sub, done) => this.authorizeSubscribe(client, sub, done),
      // Devices never receive each other's traffic, and nothing of theirs is retained at the gateway.
      authorizeForward: (client, packet) => (packet.topic.startsWith(`devices/${client.id}/`) ? packet : null),
    });
    this.aedes = aedes;
    // A device's publish ends in authorizePublish, re-addressed to INGESTED, which nobody can subscribe to: aedes' routing
    // (a Packet copy, the offline-queue lookup, the emitter) would only look for subscribers that cannot exist. About 5%
    // of the gateway's allocations under load; the gateway's own publishes (commands, errors) are routed as usual.
    // aedes' handlers call broker.publish(packet, client, done), a signature its typings leave out.
    type Done = (err?: Error) => void;
    const route = aedes.publish.bind(aedes) as unknown as (packet: PublishPacket, client: Client | Done | null, done?: Done) => void;
    (aedes as unknown as { publish: typeof route }).publish = (packet, client, done) => {
      if (packet.topic !== INGESTED) return route(packet, client, done);
      (typeof client === 'function' ? client : done)?.();
    };
    aedes.on('clientReady', (c) => {
      this.clients.set(c.id, c);
      // Cut before anything else hears of it; its close still reaches onDisconnect, like any other.
      if (this.hooks.admitConnection?.(c.id) === false) return c.close();
      this.hooks.onConnect?.(c.id);
      // A persistent session's subscriptions were restored before clientReady (aedes keeps them in client.subscriptions,
      // a field its typings leave out).
      const restored = (c as unknown as { subscriptions?: Record<string, unknown> }).subscriptions ?? {};
      for (const topic of Object.keys(restored)) this.subscription(c, topic, true);
    });
    // Emitted once aedes has added the subscriptions to its emitter (after the SUBACK is written); refused ones carry 128.
    aedes.on('subscribe', (subs, c) => {
      for (const s of subs) if ((s.qos as number) !== 128) this.subscription(c, s.topic, true);
    });
    aedes.on('unsubscribe', (topics, c) => {
      for (const t of topics) this.subscription(c, t, false);
    });
    aedes.on('clientDisconnect', (c) => {
      if (this.clients.get(c.id) === c) {
        this.clients.delete(c.id);
        this.hooks.onDisconnect?.(c.id);
      }
    });
    aedes.on('clientError', (c, err) =>
      this.log.debug({ component: 'broker', deviceId: c?.id, err: err.message }, 'device connection error'),
    );
    // A socket whose bytes mqtt-packet refuses before it logged in (bad flags, bad UTF-8, a protocol it does not speak).
    // The parser's message is not shown: it can quote what the socket sent.
    aedes.on('connectionError', (c, err) => {
      // A socket error (ECONNRESET, EPIPE: the peer went away) carries a code and is no refusal; parser errors carry none.
      if ((err as NodeJS.ErrnoException).code !== undefined) return;
      const conn = (c as unknown as { conn?: Socket }).conn;
      this.hooks.onPreAuthRefused({
        code: 'GW_MQTT_MALFORMED',
        reason: 'malformed MQTT before the CONNECT was accepted',
        source: sourceOf(conn ?? {}),
      });
    });
    const server = createServer((sock) => {
      if (this.guard.admit(sock)) this.handle(aedes, sock);
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.opts.port, this.opts.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    server.on('error', (err) => this.log.error({ component: 'broker', err: err.message }, 'device listener error'));
    if (this.opts.tls) await this.startTls(aedes, this.opts.tls);
    this.listening = true;
  }

  /** An admitted socket from either listener: watched by the guard, tracked for stop(), handed to aedes. */
  private handle(aedes: Aedes, sock: Socket): void {
    this.guard.watch(sock);
    this.sockets.add(sock);
    sock.on('close', () => this.sockets.delete(sock));
    aedes.handle(sock);
  }

  /** The TLS listener: client certificates signed by the site CA are required; the certificate's CN is the device id. */
  private async startTls(aedes: Aedes, t: DeviceTlsOptions): Promise<void> {
    const context = () => ({ ca: readFileSync(t.caFile), cert: readFileSync(t.certFile), key: readFileSync(t.keyFile) });
    // A handshake takes no longer than a CONNECT may (node's default is 120 s).
    const server = createTlsServer(
      { ...context(), requestCert: true, rejectUnauthorized: true, handshakeTimeout: this.opts.guard.connectDeadlineMs },
      (sock) => this.handle(aedes, sock),
    );
    // The caps count the raw socket from its first moment, so handshakes held open cannot fill the listener: the TLS
    // server's own 'connection' listener (which starts the handshake) runs only for a socket the guard admitted.
    const startHandshake = server.listeners('connection') as ((raw: Socket) => void)[];
    server.removeAllListeners('connection');
    server.on('connection', (raw: Socket) => {
      if (this.guard.admit(raw)) for (const f of startHandshake) f.call(server, raw);
    });
    server.on('tlsClientError', (_err, sock) =>
      this.hooks.onPreAuthRefused({ code: 'GW_AUTH_FAILED', reason: 'device TLS handshake refused', source: sourceOf(sock) }),
    );
    this.tlsServer = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(t.port, t.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    for (const f of [t.caFile, t.certFile, t.keyFile]) {
      watchFile(f, { interval: 5000, persistent: false }, () => {
        try {
          server.setSecureContext(context());
          this.log.info({ component: 'broker', file: f }, 'device TLS certificates reloaded');
        } catch (e) {
          this.log.error(
            { component: 'broker', code: 'GW_CONFIG_INVALID', err: (e as Error).message },
            'cannot reload device TLS certificates; keeping the old ones',
          );
        }
      });
    }
  }

  get tlsPort(): number | undefined {
    const a = this.tlsServer?.address();
    return a && typeof a === 'object' ? a.port : undefined;
  }

  get port(): number {
    const a = this.server?.address();
    return a && typeof a === 'object' ? a.port : this.opts.port;
  }

  /** `sockets` counts every open socket (logged in or not); `sources` the addresses they come from. */
  health(): { listening: boolean; clients: number; sockets: number; sources: number } {
    return { listening: this.listening, clients: this.clients.size, sockets: this.guard.sockets, sources: this.guard.sources };
  }

  isConnected(deviceId: string): boolean {
    return this.clients.has(deviceId);
  }

  /** Sends to a device topic (error replies, command deliveries, request answers). */
  publish(topic: string, payload: Buffer | string, qos: 0 | 1 = 1): Promise<void> {
    const aedes = this.aedes;
    if (!aedes) return Promise.resolve();
    return new Promise((resolve, reject) => {
      aedes.publish(
        { cmd: 'publish', topic, payload: typeof payload === 'string' ? Buffer.from(payload) : payload, qos, retain: false, dup: false },
        (err) => (err ? reject(err) : resolve()),
      );
    });
  }

  private subscription(c: Client, topic: string, active: boolean): void {
    const prefix = `devices/${c.id}/`;
    if (this.clients.get(c.id) === c && topic.startsWith(prefix)) this.hooks.onSubscription?.(c.id, topic.slice(prefix.length), active);
  }

  /** Closes one device's connection (a device removed from the config). */
  disconnect(deviceId: string): void {
    this.clients.get(deviceId)?.close();
  }

  async stop(): Promise<void> {
    this.listening = false;
    const servers = [this.server, this.tlsServer].filter((x): x is Server => x !== undefined);
    const aedes = this.aedes;
    this.server = undefined;
    this.tlsServer = undefined;
    this.aedes = undefined;
    const t = this.opts.tls;
    if (t) for (const f of [t.caFile, t.certFile, t.keyFile]) unwatchFile(f);
    const closed = servers.map((server) => new Promise<void>((r) => server.close(() => r())));
    for (const s of this.sockets) s.destroy();
    await Promise.all(closed);
    if (aedes) await new Promise<void>((r) => aedes.close(() => r()));
  }

  private authenticate(
    client: Client,
    username: string | undefined,
    password: Buffer | undefined,
    done: (err: (Error & { returnCode: number }) | null, ok: boolean | null) => void,
  ): void {
    const conn = (client as unknown as { conn: Socket }).conn;
    const source = sourceOf(conn);
    const accept = (): void => {
      this.backoff.succeeded(source);
      this.guard.accepted(conn);
      done(null, true);
    };
    // 4 = bad user name or password, 5 = not authorized (MQTT 3.1.1 table 3.1); aedes does not export the const enum at runtime.
    const refuse = (code: PreAuthCode, reason: string, claimed: string, returnCode: 4 | 5): void => {
      const known = claimed !== '' && this.hooks.knows(claimed);
      this.hooks.onPreAuthRefused({
        code,
        reason,
        source,
        ...(known ? { deviceId: claimed } : claimed !== '' ? { claimedId: claimed } : {}),
      });
      done(Object.assign(new Error(returnCode === 4 ? 'bad user name or password' : 'not authorized'), { returnCode }), null);
    };
    const certId = certificateName(client);
    const id = certId ?? username ?? '';
    // A source in back-off is held, then refused without its password being checked: guessing costs the guesser time.
    // Held at most until just before the CONNECT deadline, so the answer is a coded refusal rather than a timeout.
    const hold = Math.min(this.backoff.attempt(source), this.opts.guard.connectDeadlineMs - 250);
    if (hold > 0) {
      const timer = setTimeout(() => refuse('GW_AUTH_BACKOFF', 'source in back-off after failed logins; refused unchecked', id, 4), hold);
      timer.unref();
      conn.once('close', () => clearTimeout(timer));
      return;
    }
    if (certId !== undefined) {
      // Over the TLS listener the verified certificate is the proof: its CN must be a configured device, and the
      // client id (and user name, if any) must match it.
      if (this.hooks.knows(certId) && client.id === certId && (username === undefined || username === certId)) return accept();
      return refuse('GW_AUTH_FAILED', 'client certificate names no configured device, or not this client id', certId, 5);
    }
    if (id === '') return refuse('GW_AUTH_FAILED', 'no user name (the device id) given', '', 4);
    if (client.id !== id) return refuse('GW_AUTH_FAILED', 'client id must equal the user name (the device id)', id, 4);
    if (!this.hooks.knows(id)) return refuse('GW_AUTH_FAILED', 'unknown device id', id, 4);
    this.hooks.authenticate(id, password ?? Buffer.alloc(0)).then(
      (ok) => (ok ? accept() : refuse('GW_AUTH_FAILED', 'wrong password', id, 4)),
      (e: Error & { code?: string }) =>
        refuse(
          e.code === 'GW_AUTH_BUSY' ? 'GW_AUTH_BUSY' : 'GW_AUTH_FAILED',
          e.code === 'GW_AUTH_BUSY' ? 'too many password checks waiting; refused unchecked' : 'password check failed',
          id,
          4,
        ),
    );
  }

  private authorizePublish(client: Client | null, packet: PublishPacket, done: PublishVerdict): void {
    if (!client) return done(new Error('no client'));
    const prefix = `devices/${client.id}/`;
    let channel = packet.topic.startsWith(prefix) ? packet.topic.slice(prefix.length) : '';
    if (channel === '' || DEVICE_SUBSCRIBE_CHANNELS.has(channel)) {
      // Outside its own tree, or on a channel that only flows towards the device (commands, errors, answers): refused
      // by onPublish (channel ''), which logs, counts and answers it once.
      channel = '';
    }
    // Everything a device sends ends here: after the PUBACK aedes would route the packet to subscribers, so it is
    // re-addressed to a topic nobody can subscribe to, and never retained at the gateway.
    const original = packet.topic;
    packet.topic = INGESTED;
    packet.retain = false;
    // [MQTT-3.3.5-2]: an unauthorised PUBLISH is either acknowledged as usual or the connection closed. Acknowledging
    // and dropping stops a device from resending the same refused message forever; the refusal is answered on
    // devices/{id}/error by onPublish (channel '').
    this.hooks.onPublish(client.id, channel, { ...packet, topic: original } as PublishPacket, done);
  }

  private authorizeSubscribe(client: Client, sub: Subscription, done: (err: Error | null, sub?: Subscription | null) => void): void {
    if (this.hooks.admitSubscription?.(client.id) === false) return done(null, null); // over its budget: counted by the hook
    const prefix = `devices/${client.id}/`;
    const channel = sub.topic.startsWith(prefix) ? sub.topic.slice(prefix.length) : undefined;
    if (channel === undefined || !DEVICE_SUBSCRIBE_CHANNELS.has(channel)) {
      // The topic is the device's own text: its length only, never the topic itself, reaches the log and the status page.
      this.hooks.onRefused(
        client.id,
        'GW_ACL_SUBSCRIBE_DENIED',
        `subscribe refused (a ${sub.topic.length}-character topic outside devices/${client.id}/{cmd|error|res})`,
      );
      return done(null, null); // granted QoS 0x80: refused, connection kept
    }
    done(null, sub);
  }
}

/** The CN of a verified client certificate, when the machine came in over the TLS listener. */
function certificateName(client: Client): string | undefined {
  const conn = (client as unknown as { conn?: unknown }).conn;
  if (!(conn instanceof TLSSocket) || !conn.authorized) return undefined;
  const cn = conn.getPeerCertificate().subject?.CN;
  return typeof cn === 'string' ? cn : Array.isArray(cn) ? String(cn[0]) : '';
}
