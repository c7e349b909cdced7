// The transaction ids of one OPC-UA machine already durable in the spool, kept in a small file (in
// {state}/opcua-seen/) so that a gateway restart does not store the controller's whole transaction log again. The
// spool drops a repeated txId as well while it holds the record; this file is what covers the time after.
import { readFileSync } from 'node:fs';
import { writeFileDurable } from '../../base/state-file.ts';

/** txIds already durable in the spool, kept in a small file so a restart does not store the controller's log again. */
export class SeenTxIds {
  private readonly file: string;
  private readonly max: number;
  private ids = new Set<string>();
  private saving = false;
  private failing = false;
  /** Told once when the file cannot be written (and once when it can again). */
  onSaveError: ((e: Error | undefined) => void) | undefined;

  constructor(file: string, max = 5000) {
    this.file = file;
    this.max = max;
  }

  load(): void {
    try {
      const list = JSON.parse(readFileSync(this.file, 'utf8')) as unknown;
      if (Array.isArray(list)) this.ids = new Set(list.filter((x): x is string => typeof x === 'string').slice(-this.max));
    } catch {
      this.ids = new Set(); // first start, or a torn file: the spool's own dedup still catches repeats it holds
    }
  }

  has(txId: string): boolean {
    return this.ids.has(txId);
  }

  /** Remembers a txId; the file is rewritten durably once per turn of the event loop. */
  add(txId: string): void {
    this.ids.delete(txId);
    this.ids.add(txId);
    if (this.ids.size > this.max) this.ids.delete(this.ids.values().next().value as string);
    if (this.saving) return;
    this.saving = true;
    setImmediate(() => {
      this.saving = false;
      try {
        this.save();
        if (this.failing) {
          this.failing = false;
          this.onSaveError?.(undefined);
        }
      } catch (e) {
        // not fatal: the spool still drops a repeated txId while it holds the record
        if (!this.failing) {
          this.failing = true;
          this.onSaveError?.(e as Error);
        }
      }
    });
  }

  save(): void {
    writeFileDurable(this.file, JSON.stringify([...this.ids]), 0o600);
  }
}
