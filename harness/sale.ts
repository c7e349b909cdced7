// A valid vending sale as a vending machine publishes it on devices/{id}/tx: forms FORM-A12 at 500 avos each (money in
// integer minor units), the total adding up. A test changes only what it is about: the txId, how many forms, the time
// (a fixed one unless given), or any other field (a receipt number, the payment).
export const SALE_TIME = '2026-11-22T09:30:00Z';

export interface SaleFields {
  /** Forms sold (1 unless given); the total follows. */
  qty?: number;
  /** ISO time of the sale; SALE_TIME unless given. */
  time?: string;
  [field: string]: unknown;
}

export function vendingSale(txId: string, fields: SaleFields = {}): Record<string, unknown> {
  const { qty = 1, time = SALE_TIME, ...rest } = fields;
  return {
    txId,
    time,
    type: 'sale',
    items: [{ sku: 'FORM-A12', qty, unitPrice: 500 }],
    total: qty * 500,
    currency: 'MOP',
    payment: 'cash',
    ...rest,
  };
}
