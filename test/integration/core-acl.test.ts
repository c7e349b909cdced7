// The core broker's ACL from the README ("Topics", the mosquitto block) is enough for a site and keeps sites apart:
// mosquitto runs with exactly that block as its acl_file, the core's tools connect as its core user, a real gateway as
// its site. Health, a time answer, a command and a remote config all flow; a client of another site can neither
// publish on this site's topics nor read them.
import assert from 'node:assert/strict';
import type { KeyObject } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import mqtt, { type MqttClient } from 'mqtt';
import { TimeServer } from '../../core/time-server.ts';
import { pb } from '../../proto/index.ts';
import { signedCommand } from '../../harness/core-commands.ts';
import { configPusher } from '../../harness/core-config.ts';
import { coreKeyPair } from '../../harness/core-keys.ts';
import { listenCore, type CoreListener } from '../../harness/core-listener.ts';
import { commandedMachine } from '../../harness/device.ts';
import { REPO, startGateway, type GatewayFixture } from '../../harness/gateway.ts';
import { startMosquitto, type Mosquitto } from '../../harness/mosquitto.ts';
import { tempDir, type TempDir } from '../../harness/tmp.ts';
import { waitFor } from '../../harness/wait.ts';

const SITE = 'mo-acl-01';
const OTHER = 'mo-acl-02';
const PREFIX = `gov/v1/site/${SITE}`;

/** The mosquitto block of the README's "Topics" section, as an operator copies it. */
function readmeAcl(): string {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const start = readme.indexOf('```conf\n# mosquitto ACL for the core broker');
  assert.ok(start >= 0, 'the README has the ACL block');
  const body = readme.slice(start + '```conf\n'.length);
  return body.slice(0, body.indexOf('```'));
}

describe('core broker ACL from the README', () => {
  let tmp: TempDir;
  let core: Mosquitto;
  let coreUrl: string;
  let gw: GatewayFixture;
  let time: TimeServer;
  let listener: CoreListener;
  let corePub: MqttClient;
  let commandKey: KeyObject;
  let configKey: KeyObject;

  before(async () => {
    tmp = await tempDir('eg-core-acl-');
    const aclFile = join(tmp.path, 'core.acl');
    writeFileSync(aclFile, readmeAcl());
    core = await startMosquitto({ extraConfig: `acl_file ${aclFile}` });
    // The core's tools as the ACL's core user (no password file here: the user name is what the ACL matches).
    coreUrl = `mqtt://core@127.0.0.1:${core.port}`;
    listener = await listenCore(coreUrl, [`${PREFIX}/#`]);
    time = new TimeServer({ url: coreUrl, prefix: 'gov/v1/site' });
    await time.start();
    corePub = await mqtt.connectAsync(coreUrl, { clientId: 'core-commands', protocolVersion: 4 });
    const keys = { command: coreKeyPair(tmp.path, 'commands'), config: coreKeyPair(tmp.path, 'config') };
    commandKey = keys.command.privateKey;
    configKey = keys.config.privateKey;
    gw = await startGateway({
      dir: tmp.path,
      coreUrl: core.url,
      siteId: SITE,
      uplink: { username: SITE, commandKey: keys.command.publicKeyFile, configKey: keys.config.publicKeyFile },
      extra: { health: { intervalS: 5, minGapMs: 500 }, clock: { probeIntervalS: 5 }, remoteConfig: { confirmAfterS: 5 } },
      devices: [{ id: 'lock-01', kind: 'locker', password: 'pw-lock' }],
    });
    await gw.child.waitForJsonLog((l) => l.msg === 'connected to core', 10_000);
  });

  after(async () => {
    await gw?.stop();
    await corePub?.endAsync(true);
    await time?.stop();
    await listener?.close();
    await core?.stop();
    await tmp?.cleanup();
  });

  const status = async () => (await (await fetch(`http://127.0.0.1:${gw.httpPort}/api/status`)).json()) as Record<string, any>;

  it('health and the time answer flow under the ACL', async () => {
    const health = await listener.waitFor((m) => m.topic === `${PREFIX}/health`, 15_000);
    assert.equal(pb.GatewayHealth.decode(health.payload).siteId, SITE);
    await listener.waitFor((m) => m.topic === `${PREFIX}/status`, 5_000);
    await waitFor(async () => (await status()).clock?.core?.known === true, { timeoutMs: 15_000, what: "the core's time answer" });
    assert.ok(time.answered >= 1);
  });

  it('a command reaches the machine and its results reach the core', async () => {
    const lock = await commandedMachine(gw.brokerUrl, 'lock-01', 'pw-lock');
    try {
      const cmd = {
        commandId: 'acl-1',
        siteId: SITE,
        deviceId: 'lock-01',
        deadlineMs: Date.now() + 300_000,
        openCompartment: { compartment: 2 },
      };
      await corePub.publishAsync(`${PREFIX}/lock-01/cmd`, signedCommand(cmd, commandKey), { qos: 1 });
      await listener.waitFor(
        (m) =>
          m.topic === `${PREFIX}/lock-01/cmd/result` &&
          pb.Envelope.decode(m.payload).commandResult?.state === pb.CommandState.COMMAND_STATE_SUCCEEDED,
        15_000,
      );
      assert.equal(lock.commands.length, 1);
    } finally {
      await lock.client.endAsync(true);
    }
  });

  it('a remote config is applied and its result reaches the core', async () => {
    await configPusher(coreUrl, SITE, configKey)(1, { log: { level: 'debug' } });
    await listener.waitFor(
      (m) => m.topic === `${PREFIX}/config/result` && pb.ConfigResult.decode(m.payload).state === pb.ConfigState.CONFIG_STATE_APPLIED,
      20_000,
    );
  });

  it("another site can neither publish on this site's topics nor read its commands, config or time answers", async () => {
    // mosquitto 2.0 closes a client's connection after a publish or subscription its ACL refuses: each try gets its own.
    const intruder = () =>
      mqtt.connectAsync(`mqtt://${OTHER}@127.0.0.1:${core.port}`, { clientId: OTHER, protocolVersion: 4, reconnectPeriod: 0 });
    /** Runs one operation; resolves with its outcome, or "closed" when the broker cut the connection instead. */
    const attempt = async <T>(op: (c: MqttClient) => Promise<T>): Promise<T | 'closed'> => {
      const c = await intruder();
      const closed = new Promise<'closed'>((resolve) => c.once('close', () => resolve('closed')));
      try {
        return await Promise.race([op(c), closed]);
      } finally {
        await c.endAsync(true);
      }
    };
    const forged = Buffer.from(pb.GatewayHealth.encode({ siteId: SITE, reason: 'forged' }).finish());
    for (const topic of [`${PREFIX}/health`, `${PREFIX}/status`, `${PREFIX}/lock-01/tx`, `${PREFIX}/config/result`, `${PREFIX}/cmd`]) {
      await attempt((c) => c.publishAsync(topic, forged, { qos: 1 }).catch(() => undefined));
    }
    // mosquitto grants a subscription and applies the read ACL per message: the other site subscribes to this site's
    // commands, config and time answers, the core sends one of each, and then one on the other site's own command
    // topic; once that arrives, anything before it would have.
    const spy = await intruder();
    try {
      const seen: string[] = [];
      spy.on('message', (topic) => seen.push(topic));
      await spy.subscribeAsync([`${PREFIX}/+/cmd`, `${PREFIX}/cmd`, `${PREFIX}/config`, `${PREFIX}/time/res`, `gov/v1/site/${OTHER}/cmd`], {
        qos: 1,
      });
      for (const topic of [`${PREFIX}/lock-01/cmd`, `${PREFIX}/config`, `${PREFIX}/time/res`]) {
        await corePub.publishAsync(topic, Buffer.from('for this site only'), { qos: 1 });
      }
      await corePub.publishAsync(`gov/v1/site/${OTHER}/cmd`, Buffer.from('own'), { qos: 1 });
      await waitFor(() => seen.includes(`gov/v1/site/${OTHER}/cmd`), { timeoutMs: 10_000, what: 'its own command topic' });
      assert.deepEqual(seen, [`gov/v1/site/${OTHER}/cmd`], "the other site read nothing of this site's");
    } finally {
      await spy.endAsync(true);
    }
    // Its own topics are open to it.
    assert.notEqual(await attempt((c) => c.publishAsync(`gov/v1/site/${OTHER}/health`, Buffer.from('own'), { qos: 1 })), 'closed');
    // A barrier: the core's own message on this site's prefix comes after anything the broker had let through before it.
    await corePub.publishAsync(`${PREFIX}/barrier`, Buffer.from('barrier'), { qos: 1 });
    await listener.waitFor((m) => m.topic === `${PREFIX}/barrier`, 10_000);
    assert.equal(
      listener.messages.filter((m) => m.payload.equals(forged)).length,
      0,
      "nothing the other site sent reached this site's topics",
    );
  });
});
