// The one message every figure is measured with: a vending sale of exactly SALE_BYTES bytes of JSON, valid against
// devices/vending/schema.ts and the codec's total check. The txId carries the load generator's message index
// ("{tag}.{index}", index zero-padded), so the core side can find the publish time of what arrived.
export const SALE_BYTES = 300;
const INDEX_DIGITS = 9;

function render(txId: string, time: string, receiptNo: string): string {
  return (
    `{"txId":"${txId}","time":"${time}","type":"sale","items":[` +
    '{"sku":"FORM-A12","qty":2,"unitPrice":500,"slot":2},{"sku":"BOOK-LAW-2024","qty":1,"unitPrice":12000,"slot":3}],' +
    `"total":13000,"currency":"MOP","payment":"card","receiptNo":"${receiptNo}","cardLast4":"4242"}`
  );
}

export function txIdOf(tag: string, index: number): string {
  return `${tag}.${String(index).padStart(INDEX_DIGITS, '0')}`;
}

/** The message index in a txId made by txIdOf with this tag, or -1 for anything else (other runs, other traffic). */
export function indexOf(tag: string, txId: string): number {
  if (txId.length !== tag.length + 1 + INDEX_DIGITS || !txId.startsWith(tag) || txId.charCodeAt(tag.length) !== 46) return -1;
  const n = Number(txId.slice(tag.length + 1));
  return Number.isInteger(n) ? n : -1;
}

/** Builds payloads of exactly SALE_BYTES for one tag: the receipt number absorbs the difference. */
export function saleFactory(tag: string): (index: number, now?: number) => string {
  if (!/^[A-Za-z0-9]{1,12}$/.test(tag)) throw new Error(`sale tag "${tag}": 1-12 letters or digits`);
  const probeTime = new Date(0).toISOString();
  const base = render(txIdOf(tag, 0), probeTime, '').length;
  const receiptLen = SALE_BYTES - base;
  // reference(32) in the schema: 1-32 characters starting with a letter or digit.
  if (receiptLen < 1 || receiptLen > 32) throw new Error(`sale tag "${tag}": receipt would be ${receiptLen} characters`);
  // Letters, not zeros: 13-19 zeros in a row pass the Luhn check and the gateway would refuse the sale as a card number.
  const receipt = `R${'A'.repeat(receiptLen - 1)}`;
  return (index, now = Date.now()) => render(txIdOf(tag, index), new Date(now).toISOString(), receipt);
}
