// The site pickup key: read from the env var or file the config names, never made here, never quoted in an error.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { checkConfig } from '../../../gateway/config/load.ts';
import { isGatewayError } from '../../../base/errors.ts';
import { loadPickupKey } from '../../../gateway/config/pickup-key.ts';
import { tempDir } from '../../../harness/tmp.ts';

const HEX = '9f88a0f7edd940c1cb93ecaf0059c5d6afc741e70133f453ed6cc6ddd1428d82';
const config = (pickups: Record<string, unknown>) =>
  checkConfig({ site: { id: 's1' }, devices: [], uplink: { url: 'mqtt://127.0.0.1:1' }, spool: { dir: '/tmp/x' }, pickups });

it('reads the key from the named environment variable or file; none configured: undefined', async () => {
  assert.equal(loadPickupKey(config({}), {}), undefined);
  assert.equal(loadPickupKey(config({ codeKeyEnv: 'PK' }), { PK: HEX })!.toString('hex'), HEX);
  const tmp = await tempDir('eg-pickupkey-');
  try {
    const file = join(tmp.path, 'pickup.key');
    writeFileSync(file, `${HEX.toUpperCase()}\n`);
    assert.equal(loadPickupKey(config({ codeKeyFile: file }), {})!.toString('hex'), HEX);
  } finally {
    await tmp.cleanup();
  }
});

it('a missing variable or a key that is not 64 hex characters stops the start, without quoting the value', () => {
  assert.throws(
    () => loadPickupKey(config({ codeKeyEnv: 'PK' }), {}),
    (e) => isGatewayError(e) && e.code === 'GW_SECRET_MISSING',
  );
  const nearMiss = HEX.slice(0, 62);
  assert.throws(
    () => loadPickupKey(config({ codeKeyEnv: 'PK' }), { PK: nearMiss }),
    (e) =>
      isGatewayError(e) &&
      e.code === 'GW_PICKUP_KEY_MISSING' &&
      !e.message.includes(nearMiss.slice(0, 8)) &&
      /64 hex characters/.test(e.message),
  );
});
