// The configured machines as the way up sees them: each one's codec and codec context (format, the site's hash key),
// its login credential and its budget. The device broker authenticates against it, the ingest decodes with it, the
// budget reads its limits from it. A live reload (SIGHUP) prepares a new table first (a missing secret throws before
// anything changes), then applies it; an unchanged machine keeps its entry (and its cached good password).
import { codecFor } from '../../devices/registry.ts';
import type { HashCheckGate } from '../config/password-checks.ts';
import type { Config, DeviceConfig } from '../config/schema.ts';
import { credentialFor, type Credential } from '../config/secrets.ts';
import type { BudgetLimits } from './device-budget.ts';
import type { IngestDevice } from './ingest.ts';

export interface DeviceEntry extends IngestDevice {
  credential: Credential;
  budget: BudgetLimits;
}

export interface DeviceTableOptions {
  /** The site's key for hashing personal data, made durable before anything starts (config/hash-key.ts). */
  hashKey: Buffer;
  env: NodeJS.ProcessEnv;
  /** Password checks: async scrypt off the event loop, one at a time, a bounded queue. */
  hashChecks: HashCheckGate;
  /** broker.deviceBudget of the config in force: the limits a machine's own `budget` overrides. */
  defaultBudget: () => Readonly<Config['broker']['deviceBudget']>;
}

/** What a reload changes, by device id, and the step that applies it. */
export interface DeviceTableChange {
  added: string[];
  removed: string[];
  changed: string[];
  apply(): void;
}

export class DeviceTable {
  private readonly options: DeviceTableOptions;
  private entries = new Map<string, DeviceEntry>();
  /** Each machine's config as JSON: what a reload compares. */
  private configs = new Map<string, string>();

  constructor(devices: readonly Readonly<DeviceConfig>[], options: DeviceTableOptions) {
    this.options = options;
    this.prepare(devices).apply();
  }

  /** The machines now, by id (a new map after each reload). */
  current(): ReadonlyMap<string, DeviceEntry> {
    return this.entries;
  }

  get(deviceId: string): DeviceEntry | undefined {
    return this.entries.get(deviceId);
  }

  has(deviceId: string): boolean {
    return this.entries.has(deviceId);
  }

  get size(): number {
    return this.entries.size;
  }

  ids(): string[] {
    return [...this.entries.keys()];
  }

  /** A machine's budget: its own, or the site's default for an id that is not (or no longer) configured. */
  budgetOf(deviceId: string): BudgetLimits {
    return this.entries.get(deviceId)?.budget ?? this.options.defaultBudget();
  }

  /**
   * Builds the entries for a new device list; throws (and changes nothing) if a secret cannot be resolved. A reload
   * passes the new broker.deviceBudget: every machine's budget is merged over it again, a kept entry included.
   */
  prepare(
    devices: readonly Readonly<DeviceConfig>[],
    defaultBudget: Readonly<BudgetLimits> = this.options.defaultBudget(),
  ): DeviceTableChange {
    const before = this.configs;
    const configs = new Map(devices.map((d) => [d.id, JSON.stringify(d)]));
    const entries = new Map<string, DeviceEntry>();
    for (const d of devices) {
      const kept = before.get(d.id) === configs.get(d.id) ? this.entries.get(d.id) : undefined;
      const budget = { ...defaultBudget, ...d.budget };
      const same = kept && JSON.stringify(kept.budget) === JSON.stringify(budget);
      entries.set(d.id, kept ? (same ? kept : { ...kept, budget }) : this.entry(d, defaultBudget));
    }
    return {
      added: [...configs.keys()].filter((id) => !before.has(id)),
      removed: [...before.keys()].filter((id) => !configs.has(id)),
      changed: [...configs.keys()].filter((id) => before.has(id) && before.get(id) !== configs.get(id)),
      apply: () => {
        this.entries = entries;
        this.configs = configs;
      },
    };
  }

  private entry(d: Readonly<DeviceConfig>, defaultBudget: Readonly<BudgetLimits>): DeviceEntry {
    return {
      id: d.id,
      codec: codecFor(d.kind),
      ctx: { format: d.format, hashKey: this.options.hashKey },
      credential: credentialFor(d, `/devices/${d.id}`, this.options.env, this.options.hashChecks),
      budget: { ...defaultBudget, ...d.budget },
    };
  }
}
