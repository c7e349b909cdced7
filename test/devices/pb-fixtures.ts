// The bad protobuf fixtures (test/devices/KIND/fixtures/bad/*.pb) are binary, so this file is their source: it says
// what each holds, and regenerates them with `node --import tsx test/devices/pb-fixtures.ts`.
// test/devices/fixtures.test.ts fails when a committed .pb file differs from what this produces.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pb } from '../../proto/index.ts';
import type { Kind } from '../../devices/registry.ts';

const sale = {
  items: [{ sku: 'FORM-A12', quantity: 2, unitPriceMinor: 500 }],
  total: { amountMinor: 1000, currency: 'MOP' },
  payment: pb.PaymentMethod.PAYMENT_METHOD_CARD,
};
const teller = {
  serviceCode: 'SS-CARD-INFO',
  department: 'FSS',
  outcome: pb.ServiceOutcome.SERVICE_OUTCOME_COMPLETED,
  durationS: 74,
  identity: pb.IdentityMethod.IDENTITY_METHOD_ID_CARD,
};
const pickup = {
  action: pb.LockerActionType.LOCKER_ACTION_TYPE_PICKUP,
  compartment: 12,
  documentRef: 'DSI-BIR-2026-004512',
  identity: pb.IdentityMethod.IDENTITY_METHOD_PICKUP_CODE,
  result: pb.LockerResult.LOCKER_RESULT_OK,
};
// What a machine with format "protobuf" publishes: an edge.v1.DeviceMessage around the channel's body.
const msg = (m: object) => pb.DeviceMessage.encode(m).finish();
const tx = (transaction: object, txId = 'PB-TX-1') => msg({ txId, timeMs: 1795340000000, transaction });

/** File name (channel-description.CODE.pb) -> bytes, per kind. */
export function pbFixtures(): Record<Kind, Record<string, Uint8Array>> {
  const goodSale = tx({ sale });
  return {
    vending: {
      // field 1 with wire type 7, which does not exist
      'tx-garbage.GW_PAYLOAD_NOT_PROTOBUF.pb': Uint8Array.from([0x0f, 0xff, 0xff, 0xff]),
      'tx-no-tx-id.GW_PAYLOAD_SCHEMA.pb': msg({ transaction: { sale } }),
      'tx-tx-id-card-number.GW_PAYLOAD_CARD_NUMBER.pb': tx({ sale }, '4111111111111111'),
      'tx-telemetry-body.GW_PAYLOAD_SCHEMA.pb': msg({ txId: 'PB-TX-2', telemetry: { metrics: [{ name: 'temperature', value: 21 }] } }),
      'tx-clock-negative.GW_PAYLOAD_SCHEMA.pb': msg({ txId: 'PB-TX-3', timeMs: -5, transaction: { sale } }),
      'tx-truncated.GW_PAYLOAD_NOT_PROTOBUF.pb': goodSale.subarray(0, goodSale.length - 3),
      'tx-total-mismatch.GW_SALE_TOTAL_MISMATCH.pb': tx({ sale: { ...sale, total: { amountMinor: 900, currency: 'MOP' } } }),
      'tx-teller-body.GW_PAYLOAD_SCHEMA.pb': tx({ teller }),
      'tx-quantity-zero.GW_PAYLOAD_SCHEMA.pb': tx({
        sale: { ...sale, items: [{ sku: 'FORM-A12', unitPriceMinor: 500 }], total: { amountMinor: 0, currency: 'MOP' } },
      }),
      'tx-card-number.GW_PAYLOAD_CARD_NUMBER.pb': tx({ sale: { ...sale, receiptNo: '4111111111111111' } }),
      'state-no-mode.GW_PAYLOAD_SCHEMA.pb': msg({ state: { online: true, firmware: '2.4.1' } }),
    },
    teller: {
      'tx-citizen-ref-clear.GW_PAYLOAD_SCHEMA.pb': tx({ teller: { ...teller, citizenRef: '1234567(8)' } }),
      'tx-fee-negative.GW_PAYLOAD_SCHEMA.pb': tx({ teller: { ...teller, fee: { amountMinor: -2000, currency: 'MOP' } } }),
      'event-no-severity.GW_PAYLOAD_SCHEMA.pb': msg({ event: { code: 'PRN-E12', active: true } }),
      'telemetry-truncated.GW_PAYLOAD_NOT_PROTOBUF.pb': msg({ telemetry: { components: [{ component: 'printer', health: 1 }] } }).subarray(
        0,
        7,
      ),
      // a firmware still sending the bare body, without the DeviceMessage around it
      'tx-bare-body.GW_PAYLOAD_SCHEMA.pb': pb.Transaction.encode({ teller }).finish(),
    },
    locker: {
      'tx-pickup-code-clear.GW_PAYLOAD_SCHEMA.pb': tx({ locker: { ...pickup, pickupCodeHash: '583920' } }),
      'tx-sale-body.GW_PAYLOAD_SCHEMA.pb': goodSale,
      'telemetry-unknown-door.GW_PAYLOAD_SCHEMA.pb': msg({ telemetry: { compartments: [{ number: 1, door: 9 as never }] } }),
      'event-card-number.GW_PAYLOAD_CARD_NUMBER.pb': msg({
        event: { code: 'DOOR_FORCED', severity: 4, compartment: 7, message: 'card 5500 0000 0000 0004 left in slot' },
      }),
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const [kind, files] of Object.entries(pbFixtures())) {
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(here, kind, 'fixtures', 'bad', name), bytes);
  }
  console.log('test/devices/*/fixtures/bad/*.pb regenerated');
}
