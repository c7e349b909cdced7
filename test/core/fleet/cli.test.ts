// `core fleet --http`: what an operator may write, and a coded refusal for anything else.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isGatewayError } from '../../../base/errors.ts';
import { parseListen } from '../../../core/fleet/cli.ts';

describe('core fleet --http', () => {
  it('takes HOST:PORT, [IPv6]:PORT and :PORT (loopback)', () => {
    assert.deepEqual(parseListen('127.0.0.1:9090'), { host: '127.0.0.1', port: 9090 });
    assert.deepEqual(parseListen('[::1]:9090'), { host: '::1', port: 9090 });
    assert.deepEqual(parseListen(':9090'), { host: '127.0.0.1', port: 9090 });
    assert.deepEqual(parseListen('0.0.0.0:0'), { host: '0.0.0.0', port: 0 });
  });

  it('refuses anything else with GW_CONFIG_INVALID', () => {
    for (const bad of ['9090', '127.0.0.1', '127.0.0.1:99999', 'host:port', '::1:9090', '[::1]', '']) {
      assert.throws(
        () => parseListen(bad),
        (e) => isGatewayError(e) && e.code === 'GW_CONFIG_INVALID',
        bad,
      );
    }
  });
});
