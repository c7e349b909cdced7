// gateway/app/quiet-debug.ts: with DEBUG unset the MQTT libraries get a `debug` that allocates nothing per call; with DEBUG
// set an engineer gets the libraries' real debug output. Each case runs in a child process, as the module cache is
// per process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO } from '../../../harness/gateway.ts';

// Loads gateway/app/quiet-debug.ts, then MQTT.js's and mqtt-packet's own `debug` as they resolve it, and reports.
const PROBE = `
import { createRequire } from 'node:module';
await import(${JSON.stringify(join(REPO, 'gateway', 'app', 'quiet-debug.ts'))});
const here = createRequire(${JSON.stringify(join(REPO, 'package.json'))});
const viaMqtt = createRequire(here.resolve('mqtt'));
const viaPacket = createRequire(viaMqtt.resolve('mqtt-packet'));
const a = viaMqtt('debug')('mqttjs:client');
const b = viaPacket('debug')('mqtt-packet:parser');
a('probe line %s', 'from mqttjs');
console.log(JSON.stringify({ mqtt: a.enabled, packet: b.enabled, extend: typeof a.extend('x') }));
`;

function probe(debug: string | undefined): { out: { mqtt: boolean; packet: boolean; extend: string }; err: string } {
  const { DEBUG: _drop, ...env } = process.env;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', PROBE], {
    cwd: REPO,
    env: debug === undefined ? env : { ...env, DEBUG: debug },
    encoding: 'utf8',
    timeout: 30_000,
  });
  assert.equal(r.status, 0, r.stderr);
  return { out: JSON.parse(r.stdout.trim().split('\n').pop()!), err: r.stderr };
}

describe('quiet debug', () => {
  it("with DEBUG unset, the MQTT libraries' debug is a no-op", () => {
    const { out, err } = probe(undefined);
    assert.deepEqual(out, { mqtt: false, packet: false, extend: 'function' });
    assert.doesNotMatch(err, /probe line/);
  });

  it('with DEBUG set, the real debug runs and prints', () => {
    const { out, err } = probe('mqttjs*');
    assert.deepEqual(out, { mqtt: true, packet: false, extend: 'function' });
    assert.match(err, /mqttjs:client probe line from mqttjs/);
  });
});
