// The locker controller simulator read with the README's mapping, as the gateway reads it: every mapped node exists,
// deposits and pickups appear in its transaction log as valid locker transactions, OpenCompartment opens a door,
// alarms decode as the locker's door events. One simulated controller for the file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import {
  LOCKER_OPCUA_ROLES,
  lockerCommand,
  lockerEvent,
  lockerTransactions,
  newLockerSnapshot,
} from '../../../../devices/locker/opcua-mapping.ts';
import { LockerController, LockerOpcuaServer } from '../../../../devices/locker/sim/opcua-server.ts';
import type { OpcuaMappingConfig } from '../../../../protocols/opcua/types.ts';
import { createLogger } from '../../../../base/log.ts';
import { monitorPlan } from '../../../../gateway/opcua/plan.ts';
import { pb } from '../../../../proto/index.ts';
import { OpcuaConnector } from '../../../../protocols/opcua/client.ts';
import { createClientPki } from '../../../../protocols/opcua/pki.ts';
import type { EventFields, Sample } from '../../../../protocols/opcua/types.ts';
import { REPO } from '../../../../harness/gateway.ts';
import { freePort } from '../../../../harness/ports.ts';
import { tempDir, type TempDir } from '../../../../harness/tmp.ts';
import { waitFor } from '../../../../harness/wait.ts';

const ctx = { format: 'json' as const, hashKey: Buffer.alloc(32, 1) };

function readmeMapping(): OpcuaMappingConfig {
  const readme = readFileSync(join(REPO, 'devices', 'locker', 'README.md'), 'utf8');
  const block = /```jsonc\n([\s\S]*?)\n```/.exec(readme.slice(readme.indexOf('## OPC-UA')))!;
  return (JSON.parse(block[1]!) as { opcua: { mapping: OpcuaMappingConfig } }).opcua.mapping;
}

describe('locker controller simulator, read with the README mapping', () => {
  let tmp: TempDir;
  let locker: LockerController;
  let server: LockerOpcuaServer;
  let connector: OpcuaConnector;
  const latest = new Map<string, Sample>();
  const events: EventFields[] = [];
  const logs: Record<string, unknown>[] = [];
  const mapping = readmeMapping();

  before(async () => {
    tmp = await tempDir('eg-locker-sim-');
    locker = new LockerController({ compartments: mapping.units, heartbeatMs: 100, doorOpenMs: 0 });
    locker.start();
    server = new LockerOpcuaServer(locker, { port: await freePort(), pkiDir: join(tmp.path, 'sim'), users: { gateway: 'pw' } });
    await server.start();
    const plan = monitorPlan(LOCKER_OPCUA_ROLES, mapping);
    const pkiDir = join(tmp.path, 'gw-pki');
    const log = createLogger({
      level: 'info',
      pretty: false,
      destination: new Writable({
        write(c, _e, cb) {
          for (const l of String(c).split('\n')) if (l) logs.push(JSON.parse(l) as Record<string, unknown>);
          cb();
        },
      }),
    });
    connector = new OpcuaConnector(
      {
        deviceId: 'lock-02',
        endpointUrl: server.endpointUrl,
        securityMode: 'None',
        securityPolicy: 'None',
        identity: { type: 'userName', userName: 'gateway', password: 'pw' },
        pki: createClientPki(pkiDir),
        pkiDir,
        applicationName: 'edge-gateway',
        values: plan.values,
        events: plan.events,
        heartbeatKey: plan.heartbeatKey,
        samplingIntervalMs: 50,
        publishingIntervalMs: 100,
        staleAfterIntervals: 20,
        reconnectMinMs: 50,
        reconnectMaxMs: 500,
        refusedRetryMs: 1000,
      },
      {
        up: () => undefined,
        down: () => undefined,
        stale: () => undefined,
        fresh: () => undefined,
        failure: () => undefined,
        values: (changes) => {
          for (const c of changes) latest.set(c.key, c.sample);
        },
        event: (_k, f) => events.push(f),
      },
      log,
    );
    connector.start();
  });

  after(async () => {
    await connector?.stop();
    await server?.stop();
    locker?.stop();
    await tmp?.cleanup();
  });

  it('has every node of the mapping: all compartments, service mode, heartbeat, log, firmware', async () => {
    await waitFor(() => latest.has(`occupied.${mapping.units}`) && latest.has('transactions'), {
      timeoutMs: 15_000,
      what: 'initial values',
    });
    for (let n = 1; n <= mapping.units; n++) {
      assert.equal(latest.get(`door.${n}`)?.value, false, `door ${n}`);
      assert.equal(latest.get(`occupied.${n}`)?.value, false, `occupied ${n}`);
    }
    assert.equal(latest.get('serviceMode')?.value, 1);
    assert.equal(latest.get('firmware')?.value, '2.4.1');
    assert.deepEqual(
      logs.filter((l) => l.code === 'GW_OPCUA_MAPPING'),
      [],
      'no mapped node is missing',
    );
  });

  it('deposits, pickups and a wrong code land in the transaction log as valid locker transactions with unique txIds', async () => {
    locker.deposit(5, 'DSI-BIR-2026-004512', '583-920');
    locker.pickup('000-000');
    locker.pickup('583-920');
    await waitFor(() => (latest.get('transactions')?.value as string[] | undefined)?.length === 3, {
      timeoutMs: 5000,
      what: 'three log entries',
    });
    const txs = lockerTransactions(latest.get('transactions'), ctx).map((r) =>
      r.ok ? r.message : assert.fail(`refused: ${r.error.message}`),
    );
    assert.deepEqual(
      txs.map((t) => 'transaction' in t.body && [t.txId, t.body.transaction.locker!.action, t.body.transaction.locker!.result]),
      [
        ['LK-000001', pb.LockerActionType.LOCKER_ACTION_TYPE_DEPOSIT, pb.LockerResult.LOCKER_RESULT_OK],
        ['LK-000002', pb.LockerActionType.LOCKER_ACTION_TYPE_PICKUP, pb.LockerResult.LOCKER_RESULT_WRONG_CODE],
        ['LK-000003', pb.LockerActionType.LOCKER_ACTION_TYPE_PICKUP, pb.LockerResult.LOCKER_RESULT_OK],
      ],
    );
    await waitFor(() => latest.get('door.5')?.value === true, { timeoutMs: 5000, what: 'door 5 open after the pickup' });
    locker.closeDoor(5);
  });

  it('OpenCompartment opens the door; a forced door raises an alarm that decodes as DOOR_FORCED', async () => {
    const plan = lockerCommand({ openCompartment: { compartment: 7 } }, newLockerSnapshot(mapping.units), mapping);
    assert.ok('call' in plan);
    const outcome = await connector.call(plan.call, 5000);
    assert.deepEqual(outcome, { good: true, status: 'Good', outputs: ['opened'] });
    await waitFor(() => latest.get('door.7')?.value === true, { timeoutMs: 5000, what: 'door 7 open' });
    locker.forceDoor(9);
    const fields = await waitFor(() => events[0], { timeoutMs: 5000, what: 'an alarm' });
    const r = lockerEvent(fields, mapping.events.alarms!.fields, ctx);
    assert.ok(r.ok && 'event' in r.message.body);
    assert.equal(r.message.body.event.code, 'DOOR_FORCED');
    assert.equal(r.message.body.event.compartment, 9);
  });
});
