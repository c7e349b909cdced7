// Simulated smart document locker traffic: staff deposit documents, citizens collect them with a pickup code or ID
// card, some typed codes are wrong, doors report their state.
import { telemetry, trafficAfterState, trafficDraws } from '../../common/sim-traffic.ts';
import type { SimMessage, Traffic } from '../../common/types.ts';

const DOCS = ['DSI-BIR', 'IAM-LIC', 'DSAL-PERMIT', 'DSI-REG', 'DSEC-NAME'];

export function lockerTraffic(deviceId: string, random: () => number): Traffic {
  const { pick, txId, idNumber } = trafficDraws(deviceId, random);
  let docNo = Math.floor(random() * 1e4);
  const compartments = Array.from({ length: 12 }, (_, i) => ({ number: i + 1, documentRef: undefined as string | undefined, code: '' }));
  const code = () => `${100 + Math.floor(random() * 900)}-${100 + Math.floor(random() * 900)}`;
  return trafficAfterState({ firmware: '2.0.7', model: 'DL-24' }, (time): SimMessage => {
    const r = random();
    if (r < 0.15) {
      return telemetry({
        time,
        compartments: compartments.map((c) => ({
          number: c.number,
          door: 'closed',
          occupied: c.documentRef !== undefined,
          ...(c.documentRef ? { documentRef: c.documentRef } : {}),
        })),
      });
    }
    const full = compartments.filter((c) => c.documentRef);
    const empty = compartments.filter((c) => !c.documentRef);
    if (r < 0.55 && empty.length > 0) {
      const c = pick(empty);
      c.documentRef = `${pick(DOCS)}-2026-${String(++docNo).padStart(6, '0')}`;
      c.code = code();
      return {
        channel: 'tx',
        body: {
          txId: txId(),
          time,
          action: 'deposit',
          compartment: c.number,
          documentRef: c.documentRef,
          identity: 'staff_badge',
          result: 'ok',
        },
      };
    }
    if (full.length === 0)
      return { channel: 'event', body: { time, event: 'door_left_open', compartment: 1, severity: 'warning', active: false } };
    if (random() < 0.1) {
      return {
        channel: 'tx',
        body: { txId: txId(), time, action: 'pickup', identity: 'pickup_code', pickupCode: code(), result: 'wrong_code' },
      };
    }
    const c = pick(full);
    const byId = random() < 0.3;
    const body: Record<string, unknown> = {
      txId: txId(),
      time,
      action: 'pickup',
      compartment: c.number,
      documentRef: c.documentRef,
      result: 'ok',
    };
    if (byId) Object.assign(body, { identity: 'id_card', idNumber: idNumber() });
    else Object.assign(body, { identity: 'pickup_code', pickupCode: c.code });
    c.documentRef = undefined;
    return { channel: 'tx', body };
  });
}
