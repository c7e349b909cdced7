// A subscriber at the core broker that records everything the gateway delivers, so tests assert on what
// actually arrived over the wire (payload bytes, retain flag, arrival time), not on what the gateway logged.
import type { IClientOptions, MqttClient } from 'mqtt';
import { connectMqtt } from './mqtt-connect.ts';
import { randomUUID } from 'node:crypto';

export interface CoreMessage {
  topic: string;
  payload: Buffer;
  retain: boolean;
  receivedAt: number;
}

export interface CoreListener {
  readonly client: MqttClient;
  /** Every message received so far, in arrival order (until clear()). */
  readonly messages: readonly CoreMessage[];
  /** Resolves with all messages once at least n have arrived. */
  waitForCount(n: number, timeoutMs: number): Promise<CoreMessage[]>;
  /**
   * Resolves once the client is connected and its subscription is active again. After a broker restart or
   * a cut uplink, 'connect' fires before MQTT.js's automatic resubscribe is acknowledged; a message
   * published in that gap is never delivered to a clean session, so tests wait for this instead.
   */
  ready(timeoutMs: number): Promise<void>;
  /** Resolves with the first message (already received or future) matching predicate. */
  waitFor(predicate: (message: CoreMessage) => boolean, timeoutMs: number): Promise<CoreMessage>;
  clear(): void;
  close(): Promise<void>;
}

export interface ListenOptions {
  /** Subscription QoS; default 1, so the broker queues nothing away from us. */
  qos?: 0 | 1 | 2;
  /** Passed through to MQTT.js (e.g. protocolVersion 5 with rap to see the publisher's retain flag). */
  mqtt?: IClientOptions;
  /** Bound on the first connection, retries included. Default 5000 ms. */
  connectTimeoutMs?: number;
}

export async function listenCore(url: string, topic: string | string[], opts: ListenOptions = {}): Promise<CoreListener> {
  let messages: CoreMessage[] = [];
  const listeners = new Set<() => void>();
  const notify = (): void => {
    for (const listener of [...listeners]) listener();
  };
  const record = (topicName: string, payload: Buffer, packet: { retain: boolean }): void => {
    messages.push({ topic: topicName, payload: Buffer.from(payload), retain: packet.retain, receivedAt: Date.now() });
    notify();
  };
  const connectOptions: IClientOptions = {
    clientId: `core-listener-${randomUUID().slice(0, 8)}`,
    clean: true,
    // Reconnect quickly so a listener survives a core broker restart in crash tests; MQTT.js resubscribes.
    // A clean session means messages published while it was away are not seen by it.
    reconnectPeriod: 250,
    connectTimeout: 5000,
    ...opts.mqtt,
  };
  // The handler is attached before CONNACK so a persistent session's queued messages are recorded too.
  const client = await connectMqtt(url, connectOptions, {
    timeoutMs: opts.connectTimeoutMs,
    prepare: (c) => c.on('message', record),
  });
  const subscribeBound = opts.connectTimeoutMs ?? 5000;
  let subscribeTimer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.subscribeAsync(topic, { qos: opts.qos ?? 1 }),
      new Promise<never>((_, reject) => {
        subscribeTimer = setTimeout(
          () => reject(new Error(`core listener: no SUBACK for ${String(topic)} within ${subscribeBound} ms`)),
          subscribeBound,
        );
      }),
    ]);
  } catch (err) {
    client.end(true);
    throw err;
  } finally {
    clearTimeout(subscribeTimer);
  }

  // Subscription state across reconnects, mirroring MQTT.js's own rule (client.js _resubscribe): it
  // resubscribes unless the broker resumed a persistent session, which still holds the subscription.
  let subscribed = true;
  client.on('connect', (connack) => {
    const resumed = !client.options.clean && connack.sessionPresent === true;
    subscribed = resumed || client.options.resubscribe === false;
    notify();
  });
  client.on('packetreceive', (packet) => {
    if (packet.cmd !== 'suback') return;
    subscribed = true;
    notify();
  });
  client.on('close', () => {
    subscribed = false;
  });

  function waitUntil<T>(find: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = (): void => {
        const found = find();
        if (found === undefined) return;
        clearTimeout(timer);
        listeners.delete(check);
        resolve(found);
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(describe()));
      }, timeoutMs);
      listeners.add(check);
      check();
    });
  }

  const topics = Array.isArray(topic) ? topic.join(', ') : topic;
  const summary = (): string =>
    messages
      .slice(-10)
      .map((m) => `  ${m.topic} (${m.payload.length} bytes${m.retain ? ', retained' : ''})`)
      .join('\n');

  return {
    client,
    get messages() {
      return messages;
    },
    ready(timeoutMs) {
      return waitUntil(
        () => (client.connected && subscribed ? true : undefined),
        timeoutMs,
        () => `core listener on ${topics}: not connected and subscribed within ${timeoutMs} ms (connected: ${client.connected})`,
      ).then(() => undefined);
    },
    waitForCount(n, timeoutMs) {
      return waitUntil(
        () => (messages.length >= n ? [...messages] : undefined),
        timeoutMs,
        () => `core listener on ${topics}: ${messages.length} of ${n} messages within ${timeoutMs} ms; last:\n${summary()}`,
      );
    },
    waitFor(predicate, timeoutMs) {
      return waitUntil(
        () => messages.find(predicate),
        timeoutMs,
        () => `core listener on ${topics}: no matching message within ${timeoutMs} ms among ${messages.length}; last:\n${summary()}`,
      );
    },
    clear() {
      messages = [];
    },
    async close() {
      await client.endAsync(true);
    },
  };
}
