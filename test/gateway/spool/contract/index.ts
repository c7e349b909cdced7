// The spool contract: every spool implementation the gateway may use must pass all of it (the shape of telegraf's
// models/buffer_suite_test.go). Each case asserts something an operator or the core would notice: a record missing,
// out of order, stored twice, a full spool that does not recover, a number that lies on the status page.
//
// Cases that damage files (torn tails, corruption, disk full) use the layout from the spool's invariants essay
// (./disk.ts). Cases that need a second process (the lock) build the implementation there from `child`.
import { describe } from 'node:test';
import { appendReadCases } from './append-read.ts';
import { type ChildImpl, capacityCases } from './capacity.ts';
import { classCases } from './classes.ts';
import type { MakeSpool } from './harness.ts';
import { restartCases } from './restart.ts';

export type { ChildImpl } from './capacity.ts';
export type { MakeSpool, SpoolUnderTest } from './harness.ts';

export function spoolContract(name: string, makeSpool: MakeSpool, child?: ChildImpl): void {
  describe(`spool contract: ${name}`, () => {
    appendReadCases(makeSpool);
    restartCases(makeSpool);
    classCases(makeSpool);
    capacityCases(makeSpool, child);
  });
}
