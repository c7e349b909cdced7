// Config of an OPC-UA locker: the README's example is valid as written and gets its defaults; a wrong combination is
// refused with its path, all problems in one report; secrets stay out of the file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkConfig } from '../../../gateway/config/load.ts';
import { isGatewayError } from '../../../base/errors.ts';
import { REPO } from '../../../harness/gateway.ts';

/** The device entry in devices/locker/README.md, section "OPC-UA". */
function readmeDevice(): Record<string, any> {
  const readme = readFileSync(join(REPO, 'devices', 'locker', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## OPC-UA'));
  const block = /```jsonc\n([\s\S]*?)\n```/.exec(section);
  assert.ok(block, 'a config example (```jsonc) in the OPC-UA section');
  return JSON.parse(block[1]!) as Record<string, any>;
}

const site = (...devices: unknown[]) => ({
  site: { id: 'mo-test-01' },
  devices,
  uplink: { url: 'mqtt://127.0.0.1:1884' },
  spool: { dir: '/tmp/eg-never-used/spool' },
});

function problems(raw: unknown): string {
  try {
    checkConfig(raw);
  } catch (e) {
    assert.ok(isGatewayError(e));
    assert.match(e.code, /^GW_CONFIG_(INVALID|INLINE_SECRET)$/);
    return e.message;
  }
  assert.fail('config was accepted');
}

describe('config: OPC-UA lockers', () => {
  it('accepts the README example as written and fills in the defaults', () => {
    const dev = checkConfig(site(readmeDevice())).devices[0]!;
    assert.equal(dev.transport, 'opcua');
    assert.equal(dev.opcua!.reconnectMinMs, 500);
    assert.equal(dev.opcua!.refusedRetryMs, 60000);
    assert.equal(dev.opcua!.mapping.units, 12);
    const minimal = checkConfig(
      site({
        id: 'lock-09',
        kind: 'locker',
        transport: 'opcua',
        opcua: {
          endpointUrl: 'opc.tcp://10.0.0.9:4840',
          mapping: { values: { door: 'ns=2;s=Door', occupied: 'ns=2;s=Occ', serviceMode: 'ns=2;s=Mode' } },
        },
      }),
    ).devices[0]!.opcua!;
    assert.deepEqual(minimal.auth, { type: 'anonymous' });
    assert.equal(minimal.securityMode, 'None');
    assert.equal(minimal.publishingIntervalMs, 1000);
    assert.equal(minimal.staleAfterIntervals, 10);
    assert.deepEqual(minimal.mapping.events, {});
  });

  it('refuses anonymous login with a security mode other than None', () => {
    const dev = readmeDevice();
    dev.opcua.securityMode = 'SignAndEncrypt';
    dev.opcua.securityPolicy = 'Basic256Sha256';
    dev.opcua.auth = { type: 'anonymous' };
    assert.match(problems(site(dev)), /\/devices\/0\/opcua\/auth\/type: anonymous login is refused with securityMode "SignAndEncrypt"/);
    dev.opcua.auth = { type: 'userName', userName: 'gateway', passwordFile: '/etc/edge-gateway/lock-02.pw' };
    checkConfig(site(dev));
  });

  it('an opcua device needs its opcua section, an MQTT device must not have one', () => {
    const { opcua, ...bare } = readmeDevice();
    const msg = problems(site(bare, { id: 'vend-01', kind: 'vending', transport: 'mqtt', passwordEnv: 'X', opcua }));
    assert.match(msg, /\/devices\/0\/opcua: is required with transport "opcua"/);
    assert.match(msg, /\/devices\/1\/opcua: only a device with transport "opcua" takes an opcua section/);
  });

  it('names every mapping mistake with its path: unknown role, missing role, {n} misuse, unknown field, unsupported kind', () => {
    const dev = readmeDevice();
    dev.opcua.mapping.values.sevriceMode = dev.opcua.mapping.values.serviceMode;
    delete dev.opcua.mapping.values.serviceMode;
    dev.opcua.mapping.values.occupied = 'ns=1;s=Locker.Occupied';
    dev.opcua.mapping.values.heartbeat = 'ns=1;s=Locker.C{n}.Beat';
    dev.opcua.mapping.events.alarms.fields.colour = '1:Colour';
    dev.opcua.mapping.methods.selfDestruct = { object: 'ns=1;s=Locker', method: 'ns=1;s=Locker.Boom' };
    const msg = problems(site(dev, { ...readmeDevice(), id: 'vend-09', kind: 'vending' }));
    for (const re of [
      /\/devices\/0\/opcua\/mapping\/values\/sevriceMode: unknown role "sevriceMode" for locker/,
      /\/devices\/0\/opcua\/mapping\/values\/serviceMode: is required for locker/,
      /\/devices\/0\/opcua\/mapping\/values\/occupied: must contain "\{n\}" to address each of the 12 units/,
      /\/devices\/0\/opcua\/mapping\/values\/heartbeat: "\{n\}" is only for per-unit roles/,
      /\/devices\/0\/opcua\/mapping\/events\/alarms\/fields\/colour: unknown field role "colour"/,
      /\/devices\/0\/opcua\/mapping\/methods\/selfDestruct: unknown method role/,
      /\/devices\/1\/opcua\/mapping: vending machines cannot be read over OPC-UA yet/,
    ])
      assert.match(msg, re);
  });

  it('security mode and policy go together; user name login needs exactly one password source; no inline password', () => {
    const dev = readmeDevice();
    dev.opcua.securityMode = 'Sign';
    dev.opcua.auth = { type: 'userName', userName: 'gateway' };
    const msg = problems(site(dev));
    assert.match(msg, /\/devices\/0\/opcua\/securityPolicy: securityMode "Sign" needs a securityPolicy other than "None"/);
    assert.match(msg, /\/devices\/0\/opcua\/auth: type "userName" needs exactly one of passwordEnv, passwordFile/);
    dev.opcua.auth = { type: 'userName', userName: 'gateway', password: 'hunter2-secret' };
    const inline = problems(site(dev));
    assert.match(inline, /\/devices\/0\/opcua\/auth\/password: secrets must not be written into the config file/);
    assert.ok(!inline.includes('hunter2'));
    const bad = readmeDevice();
    bad.opcua.endpointUrl = 'http://10.0.0.9';
    assert.match(problems(site(bad)), /\/devices\/0\/opcua\/endpointUrl/);
  });
});
