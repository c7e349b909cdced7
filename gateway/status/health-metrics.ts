// The /metrics series of the site's health and clock trust (gateway/health/): outage capacity, the gateway's offset to
// the core, each machine's clock, and the clock events. Read at scrape time from the same estimates that GatewayHealth
// and /api/status show, so they cannot disagree. An unknown value (no intake yet, no time answer yet) is NaN: an alert
// comparing it is false, where a 0 would read as "no hours left" or "no offset".
import { Counter, Gauge, type Registry } from 'prom-client';
import type { ClockReport } from '../health/site-health.ts';

export interface HealthMetricSources {
  devices: () => readonly { id: string; kind: string }[];
  outage: () => { freeBytes: number; outageHoursLeft: number | null };
  clocks: () => ClockReport;
}

export function registerHealthMetrics(registry: Registry, src: HealthMetricSources): void {
  const registers = [registry];
  new Gauge({
    name: 'edge_gateway_spool_outage_hours_left',
    help: "Hours of outage the spool's free room still holds at the machines' intake over health.inflowWindowS (NaN while nothing comes in).",
    registers,
    collect() {
      this.set(src.outage().outageHoursLeft ?? Number.NaN);
    },
  });
  new Gauge({
    name: 'edge_gateway_spool_free_bytes',
    help: "Room the spool still has: the quota left, or the filesystem's free space if that is less.",
    registers,
    collect() {
      this.set(src.outage().freeBytes);
    },
  });
  const core = (name: string, help: string, pick: (c: ClockReport['core']) => number): void => {
    new Gauge({
      name,
      help,
      registers,
      collect() {
        const c = src.clocks().core;
        this.set(c.known ? pick(c) : Number.NaN);
      },
    });
  };
  core(
    'edge_gateway_clock_offset_ms',
    "The core's clock minus the gateway's, measured over the uplink (NaN until the core answered).",
    (c) => c.offsetMs,
  );
  core(
    'edge_gateway_clock_uncertainty_ms',
    'Half the round trip of the time sample used: the true offset is within offset +- this.',
    (c) => c.uncertaintyMs,
  );
  core('edge_gateway_clock_skewed', "1 while the gateway's clock is off the core's by more than clock.maxSkewMs (GW_CLOCK_SKEW).", (c) =>
    c.skewed ? 1 : 0,
  );
  const perDevice = (name: string, help: string, pick: (c: ClockReport['devices'][string]) => number): void => {
    new Gauge({
      name,
      help,
      labelNames: ['device', 'kind'],
      registers,
      collect() {
        this.reset(); // a machine removed by a reload goes away
        const clocks = src.clocks().devices;
        for (const d of src.devices()) {
          const c = clocks[d.id];
          if (c?.known) this.set({ device: d.id, kind: d.kind }, pick(c));
        }
      },
    });
  };
  perDevice(
    'edge_gateway_device_clock_offset_ms',
    "A machine's clock minus the gateway's (median of its recent live messages).",
    (c) => c.offsetMs,
  );
  perDevice(
    'edge_gateway_device_clock_skewed',
    "1 while a machine's clock is off the gateway's by more than clock.maxSkewMs (GW_DEVICE_CLOCK_SKEW).",
    (c) => (c.skewed ? 1 : 0),
  );
  perDevice(
    'edge_gateway_device_clock_trusted',
    "0 after a machine's clock jumped (GW_DEVICE_CLOCK_JUMP) until it is steady again, else 1.",
    (c) => (c.trusted ? 1 : 0),
  );
  new Counter({
    name: 'edge_gateway_clock_events_total',
    help: 'Clock flags raised since start, by code (GW_CLOCK_SKEW, GW_DEVICE_CLOCK_SKEW, GW_DEVICE_CLOCK_JUMP).',
    labelNames: ['code'],
    registers,
    collect() {
      this.reset();
      for (const [code, n] of Object.entries(src.clocks().events)) this.inc({ code }, n);
    },
  });
}
