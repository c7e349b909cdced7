// A subscriber at the core broker that records everything the gateway delivers, so tests assert on what
// actually arrived over the wire (payload bytes, retain flag, arrival time), not on what the gateway logged.
import mqtt, { type IClientOptions, type MqttClient } from 'mqtt';
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

function firstConnect(client: MqttClient, url: string, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let lastError = 'no answer';
    const onError = (err: Error): void => {
      lastError = err.message;
    };
    const timer = setTimeout(() => {
      cleanup();
      client.end(true);
      reject(new Error(`core listener: could not connect to ${url} within ${timeoutMs} ms (${lastError})`));
    }, timeoutMs);
    const onConnect = (): void => {
      cleanup();
      resolve();
    };
    function cleanup(): void {
      clearTimeout(timer);
      client.removeListener('connect', onConnect);
      client.removeListener('error', onError);
    }
    client.on('connect', onConnect);
    client.on('error', onError);
    // Without a permanent listener an 'error' event (refused CONNACK, socket error) would throw and end the test process.
    client.on('error', () => undefined);
  });
}

export async function listenCore(url: string, topic: string | string[], opts: ListenOptions = {}): Promise<CoreListener> {
  // mqtt.connect, not connectAsync: a persistent session (clean: false) gets its queued messages right
  // after CONNACK, often in the same TCP read, before connectAsync's continuation could attach a handler.
  const client = mqtt.connect(url, {
    clientId: `core-listener-${randomUUID().slice(0, 8)}`,
    clean: true,
    // Reconnect quickly so a listener survives a core broker restart in crash tests; MQTT.js resubscribes.
    // A clean session means messages published while it was away are not seen by it.
    reconnectPeriod: 250,
    connectTimeout: 5000,
    ...opts.mqtt,
  });

  let messages: CoreMessage[] = [];
  const listeners = new Set<() => void>();
  client.on('message', (topicName, payload, packet) => {
    messages.push({ topic: topicName, payload: Buffer.from(payload), retain: packet.retain, receivedAt: Date.now() });
    for (const listener of [...listeners]) listener();
  });
  await firstConnect(client, url, opts.connectTimeoutMs ?? 5000);
  await client.subscribeAsync(topic, { qos: opts.qos ?? 1 });

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
