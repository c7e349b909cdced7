// The "latest errors" ring: bounded, newest first, repeats counted rather than crowding others out, and nothing that
// could identify a person or leak a credential gets onto the page.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RecentErrors, safeCode, safeMessage } from '../../../gateway/status/recent-errors.ts';

describe('recent errors', () => {
  it('keeps the last 20, newest first', () => {
    const ring = new RecentErrors();
    for (let i = 0; i < 25; i++)
      ring.add({ at: i * 1000, source: 'device', deviceId: `d${i}`, code: 'GW_PAYLOAD_SCHEMA', message: `m${i}` });
    const list = ring.list();
    assert.equal(list.length, 20);
    assert.equal(list[0]!.deviceId, 'd24');
    assert.equal(list[19]!.deviceId, 'd5');
  });

  it('counts a repeat from the same source and moves it to the top instead of adding it again', () => {
    const ring = new RecentErrors();
    ring.add({ at: 1000, source: 'device', deviceId: 'vend-01', code: 'GW_PAYLOAD_NOT_JSON', message: 'payload is not valid JSON' });
    ring.add({ at: 2000, source: 'uplink', code: 'GW_UPLINK_DOWN', message: 'connection lost' });
    ring.add({
      at: 3000,
      source: 'device',
      deviceId: 'vend-01',
      code: 'GW_PAYLOAD_NOT_JSON',
      message: 'payload is not valid JSON',
      count: 4,
    });
    const list = ring.list();
    assert.equal(list.length, 2);
    assert.deepEqual(list[0], {
      at: new Date(3000).toISOString(),
      source: 'device',
      deviceId: 'vend-01',
      code: 'GW_PAYLOAD_NOT_JSON',
      message: 'payload is not valid JSON',
      count: 5,
    });
    ring.add({
      at: 4000,
      source: 'device',
      deviceId: 'vend-01',
      code: 'GW_SALE_TOTAL_MISMATCH',
      message: 'items add up to 900 but total is 1000',
    });
    assert.equal(ring.list().length, 3, 'a different error from the same machine is its own entry');
  });

  it('a flood alternating between a few refusals folds into one entry each: the other errors stay listed', () => {
    const ring = new RecentErrors();
    ring.add({ at: 1, source: 'spool', code: 'GW_SPOOL_FULL', message: 'spool full' });
    for (let i = 0; i < 5000; i++) {
      ring.add({
        at: 10 + i,
        source: 'device',
        code: i % 2 ? 'GW_AUTH_FAILED' : 'GW_MQTT_MALFORMED',
        message: i % 2 ? 'unknown device id' : 'malformed MQTT before the CONNECT was accepted',
      });
    }
    const list = ring.list();
    assert.deepEqual(
      list.map((e) => [e.code, e.count]),
      [
        ['GW_AUTH_FAILED', 2500],
        ['GW_MQTT_MALFORMED', 2500],
        ['GW_SPOOL_FULL', 1],
      ],
    );
  });

  it('masks card and ID numbers, e-mail addresses and URL credentials, and bounds the length', () => {
    const s = safeMessage(
      'card 4111 1111 1111 1111 and 4111111111111111, id 12345678, mail ana.lee@example.mo, url mqtt://user:pw@core:1883 ok 1000',
    );
    assert.ok(!/4111|12345678|ana\.lee|user|pw@/.test(s), s);
    assert.match(s, /\[number\].*\[number\].*\[number\]/);
    assert.match(s, /\[email\]/);
    assert.match(s, /mqtt:\/\/core:1883/);
    assert.match(s, /ok 1000$/, 'short numbers (totals, sizes) stay');
    assert.ok(safeMessage('x'.repeat(1000)).length <= 200);
    assert.equal(safeMessage('line\nbreak\u0000'), 'line break ');
  });

  it('add() masks the message it is given (addMasked() takes one already masked: MaskedText, from DeviceStats)', () => {
    const ring = new RecentErrors();
    ring.add({ at: 1, source: 'uplink', code: 'GW_UPLINK_DOWN', message: 'connect to mqtts://gw:secret@core failed' });
    assert.equal(ring.list()[0]!.message, 'connect to mqtts://core failed');
  });

  it('shows only GW_ codes', () => {
    assert.equal(safeCode('GW_SPOOL_FULL'), 'GW_SPOOL_FULL');
    assert.equal(safeCode('<script>'), 'GW_INTERNAL');
  });
});
