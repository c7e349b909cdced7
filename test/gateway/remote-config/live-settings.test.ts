// The one list of settings applied live: how a change sorts into live and restart-only, and that the docs print it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { changedPaths, classifyChange, LIVE_SETTINGS, sectionsOf } from '../../../gateway/remote-config/live-settings.ts';

describe('live settings', () => {
  const base = {
    log: { level: 'info', pretty: false },
    broker: { port: 1883, deviceBudget: { messagesPerS: 10, burst: 20 }, loginBackoff: { freeFailures: 5 } },
    health: { enabled: true, intervalS: 60 },
    clock: { maxSkewMs: 60000 },
    uplink: { url: 'mqtt://a', maxRate: 0 },
    devices: [{ id: 'a' }],
  };
  const change = (edit: (c: any) => void) => {
    const next = structuredClone(base);
    edit(next);
    return classifyChange(base, next);
  };

  it('paths under a live entry are live; any other changed leaf needs a restart', () => {
    assert.deepEqual(changedPaths(base, base), []);
    assert.deepEqual(
      change((c) => {
        c.broker.deviceBudget.burst = 2;
        c.health.intervalS = 5;
        c.clock.maxSkewMs = 100;
        c.uplink.maxRate = 50;
        c.devices.push({ id: 'b' });
        c.log.level = 'debug';
      }),
      {
        live: ['broker.deviceBudget.burst', 'clock.maxSkewMs', 'devices', 'health.intervalS', 'log.level', 'uplink.maxRate'],
        restart: [],
      },
    );
    const r = change((c) => {
      c.broker.loginBackoff.freeFailures = 1;
      c.health.enabled = false;
      c.uplink.url = 'mqtt://b';
      c.log.pretty = true;
    });
    assert.deepEqual(r.live, []);
    assert.deepEqual(r.restart, ['broker.loginBackoff.freeFailures', 'health.enabled', 'log.pretty', 'uplink.url']);
    assert.deepEqual(sectionsOf(r.restart), ['broker', 'health', 'log', 'uplink']);
  });

  it('docs/remote-config.md and the README name every live setting', () => {
    const doc = readFileSync(new URL('../../../docs/remote-config.md', import.meta.url), 'utf8');
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    for (const s of LIVE_SETTINGS) {
      assert.ok(doc.includes(`| \`${s.path}\``), `docs/remote-config.md's table lists ${s.path}`);
      assert.ok(readme.includes(`\`${s.path}\``), `the README's reload section names ${s.path}`);
    }
  });
});
