// A class log's cursor.json: where its head (the first unconfirmed record) is, so a restart does not resend everything
// the core already has. Written without fsync on purpose: losing it in a power cut only means records the core already
// has are sent again, with their original message ids, for the core to drop as duplicates. Write-then-rename keeps it
// whole. Saved at most once a second and off the event loop (a rename can block for tens of milliseconds under write
// load); a failed save (a full disk) never throws: the next change or close() tries again.
import * as fs from 'node:fs';
import { join } from 'node:path';
import { openFresh, replaceFileAsync } from '../../base/state-file.ts';

export interface Position {
  base: number;
  offset: number;
}

/** The head as saved: also how many records of its segment are confirmed (so a start need not count them). */
export interface SavedHead extends Position {
  done?: number;
}

export class CursorFile {
  private readonly path: string;
  private readonly head: () => SavedHead;
  private dirty = false;
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> | undefined;

  constructor(dir: string, head: () => SavedHead) {
    this.path = join(dir, 'cursor.json');
    this.head = head;
  }

  /** The saved position, or undefined when missing or damaged (then reading starts at the oldest segment). */
  read(): SavedHead | undefined {
    try {
      const c = JSON.parse(fs.readFileSync(this.path, 'utf8')) as { base: unknown; offset: unknown; done?: unknown };
      if (Number.isSafeInteger(c.base) && Number.isSafeInteger(c.offset)) {
        const head: SavedHead = { base: c.base as number, offset: c.offset as number };
        if (Number.isSafeInteger(c.done) && (c.done as number) >= 0) head.done = c.done as number;
        return head;
      }
    } catch {
      /* missing or damaged */
    }
    return undefined;
  }

  /** The head moved: save it within a second. */
  changed(): void {
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.saveAsync();
    }, 1000);
    this.timer.unref();
  }

  private async saveAsync(): Promise<void> {
    if (!this.dirty) return;
    // A save still in flight after a second (a very slow disk): try again later, or the last position of a burst
    // would wait for the next change or the close.
    if (this.writing) return this.changed();
    this.dirty = false;
    this.writing = replaceFileAsync(this.path, JSON.stringify(this.head()), false);
    try {
      await this.writing;
    } catch {
      this.dirty = true;
    } finally {
      this.writing = undefined;
    }
  }

  /** Saves now (on close), after any save in flight. */
  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.writing?.catch(() => undefined);
    if (!this.dirty) return;
    try {
      const tmp = `${this.path}.tmp`;
      const fd = openFresh(tmp);
      try {
        fs.writeSync(fd, JSON.stringify(this.head()));
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(tmp, this.path);
      this.dirty = false;
    } catch {
      /* a full disk: the records are sent again after the restart, which the core deduplicates */
    }
  }
}
