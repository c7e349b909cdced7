// What every kind's simulated traffic (devices/KIND/sim/traffic.ts) does alike, so that each kind's file says only what
// its machine does: it tells its state once on start, sends telemetry at QoS 0, numbers its transactions per machine,
// and draws from the one random source it is given (seeded in tests and benches, so a run can be repeated). Here in common/, not devices/sim/:
// the runner there reaches the kinds through the registry, and a kind importing back would close an import circle.
import type { SimMessage, Traffic } from './types.ts';

export interface TrafficDraws {
  /** One of `xs`, at random. */
  pick<T>(xs: readonly T[]): T;
  /** The next transaction id, `{deviceId}-0001234`: counts up from a random start, as a machine's own counter does. */
  txId(): string;
  /** An ID card number as the card shows it: seven digits and a check digit in brackets. */
  idNumber(): string;
}

/** Draws for one machine; the first call to `random` sets its transaction counter. */
export function trafficDraws(deviceId: string, random: () => number): TrafficDraws {
  let txNo = Math.floor(random() * 1e6);
  return {
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!,
    txId: () => `${deviceId}-${String(++txNo).padStart(7, '0')}`,
    idNumber: () => `${1000000 + Math.floor(random() * 8999999)}(${Math.floor(random() * 10)})`,
  };
}

/** A telemetry message. QoS 0: a reading lost on the way is replaced by the next one, so it is not worth a resend. */
export function telemetry(body: Record<string, unknown>): SimMessage {
  return { channel: 'telemetry', qos: 0, body };
}

/** A machine's traffic: first its state (online, in service, its firmware and model), then what `next` makes for each time. */
export function trafficAfterState(machine: { firmware: string; model: string }, next: (time: string) => SimMessage): Traffic {
  let started = false;
  return {
    next(now: Date): SimMessage {
      const time = now.toISOString();
      if (started) return next(time);
      started = true;
      return {
        channel: 'state',
        body: { time, online: true, mode: 'in_service', firmware: machine.firmware, model: machine.model, vendor: 'Demo' },
      };
    },
  };
}
