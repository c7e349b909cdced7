// Durable files and directories. Small durable state (command states, the locker pickup list) is kept with lowdb, whose
// own file adapters write a temp file and rename it but never fsync, so a power cut can lose the last write;
// writeFileDurable adds the two fsyncs that make the rename durable (the file's data, then the directory entry).
//
// The state adapter writes asynchronously (the command memory is up to ~2 MB, and three writes per command with sync
// fsyncs blocked the event loop for tens of ms each) and coalesces: one write in flight, and every write() asked for
// meanwhile is served by one next write of the state as it is when that write starts. A write() resolves only once a
// write that began after it was called is on disk, so whatever the caller changed before calling it is durable then.
//
// Directories: on a filesystem that keeps only what was fsynced (POSIX leaves it open, and ext4 without its journal,
// XFS after a crash in the wrong moment, or a flash card's FTL do it), a directory made with mkdir exists after a power
// cut only once its parent directory was fsynced. Everything inside a lost directory is lost with it, however often the
// files themselves were fsynced. mkdirDurable creates each missing level and fsyncs each parent, up to the root.
//
// Temp files are created fresh with O_CREAT|O_EXCL|O_NOFOLLOW after removing a stale one: a symlink (or any file)
// planted at the temp path is removed, never followed, so the write cannot be redirected to another file.
import {
  closeSync,
  constants,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Low, type Adapter } from 'lowdb';

/** O_NOFOLLOW is redundant beside O_EXCL on Linux (an O_EXCL create never follows a link) but states the intent. */
const CREATE_FRESH = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/** fsync of a directory: makes the entries made or removed in it so far durable. */
export function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Makes `dir` (and every missing level above it) durable: each level it creates is fsynced into its parent before the
 * next is made, so a power cut can never keep a file whose directory it lost. The parents of levels that already
 * existed are fsynced too, up to the root, as far as they can be (best effort: a level made by an installer or by a run
 * killed between its mkdir and the fsync is then made durable as well; a read-only or foreign parent is skipped).
 */
export function mkdirDurable(dir: string, mode = 0o777): void {
  const levels: string[] = [];
  for (let p = resolve(dir); ; p = dirname(p)) {
    levels.push(p);
    if (dirname(p) === p) break;
  }
  levels.reverse(); // root first
  for (const level of levels.slice(1)) {
    let made = false;
    if (!isDirectory(level)) {
      try {
        mkdirSync(level, { mode });
        made = true;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
    }
    try {
      fsyncDir(dirname(level));
    } catch (e) {
      if (made) throw e; // a level made here must be durable; a pre-existing parent is best effort
    }
  }
}

/** fsyncs every regular file and directory under `root`, deepest first (each directory after its entries). */
export function syncTreeDurable(root: string): void {
  for (const e of readdirSync(root, { withFileTypes: true })) {
    const p = join(root, e.name);
    if (e.isDirectory()) syncTreeDurable(p);
    else if (e.isFile()) {
      const fd = openSync(p, 'r');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
  }
  fsyncDir(root);
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Opens `path` as a new file for writing, removing whatever was there first (a stale temp file from a crash, or a
 * planted symlink: unlink removes the link, not its target). O_EXCL makes the open fail rather than follow anything
 * put there in between; that is retried twice, then thrown.
 */
export function openFresh(path: string, mode = 0o666): number {
  for (let attempt = 0; ; attempt++) {
    try {
      unlinkSync(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    try {
      return openSync(path, CREATE_FRESH, mode);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 2) throw e;
    }
  }
}

/** Replaces `file` with `text` so that after a power cut it holds either the old or the new text, whole. */
export function writeFileDurable(file: string, text: string, mode = 0o666): void {
  mkdirDurable(dirname(file));
  const tmp = `${file}.tmp`;
  writeFresh(tmp, text, mode);
  renameSync(tmp, file);
  fsyncDir(dirname(file));
}

/**
 * Creates `file` holding `text`, durably, unless it exists already: false when another process made it first (then it
 * is left as that process wrote it). Whole or absent after a power cut, like writeFileDurable. The temp file is this
 * process's own and is hard-linked to the name, which fails rather than replace a file made meanwhile (a rename would).
 */
export function createFileDurable(file: string, text: string, mode = 0o666): boolean {
  mkdirDurable(dirname(file));
  const tmp = `${file}.${process.pid}.tmp`;
  writeFresh(tmp, text, mode);
  try {
    linkSync(tmp, file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    return false;
  } finally {
    unlinkSync(tmp);
    fsyncDir(dirname(file));
  }
}

/** A fresh file (openFresh) holding `text`, fsynced. */
function writeFresh(path: string, text: string, mode: number): void {
  const fd = openFresh(path, mode);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Replaces `file` with `text` off the event loop, through a fresh temp file (openFresh's rule). `durable`: with
 * writeFileDurable's two fsyncs (the file's data, then the directory entry); without, whole but not kept by a power cut.
 */
export async function replaceFileAsync(file: string, text: string, durable: boolean): Promise<void> {
  const tmp = `${file}.tmp`;
  await unlink(tmp).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
  });
  // O_EXCL: something put at the temp path between the unlink and the open fails the write instead of being followed.
  const fh = await open(tmp, CREATE_FRESH, 0o666);
  try {
    await fh.writeFile(text);
    if (durable) await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(tmp, file);
  if (!durable) return;
  const dir = await open(dirname(file), 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

class DurableJsonFile<T> implements Adapter<T> {
  private readonly file: string;
  private dirMade = false;
  private inFlight = false;
  /** The state to write next and the callers waiting for it, while a write is in flight. */
  private next: { data: T; done: Promise<void>; resolve: () => void; reject: (e: unknown) => void } | undefined;

  constructor(file: string) {
    this.file = file;
  }

  async read(): Promise<T | null> {
    try {
      return JSON.parse(readFileSync(this.file, 'utf8')) as T;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  write(data: T): Promise<void> {
    if (this.next) {
      this.next.data = data;
      return this.next.done;
    }
    let resolve!: () => void;
    let reject!: (e: unknown) => void;
    const done = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    this.next = { data, done, resolve, reject };
    if (!this.inFlight) void this.flush();
    return done;
  }

  private async flush(): Promise<void> {
    this.inFlight = true;
    for (let job = this.next; job; job = this.next) {
      this.next = undefined;
      try {
        // Serialised now, when the write starts: it holds every change made before any write() it answers.
        const text = JSON.stringify(job.data);
        if (!this.dirMade) {
          mkdirDurable(dirname(this.file)); // once: the directory stays durable after that
          this.dirMade = true;
        }
        await replaceFileAsync(this.file, text, true);
        job.resolve();
      } catch (e) {
        job.reject(e);
      }
    }
    this.inFlight = false;
  }
}

export async function openState<T>(file: string, defaults: T): Promise<Low<T>> {
  const db = new Low<T>(new DurableJsonFile<T>(file), defaults);
  await db.read();
  return db;
}
