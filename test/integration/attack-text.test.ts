// Text from outside (issue 12, points 3 and 8) against the real gateway process, built as the unit runs it: a machine
// with leaked credentials publishes to a 65,000-character topic and sends ~1 MiB payloads of adversarial text, and
// tries every way round the card-number guard that was found. The machine next door must still be acknowledged
// promptly, /api/status must stay fast and hold none of the attacker's text, each refusal must be counted and logged
// with its code, and no card number may reach the core or the log.
import assert from 'node:assert/strict';
import type { MqttClient } from 'mqtt';
import { after, before, describe, it } from 'node:test';
import { closeDevice, connectDevice, publishBytes, publishJson } from '../../harness/device.ts';
import { HOSTILE_SITE, startHostileSite, type HostileSite } from '../../harness/hostile.ts';
import { CARD_NUMBER_BYPASSES } from '../devices/common/card-bypasses.ts';
import { vendingSale } from '../../harness/sale.ts';

const ATTACKER = { id: 'vend-leaked', kind: 'vending' as const, password: 'leaked-vending-pw' };
/** A marker no gateway text contains: finding it in the log or the status page means attacker text got through. */
const MARK = 'zq'.repeat(20);
const MAX_PAYLOAD = 1 << 20;

function sale(txId: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return vendingSale(txId, { time: new Date().toISOString(), payment: 'card', ...extra });
}

describe('text from outside', { timeout: 240_000 }, () => {
  let site: HostileSite;
  let dev: MqttClient;
  const errors: Record<string, unknown>[] = [];

  before(async () => {
    site = await startHostileSite({ devices: [ATTACKER], broker: { maxPayloadBytes: MAX_PAYLOAD }, prefix: 'eg-text-' });
    dev = await connectDevice(site.gw.brokerUrl, ATTACKER.id, ATTACKER.password, {
      onMessage: (_t, p) => errors.push(JSON.parse(p.toString()) as Record<string, unknown>),
    });
    await dev.subscribeAsync(`devices/${ATTACKER.id}/error`, { qos: 1 });
  });
  after(async () => {
    if (dev) await closeDevice(dev);
    await site?.close();
  });

  async function rejectedCount(): Promise<number> {
    const m = new RegExp(`^edge_gateway_messages_rejected_total\\{[^}]*device="${ATTACKER.id}"[^}]*\\} (\\d+)`, 'm').exec(
      await site.metrics(),
    );
    return Number(m?.[1] ?? 0);
  }

  /** The status page and every log line so far hold none of the attacker's text; /api/status answers promptly. */
  async function assertNoAttackerText(label: string, t?: { diagnostic(m: string): void }): Promise<void> {
    const started = performance.now();
    const status = await site.status();
    const ms = performance.now() - started;
    assert.ok(ms < 5000, `${label}: /api/status took ${ms.toFixed(0)} ms`);
    t?.diagnostic(`${label}: /api/status in ${ms.toFixed(0)} ms, ${status.bytes} bytes`);
    const body = JSON.stringify(status);
    assert.ok(
      !body.includes(MARK.slice(0, 12)) && !/a{40}|(?:a@){20}|4111/.test(body),
      `${label}: attacker text on /api/status: ${body.slice(0, 400)}`,
    );
    assert.ok(status.bytes < 64 * 1024, `${label}: /api/status is ${status.bytes} bytes`);
    const leaked = site.gw.child.lines().filter((l) => l.text.includes(MARK.slice(0, 12)) || /a{40}|(?:a@){20}|4111.?1111/.test(l.text));
    assert.deepEqual(
      leaked.map((l) => l.text.slice(0, 200)),
      [],
      `${label}: attacker text in the log`,
    );
  }

  it(
    'a publish to a 65,000-character topic: the machine next door is acknowledged promptly, the refusal ' +
      'is counted and logged with its code',
    async (t) => {
      const before = await rejectedCount();
      // Long runs without white space around an "@": what made the old e-mail mask quadratic (~3 s per message here).
      const channel = `${MARK}${'a'.repeat(32_000)}@${'a'.repeat(32_000)}`;
      const topic = `devices/${ATTACKER.id}/${channel}`;
      assert.ok(topic.length > 64_000 && topic.length < 65_535);
      const mark = site.gw.child.mark();
      const attacks = [1, 2, 3].map(() => publishBytes(dev, topic, '{}', 1, 60_000));
      const ackMs = await site.assertServesLegit('during 65,000-character topics', { ackMs: 5000 });
      await Promise.all(attacks); // refused, but acknowledged so the machine does not resend it forever
      const log = await site.gw.child.waitForJsonLog((l) => l.deviceId === ATTACKER.id && l.code === 'GW_TOPIC_UNKNOWN', 10_000, {
        after: mark,
      });
      assert.match(String(log.msg), /unknown channel \(?a 6\d{4}-character channel/);
      assert.equal(await rejectedCount(), before + 3);
      await assertNoAttackerText('after 65,000-character topics', t);
      t.diagnostic(`legitimate sale acknowledged in ${ackMs.toFixed(0)} ms while three 65,000-character topics were refused`);
    },
  );

  it('~1 MiB payloads of adversarial text are refused with their codes, fast, and leave no text behind', async () => {
    const before = await rejectedCount();
    const fill = (unit: string, chars: number) => unit.repeat(Math.floor(chars / unit.length));
    const n = 900_000; // characters; UTF-8 of the non-ASCII shapes stays under the 1 MiB payload limit
    const cases: [string, unknown, string][] = [
      ['many "@" in a reference', sale('V-T01', { receiptNo: `${MARK}${fill('a@', n)}` }), 'GW_PAYLOAD_SCHEMA'],
      [
        'a long word in free text',
        { code: 'PRN-E12', severity: 'alarm', active: true, component: 'printer', message: `${MARK}${fill('a', n)}` },
        'GW_PAYLOAD_SCHEMA',
      ],
      ['dots', sale('V-T03', { receiptNo: `${MARK}${fill('.', n)}` }), 'GW_PAYLOAD_SCHEMA'],
      [
        'digit runs with separators, a card at the end',
        sale('V-T04', { receiptNo: `${MARK}${fill('1-1 ', n)}4111_1111_1111_1111` }),
        'GW_PAYLOAD_CARD_NUMBER',
      ],
      [
        'Arabic-Indic digits and NBSP',
        sale('V-T05', { receiptNo: `${MARK}${fill('\u0664\u0661\u0661\u00a0', n / 3)}` }),
        'GW_PAYLOAD_SCHEMA',
      ],
      ['a 1 MiB property name', { online: true, mode: 'in_service', [`${MARK}${fill('a@', n)}`]: 1 }, 'GW_PAYLOAD_SCHEMA'],
    ];
    for (const [what, body, code] of cases) {
      const channel = 'message' in (body as object) ? 'event' : 'online' in (body as object) ? 'state' : 'tx';
      const payload = Buffer.from(JSON.stringify(body));
      assert.ok(payload.length <= MAX_PAYLOAD, `${what}: ${payload.length} bytes`);
      errors.length = 0;
      await publishBytes(dev, `devices/${ATTACKER.id}/${channel}`, payload, 1, 30_000);
      const deadline = Date.now() + 10_000;
      while (errors.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      assert.equal(errors[0]?.code, code, `${what}: ${JSON.stringify(errors[0])?.slice(0, 300)}`);
      assert.ok(JSON.stringify(errors[0]).length < 1000, `${what}: a ${JSON.stringify(errors[0]).length}-character error reply`);
    }
    await site.assertServesLegit('after ~1 MiB adversarial payloads', { ackMs: 5000 });
    assert.equal(await rejectedCount(), before + cases.length);
    await assertNoAttackerText('after ~1 MiB adversarial payloads');
  });

  it('card numbers written every way the guard missed are refused with GW_PAYLOAD_CARD_NUMBER and reach neither the core nor the log', async () => {
    // Every written form the guard's unit test knows, and the number as a JSON number.
    const forms: [string, unknown][] = [...CARD_NUMBER_BYPASSES, ['a JSON number', 4111111111111111]];
    site.listener.clear();
    for (const [i, [what, receiptNo]] of forms.entries()) {
      errors.length = 0;
      const txId = `V-PAN-${i}`;
      await publishJson(dev, `devices/${ATTACKER.id}/tx`, sale(txId, { receiptNo }), 1, 10_000);
      const deadline = Date.now() + 10_000;
      while (errors.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      assert.equal(errors[0]?.code, 'GW_PAYLOAD_CARD_NUMBER', `${what}: ${JSON.stringify(errors[0])}`);
      assert.equal(errors[0]?.path, '/receiptNo', what);
      assert.equal(errors[0]?.txId, txId, what);
    }
    // The legitimate sale goes through the same uplink after them: anything accepted before it has arrived by then.
    await site.assertServesLegit('after the card numbers');
    const fromAttacker = site.listener.messages.filter((m) => m.topic.startsWith(`gov/v1/site/${HOSTILE_SITE}/${ATTACKER.id}/`));
    assert.deepEqual(
      fromAttacker.map((m) => m.topic),
      [],
      'a refused sale reached the core',
    );
    for (const m of site.listener.messages) assert.ok(!m.payload.includes('4111'), `card digits at the core on ${m.topic}`);
    const logged = site.gw.child.lines().filter((l) => /4111|\uff14\uff11|\u0664\u0661/.test(l.text));
    assert.deepEqual(
      logged.map((l) => l.text.slice(0, 200)),
      [],
      'card digits in the log',
    );
    const coded = site.gw.child.lines().filter((l) => l.text.includes('"code":"GW_PAYLOAD_CARD_NUMBER"') && l.text.includes(ATTACKER.id));
    assert.ok(coded.length >= forms.length, `${coded.length} coded log lines for ${forms.length} refusals`);
  });
});
