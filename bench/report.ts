// The report: the figures (median, min, max over runs) next to the issue's targets, as a table for people and as JSON for
// tools. No pass/fail: targets are printed beside the figures, and the conditions (other load on the machine, the disk's
// fdatasync latency) beside both, because on a shared 2-core machine they move every figure.
import type { DiskProbe } from './disk-probe.ts';
import type { BacklogResult } from './phases/backlog.ts';
import type { DrainRun } from './phases/drain.ts';
import type { LatencyRun } from './phases/latency.ts';
import type { SpoolAloneResult } from './phases/spool-alone.ts';
import type { ThroughputRun } from './phases/throughput.ts';
import type { ProfileSummary } from './profile-summary.ts';
import { round, spread, type Spread } from './stats.ts';

export interface Report {
  meta: {
    date: string;
    mode: 'quick' | 'full';
    command: string;
    node: string;
    cpus: string;
    commit: string;
    devices: number;
    window: number;
    messageBytes: number;
    runs: number;
    elapsedS?: number;
    disk?: DiskProbe;
    otherLoadAtStart?: number;
    gatewayNodeArgs?: string;
  };
  figures: Record<string, Figure>;
  runs: { throughput: ThroughputRun[]; latency: LatencyRun[]; drain: DrainRun[]; backlog?: BacklogResult; spoolAlone?: SpoolAloneResult };
  integrity: { missing: number; duplicates: number; outOfOrder: number; leakedDuringCut: number };
  profiles: ProfileSummary[];
  notes: string[];
}

export interface Figure extends Spread {
  label: string;
  unit: string;
  target: string;
  digits: number;
}

function fig(label: string, unit: string, target: string, values: number[], digits = 0): Figure {
  const s = spread(values);
  return {
    label,
    unit,
    target,
    digits,
    median: round(s.median, digits),
    min: round(s.min, digits),
    max: round(s.max, digits),
    runs: values,
  };
}

/** Builds the figures from the raw runs, in the issue's order. */
export function figuresOf(r: Report['runs']): Record<string, Figure> {
  const f: Record<string, Figure> = {};
  const tp = r.throughput,
    lat = r.latency,
    dr = r.drain,
    bl = r.backlog,
    sa = r.spoolAlone;
  if (tp.length) {
    f.e2eRate = fig(
      '1. durable end to end, counted at the core',
      'msg/s',
      '>= 20,000',
      tp.map((x) => x.coreRate),
    );
    f.ackRate = fig(
      '   PUBACKed to devices meanwhile (fsynced)',
      'msg/s',
      '',
      tp.map((x) => x.ackRate),
    );
    f.satPubackP99 = fig(
      '   PUBACK p99 at saturation',
      'ms',
      '',
      tp.map((x) => x.latency.puback.p99),
      1,
    );
    f.satGatewayCpu = fig(
      '   gateway CPU at saturation',
      'cores',
      '',
      tp.map((x) => x.cpu.gateway ?? NaN),
      2,
    );
    f.satOthersCpu = fig(
      '   CPU used by other processes meanwhile',
      'cores',
      '',
      tp.map((x) => x.cpu.others ?? NaN),
      2,
    );
  }
  if (lat.length) {
    const rate = lat[0]!.rate.toLocaleString('en');
    f.latP50 = fig(
      `2. latency p50 at ${rate} msg/s (publish -> core)`,
      'ms',
      '',
      lat.map((x) => x.latency.endToEnd.p50),
      2,
    );
    f.latP99 = fig(
      `   latency p99 at ${rate} msg/s`,
      'ms',
      '<= 5',
      lat.map((x) => x.latency.endToEnd.p99),
      2,
    );
    f.latP999 = fig(
      '   latency p99.9',
      'ms',
      '',
      lat.map((x) => x.latency.endToEnd.p999),
      1,
    );
    f.latMax = fig(
      '   latency max',
      'ms',
      '',
      lat.map((x) => x.latency.endToEnd.max),
      1,
    );
    f.latPubackP99 = fig(
      '   PUBACK p99 (fsync before ack)',
      'ms',
      '',
      lat.map((x) => x.latency.puback.p99),
      2,
    );
    f.latOthersCpu = fig(
      '   CPU used by other processes meanwhile',
      'cores',
      '',
      lat.map((x) => x.cpu.others ?? NaN),
      2,
    );
  }
  if (dr.length) {
    const n = dr[0]!.messages.toLocaleString('en');
    f.drainRate = fig(
      `3. drain of a ${n}-message backlog`,
      'msg/s',
      '>= 30,000',
      dr.map((x) => x.drainRate),
    );
    f.drainSteady = fig(
      '   between first and last arrival',
      'msg/s',
      '',
      dr.map((x) => x.steadyRate),
    );
    f.drainReconnect = fig(
      '   core back -> first arrival',
      'ms',
      '',
      dr.map((x) => x.reconnectMs),
      0,
    );
    f.fillRate = fig(
      '   publish rate with the core cut off',
      'msg/s',
      '',
      dr.map((x) => x.fillRate),
    );
    f.drainGatewayCpu = fig(
      '   gateway CPU while draining',
      'cores',
      '',
      dr.map((x) => x.cpu.gateway ?? NaN),
      2,
    );
  }
  if (bl) {
    f.rssIdle = fig('4. gateway RSS idle', 'MiB', '<= 150', [bl.idleRssMb], 1);
    f.rssBacklog = fig(`   RSS with ${bl.spooled.toLocaleString('en')} spooled`, 'MiB', '<= 150', [bl.rssSettledMb], 1);
    f.rssPeak = fig('   peak RSS while filling (VmHWM)', 'MiB', '<= 150', [bl.peakRssMb], 1);
    f.backlogFillRate = fig(`   fill rate over those ${bl.spooled.toLocaleString('en')}`, 'msg/s', '', [bl.fillRate]);
    const gb = (bl.startupBytes / 1024 ** 3).toFixed(2);
    const recs = bl.startupRecords.toLocaleString('en');
    const by = (c: string): number[] => bl.startups.filter((s) => s.cache === c).map((s) => s.toListeningS);
    if (bl.startups.length === 0) return f;
    f.startupWarm = fig(`5. start-up over ${gb} GiB (${recs} records), cached`, 's', 'seconds', by('warm'), 2);
    f.startupCold = fig('   the same, spool files not in page cache', 's', 'seconds', by('cold'), 2);
    f.startupEmpty = fig('   start-up over an empty spool (floor)', 's', '', by('empty'), 2);
    f.rssAfterStartup = fig(
      '   RSS after start-up over it',
      'MiB',
      '<= 150',
      bl.startups.filter((s) => s.cache !== 'empty').map((s) => s.rssAfterMb),
      1,
    );
  }
  if (sa) {
    f.refCodec = fig('ref: codec + envelope, one core', 'msg/s', '', [sa.codecRate]);
    f.refAppend = fig('ref: spool append (dedup window filling)', 'rec/s', '', [sa.appendRate]);
    if (sa.appendRateWindowFull !== null)
      f.refAppendFull = fig('ref: spool append (dedup window full)', 'rec/s', '', [sa.appendRateWindowFull]);
    f.refRead = fig('ref: spool read + confirm', 'rec/s', '', [sa.readConfirmRate]);
    f.refReopen = fig('ref: spool reopen (scan) ', 'rec/s', '', [sa.reopenRate]);
  }
  return f;
}

export function integrityOf(r: Report['runs']): Report['integrity'] {
  const all = [...r.throughput, ...r.latency, ...r.drain];
  return {
    missing: all.reduce((n, x) => n + x.missing, 0),
    duplicates: all.reduce((n, x) => n + x.duplicates, 0),
    outOfOrder: all.reduce((n, x) => n + x.outOfOrder, 0),
    leakedDuringCut: r.drain.reduce((n, x) => n + x.leakedDuringCut, 0),
  };
}

function fmt(v: number, digits: number): string {
  if (!Number.isFinite(v)) return '-';
  return v.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function renderTable(report: Report): string {
  const m = report.meta;
  const rows = Object.values(report.figures);
  const head = ['figure', 'median', 'min', 'max', 'unit', 'target'];
  const body = rows.map((f) => {
    const single = f.runs.filter((v) => Number.isFinite(v)).length <= 1;
    return [f.label, fmt(f.median, f.digits), single ? '' : fmt(f.min, f.digits), single ? '' : fmt(f.max, f.digits), f.unit, f.target];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === 0 || i >= 4 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out = [
    `spool-e2e (${m.mode}): ${m.devices} devices x window ${m.window}, QoS 1, ${m.messageBytes}-byte sales, ${m.runs} run(s) per figure; ${m.date}`,
    `node ${m.node}, ${m.cpus}, commit ${m.commit}; gateway: dist/edge-gateway.mjs as the systemd unit runs it${m.gatewayNodeArgs ? `, node flags ${m.gatewayNodeArgs}` : ''}`,
  ];
  if (m.disk)
    out.push(
      `disk: 4 KiB write+fdatasync p50 ${m.disk.p50Ms} ms, p99 ${m.disk.p99Ms} ms, max ` +
        `${m.disk.maxMs} ms; other processes used ${m.otherLoadAtStart ?? '?'} cores at start`,
    );
  out.push('', line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line), '');
  const i = report.integrity;
  out.push(
    `integrity: ${i.missing} acknowledged messages missing at the core, ${i.duplicates} duplicates, ` +
      `${i.outOfOrder} out of order per device, ${i.leakedDuringCut} delivered while the core was cut off`,
  );
  for (const n of report.notes) out.push(`note: ${n}`);
  if (m.elapsedS !== undefined) out.push(`bench took ${m.elapsedS} s; ${m.command}`);
  return `${out.join('\n')}\n`;
}
