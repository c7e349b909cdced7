// Publication vending machines: JSON (or protobuf) from the firmware -> edge.v1 bodies. Pure; see devices/common/kind-codec.ts
// for the order of checks and README.md here for the fields.
import { pb, type edge } from '../../proto/index.ts';
import { componentList, eventBody, metric, stateBody } from '../common/bodies.ts';
import { PAYMENT_METHOD } from '../common/enums.ts';
import { makeKindCodec } from '../common/kind-codec.ts';
import { checkEnum, checkMoney } from '../common/protobuf-body.ts';
import { schemaRefusal, type Refusal } from '../common/refusal.ts';
import type { Body, KindCodec } from '../common/types.ts';
import {
  MAX_ITEMS,
  validateEvent,
  validateSale,
  validateState,
  validateTelemetry,
  type EventJson,
  type SaleJson,
  type TelemetryJson,
} from './schema.ts';

/** The gateway's promise to the core: a sale's total is exactly the sum of quantity * unit price, in integer minor units. */
function totalMismatch(items: readonly edge.v1.ISaleItem[], total: number, base: string): Refusal | undefined {
  let sum = 0;
  for (const it of items) sum += (it.quantity ?? 0) * (it.unitPriceMinor ?? 0);
  if (sum === total) return undefined;
  // Each product and the running sum are exact below 2^53; above it the sum can only be too large, never equal.
  const shown = sum > Number.MAX_SAFE_INTEGER ? 'more than 2^53 - 1' : String(sum);
  return { code: 'GW_SALE_TOTAL_MISMATCH', message: `items add up to ${shown} but total is ${total}`, path: `${base}/total` };
}

/** Rules that tie fields together, the same for JSON and protobuf sales (`base` is "" or "/sale"). */
function saleRules(sale: edge.v1.IVendingSale, base: string): Refusal | undefined {
  const total = sale.total?.amountMinor ?? 0;
  const mismatch = totalMismatch(sale.items ?? [], total, base);
  if (mismatch) return mismatch;
  if (sale.payment === pb.PaymentMethod.PAYMENT_METHOD_FREE && total !== 0) {
    return schemaRefusal(`${base}/total`, 'must be 0 when payment is free');
  }
  if (sale.cardLast4 && sale.payment !== pb.PaymentMethod.PAYMENT_METHOD_CARD) {
    return schemaRefusal(`${base}/cardLast4`, 'is only allowed when payment is card');
  }
  return undefined;
}

function normaliseSale(doc: SaleJson): Body | Refusal {
  const items = doc.items.map((i): edge.v1.ISaleItem => {
    const item: edge.v1.ISaleItem = { sku: i.sku, quantity: i.qty, unitPriceMinor: i.unitPrice };
    if (i.slot !== undefined) item.slot = i.slot;
    return item;
  });
  const sale: edge.v1.IVendingSale = {
    items,
    total: { amountMinor: doc.total, currency: doc.currency },
    payment: PAYMENT_METHOD[doc.payment],
  };
  if (doc.receiptNo) sale.receiptNo = doc.receiptNo;
  if (doc.cardLast4) sale.cardLast4 = doc.cardLast4;
  return saleRules(sale, '') ?? { transaction: { sale } };
}

const COMPONENTS = { cashBox: 'cash_box', coinHopper: 'coin_hopper', printer: 'printer' } as const;

function normaliseTelemetry(doc: TelemetryJson): Body | Refusal {
  const stock = doc.stock.map((s) => ({ slot: s.slot, sku: s.sku, quantity: s.qty, capacity: s.capacity }));
  for (const [i, s] of stock.entries()) {
    if (s.quantity > s.capacity) return schemaRefusal(`/stock/${i}/qty`, `must be <= capacity (${s.capacity})`);
  }
  const components = componentList(doc, COMPONENTS);
  if (doc.door) {
    // a door is healthy whether closed or open (staff refill it); forced or faulty needs someone
    const healthy = doc.door === 'closed' || doc.door === 'open';
    components.push({
      component: 'door',
      health: healthy ? pb.ComponentHealth.COMPONENT_HEALTH_OK : pb.ComponentHealth.COMPONENT_HEALTH_FAULT,
      detail: doc.door,
    });
  }
  const metrics: edge.v1.IMetric[] = [];
  if (doc.temperatureC !== undefined) metrics.push(metric('temperature', doc.temperatureC, 'Cel'));
  if (doc.humidityPercent !== undefined) metrics.push(metric('humidity', doc.humidityPercent, '%'));
  if (doc.lightLux !== undefined) metrics.push(metric('light', doc.lightLux, 'lx'));
  const telemetry: edge.v1.ITelemetry = { stock };
  if (components.length) telemetry.components = components;
  if (metrics.length) telemetry.metrics = metrics;
  return { telemetry };
}

const EVENT_COMPONENT: Record<EventJson['event'], string> = {
  jam: 'dispenser',
  sold_out: 'dispenser',
  door_open: 'door',
  cash_box_full: 'cash_box',
};

function normaliseEvent(doc: EventJson): Body | Refusal {
  // a jam or an empty slot is only actionable when staff know which slot
  if ((doc.event === 'jam' || doc.event === 'sold_out') && doc.slot === undefined) {
    return schemaRefusal('/slot', `is required when event is ${doc.event}`);
  }
  return eventBody({
    code: doc.event.toUpperCase(),
    severity: doc.severity,
    active: doc.active,
    component: EVENT_COMPONENT[doc.event],
    ...(doc.slot !== undefined ? { slot: doc.slot } : {}),
    ...(doc.message ? { message: doc.message } : {}),
  });
}

/** A protobuf sale must satisfy what the JSON schema would have demanded. */
function checkProtobufSale(sale: edge.v1.IVendingSale): Refusal | undefined {
  const items = sale.items ?? [];
  if (items.length < 1 || items.length > MAX_ITEMS) return schemaRefusal('/sale/items', `must hold 1 to ${MAX_ITEMS} items`);
  for (const [i, it] of items.entries()) {
    if (!it.sku) return schemaRefusal(`/sale/items/${i}/sku`, 'is required');
    const q = it.quantity ?? 0;
    if (q < 1 || q > 99) return schemaRefusal(`/sale/items/${i}/quantity`, 'must be from 1 to 99');
    const p = it.unitPriceMinor ?? 0;
    if (!Number.isSafeInteger(p) || p < 0)
      return schemaRefusal(`/sale/items/${i}/unitPriceMinor`, 'must be an integer from 0 to 2^53 - 1 (minor units)');
  }
  const bad = checkMoney(sale.total, '/sale/total') ?? checkEnum(pb.PaymentMethod, sale.payment, '/sale/payment');
  if (bad) return bad;
  if (sale.cardLast4 && !/^[0-9]{4}$/.test(sale.cardLast4))
    return schemaRefusal('/sale/cardLast4', 'must be exactly the last 4 digits of the card');
  return saleRules(sale, '/sale');
}

export const vendingCodec: KindCodec<'vending'> = makeKindCodec({
  kind: 'vending',
  protoKind: pb.DeviceKind.DEVICE_KIND_VENDING,
  txKind: 'sale',
  json: {
    tx: { validate: validateSale, normalise: normaliseSale },
    telemetry: { validate: validateTelemetry, normalise: normaliseTelemetry },
    event: { validate: validateEvent, normalise: normaliseEvent },
    state: { validate: validateState, normalise: (doc) => stateBody(doc) },
  },
  checkProtobuf(body) {
    if ('transaction' in body) return checkProtobufSale(body.transaction.sale ?? {});
    if ('state' in body && body.state.compartments?.length)
      return schemaRefusal('/compartments', 'is not allowed: a vending machine has no compartments');
    if ('telemetry' in body && body.telemetry.compartments?.length)
      return schemaRefusal('/compartments', 'is not allowed: a vending machine has no compartments');
    return undefined;
  },
});
