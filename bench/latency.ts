// Per-message latencies from the arrays the load generator and the core sink fill, over the messages of one window.
import type { Load } from './load.ts';
import { percentile, round } from './stats.ts';

export interface LatencySummary {
  count: number;
  p50: number;
  p90: number;
  p99: number;
  p999: number;
  max: number;
}

function summarise(values: Float64Array, n: number): LatencySummary {
  const xs = values.subarray(0, n).sort();
  const ms = (p: number): number => round(percentile(xs, p), 2);
  return { count: n, p50: ms(50), p90: ms(90), p99: ms(99), p999: ms(99.9), max: round(xs[n - 1] ?? NaN, 2) };
}

export interface WindowLatencies {
  /** Publish -> arrival at the core subscriber. */
  endToEnd: LatencySummary;
  /** Scheduled send time -> arrival (paced runs: includes any time a message waited for its window). */
  fromSchedule: LatencySummary;
  /** Publish -> PUBACK at the device: the durable-acknowledgement latency (write + fdatasync). */
  puback: LatencySummary;
}

/** Latencies of the messages with index in [from, to) that were acknowledged and arrived. */
export function latencies(load: Load, sink: { readonly arrivalAt: ArrayLike<number> }, from: number, to: number): WindowLatencies {
  const n = Math.max(0, to - from);
  const e2e = new Float64Array(n),
    sched = new Float64Array(n),
    ack = new Float64Array(n);
  let k = 0,
    a = 0;
  for (let i = from; i < to; i++) {
    const sent = load.sendAt[i]!,
      acked = load.ackAt[i]!,
      arrived = sink.arrivalAt[i] ?? 0;
    if (acked > 0) ack[a++] = acked - sent;
    if (acked > 0 && arrived > 0) {
      e2e[k] = arrived - sent;
      sched[k] = arrived - load.schedAt[i]!;
      k++;
    }
  }
  return { endToEnd: summarise(e2e, k), fromSchedule: summarise(sched, k), puback: summarise(ack, a) };
}
