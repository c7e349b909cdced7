// The pickup list on disk: codes protected by the site pickup key, the old unkeyed format refused, collected once.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { derivePickupKey, pickupCodeMac } from '../../../devices/common/keyed-hash.ts';
import { PickupStore } from '../../../gateway/commands/pickup-list.ts';
import { tempDir, type TempDir } from '../../../harness/tmp.ts';

const KEY = derivePickupKey(Buffer.from('core master key, test only'), 'mo-test-01');
const item = (documentRef: string, compartment: number, code: string, salt = `salt-${compartment}-abc`) => ({
  documentRef,
  compartment,
  codeSalt: salt,
  codeMac: pickupCodeMac(KEY, salt, code),
  expiresMs: 0,
});

let tmp: TempDir;
before(async () => {
  tmp = await tempDir('eg-pickups-');
});
after(async () => {
  await tmp.cleanup();
});

async function store(name: string, key: Buffer | null = KEY, clock?: () => number): Promise<PickupStore> {
  const s = new PickupStore(join(tmp.path, name), key ?? undefined, clock);
  await s.open();
  return s;
}

test('a code is accepted once, in any grouping, and the file holds no code', async () => {
  const s = await store('a.json');
  assert.deepEqual(await s.replace('lock-01', { items: [item('DSI-BIR-1', 12, '583-920'), item('IAM-LIC-2', 7, '104-662')] }), {
    count: 2,
  });
  assert.deepEqual(await s.verify('lock-01', '111111'), { ok: false, reason: 'wrong_code' });
  assert.deepEqual(await s.verify('lock-01', '583920'), { ok: true, compartment: 12, documentRef: 'DSI-BIR-1' });
  assert.deepEqual(await s.verify('lock-01', '583-920'), { ok: false, reason: 'already_collected' });
  assert.deepEqual(await s.verify('lock-02', '104-662'), { ok: false, reason: 'no_list' }, 'lists are per locker');
  const file = readFileSync(join(tmp.path, 'a.json'), 'utf8');
  assert.ok(!file.includes('583920') && !file.includes('583-920') && !file.includes('104662'));
  const reopened = await store('a.json');
  assert.deepEqual(await reopened.verify('lock-01', '583-920'), { ok: false, reason: 'already_collected' }, 'collected is on disk');
});

test("with a compartment, only that compartment's document is checked; skipped (locked) compartments never match", async () => {
  const s = await store('b.json');
  await s.replace('lock-01', { items: [item('DOC-12', 12, '583920'), item('DOC-7', 7, '104662')] });
  assert.deepEqual(s.check('lock-01', '583920', { compartment: 7 }), { ok: false, reason: 'wrong_code' });
  assert.deepEqual(s.check('lock-01', '583920', { skip: (c) => c === 12 }), { ok: false, reason: 'wrong_code' });
  assert.deepEqual(s.check('lock-01', '583920', { compartment: 12 }), { ok: true, compartment: 12, documentRef: 'DOC-12' });
});

test('a list with the old unkeyed code_hash is refused with GW_PICKUP_LIST_UNKEYED and the previous list stays', async () => {
  const s = await store('c.json');
  await s.replace('lock-01', { items: [item('DOC-12', 12, '583920')] });
  const salt = 'b7e1c2d4a9';
  const r = await s.replace('lock-01', {
    items: [{ documentRef: 'DOC-9', compartment: 9, codeSalt: salt, codeHash: createHash('sha256').update(`${salt}271828`).digest('hex') }],
  });
  assert.ok('code' in r && r.code === 'GW_PICKUP_LIST_UNKEYED', JSON.stringify(r));
  assert.match(r.message, /codeMac/, 'says what to send instead');
  assert.deepEqual(await s.verify('lock-01', '271828'), { ok: false, reason: 'wrong_code' }, 'the refused list was not stored');
  assert.equal((await s.verify('lock-01', '583920')).ok, true, 'the previous list still works');
});

test('lists with a bad MAC or salt are refused (GW_PICKUP_LIST_INVALID); without a key every list is refused (GW_PICKUP_KEY_MISSING)', async () => {
  const s = await store('d.json');
  const bad = await s.replace('lock-01', { items: [{ ...item('DOC-1', 1, '123456'), codeMac: 'ABC' }] });
  assert.ok('code' in bad && bad.code === 'GW_PICKUP_LIST_INVALID' && bad.message.startsWith('/items/0/codeMac'));
  const short = await s.replace('lock-01', { items: [item('DOC-1', 1, '123456', 'ab:c')] });
  assert.ok('code' in short && short.code === 'GW_PICKUP_LIST_INVALID' && short.message.startsWith('/items/0/codeSalt'));
  const keyless = await store('e.json', null);
  const r = await keyless.replace('lock-01', { items: [item('DOC-1', 1, '123456')] });
  assert.ok('code' in r && r.code === 'GW_PICKUP_KEY_MISSING', JSON.stringify(r));
  assert.deepEqual(await keyless.verify('lock-01', '123456'), { ok: false, reason: 'no_list' });
  const otherSite = await store('f.json', derivePickupKey(Buffer.from('core master key, test only'), 'mo-test-02'));
  await otherSite.replace('lock-01', { items: [item('DOC-1', 1, '123456')] });
  assert.deepEqual(
    await otherSite.verify('lock-01', '123456'),
    { ok: false, reason: 'wrong_code' },
    'a list made for another site opens nothing here',
  );
});

test('items of the old format already on disk are dropped at open and counted', async () => {
  const file = join(tmp.path, 'g.json');
  writeFileSync(
    file,
    JSON.stringify({
      lockers: {
        'lock-01': {
          updatedAt: 1,
          items: [
            {
              documentRef: 'OLD',
              compartment: 3,
              codeSalt: 'b7e1c2',
              codeHash: createHash('sha256').update('b7e1c2583-920').digest('hex'),
              expiresMs: 0,
            },
            item('NEW', 4, '246810'),
          ],
        },
      },
    }),
  );
  const s = await store('g.json');
  assert.equal(s.droppedAtOpen, 1);
  assert.deepEqual(s.count('lock-01'), { total: 1, collected: 0 });
  assert.deepEqual(await s.verify('lock-01', '583-920'), { ok: false, reason: 'wrong_code' });
  assert.equal((await s.verify('lock-01', '246810')).ok, true);
});

test('an expired document is refused as expired', async () => {
  let now = 1_000;
  const s = await store('h.json', KEY, () => now);
  await s.replace('lock-01', { items: [{ ...item('DOC-1', 1, '123456'), expiresMs: 2_000 }] });
  now = 3_000;
  assert.deepEqual(await s.verify('lock-01', '123456'), { ok: false, reason: 'expired' });
});
