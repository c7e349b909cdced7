// The spool: the gateway's durable buffer between machines and the core.
//
// Invariants
// 1. Durable before acknowledged. append() calls back only after the record is written durably (segment files are open
//    with O_DSYNC: the write returns once data and size are on disk, as write + fdatasync) and, for a new segment file,
//    after its directory entry is synced. The broker sends a device's PUBACK from that callback, so a
//    message a device saw acknowledged survives a kill -9 or a power cut. Appends that arrive while a sync runs are
//    written together by the next one (group commit), which is what makes durability cheap under load.
// 2. Deleted only after the core confirmed. A record leaves when confirm() is called for it: on the core broker's PUBACK,
//    or with uplink.ack = "application" on the core consumer's ack. Segment files are unlinked only when every record in
//    them is confirmed; the newest segment of each class always stays, so the sequence counter survives an empty spool.
// 3. Order. One sequence counter for the site, assigned synchronously in append() in the order messages arrive, so each
//    device's order is kept although the broker handles one socket's publishes concurrently. Within a class records are
//    read back oldest first.
// 4. Torn tails and corruption. Each record carries a CRC32C (record.ts). The newest segment is scanned at start, every
//    other one is checked before its records are sent (invariant 8): an invalid record at the end of the newest segment
//    with nothing valid after it is a torn write from a crash (never acknowledged) and is cut off; an invalid record with
//    valid ones after it is corruption: the segment is copied to quarantine/, an alarm is raised, and every valid record
//    after the damage is still delivered.
// 5. Classes. "tx" (transactions, events, command results) is never dropped: when spool.maxBytes or the disk is full, new
//    appends are refused (no PUBACK; the device keeps the message and retries) until room returns. "telemetry" expires
//    after its TTL and its oldest segments are dropped first under pressure. "state" keeps only each device's latest value.
// 6. The head position of each class is kept in cursor.json without fsync: after a power cut at worst records the core
//    already has are sent again, with their original message ids, for the core to drop as duplicates.
// 7. Directories are durable before anything in them is. A new directory entry (a file or a directory) survives a power
//    cut only once its parent directory is fsynced (strict POSIX; ext4's journal hides this, other filesystems do not).
//    So every directory the gateway creates (the spool directory and the levels above it, tx/ telemetry/ state/,
//    quarantine/, the state directory, the OPC-UA PKI) is made with mkdirDurable (state-file.ts), which fsyncs each new
//    level into its parent before start() returns and before any record is acknowledged; a new segment file's name is
//    fsynced into its class directory before its first record is acknowledged (invariant 1). The site's hash key
//    (hash.key, in the spool directory) is created exclusively and durably (file, its directory, the directories above)
//    in the controller's constructor, before the spool starts and before any hash can leave the site; it is read only as
//    a regular file, never through a link. Temp files (cursor.json.tmp, hash.key.PID.tmp, state files) are created
//    fresh with O_EXCL|O_NOFOLLOW: a planted symlink is removed, never followed.
//    Removals are made durable too: the class directory is fsynced after confirmed segments are unlinked (one fsync
//    per burst, off the event loop, acks.ts), or after a power cut they come back and their records are sent again.
//    test/integration/powercut.test.ts checks all of this on a disk model that keeps only what was fsynced.
// 8. Start-up reads summaries, not every segment. Once a sealed segment's last record is durable, its summary is written
//    durably beside it (summary.ts: length, count, first and last sequence and time, each route's latest sequence, the
//    digests of its dedup keys; a CRC32C over each part). A clean stop writes the newest segment's too. A start scans the newest
//    segment unless its summary matches its length (after a crash it does not: a torn tail can only be there) and any
//    segment whose summary is missing, damaged or of another length (segments are append-only); the rest open from
//    their summaries and are checked in the background (verifier.ts) before the reader hands out any of their records:
//    damage is still quarantined and alarmed (invariant 4), later. What a scan fed, the summaries feed, in sequence
//    order: lastSequence (the newest name, the last sequences); the dedup window (the newest keys' digests, as many as
//    it holds; a damaged keys part means a scan); the latest state per device (each route's latest sequence, so a
//    device seen only in an old segment keeps its value); the head (cursor.json also saves how many records of its
//    segment are confirmed; without that, that segment is scanned); the oldest pending time (the record at the head).
//    Telemetry TTL needs nothing: it is checked on each record as it is read.
// 9. Memory. The newest durable writes stay in memory (memory-tail.ts, bounded in bytes, released once confirmed) and the
//    reader is served from there, from disk otherwise. The dedup window is 128-bit digests in typed arrays, not objects.
//    A dedup hit acknowledges an append without storing it (taken for a retry), so two different keys of a route must
//    not share a digest: with 128 bits (SHA-256's first 16 bytes) a chance collision within any window is below 10^-20.
//    With 64 bits it was about 3 in 10^8 per million keys, each one an acknowledged transaction lost (invariant 1).
//
// Files. spool.ts: sequence numbers, dedup, class rules, quota, over three class logs (class-log.ts), each split by role
// over log-state.ts: writer.ts (invariants 1, 7, 8), reader.ts (3, 9), acks.ts (2, 6), recovery.ts (4, 8), verifier.ts
// (8). Below them: summary.ts, memory-tail.ts, segment.ts, segment-scan.ts, record.ts (the layout), cursor.ts, lock.ts.
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { GatewayError } from '../../base/errors.ts';
import { mkdirDurable } from '../../base/state-file.ts';
import { ClassLog, type CorruptionReport } from './class-log.ts';
import { encodeRecord } from './record.ts';
import { releaseLock, takeLock } from './lock.ts';
import { RateMeter } from './rate.ts';
import { pairDigest, RecentDigestMap } from '../../base/recent-map.ts';
import type { DigestedKey } from './summary.ts';
import {
  type AppendCallback,
  type AppendRequest,
  type AppendResult,
  buildStats,
  type DropReason,
  type OutRecord,
  SPOOL_CLASSES,
  type SpoolClass,
  type SpoolOptions,
  type SpoolStats,
  spoolFullError,
  writeError,
} from './spool-types.ts';

// The spool's names, for its users to import from here with the Spool itself.
export type * from './spool-types.ts';
export { SPOOL_CLASSES } from './spool-types.ts';

export class Spool extends EventEmitter {
  private readonly opts: SpoolOptions;
  private readonly clock: () => number;
  private readonly logs: Record<SpoolClass, ClassLog>;
  private nextSeq = 1;
  private flushing: Promise<void> | undefined;
  private flushScheduled = false;
  /** (route, txId) -> the sequence number it is stored under, as 128-bit digests in typed arrays (out of the GC's way). */
  private readonly dedup: RecentDigestMap;
  /** Retries of a keyed record still waiting for its fsync, by sequence number: answered when it is durable. */
  private readonly retriesAwaitingSync = new Map<number, AppendCallback[]>();
  private readonly latestState = new Map<string, number>();
  private blockedUntil = 0;
  private fullSince: number | undefined;
  readonly drops: Record<DropReason, number> = { ttl: 0, quota: 0, superseded: 0 };
  readonly corruptions: CorruptionReport[] = [];
  readonly appended = new RateMeter();
  readonly appendedBytes = new RateMeter();
  readonly confirmed = new RateMeter();
  private started = false;
  /** One process per spool directory (lock.ts). */
  private readonly lockPath: string;

  constructor(opts: SpoolOptions) {
    super();
    this.opts = opts;
    this.clock = opts.clock ?? Date.now;
    this.lockPath = join(opts.dir, 'LOCK');
    this.dedup = new RecentDigestMap(opts.dedupWindow);
    const hooks = (cls: SpoolClass) => ({
      onCorrupt: (r: CorruptionReport) => {
        this.corruptions.push(r);
        this.emit('corrupt', r);
      },
      onSync: (seconds: number, records: number) => this.emit('sync', seconds, records),
      onRecovered: (r: { seq: number; route: string }, pending: boolean) => {
        if (cls === 'state' && pending) this.latestState.set(r.route, r.seq);
      },
      // From summaries and scans (invariant 8): the newest keys, oldest first; the routes in order with the scans.
      onRecoveredKey: (key: DigestedKey, seq: number) => {
        if (cls === 'tx') this.remember(key, seq);
      },
      onRecoveredRoute: (route: string, seq: number) => {
        if (cls === 'state') this.latestState.set(route, seq);
      },
    });
    // The newest segment of each class always stays on disk, so three of them must fit well inside the quota: otherwise
    // a spool that filled up stays full after the core confirmed everything (the schema allows maxBytes 1 MiB with the
    // default 8 MiB segments).
    const segmentBytes = Math.max(4096, Math.min(opts.segmentBytes, Math.floor(opts.maxBytes / 8)));
    const log = (cls: SpoolClass) =>
      new ClassLog(opts.dir, cls, segmentBytes, hooks(cls), {
        memoryTailBytes: opts.memoryTailBytes,
        recoverKeys: cls === 'tx' ? opts.dedupWindow : 0,
      });
    this.logs = { tx: log('tx'), telemetry: log('telemetry'), state: log('state') };
  }

  start(): void {
    mkdirDurable(this.opts.dir);
    takeLock(this.lockPath, this.opts.dir);
    for (const cls of SPOOL_CLASSES) this.logs[cls].open(0);
    this.nextSeq = Math.max(...SPOOL_CLASSES.map((c) => this.logs[c].lastSeq)) + 1;
    this.started = true;
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    // Finish the writes in flight: their devices are waiting for a PUBACK.
    while (this.flushing || this.hasStaged()) await (this.flushing ?? this.flushNow());
    for (const cls of SPOOL_CLASSES) await this.logs[cls].close();
    releaseLock(this.lockPath);
  }

  // ---- append: the device -> spool side ----

  /** Stores one message; `cb` runs once it is durable (or with GW_SPOOL_FULL / GW_SPOOL_IO). Sequence fixed synchronously. */
  append(req: AppendRequest, cb: AppendCallback): void {
    if (!this.started) return cb(new GatewayError('GW_SPOOL_IO', 'spool is not open'));
    const key = req.key;
    // One digest per keyed append: looked up now, remembered now, forgotten if the write fails.
    const digest = key ? pairDigest(req.route, key) : undefined;
    if (digest) {
      const seen = this.dedup.getDigest(digest);
      if (seen !== undefined) {
        const retries = this.retriesAwaitingSync.get(seen);
        if (retries) retries.push(cb);
        else cb(null, { seq: seen, duplicate: true });
        return;
      }
    }
    const now = this.clock();
    if (now < this.blockedUntil) return cb(this.fullError());
    const seq = this.nextSeq;
    const buf = encodeRecord(seq, now, req.route, key ?? '', req.build(seq, now));
    if (!this.makeRoom(buf.length)) return cb(this.fullError());
    this.nextSeq++;
    if (digest) {
      this.remember(digest, seq);
      this.retriesAwaitingSync.set(seq, []);
    }
    this.logs[req.cls].stage(
      buf,
      seq,
      now,
      (err) => {
        const retries = digest ? this.retriesAwaitingSync.get(seq) : undefined;
        if (digest) this.retriesAwaitingSync.delete(seq);
        if (err) {
          if (digest) this.dedup.deleteDigest(digest);
          const e = this.ioError(err);
          cb(e);
          for (const retry of retries ?? []) retry(e);
          return;
        }
        // Only a durable state record supersedes older ones: one that failed on a full disk must not take the stored one with it.
        if (req.cls === 'state' && (this.latestState.get(req.route) ?? 0) < seq) this.latestState.set(req.route, seq);
        this.appended.add(1, this.clock());
        this.appendedBytes.add(buf.length, this.clock());
        if (this.fullSince !== undefined) this.clearFull();
        cb(null, { seq, duplicate: false });
        if (digest) {
          this.remember(digest, seq);
          for (const retry of retries ?? []) retry(null, { seq, duplicate: true });
        }
      },
      req.route,
      digest,
    );
    this.scheduleFlush();
  }

  /** Same as append, as a promise. */
  appendAsync(req: AppendRequest): Promise<AppendResult> {
    return new Promise((resolve, reject) => this.append(req, (err, r) => (err ? reject(err) : resolve(r!))));
  }

  private remember(digest: DigestedKey, seq: number): void {
    if (this.opts.dedupWindow <= 0) return;
    this.dedup.setDigest(digest, seq);
  }

  /** Frees telemetry (oldest first) until `bytes` more fit under maxBytes; false when they cannot. */
  private makeRoom(bytes: number): boolean {
    while (this.diskBytes() + bytes > this.opts.maxBytes) {
      const dropped = this.logs.telemetry.dropOldestSegment();
      if (dropped === 0 && this.logs.telemetry.segmentCount < 2) {
        this.setFull();
        return false;
      }
      this.drops.quota += dropped;
    }
    return true;
  }

  private setFull(): void {
    if (this.fullSince !== undefined) return;
    this.fullSince = this.clock();
    this.emit('alarm', { code: 'GW_SPOOL_FULL', active: true });
  }

  private clearFull(): void {
    this.fullSince = undefined;
    this.emit('alarm', { code: 'GW_SPOOL_FULL', active: false });
  }

  private fullError(): GatewayError {
    return spoolFullError(this.diskBytes(), this.opts.maxBytes);
  }

  private ioError(err: Error): GatewayError {
    // Back off for a second so a full or failing disk is not hammered by every device's retry.
    this.blockedUntil = this.clock() + 1000;
    const error = writeError(err);
    if (error.code === 'GW_SPOOL_FULL') this.setFull();
    return error;
  }

  private hasStaged(): boolean {
    return SPOOL_CLASSES.some((c) => this.logs[c].hasStaged);
  }

  private scheduleFlush(): void {
    if (this.flushing || this.flushScheduled) return;
    this.flushScheduled = true;
    // setImmediate, not a microtask: every publish the broker parsed from the same socket read joins this group.
    setImmediate(() => {
      this.flushScheduled = false;
      void this.flushNow();
    });
  }

  private flushNow(): Promise<void> {
    if (this.flushing) return this.flushing;
    this.flushing = (async () => {
      try {
        while (this.hasStaged()) {
          await Promise.all(SPOOL_CLASSES.map((c) => this.logs[c].flush()));
          this.emit('durable');
        }
      } finally {
        this.flushing = undefined;
      }
    })();
    return this.flushing;
  }

  // ---- read and confirm: the spool -> uplink side ----

  /**
   * The next records to send, transactions first but never all of the window: telemetry and state get a share each so the
   * core sees the present while a backlog drains. Expired telemetry and superseded state are confirmed here, not sent.
   */
  async read(max: number): Promise<OutRecord[]> {
    const share = Math.max(1, Math.floor(max / 10));
    const plan: [SpoolClass, number][] = [
      ['state', share],
      ['telemetry', share],
      ['tx', max - 2 * share],
    ];
    const out: OutRecord[] = [];
    for (const [cls, n] of plan) await this.readClass(cls, n, out);
    for (const cls of ['tx', 'state', 'telemetry'] as const) if (out.length < max) await this.readClass(cls, max - out.length, out);
    return out;
  }

  /** Whether read() may return something; false means it surely would not (see ClassLog.mayHaveUnread). */
  get mayHaveUnread(): boolean {
    return this.logs.tx.mayHaveUnread || this.logs.telemetry.mayHaveUnread || this.logs.state.mayHaveUnread;
  }

  private async readClass(cls: SpoolClass, n: number, out: OutRecord[]): Promise<void> {
    const log = this.logs[cls];
    if (n <= 0 || !log.mayHaveUnread) return;
    const now = this.clock();
    for (let tries = 0; tries < 8; tries++) {
      const recs = await log.read(n);
      if (recs.length === 0) return;
      let kept = 0;
      for (const r of recs) {
        if (cls === 'telemetry' && now - r.appendedAt > this.opts.telemetryTtlMs) {
          this.drops.ttl++;
          log.confirm(r.seq);
        } else if (cls === 'state' && this.latestState.get(r.route) !== r.seq) {
          this.drops.superseded++;
          log.confirm(r.seq);
        } else {
          const { seq, appendedAt, route, key, payload, size, base, offset } = r; // every field: no spread per record
          out.push({ seq, appendedAt, route, key, payload, size, base, offset, cls });
          kept++;
        }
      }
      if (kept > 0 || recs.length < n) return;
    }
  }

  confirm(cls: SpoolClass, seq: number): void {
    this.logs[cls].confirm(seq);
    this.confirmed.add(1, this.clock());
    if (this.fullSince !== undefined && this.diskBytes() < this.opts.maxBytes) this.blockedUntil = 0;
  }

  /** The uplink lost its connection: everything in flight will be read and sent again, in order. */
  rewind(): void {
    for (const cls of SPOOL_CLASSES) this.logs[cls].rewind();
  }

  // ---- capacity ----

  diskBytes(): number {
    return SPOOL_CLASSES.reduce((n, c) => n + this.logs[c].diskBytes, 0);
  }

  get lastSequence(): number {
    return this.nextSeq - 1;
  }

  get isFull(): boolean {
    return this.fullSince !== undefined;
  }

  stats(): SpoolStats {
    const now = this.clock();
    return buildStats(this.logs, {
      now,
      maxBytes: this.opts.maxBytes,
      diskBytes: this.diskBytes(),
      full: this.isFull,
      drops: { ...this.drops },
      corruptions: this.corruptions.length,
      lastSequence: this.lastSequence,
      appendRate: this.appended.perSecond(now),
      drainRate: this.confirmed.perSecond(now),
      inBytesRate: this.appendedBytes.perSecond(now),
    });
  }
}
