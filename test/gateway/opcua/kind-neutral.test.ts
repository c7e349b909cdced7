// The OPC-UA runtime knows no kind: it plans subscriptions from whatever role table a kind's mapping brings
// (devices/common/opcua-kind.ts) and reaches a kind only through the registry. A second kind over OPC-UA must need no
// change in gateway/opcua/.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { RoleTable } from '../../../devices/common/opcua-kind.ts';
import { KINDS } from '../../../devices/registry.ts';
import { monitorPlan } from '../../../gateway/opcua/plan.ts';
import { REPO } from '../../../harness/gateway.ts';

/** A made-up kind: a bank of ticket printers, each with a paper sensor, and one jam alarm. */
const PRINTER_ROLES: RoleTable = {
  values: {
    paper: { perUnit: true, required: true },
    heartbeat: { perUnit: false, required: false },
    mode: { perUnit: false, required: true },
  },
  events: { jams: { fields: ['printer'] } },
  methods: {},
};

describe('the OPC-UA runtime is kind-neutral', () => {
  it("plans a made-up kind's subscriptions from its own role table", () => {
    const plan = monitorPlan(PRINTER_ROLES, {
      units: 3,
      values: { paper: 'ns=2;s=Printer{n}.Paper', mode: 'ns=2;s=Bank.Mode' },
      events: { jams: { notifier: 'ns=2;s=Bank', fields: { printer: '2:Printer' } } },
      methods: {},
    });
    assert.deepEqual(plan.values, [
      { key: 'paper.1', ref: 'ns=2;s=Printer1.Paper' },
      { key: 'paper.2', ref: 'ns=2;s=Printer2.Paper' },
      { key: 'paper.3', ref: 'ns=2;s=Printer3.Paper' },
      { key: 'mode', ref: 'ns=2;s=Bank.Mode' },
    ]);
    assert.equal(plan.heartbeatKey, undefined, 'no heartbeat mapped, none watched');
    assert.deepEqual(plan.events, [{ key: 'jams', notifier: 'ns=2;s=Bank', fields: ['Message', 'Severity', 'Time', '2:Printer'] }]);
  });

  it('imports no file of a kind folder (devices/KIND/): kinds come through devices/registry.ts', () => {
    const dir = join(REPO, 'gateway', 'opcua');
    const offending: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      const specifiers = [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)'([^']+)'/g)].map((m) => m[1]!);
      for (const spec of specifiers) {
        if (KINDS.some((kind) => spec.includes(`devices/${kind}/`))) offending.push(`gateway/opcua/${file} -> ${spec}`);
      }
    }
    assert.deepEqual(offending, []);
  });
});
