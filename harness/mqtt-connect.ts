// One bounded way to open an MQTT.js client for tests. Not mqtt.connectAsync: a persistent session
// (clean: false) receives its queued messages right after CONNACK, often in the same TCP read, before
// connectAsync's continuation could attach a 'message' handler, and those messages would be lost to the test.
import mqtt, { type IClientOptions, type MqttClient } from 'mqtt';

export interface ConnectBound {
  /** Bound on the first connection, retries included. Default 5000 ms. */
  timeoutMs?: number;
  /** Runs on the client before any packet can arrive: attach 'message' handlers here. */
  prepare?: (client: MqttClient) => void;
}

export function connectMqtt(url: string, options: IClientOptions, bound: ConnectBound = {}): Promise<MqttClient> {
  const timeoutMs = bound.timeoutMs ?? 5000;
  const client = mqtt.connect(url, options);
  // Without a permanent listener an 'error' event (refused CONNACK, socket error) would throw and end the
  // test process; failures surface as 'close', a rejected connect or a rejected publish instead.
  client.on('error', () => undefined);
  bound.prepare?.(client);

  return new Promise<MqttClient>((resolve, reject) => {
    let lastError = 'no answer';
    const onError = (err: Error): void => {
      lastError = err.message;
    };
    const fail = (why: string): void => {
      cleanup();
      client.end(true);
      reject(new Error(`MQTT client ${options.clientId ?? ''} could not connect to ${url}: ${why}`));
    };
    const onClose = (): void => {
      // Without reconnection a close before CONNACK is final: say so now rather than at the timeout.
      if (options.reconnectPeriod === 0) fail(`connection closed (${lastError})`);
    };
    const onConnect = (): void => {
      cleanup();
      resolve(client);
    };
    const timer = setTimeout(() => fail(`not connected within ${timeoutMs} ms (${lastError})`), timeoutMs);
    function cleanup(): void {
      clearTimeout(timer);
      client.removeListener('connect', onConnect);
      client.removeListener('error', onError);
      client.removeListener('close', onClose);
    }
    client.on('connect', onConnect);
    client.on('error', onError);
    client.on('close', onClose);
  });
}
