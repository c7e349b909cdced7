// Issue 12 point 3: every function that masks, scans or logs text from outside gets 1 MiB adversarial strings and must
// answer correctly (bounded, masked, the card found). Speed is a benchmark figure (bench/text-guards.ts), not asserted
// here; the only bound is the generous test timeout, which the quadratic e-mail mask this replaced could not meet
// (65,000 characters took seconds; 1 MiB would take hours).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GUARDS, SHAPES } from './text-guards.ts';

for (const guard of GUARDS) {
  test(`${guard.name}: correct on every 1 MiB adversarial shape`, { timeout: 60_000 }, () => {
    for (const [shape, input] of Object.entries(SHAPES)) {
      const problem = guard.check(guard.run(input), input);
      assert.equal(problem, undefined, `${guard.name} on "${shape}": ${problem}`);
    }
  });
}
