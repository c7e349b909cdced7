// The config's sections as the parts' options (gateway/part-options.ts): what a site engineer writes is what the
// broker, the uplink and the spool are given.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkConfig } from '../../gateway/config/load.ts';
import { coreOptions, deviceBrokerOptions, spoolOptions, stateDir } from '../../gateway/part-options.ts';

const config = (over: Record<string, unknown> = {}) =>
  checkConfig({
    site: { id: 'mo-parts-01' },
    spool: { dir: '/var/lib/edge-gateway/spool', telemetryTtlS: 90 },
    uplink: { url: 'mqtt://127.0.0.1:1883', topicPrefix: 'gov/v1/site' },
    devices: [],
    ...over,
  });

describe('part options', () => {
  it('keeps small state beside the spool, and gives the spool its TTL in milliseconds', () => {
    const c = config();
    assert.equal(stateDir(c), '/var/lib/edge-gateway/state');
    const s = spoolOptions(c.spool);
    assert.equal(s.dir, '/var/lib/edge-gateway/spool');
    assert.equal(s.telemetryTtlMs, 90_000);
  });

  it('lets a logged-in packet be as large as the payload limit plus the largest topic MQTT allows, and no larger', () => {
    const c = config({ broker: { maxPayloadBytes: 1000 } });
    const b = deviceBrokerOptions(c.broker);
    assert.equal(b.guard.packetMaxBytes, 1000 + 65_535 + 9);
    assert.equal(b.tls, undefined, 'no TLS listener unless broker.tls.port is set');
  });

  it('names the uplink after the site, leaves its will as the offline status, and reads the password from the environment', () => {
    const c = config({ uplink: { url: 'mqtt://127.0.0.1:1883', topicPrefix: 'gov/v1/site', passwordEnv: 'CORE_PW' } });
    const offline = Buffer.from('offline');
    const o = coreOptions(c, { CORE_PW: 'from-env' }, offline);
    assert.equal(o.clientId, 'edge-gateway-mo-parts-01');
    assert.equal(o.password, 'from-env');
    assert.deepEqual(o.will, { topic: 'gov/v1/site/mo-parts-01/status', payload: offline, retain: true, qos: 1 });
    assert.equal(o.tlsFiles, undefined, 'no TLS files for mqtt://');
    assert.throws(() => coreOptions(c, {}, offline), /CORE_PW is not set/, 'a missing secret is named');
  });
});
