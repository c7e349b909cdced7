// What the gateway remembers about remote configuration, in one small JSON file in the state directory beside the spool
// ({state}/remote-config.json; never inside the spool, whose files stay the spool's own). Every change is written with
// writeFileDurable (temp file, fsync, rename, fsync of the directory), so after a power cut the file holds the state
// before or after a change, whole:
//   highestVersion  the highest version applied or refused (after its signature verified): replays are stale
//   lastGood        the remote version that passed its health check (null: the site file alone is good)
//   pending         a version being applied and not yet confirmed, with the process starts that tried it: a start
//                   that finds one already tried (attempts >= 1) knows the gateway died with it and abandons it
//   scheduled       a version held until its activation time
//   lastResult      what the core was last told, and `unsent`: results the core has not acknowledged yet
import { readFileSync, renameSync } from 'node:fs';
import { writeFileDurable } from '../../base/state-file.ts';
import type { Config } from '../config/schema.ts';

export type ResultState = 'applied' | 'rejected' | 'rolled_back' | 'pending_restart' | 'scheduled';

export interface ResultRecord {
  version: number;
  state: ResultState;
  problems: { path: string; code: string; message: string }[];
  timeMs: number;
  activeVersion: number;
  restartSections: string[];
}

export interface RemoteVersion {
  version: number;
  document: Record<string, unknown>;
  activateAtMs: number;
  /** When this gateway accepted it (Unix ms). */
  receivedAtMs: number;
}

export interface PendingVersion extends RemoteVersion {
  /** Process runs that applied it so far (0: written before the restart that will apply it). */
  attempts: number;
  /** Applied by restarting (true) or live (false). */
  restart: boolean;
  restartSections: string[];
}

export interface RemoteConfigState {
  highestVersion: number;
  lastGood: (RemoteVersion & { confirmedAtMs: number }) | null;
  pending: PendingVersion | null;
  scheduled: RemoteVersion | null;
  lastResult: ResultRecord | null;
  unsent: ResultRecord[];
}

/** Results kept for a core that is away; older ones are superseded by the state the newest describes. */
const MAX_UNSENT = 8;

function empty(): RemoteConfigState {
  return { highestVersion: 0, lastGood: null, pending: null, scheduled: null, lastResult: null, unsent: [] };
}

export class RemoteConfigStore {
  readonly file: string;
  private data: RemoteConfigState = empty();
  /** Set when the file could not be read at open (it was moved aside as .corrupt); shown by `config show --active`. */
  problem: string | undefined;

  constructor(file: string) {
    this.file = file;
  }

  /**
   * Reads the file; a missing one is an empty state, an unreadable one is moved aside and an empty state used.
   * `readOnly` (`config show`): an unreadable file is reported and left where it is.
   */
  open(opts: { readOnly?: boolean } = {}): this {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return this;
      throw e;
    }
    try {
      this.data = { ...empty(), ...(JSON.parse(text) as Partial<RemoteConfigState>) };
    } catch (e) {
      // A torn write cannot happen (writeFileDurable); this is a damaged disk or a hand edit. Running the site file alone
      // is the safe side; the aside copy keeps the evidence.
      if (opts.readOnly) {
        this.problem = `${this.file} is unreadable (${(e as Error).message})`;
        return this;
      }
      renameSync(this.file, `${this.file}.corrupt`);
      this.problem = `${this.file} was unreadable (${(e as Error).message}); moved to ${this.file}.corrupt, running the site file alone`;
    }
    return this;
  }

  get state(): Readonly<RemoteConfigState> {
    return this.data;
  }

  /** Changes the state and writes it durably before returning. */
  update(change: (s: RemoteConfigState) => void): void {
    const next = structuredClone(this.data);
    change(next);
    writeFileDurable(this.file, `${JSON.stringify(next)}\n`, 0o600);
    this.data = next;
  }

  /** Records a result as the last one and queues it for the core. */
  addResult(s: RemoteConfigState, result: ResultRecord): void {
    s.lastResult = result;
    s.unsent = [...s.unsent, result].slice(-MAX_UNSENT);
  }

  /** The core acknowledged this result. */
  markSent(result: ResultRecord): void {
    if (!this.data.unsent.some((r) => r.version === result.version && r.timeMs === result.timeMs && r.state === result.state)) return;
    this.update((s) => {
      s.unsent = s.unsent.filter((r) => !(r.version === result.version && r.timeMs === result.timeMs && r.state === result.state));
    });
  }

  /** What /api/status shows under `config`: the source, the version, and what the store holds. */
  summary(running: Readonly<Pick<Config, 'remoteConfig' | 'uplink'>>): Record<string, unknown> {
    const s = this.data;
    const iso = (ms: number) => new Date(ms).toISOString();
    return {
      source: this.activeVersion > 0 ? 'site file + remote' : 'site file',
      version: this.activeVersion,
      enabled: running.remoteConfig.enabled,
      keyConfigured: running.uplink.configKey !== '',
      lastGood: s.lastGood ? { version: s.lastGood.version, confirmedAt: iso(s.lastGood.confirmedAtMs) } : null,
      pending: s.pending ? { version: s.pending.version, attempts: s.pending.attempts, restart: s.pending.restart } : null,
      scheduled: s.scheduled ? { version: s.scheduled.version, activateAt: iso(s.scheduled.activateAtMs) } : null,
      highestVersion: s.highestVersion,
      lastResult: s.lastResult,
      unsentResults: s.unsent.length,
    };
  }

  /** The remote version running now, if any: the one under test, else the last good. */
  get activeVersion(): number {
    return this.data.pending?.version ?? this.data.lastGood?.version ?? 0;
  }
}
