// The command router's replay rules with a fake clock, a real CommandStore on disk and a transport that records what a
// machine would receive: ids remembered by time, not by count; rejected commands never stored; a full memory refuses
// new commands instead of forgetting old ids; the memory survives a new router on the same file.
import assert from 'node:assert/strict';
import { generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import { CommandRouter, type CommandRefusal } from '../../../gateway/commands/router.ts';
import { CommandStore, RETAIN_AFTER_DEADLINE_MS } from '../../../gateway/commands/store.ts';
import type { DeviceAnswer } from '../../../devices/common/types.ts';
import type { CommandTransport } from '../../../gateway/commands/transport.ts';
import { pb, type edge } from '../../../proto/index.ts';
import { tempDir, type TempDir } from '../../../harness/tmp.ts';

const SITE = 'mo-unit-01';
const TOPIC = `gov/v1/site/${SITE}/lock-01/cmd`;
const DAY = 86_400_000;
const keys = generateKeyPairSync('ed25519');

function signed(cmd: edge.v1.ICommand): Buffer {
  const bytes = Buffer.from(pb.Command.encode(cmd).finish());
  return Buffer.from(pb.SignedCommand.encode({ command: bytes, signature: sign(null, bytes, keys.privateKey) }).finish());
}

class RecordingTransport implements CommandTransport {
  readonly delivered: string[] = [];
  isConnected(): boolean {
    return true;
  }
  deliver(_deviceId: string, command: edge.v1.ICommand): Promise<DeviceAnswer> {
    this.delivered.push(command.commandId!);
    return Promise.resolve({ state: 'succeeded', reason: 'done' });
  }
  onConnect(): void {}
}

interface Site {
  router: CommandRouter;
  machine: RecordingTransport;
  refusals: CommandRefusal[];
  results: edge.v1.ICommandResult[];
  store: CommandStore;
}

describe('command router: replay memory', () => {
  let tmp: TempDir;
  let now = Date.UTC(2026, 11, 1, 3, 0, 0);
  const clock = () => now;

  before(async () => {
    tmp = await tempDir('eg-router-');
  });
  after(async () => {
    await tmp.cleanup();
  });

  async function site(file: string, capacity = 100): Promise<Site> {
    const machine = new RecordingTransport();
    const refusals: CommandRefusal[] = [];
    const results: edge.v1.ICommandResult[] = [];
    const store = new CommandStore(join(tmp.path, file), { capacity, clock });
    const router = new CommandRouter({
      siteId: SITE,
      topicPrefix: 'gov/v1/site',
      devices: () => new Map([['lock-01', { kind: 'locker', transport: 'mqtt' }]]),
      transports: { mqtt: machine },
      store,
      local: { refreshPickupList: () => Promise.reject(new Error('not used')), rebirth: () => {} },
      report: async (_d, r) => {
        results.push(r);
      },
      verifyKey: keys.publicKey,
      maxTtlMs: DAY,
      log: pino({ level: 'silent' }),
      clock,
      onRefusal: (c) => refusals.push(c),
    });
    await router.start();
    return { router, machine, refusals, results, store };
  }
  const open = (commandId: string, deadlineMs: number, more: edge.v1.ICommand = {}) =>
    signed({ commandId, siteId: SITE, deviceId: 'lock-01', deadlineMs, openCompartment: { compartment: 12 }, ...more });

  it('a flood of rejected and foreign commands is never stored and cannot push out an accepted id', async () => {
    const s = await site('flood.json', 100);
    await s.router.onMessage(TOPIC, open('c-real', now + 60_000));
    assert.deepEqual(s.machine.delivered, ['c-real']);
    for (let i = 0; i < 500; i++) {
      await s.router.onMessage(TOPIC, open(`f-site-${i}`, now + 60_000, { siteId: 'another-site' }));
      await s.router.onMessage(TOPIC, open(`f-nodev-${i}`, now + 60_000, { deviceId: '' }));
      await s.router.onMessage(TOPIC, open(`f-far-${i}`, now + 2 * DAY));
      await s.router.onMessage(TOPIC, open(`f-body-${i}`, now + 60_000, { openCompartment: null, setPrices: { currency: 'MOP' } }));
    }
    assert.equal(s.store.size(), 1, 'only the accepted command is stored');
    assert.deepEqual(JSON.parse(readFileSync(join(tmp.path, 'flood.json'), 'utf8')).commands['c-real'].state, 'succeeded');
    await s.router.onMessage(TOPIC, open('c-real', now + 60_000));
    assert.deepEqual(s.machine.delivered, ['c-real'], 'the replay did not run');
    assert.equal(s.refusals.filter((c) => c === 'GW_COMMAND_UNBOUND').length, 1000);
    assert.equal(s.refusals.filter((c) => c === 'GW_COMMAND_DEADLINE_TOO_FAR').length, 500);
    assert.equal(s.refusals.filter((c) => c === 'GW_COMMAND_INVALID').length, 500);
    assert.equal(s.refusals.at(-1), 'GW_COMMAND_REPEATED');
    assert.ok(s.results.length < 100, `answers to refused commands are reported within a budget (${s.results.length})`);
    s.router.stop();
  });

  it('an id is remembered until its deadline has passed, also by a new router on the same file; then a replay is expired', async () => {
    const a = await site('time.json');
    const deadline = now + DAY;
    await a.router.onMessage(TOPIC, open('c-day', deadline));
    assert.deepEqual(a.machine.delivered, ['c-day']);
    a.router.stop();
    now += DAY - 1000; // a restart a second before the deadline
    const b = await site('time.json');
    await b.router.onMessage(TOPIC, open('c-day', deadline));
    assert.deepEqual(b.machine.delivered, [], 'remembered across the restart');
    assert.equal(b.refusals.at(-1), 'GW_COMMAND_REPEATED');
    b.router.stop();
    now += 1000 + RETAIN_AFTER_DEADLINE_MS + 1;
    const c = await site('time.json');
    assert.equal(c.store.size(), 0, 'forgotten once the deadline is well past');
    await c.router.onMessage(TOPIC, open('c-day', deadline));
    assert.deepEqual(c.machine.delivered, [], 'and a replay then is expired by its deadline');
    assert.equal(c.refusals.at(-1), 'GW_COMMAND_EXPIRED');
    c.router.stop();
  });

  it('an accepted id is on disk before its command reaches the machine, also when many arrive at once', async () => {
    const file = join(tmp.path, 'durable.json');
    const s = await site('durable.json', 1000);
    const seenOnDisk: string[] = [];
    s.machine.deliver = (_deviceId, command) => {
      const rec = (JSON.parse(readFileSync(file, 'utf8')) as { commands: Record<string, { state: string }> }).commands[command.commandId!];
      if (rec?.state === 'delivered') seenOnDisk.push(command.commandId!);
      return Promise.resolve({ state: 'succeeded', reason: 'done' });
    };
    // Not awaited one by one: the store's writes of these overlap and are coalesced.
    await Promise.all(Array.from({ length: 200 }, (_, i) => s.router.onMessage(TOPIC, open(`c-burst-${i}`, now + 60_000))));
    assert.equal(seenOnDisk.length, 200, 'every command was recorded as delivered on disk before it was handed over');
    const onDisk = (JSON.parse(readFileSync(file, 'utf8')) as { commands: Record<string, { state: string }> }).commands;
    assert.equal(Object.values(onDisk).filter((r) => r.state === 'succeeded').length, 200);
    s.router.stop();
  });

  it('a full memory refuses new commands (GW_COMMAND_MEMORY_FULL) rather than forget an id; room returns as deadlines pass', async () => {
    const s = await site('full.json', 100);
    for (let i = 0; i < 100; i++) await s.router.onMessage(TOPIC, open(`c-${i}`, now + 60_000 + i));
    await s.router.onMessage(TOPIC, open('c-extra', now + 60_000));
    assert.equal(s.refusals.at(-1), 'GW_COMMAND_MEMORY_FULL');
    assert.equal(s.machine.delivered.length, 100);
    await s.router.onMessage(TOPIC, open('c-0', now + 60_000));
    assert.equal(s.machine.delivered.length, 100, 'no id was forgotten to make room');
    now += 60_000 + RETAIN_AFTER_DEADLINE_MS + 1; // only c-0 is past its deadline and the margin now
    await s.router.onMessage(TOPIC, open('c-extra', now + 60_000));
    assert.equal(s.machine.delivered.at(-1), 'c-extra');
    assert.equal(s.store.size(), 100);
    assert.equal(s.store.get('c-0'), undefined);
    assert.equal(s.store.get('c-1')?.state, 'succeeded');
    s.router.stop();
  });
});
