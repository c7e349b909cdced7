// Simulated publication vending machine traffic: sales of government books and forms in patacas (minor unit: avos),
// stock per slot running down to sold out, occasional jams, and a state on start.
import { telemetry, trafficAfterState, trafficDraws } from '../../common/sim-traffic.ts';
import type { Traffic, SimMessage } from '../../common/types.ts';

const CATALOGUE = [
  { sku: 'FORM-A12', price: 500 }, // application form, 5 patacas
  { sku: 'FORM-B03', price: 300 },
  { sku: 'BOOK-LAW-2024', price: 12000 }, // a law compilation, 120 patacas
  { sku: 'BOOK-MAP-MO', price: 4500 },
  { sku: 'BOOK-YEARBOOK', price: 20000 },
];
const PAYMENTS = ['cash', 'card', 'qr'] as const;

export function vendingTraffic(deviceId: string, random: () => number): Traffic {
  const stock = CATALOGUE.map((c, i) => ({ slot: i + 1, sku: c.sku, qty: 10 + Math.floor(random() * 10), capacity: 20 }));
  const { pick, txId } = trafficDraws(deviceId, random);
  return trafficAfterState({ firmware: '3.4.1', model: 'PV-200' }, (time): SimMessage => {
    const r = random();
    if (r < 0.15) {
      return telemetry({
        time,
        stock: stock.map((s) => ({ ...s })),
        temperatureC: 22 + Math.round(random() * 40) / 10,
        humidityPercent: 45 + Math.round(random() * 100) / 10,
      });
    }
    if (r < 0.18) return { channel: 'event', body: { time, event: 'jam', severity: 'warning', slot: pick(stock).slot, active: true } };
    const soldOut = stock.find((s) => s.qty === 0);
    if (soldOut && random() < 0.3) {
      soldOut.qty = soldOut.capacity; // staff refilled the slot: the sold-out alarm clears
      return { channel: 'event', body: { time, event: 'sold_out', severity: 'warning', slot: soldOut.slot, active: false } };
    }
    const inStock = stock.filter((s) => s.qty > 0);
    if (inStock.length === 0)
      return { channel: 'event', body: { time, event: 'sold_out', severity: 'warning', slot: stock[0]!.slot, active: true } };
    const slot = pick(inStock);
    const qty = Math.min(slot.qty, 1 + Math.floor(random() * 2));
    slot.qty -= qty;
    const price = CATALOGUE[slot.slot - 1]!.price;
    const payment = pick(PAYMENTS);
    const sale: Record<string, unknown> = {
      txId: txId(),
      time,
      type: 'sale',
      items: [{ sku: slot.sku, qty, unitPrice: price, slot: slot.slot }],
      total: qty * price,
      currency: 'MOP',
      payment,
    };
    if (payment === 'card') sale.cardLast4 = String(1000 + Math.floor(random() * 9000));
    return { channel: 'tx', body: sale };
  });
}
