// Simulated smart-teller machine traffic: government services a citizen does with an ID card (social security,
// certificates, tax lists, traffic fines), paper running low as documents print, and an occasional fault.
import { telemetry, trafficAfterState, trafficDraws } from '../../common/sim-traffic.ts';
import type { SimMessage, Traffic } from '../../common/types.ts';

const SERVICES = [
  { serviceCode: 'SS-CARD-INFO', department: 'FSS', fee: 0, prints: false },
  { serviceCode: 'CERT-BIRTH', department: 'DSI', fee: 1000, prints: true }, // 10 patacas
  { serviceCode: 'TAX-INCOME-LIST', department: 'DSF', fee: 0, prints: true },
  { serviceCode: 'TRAFFIC-FINE-PAY', department: 'DSAT', fee: 30000, prints: true },
  { serviceCode: 'WELFARE-APPT', department: 'IAS', fee: 0, prints: false },
];
const IDENTITIES = ['id_card', 'id_card', 'qr_digital_id', 'face', 'fingerprint'] as const;

export function tellerTraffic(deviceId: string, random: () => number): Traffic {
  const { pick, txId, idNumber } = trafficDraws(deviceId, random);
  let a4 = 60 + Math.floor(random() * 40);
  let receipt = 60 + Math.floor(random() * 40);
  const level = (p: number) => ({ status: p === 0 ? 'empty' : p < 15 ? 'low' : 'ok', levelPercent: p });
  return trafficAfterState({ firmware: '5.2.0', model: 'STM-9' }, (time): SimMessage => {
    const r = random();
    if (r < 0.15) {
      return telemetry({
        time,
        receiptPaper: level(receipt),
        a4Paper: level(a4),
        printer: { status: 'ok' },
        cardReader: { status: 'ok' },
        camera: { status: 'ok' },
      });
    }
    if (r < 0.17) return { channel: 'event', body: { time, code: 'PRN-JAM-03', severity: 'alarm', component: 'printer', active: true } };
    const s = pick(SERVICES);
    const identity = pick(IDENTITIES);
    const outcome = random() < 0.9 ? 'completed' : 'cancelled';
    const printed = s.prints && outcome === 'completed' && a4 > 0;
    if (printed) {
      a4 = Math.max(0, a4 - 1);
      receipt = Math.max(0, receipt - 1);
    }
    if (a4 === 0 && random() < 0.2) a4 = 100; // staff refilled the tray
    const tx: Record<string, unknown> = {
      txId: txId(),
      time,
      serviceCode: s.serviceCode,
      department: s.department,
      outcome,
      durationS: 40 + Math.floor(random() * 200),
      documentPrinted: printed,
      identity,
    };
    if (s.fee > 0 && outcome === 'completed') tx.fee = { amount: s.fee, currency: 'MOP' };
    if (identity === 'id_card') tx.idNumber = idNumber();
    return { channel: 'tx', body: tx };
  });
}
