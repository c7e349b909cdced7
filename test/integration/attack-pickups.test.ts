// Pickups that cannot be guessed (issue 12, point 7), against the real gateway process as the unit runs it. Before the
// fix, 84,498 guesses on devices/{id}/req found a valid 6-digit code in 25 s, and the pickup list on the core's command
// topic carried SHA-256(salt + code), which a listener reverses by trying all 10^6 codes.
import assert from 'node:assert/strict';
import { createHash, createHmac, randomInt, type KeyObject } from 'node:crypto';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext } from 'playwright-core';
import mqtt, { type MqttClient } from 'mqtt';
import { normalisePickupCode, pickupCodeMac } from '../../devices/common/keyed-hash.ts';
import { pb, type edge } from '../../proto/index.ts';
import { launchChromium } from '../../harness/browser.ts';
import { startHostileSite, type HostileSite } from '../../harness/hostile.ts';
import { signedCommand } from '../../harness/core-commands.ts';
import { coreKeyPair } from '../../harness/core-keys.ts';
import { tempDir, type TempDir } from '../../harness/tmp.ts';
import { sleep, waitFor } from '../../harness/wait.ts';

import { type Answer, GUESSES, KEY, LOCK, LOCKOUT_S, MAX_WRONG, OTHER, PREFIX, REAL, SITE, ask, locker } from './pickup-attacks.ts';

describe('pickups that cannot be guessed', { timeout: 180_000 }, () => {
  let site: HostileSite;
  let core: MqttClient;
  let coreKey: KeyObject;
  let seq = 0;
  let keyDir: TempDir;
  let browser: BrowserContext | undefined;
  const otherCode = String(randomInt(100_000, 1_000_000));

  /** The core publishes a signed command on the site's command topic, as it would in production. */
  const command = async (deviceId: string, body: edge.v1.ICommand): Promise<string> => {
    const commandId = `c-pickups-${++seq}`;
    const cmd = { commandId, siteId: SITE, deviceId, issuedMs: Date.now(), deadlineMs: Date.now() + 300_000, ...body };
    await core.publishAsync(`${PREFIX}/${deviceId}/cmd`, signedCommand(cmd, coreKey), { qos: 1 });
    return commandId;
  };
  const result = async (commandId: string) => {
    const m = await site.listener.waitFor(
      (x) =>
        x.topic.endsWith('/cmd/result') &&
        [pb.CommandState.COMMAND_STATE_SUCCEEDED, pb.CommandState.COMMAND_STATE_FAILED, pb.CommandState.COMMAND_STATE_REJECTED].includes(
          pb.Envelope.decode(x.payload).commandResult?.state ?? 0,
        ) &&
        pb.Envelope.decode(x.payload).commandResult?.commandId === commandId,
      15_000,
    );
    return pb.Envelope.decode(m.payload).commandResult!;
  };
  const item = (documentRef: string, compartment: number, code: string) => {
    const codeSalt = `s${randomInt(1e9)}x${compartment}`;
    return { documentRef, compartment, codeSalt, codeMac: pickupCodeMac(KEY, codeSalt, code), expiresMs: Date.now() + 86_400_000 };
  };

  before(async () => {
    keyDir = await tempDir('eg-pickups-key-');
    const key = coreKeyPair(keyDir.path, 'commands');
    coreKey = key.privateKey;
    site = await startHostileSite({
      devices: [LOCK, OTHER],
      prefix: 'eg-pickups-',
      // The per-machine budget (8 unanswered questions) is lifted so that the guesses come 100 at a time and the lock-out
      // alone is what stops them; the budget has its own attack test.
      broker: { deviceBudget: { messagesPerS: 0, maxPendingRequests: 200 } },
      uplink: { commandKey: key.publicKeyFile },
      extra: {
        pickups: {
          codeKeyEnv: 'SITE_PICKUP_KEY',
          maxWrongPerLocker: MAX_WRONG,
          maxWrongPerCompartment: 5,
          windowS: 3600,
          lockoutS: LOCKOUT_S,
          maxLockoutS: 120,
        },
      },
      env: { SITE_PICKUP_KEY: KEY.toString('hex') },
    });
    core = await mqtt.connectAsync(site.core.url, { clientId: 'central-pickups', protocolVersion: 4 });
  });
  after(async () => {
    await browser?.close();
    await core?.endAsync(true);
    await site?.close();
    await keyDir?.cleanup();
  });

  it('a pickup list with unkeyed SHA-256 codes is refused with GW_PICKUP_LIST_UNKEYED', async () => {
    const salt = 'b7e1c2d4a9';
    const id = await command(LOCK.id, {
      refreshPickupList: {
        items: [
          {
            documentRef: 'OLD-1',
            compartment: 3,
            codeSalt: salt,
            codeHash: createHash('sha256').update(`${salt}271828`).digest('hex'),
          },
        ],
      },
    });
    const r = await result(id);
    assert.equal(r.state, pb.CommandState.COMMAND_STATE_FAILED);
    assert.match(r.reason ?? '', /^GW_PICKUP_LIST_UNKEYED: .*codeMac/);
  });

  // Stores the lists the next test attacks.
  it("a listener on the core's command topic cannot recover a code from the pickup list", async (t) => {
    const listId = await command(LOCK.id, {
      refreshPickupList: {
        items: [item('DSI-BIR-2026-004512', 12, REAL), item('IAM-LIC-2026-0193', 7, String(randomInt(100_000, 1_000_000)))],
      },
    });
    assert.equal((await result(listId)).state, pb.CommandState.COMMAND_STATE_SUCCEEDED, 'the keyed list is stored');
    assert.equal(
      (await result(await command(OTHER.id, { refreshPickupList: { items: [item('DSAL-PERMIT-2026-077', 3, otherCode)] } }))).state,
      pb.CommandState.COMMAND_STATE_SUCCEEDED,
    );
    // What an eavesdropper holds: the command as it crossed the core broker.
    const seen = await site.listener.waitFor(
      (m) => m.topic === `${PREFIX}/${LOCK.id}/cmd` && pb.Command.decode(pb.SignedCommand.decode(m.payload).command).commandId === listId,
      5000,
    );
    const listed = pb.Command.decode(pb.SignedCommand.decode(seen.payload).command).refreshPickupList!.items!;
    assert.ok(!seen.payload.includes(Buffer.from(REAL)), 'no code in clear');
    // Every one of the 10^6 codes, under everything the listener can compute without the key: the old scheme, the
    // documented message with no key, and the site id (public) as the key. Nothing may match.
    const target = listed.find((i) => i.compartment === 12)!;
    const matches: string[] = [];
    const tried = Date.now();
    for (let n = 0; n < 1_000_000; n++) {
      const code = String(n).padStart(6, '0');
      const msg = `${target.codeSalt}:${normalisePickupCode(code)}`;
      if (
        createHash('sha256')
          .update(target.codeSalt + code)
          .digest('hex') === target.codeMac ||
        createHmac('sha256', SITE).update(msg).digest('hex') === target.codeMac
      )
        matches.push(code);
    }
    assert.deepEqual(matches, [], 'no candidate code matches without the key');
    t.diagnostic(`all 10^6 codes tried two ways in ${Date.now() - tried} ms: no match`);
    // The same loop against the retired format finds the code at once: the loop is a real attack, not a formality.
    const old = createHash('sha256')
      .update(target.codeSalt + REAL)
      .digest('hex');
    let found = '';
    for (let n = 0; n < 1_000_000 && !found; n++) {
      const code = String(n).padStart(6, '0');
      if (
        createHash('sha256')
          .update(target.codeSalt + code)
          .digest('hex') === old
      )
        found = code;
    }
    assert.equal(found, REAL);
  });

  it(
    'a guessing loop on devices/{id}/req never finds a code, is locked out after the limit; the core, ' +
      'the status page and /metrics see it; the right code works once after',
    async (t) => {
      const attacker = await locker(site.gw.brokerPort, LOCK.id, LOCK.password, '127.0.0.66');
      const answers: Answer[] = [];
      const started = Date.now();
      try {
        for (let n = 0; n < GUESSES && Date.now() - started < 8000; n += 100) {
          const batch: string[] = [];
          for (let i = n; i < Math.min(GUESSES, n + 100); i++) {
            const reqId = `g-${i}`;
            batch.push(reqId);
            attacker.client.publish(
              `devices/${LOCK.id}/req`,
              JSON.stringify({ reqId, type: 'verifyPickup', pickupCode: String(i).padStart(6, '0') }),
              { qos: 0 },
            );
          }
          await waitFor(() => batch.every((r) => attacker.answers.has(r)), { timeoutMs: 10_000, what: `answers to guesses ${n}..` });
          answers.push(...batch.map((r) => attacker.answers.get(r)!));
        }
      } finally {
        await attacker.client.endAsync(true);
      }
      assert.ok(answers.length >= 1000, `at least 1,000 guesses made (${answers.length})`);
      assert.equal(answers.filter((a) => a.ok).length, 0, 'no guess opened anything');
      assert.equal(answers.filter((a) => a.reason === 'wrong_code').length, MAX_WRONG - 1, 'only the first guesses were checked at all');
      assert.equal(answers[MAX_WRONG - 1]!.reason, 'locked', 'the guess that reached the limit is told so');
      assert.ok(
        answers.slice(MAX_WRONG).every((a) => a.reason === 'locked'),
        'every later guess, the right code among them, is refused unchecked',
      );
      assert.equal(answers[Number(REAL)]!.reason, 'locked', 'the right code during the lock-out is refused');
      const told = answers[MAX_WRONG - 1]!;
      assert.match(told.message ?? '', /try again in \d+ minutes?, or ask staff/);
      assert.ok(told.retryAfterS! > 0 && told.retryAfterS! <= LOCKOUT_S);
      assert.ok(!JSON.stringify(answers).includes(`"${REAL}"`), 'no answer echoes a code');
      t.diagnostic(
        `${answers.length} guesses in ${Date.now() - started} ms: ${MAX_WRONG} checked, ${answers.length - MAX_WRONG} refused unchecked`,
      );

      // The real locker (another address) gets the same clear answer during the lock-out; the locker next door is unaffected.
      const real = await locker(site.gw.brokerPort, LOCK.id, LOCK.password, '127.0.0.1');
      const next = await locker(site.gw.brokerPort, OTHER.id, OTHER.password, '127.0.0.1');
      try {
        assert.equal((await ask(real, LOCK.id, 'real-1', '000-500')).reason, 'locked');
        assert.deepEqual(await ask(next, OTHER.id, 'next-1', otherCode), {
          reqId: 'next-1',
          ok: true,
          compartment: 3,
          documentRef: 'DSAL-PERMIT-2026-077',
        });

        // The core got a coded event through the spool; the status page and /metrics show where and until when, counts only.
        const ev = await site.listener.waitFor(
          (m) => m.topic === `${PREFIX}/${LOCK.id}/event` && pb.Envelope.decode(m.payload).event?.code === 'GW_PICKUP_LOCKED_OUT',
          10_000,
        );
        const event = pb.Envelope.decode(ev.payload).event!;
        assert.equal(event.active, true);
        assert.equal(event.severity, pb.Severity.SEVERITY_ALARM);
        assert.match(event.message ?? '', /^20 wrong pickup codes within 3600 s: code entry of the locker locked for 20 s, until /);
        const status = await site.status();
        const pickups = status.pickups as {
          lockouts: { deviceId: string; compartment: number | null; until: string; wrongCodes: number; refused: number }[];
          totals: Record<string, { wrongCodes: number; lockouts: number }>;
        };
        assert.equal(pickups.lockouts.length, 1);
        const lo = pickups.lockouts[0]!;
        assert.equal(lo.deviceId, LOCK.id);
        assert.equal(lo.compartment, null);
        assert.equal(lo.wrongCodes, MAX_WRONG);
        assert.ok(lo.refused >= answers.length - MAX_WRONG);
        assert.ok(
          !JSON.stringify(status).includes(`"${REAL}"`) && !JSON.stringify(status).includes('000-500'),
          'no code on the status page',
        );
        const metrics = await site.metrics();
        assert.match(metrics, new RegExp(`^edge_gateway_pickup_lockouts_total\\{device="${LOCK.id}"\\} 1$`, 'm'));
        assert.match(metrics, new RegExp(`^edge_gateway_pickup_wrong_codes_total\\{device="${LOCK.id}"\\} ${MAX_WRONG}$`, 'm'));
        assert.match(metrics, new RegExp(`^edge_gateway_pickup_lockouts_active\\{device="${LOCK.id}"\\} 1$`, 'm'));
        await site.assertServesLegit('during the pickup lock-out');
        // The status page itself, in a real browser: the locker, "whole locker", the counts; no code.
        browser = await launchChromium(join(keyDir.path, 'chromium-profile'));
        const page = await browser.newPage();
        await page.goto(`http://127.0.0.1:${site.gw.httpPort}/`);
        const row = page.locator(`#pickups-table tr[data-device="${LOCK.id}"][data-compartment="all"]`);
        await row.waitFor({ state: 'visible', timeout: 10_000 });
        const text = await row.innerText();
        assert.match(text, /whole locker/);
        assert.match(text, new RegExp(`\\b${MAX_WRONG}\\b`));
        assert.match(await page.locator('#summary').innerText(), /1 pickup lock-out/);
        assert.ok(!(await page.content()).includes(REAL), 'no code on the page');
        await browser.close();
        browser = undefined;

        // After the lock-out ends, the right code opens compartment 12 once; the end reaches the core as a cleared event.
        await sleep(Math.max(0, Date.parse(lo.until) - Date.now()) + 300);
        assert.deepEqual(await ask(real, LOCK.id, 'real-2', '000-500'), {
          reqId: 'real-2',
          ok: true,
          compartment: 12,
          documentRef: 'DSI-BIR-2026-004512',
        });
        assert.equal((await ask(real, LOCK.id, 'real-3', '000500')).reason, 'already_collected');
        await site.listener.waitFor(
          (m) =>
            m.topic === `${PREFIX}/${LOCK.id}/event` &&
            pb.Envelope.decode(m.payload).event?.code === 'GW_PICKUP_LOCKED_OUT' &&
            pb.Envelope.decode(m.payload).event?.active === false,
          10_000,
        );
        assert.equal(((await site.status()).pickups as { lockouts: unknown[] }).lockouts.length, 0);
      } finally {
        await real.client.endAsync(true);
        await next.client.endAsync(true);
      }
    },
  );
});

// Offline: the limits are the site's own, so they hold with the uplink cut, and the lock-out's event waits in the spool.
