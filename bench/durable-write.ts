// The spool's group commit alone, without MQTT: N appends of one record each (as at a steady 1,000 msg/s, where every
// message is a group of its own), each made durable before the next starts, the way gateway/spool/writer.ts does it:
//   --mode fdatasync  an async writev, then an async fdatasync (two libuv thread-pool round trips; the writer until issue 17)
//   --mode dsync      the file opened with O_DSYNC, an async writev that returns once durable (one round trip; the writer now)
// Prints wall time per append (the latency a device's PUBACK waits for; mean, p50, p99, max) and this process's CPU time per append, user and
// system, every thread (main + pool). The file is in --dir (default: a temp directory on the disk the spool would use).
//
//   node --import tsx bench/durable-write.ts --mode dsync --count 5000 [--bytes 330] [--dir /var/tmp]
import * as fs from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';

const writevAsync = promisify(fs.writev);
const fdatasyncAsync = promisify(fs.fdatasync);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      mode: { type: 'string', default: 'dsync' },
      count: { type: 'string', default: '5000' },
      bytes: { type: 'string', default: '330' },
      dir: { type: 'string', default: os.tmpdir() },
    },
  });
  const mode = values.mode;
  if (mode !== 'dsync' && mode !== 'fdatasync') throw new Error(`--mode ${mode}: expected dsync or fdatasync`);
  const count = Number(values.count);
  const record = Buffer.alloc(Number(values.bytes), 'r');
  const dir = fs.mkdtempSync(join(values.dir, 'eg-durable-write-'));
  const { O_WRONLY, O_APPEND, O_CREAT, O_DSYNC } = fs.constants;
  const fd = fs.openSync(join(dir, 'segment'), O_WRONLY | O_APPEND | O_CREAT | (mode === 'dsync' ? O_DSYNC : 0), 0o600);
  try {
    const each = new Float64Array(count);
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < count; i++) {
      const at = process.hrtime.bigint();
      await writevAsync(fd, [record]);
      if (mode === 'fdatasync') await fdatasyncAsync(fd);
      each[i] = Number(process.hrtime.bigint() - at) / 1000;
    }
    const wallUs = Number(process.hrtime.bigint() - t0) / 1000 / count;
    const cpu = process.cpuUsage(cpu0);
    each.sort();
    const at = (q: number) => each[Math.min(count - 1, Math.floor(q * count))]!.toFixed(0);
    // The percentiles are the floor under a device's PUBACK at a steady rate: the gateway acknowledges after this write.
    process.stdout.write(
      `${mode}: ${count} appends of ${record.length} B, ${wallUs.toFixed(1)} us wall per append (p50 ${at(0.5)}, p99 ` +
        `${at(0.99)}, max ${at(1)} us), CPU per append: user ${(cpu.user / count).toFixed(1)} us, system ` +
        `${(cpu.system / count).toFixed(1)} us\n`,
    );
  } finally {
    fs.closeSync(fd);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
