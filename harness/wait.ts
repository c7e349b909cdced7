// Bounded polling. Every wait in the test support library ends, with a message that says what was awaited
// and what was last seen, so a hung test turns into a readable failure instead of a runner timeout.
import { inspect } from 'node:util';

export interface WaitOptions {
  /** Give up after this long. Default 5000 ms. */
  timeoutMs?: number;
  /** Pause between attempts. Default 25 ms. */
  intervalMs?: number;
  /** Names the condition in the error, e.g. "3 envelopes at the core". */
  what?: string;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Calls fn until it returns a truthy value and resolves with that value.
 * A throw counts as "not yet" (a file that does not exist yet, a socket still refusing) and is reported
 * as the last value if time runs out. One slow call cannot stretch the bound: each call races the deadline.
 */
export async function waitFor<T>(fn: () => T | Promise<T>, opts: WaitOptions = {}): Promise<NonNullable<T>> {
  const timeoutMs = opts.timeoutMs ?? 5000;
  const intervalMs = opts.intervalMs ?? 25;
  const what = opts.what ?? 'condition';
  const deadline = Date.now() + timeoutMs;
  let last: string = 'no attempt finished';
  for (;;) {
    const remaining = deadline - Date.now();
    if (remaining <= 0) break;
    try {
      const value = await withDeadline(Promise.resolve().then(fn), remaining);
      if (value) return value as NonNullable<T>;
      last = `value ${inspect(value, { depth: 3, breakLength: Infinity })}`;
    } catch (err) {
      last = err instanceof DeadlineError ? 'an attempt was still running at the deadline' : `error ${String(err)}`;
    }
    await sleep(Math.max(0, Math.min(intervalMs, deadline - Date.now())));
  }
  throw new Error(`waitFor: ${what} not reached within ${timeoutMs} ms; last ${last}`);
}

class DeadlineError extends Error {}

function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError()), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
