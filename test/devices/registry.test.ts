// The registry (devices/registry.ts) is the one list of machine kinds. Adding a kind must bring its whole folder with
// it, and everything that accepts a kind must accept exactly the registry's: these tests fail naming what is missing.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isGatewayError } from '../../base/errors.ts';
import { CHANNELS } from '../../devices/common/types.ts';
import { codecFor, isKind, KIND_COMMANDS, KINDS, kindEntry, OPCUA_KIND_NAMES } from '../../devices/registry.ts';
import { checkConfig } from '../../gateway/config/load.ts';
import { configSchema } from '../../gateway/config/schema.ts';
import { hashPassword } from '../../gateway/config/secrets.ts';
import { REPO } from '../../harness/gateway.ts';
import { pb } from '../../proto/index.ts';

const exists = (...path: string[]) => existsSync(join(REPO, ...path));
const filesIn = (...path: string[]) => (exists(...path) ? readdirSync(join(REPO, ...path)) : []);

describe('the kinds registry', () => {
  it('lists each kind once, and only its own keys are kinds', () => {
    assert.ok(KINDS.length > 0);
    assert.equal(new Set(KINDS).size, KINDS.length);
    assert.ok(isKind('locker'));
    assert.ok(!isKind('kiosk') && !isKind('toString'), 'only registry keys are kinds, not inherited names');
  });

  for (const kind of KINDS) {
    it(`${kind}: has its codec, schema, README, fixtures, codec test and simulator`, () => {
      for (const file of ['codec.ts', 'schema.ts', 'README.md', 'sim/traffic.ts'])
        assert.ok(exists('devices', kind, file), `devices/${kind}/${file}`);
      assert.ok(exists('test', 'devices', kind, 'codec.test.ts'), `test/devices/${kind}/codec.test.ts`);
      assert.ok(filesIn('test', 'devices', kind, 'fixtures', 'good').length > 0, `test/devices/${kind}/fixtures/good/`);
      assert.ok(filesIn('test', 'devices', kind, 'fixtures', 'bad').length > 0, `test/devices/${kind}/fixtures/bad/`);
      assert.ok(kindEntry(kind).description.length > 0);
      assert.ok(KIND_COMMANDS[kind].has('requestState'), 'every machine can be asked for its state');
    });

    it(`${kind}: its codec names the kind and the edge.v1 DeviceKind of the same name`, () => {
      const codec = codecFor(kind);
      assert.equal(codec.kind, kind);
      assert.equal(codec.protoKind, pb.DeviceKind[`DEVICE_KIND_${kind.toUpperCase()}` as keyof typeof pb.DeviceKind]);
    });

    it(`${kind}: its simulator sends what its codec accepts, on every channel`, () => {
      const traffic = kindEntry(kind).simulator.traffic(`${kind}-sim`, seeded(7));
      const accepted = new Set<string>();
      let refused = 0;
      for (let i = 0; i < 400; i++) {
        const m = traffic.next(new Date(Date.UTC(2026, 10, 22, 9, 0, i)));
        const r = codecFor(kind).decode(m.channel as never, Buffer.from(JSON.stringify(m.body)), {
          format: 'json',
          hashKey: Buffer.alloc(32),
        });
        if (r.ok) accepted.add(m.channel);
        else refused++;
      }
      // the generators send a small share of wrong messages on purpose, to show how the gateway answers them
      assert.ok(refused < 40, `${refused} of 400 simulated messages refused`);
      assert.deepEqual([...accepted].sort(), [...CHANNELS].sort());
    });
  }

  it('names every edge.v1 DeviceKind but UNSPECIFIED', () => {
    const protoKinds = Object.keys(pb.DeviceKind).filter((k) => k.startsWith('DEVICE_KIND_') && k !== 'DEVICE_KIND_UNSPECIFIED');
    assert.deepEqual(protoKinds.sort(), KINDS.map((k) => `DEVICE_KIND_${k.toUpperCase()}`).sort());
  });

  it('lists as OPC-UA kinds exactly those with a devices/KIND/opcua-mapping.ts', () => {
    assert.deepEqual(
      [...OPCUA_KIND_NAMES],
      KINDS.filter((k) => exists('devices', k, 'opcua-mapping.ts')),
    );
  });
});

describe('the config schema and the registry', () => {
  const passwordHash = hashPassword('registry-test');
  const config = (kind: string) => ({
    site: { id: 'mo-test-01', name: 'Test site' },
    broker: { host: '127.0.0.1', port: 1883 },
    devices: [{ id: 'm-01', kind, transport: 'mqtt', passwordHash }],
    uplink: { url: 'mqtt://127.0.0.1:1884' },
    spool: { dir: '/tmp/edge-gateway-registry-test' },
  });

  it("the device kind enum is exactly the registry's kinds", () => {
    assert.deepEqual([...configSchema.properties.devices.items.properties.kind.enum], [...KINDS]);
  });

  for (const kind of KINDS) {
    it(`accepts a ${kind} device`, () => {
      assert.equal(checkConfig(config(kind)).devices[0]!.kind, kind);
    });
  }

  it('refuses a kind the registry does not list, naming the path', () => {
    assert.throws(
      () => checkConfig(config('kiosk')),
      (e) => isGatewayError(e) && e.code === 'GW_CONFIG_INVALID' && e.message.includes('/devices/0/kind'),
    );
  });
});

function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}
