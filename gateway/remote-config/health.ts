// The health gate after a remote configuration is applied: within remoteConfig.confirmAfterS the gateway must be
// connected to the core, have its device broker listening and its spool writable, all at once. It passes at the first
// check where all three hold, and fails at the deadline, naming what did not hold at the last check.
export interface HealthProbe {
  uplinkConnected: boolean;
  brokerListening: boolean;
  spoolWritable: boolean;
}

export type GateVerdict = { state: 'waiting' } | { state: 'passed' } | { state: 'failed'; failed: string[] };

const NAMES: Record<keyof HealthProbe, string> = {
  uplinkConnected: 'not connected to the core',
  brokerListening: 'device broker not listening',
  spoolWritable: 'spool not writable',
};

export class HealthGate {
  private readonly deadline: number;
  private readonly probe: () => HealthProbe;

  constructor(probe: () => HealthProbe, startedAt: number, confirmAfterMs: number) {
    this.probe = probe;
    this.deadline = startedAt + confirmAfterMs;
  }

  check(now: number): GateVerdict {
    const p = this.probe();
    const failed = (Object.keys(NAMES) as (keyof HealthProbe)[]).filter((k) => !p[k]).map((k) => NAMES[k]);
    if (failed.length === 0) return { state: 'passed' };
    return now >= this.deadline ? { state: 'failed', failed } : { state: 'waiting' };
  }

  get deadlineAt(): number {
    return this.deadline;
  }
}
