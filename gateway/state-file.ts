// Small durable state (command states, the locker pickup list) kept with lowdb. lowdb's own file adapters write a temp
// file and rename it but never fsync, so a power cut can lose the last write; writeFileDurable adds the two fsyncs that
// make the rename durable (the file's data, then the directory entry). The adapter serialises its writes.
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { Low, type Adapter } from 'lowdb';

/** Replaces `file` with `text` so that after a power cut it holds either the old or the new text, whole. */
export function writeFileDurable(file: string, text: string, mode = 0o666): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  const fd = openSync(tmp, 'w', mode);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
  const dfd = openSync(dirname(file), 'r');
  try { fsyncSync(dfd); } finally { closeSync(dfd); }
}

class DurableJsonFile<T> implements Adapter<T> {
  private readonly file: string;
  private chain: Promise<void> = Promise.resolve();

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
    const text = JSON.stringify(data);
    this.chain = this.chain.then(() => writeFileDurable(this.file, text));
    return this.chain;
  }
}

export async function openState<T>(file: string, defaults: T): Promise<Low<T>> {
  const db = new Low<T>(new DurableJsonFile<T>(file), defaults);
  await db.read();
  return db;
}
