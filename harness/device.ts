// A device as the gateway sees it: an MQTT client on the gateway's embedded broker. aedes speaks only
// MQTT 3.1/3.1.1 and refuses an MQTT 5 CONNECT, so protocolVersion is 4. Devices identify themselves
// by clientId and username, both the device id, as the gateway's authentication expects.
import type { IClientOptions, MqttClient, OnMessageCallback } from 'mqtt';
import { connectMqtt } from './mqtt-connect.ts';

export interface DeviceOptions extends IClientOptions {
  /** Attached before CONNACK, so messages queued for a persistent session (clean: false) are not missed. */
  onMessage?: OnMessageCallback;
  /** Bound on connecting. Default 5000 ms. */
  connectTimeoutMs?: number;
}

export async function connectDevice(url: string, deviceId: string, password: string, opts: DeviceOptions = {}): Promise<MqttClient> {
  const { onMessage, connectTimeoutMs, ...mqttOptions } = opts;
  return connectMqtt(
    url,
    {
      protocolVersion: 4,
      clientId: deviceId,
      username: deviceId,
      password,
      clean: true,
      // No silent reconnect: a test that cuts or rejects a device must see the close, not a retry loop.
      reconnectPeriod: 0,
      connectTimeout: 5000,
      ...mqttOptions,
    },
    { timeoutMs: connectTimeoutMs, prepare: onMessage ? (client) => client.on('message', onMessage) : undefined },
  );
}

/**
 * Closes without waiting for acknowledgements. Use this rather than client.endAsync(): after a publish the
 * broker refused (connection closed, no PUBACK) MQTT.js keeps it in its outgoing map, and a plain end()
 * waits for that map to empty, which never happens: the test hangs.
 */
export async function closeDevice(client: MqttClient): Promise<void> {
  await client.endAsync(true);
}

/**
 * Publishes JSON and resolves when the broker acknowledges it (PUBACK for QoS 1, PUBCOMP for QoS 2,
 * at once for QoS 0). Rejects if the connection closes first: the gateway answers a publish it will not
 * store by closing without PUBACK, so that the device keeps the message and resends it.
 */
export function publishJson(client: MqttClient, topic: string, obj: unknown, qos: 0 | 1 | 2 = 1, timeoutMs = 10_000): Promise<void> {
  return publishBytes(client, topic, Buffer.from(JSON.stringify(obj)), qos, timeoutMs);
}

export function publishBytes(
  client: MqttClient,
  topic: string,
  payload: Buffer | string,
  qos: 0 | 1 | 2 = 1,
  timeoutMs = 10_000,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (!client.connected) {
      reject(new Error(`publish to ${topic}: client ${client.options.clientId} is not connected`));
      return;
    }
    const onClose = (): void => finish(new Error(`publish to ${topic}: connection closed before the broker acknowledged it`));
    const timer = setTimeout(() => finish(new Error(`publish to ${topic}: no acknowledgement within ${timeoutMs} ms`)), timeoutMs);
    let finished = false;
    function finish(err?: Error): void {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      client.removeListener('close', onClose);
      if (err) reject(err);
      else resolve();
    }
    client.once('close', onClose);
    client.publish(topic, payload, { qos }, (err) => finish(err ?? undefined));
  });
}

export interface CommandedMachine {
  client: MqttClient;
  commands: Record<string, unknown>[];
  answers: Record<string, unknown>[];
}

/** A locker or vending machine that answers every command it receives with "succeeded" (unless told to stay quiet). */
export async function commandedMachine(url: string, id: string, password: string, answer = true): Promise<CommandedMachine> {
  const m: CommandedMachine = { client: await connectDevice(url, id, password), commands: [], answers: [] };
  m.client.on('message', (topic, payload) => {
    const doc = JSON.parse(payload.toString()) as Record<string, unknown>;
    if (topic.endsWith('/res')) {
      m.answers.push(doc);
      return;
    }
    if (!topic.endsWith('/cmd')) return;
    m.commands.push(doc);
    if (answer)
      m.client.publish(
        `devices/${id}/cmd/result`,
        JSON.stringify({ commandId: doc.commandId, result: 'succeeded', reason: `${String(doc.command)} done` }),
        { qos: 1 },
      );
  });
  await m.client.subscribeAsync([`devices/${id}/cmd`, `devices/${id}/res`], { qos: 1 });
  return m;
}
