// What the two pickup attack tests share: the site, the keys, the lockers and the question a locker asks.
import { connect as netConnect } from 'node:net';
import mqtt, { type MqttClient } from 'mqtt';
import { derivePickupKey } from '../../devices/common/keyed-hash.ts';
import { HOSTILE_SITE } from '../../harness/hostile.ts';
import { waitFor } from '../../harness/wait.ts';

export const SITE = HOSTILE_SITE;
export const PREFIX = `gov/v1/site/${SITE}`;
export const MASTER = Buffer.from('core master key for pickup codes, test only');
export const KEY = derivePickupKey(MASTER, SITE);
export const LOCK = { id: 'lock-01', kind: 'locker' as const, password: 'locker-one-pw' };
export const OTHER = { id: 'lock-02', kind: 'locker' as const, password: 'locker-two-pw' };
export const MAX_WRONG = 20;
export const LOCKOUT_S = 20;
/** The attacker enumerates 000000, 000001, ...; the real code of compartment 12 lies inside that range. */
export const REAL = '000500';
export const GUESSES = 3000;

export interface Answer {
  reqId: string;
  ok: boolean;
  reason?: string;
  retryAfterS?: number;
  message?: string;
  compartment?: number;
}

/** A locker's MQTT client from a chosen loopback address (an attacker at 127.0.0.66, the real locker at 127.0.0.1). */
export async function locker(
  port: number,
  id: string,
  password: string,
  localAddress: string,
): Promise<{ client: MqttClient; answers: Map<string, Answer> }> {
  const answers = new Map<string, Answer>();
  const client = new mqtt.MqttClient(() => netConnect({ host: '127.0.0.1', port, localAddress }), {
    protocolVersion: 4,
    clientId: id,
    username: id,
    password,
    clean: true,
    reconnectPeriod: 0,
    connectTimeout: 5000,
  });
  client.on('message', (_t, p) => {
    const a = JSON.parse(p.toString()) as Answer;
    answers.set(a.reqId, a);
  });
  await new Promise<void>((resolve, reject) => {
    client.once('connect', () => resolve());
    client.once('error', reject);
    client.once('close', () => reject(new Error(`${id} closed`)));
  });
  await client.subscribeAsync(`devices/${id}/res`, { qos: 0 });
  return { client, answers };
}

export async function ask(
  m: { client: MqttClient; answers: Map<string, Answer> },
  id: string,
  reqId: string,
  pickupCode: string,
  extra: Record<string, unknown> = {},
): Promise<Answer> {
  m.client.publish(`devices/${id}/req`, JSON.stringify({ reqId, type: 'verifyPickup', pickupCode, ...extra }), { qos: 0 });
  return waitFor(() => m.answers.get(reqId), { timeoutMs: 5000, what: `answer to ${reqId}` });
}
