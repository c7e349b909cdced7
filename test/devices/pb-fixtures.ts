// The bad protobuf fixtures (test/devices/KIND/fixtures/bad/*.pb) are binary, so this file is their source: it says
// what each holds, and regenerates them with `node --import tsx test/devices/pb-fixtures.ts`.
// test/devices/fixtures.test.ts fails when a committed .pb file differs from what this produces.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pb } from '../../proto/index.ts';
import type { Kind } from '../../devices/types.ts';

const sale = { items: [{ sku: 'FORM-A12', quantity: 2, unitPriceMinor: 500 }], total: { amountMinor: 1000, currency: 'MOP' }, payment: pb.PaymentMethod.PAYMENT_METHOD_CARD };
const teller = { serviceCode: 'SS-CARD-INFO', department: 'FSS', outcome: pb.ServiceOutcome.SERVICE_OUTCOME_COMPLETED, durationS: 74, identity: pb.IdentityMethod.IDENTITY_METHOD_ID_CARD };
const pickup = {
  action: pb.LockerActionType.LOCKER_ACTION_TYPE_PICKUP,
  compartment: 12,
  documentRef: 'DSI-BIR-2026-004512',
  identity: pb.IdentityMethod.IDENTITY_METHOD_PICKUP_CODE,
  result: pb.LockerResult.LOCKER_RESULT_OK,
};
const tx = (body: object) => pb.Transaction.encode(body).finish();

/** File name (channel-description.CODE.pb) -> bytes, per kind. */
export function pbFixtures(): Record<Kind, Record<string, Uint8Array>> {
  const goodSale = tx({ sale });
  return {
    vending: {
      // field 1 with wire type 7, which does not exist
      'tx-garbage.GW_PAYLOAD_NOT_PROTOBUF.pb': Uint8Array.from([0x0f, 0xff, 0xff, 0xff]),
      'tx-truncated.GW_PAYLOAD_NOT_PROTOBUF.pb': goodSale.subarray(0, goodSale.length - 3),
      'tx-total-mismatch.GW_SALE_TOTAL_MISMATCH.pb': tx({ sale: { ...sale, total: { amountMinor: 900, currency: 'MOP' } } }),
      'tx-teller-body.GW_PAYLOAD_SCHEMA.pb': tx({ teller }),
      'tx-quantity-zero.GW_PAYLOAD_SCHEMA.pb': tx({ sale: { ...sale, items: [{ sku: 'FORM-A12', unitPriceMinor: 500 }], total: { amountMinor: 0, currency: 'MOP' } } }),
      'tx-card-number.GW_PAYLOAD_CARD_NUMBER.pb': tx({ sale: { ...sale, receiptNo: '4111111111111111' } }),
      'state-no-mode.GW_PAYLOAD_SCHEMA.pb': pb.DeviceState.encode({ online: true, firmware: '2.4.1' }).finish(),
    },
    teller: {
      'tx-citizen-ref-clear.GW_PAYLOAD_SCHEMA.pb': tx({ teller: { ...teller, citizenRef: '1234567(8)' } }),
      'tx-fee-negative.GW_PAYLOAD_SCHEMA.pb': tx({ teller: { ...teller, fee: { amountMinor: -2000, currency: 'MOP' } } }),
      'event-no-severity.GW_PAYLOAD_SCHEMA.pb': pb.Event.encode({ code: 'PRN-E12', active: true }).finish(),
      'telemetry-truncated.GW_PAYLOAD_NOT_PROTOBUF.pb': pb.Telemetry.encode({ components: [{ component: 'printer', health: 1 }] }).finish().subarray(0, 5),
    },
    locker: {
      'tx-pickup-code-clear.GW_PAYLOAD_SCHEMA.pb': tx({ locker: { ...pickup, pickupCodeHash: '583920' } }),
      'tx-sale-body.GW_PAYLOAD_SCHEMA.pb': goodSale,
      'telemetry-unknown-door.GW_PAYLOAD_SCHEMA.pb': pb.Telemetry.encode({ compartments: [{ number: 1, door: 9 as never }] }).finish(),
      'event-card-number.GW_PAYLOAD_CARD_NUMBER.pb': pb.Event.encode({ code: 'DOOR_FORCED', severity: 4, compartment: 7, message: 'card 5500 0000 0000 0004 left in slot' }).finish(),
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
