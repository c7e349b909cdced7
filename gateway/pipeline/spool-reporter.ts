// The spool's own alarms, said once: logged (one line each, with its code) and told on the bus as spool.alarm and
// spool.corrupt, for whatever else reacts (a health report to the core). Listens from before the spool opens, since its
// recovery may already find a corrupt record, and reports the backlog it opened with.
import type { Logger } from 'pino';
import type { GatewayBus } from '../events/events.ts';
import type { Spool } from '../spool/spool.ts';

type Alarm = { code: 'GW_SPOOL_FULL'; active: boolean };
type Corruption = { segment: string; offset: number; skipped: number; quarantined: string };

export class SpoolReporter {
  private readonly spool: Spool;
  private readonly bus: GatewayBus;
  private readonly log: Logger;
  private readonly spoolDir: string;
  private readonly onAlarm = (alarm: Alarm): void => {
    if (alarm.active)
      this.log.error({ component: 'spool', code: alarm.code }, 'spool full: new transactions are not acknowledged until room returns');
    else this.log.info({ component: 'spool', code: alarm.code }, 'spool has room again: accepting transactions');
    this.bus.emit('spool.alarm', alarm);
  };
  private readonly onCorrupt = (corruption: Corruption): void => {
    this.log.error(
      { component: 'spool', code: 'GW_SPOOL_CORRUPT', ...corruption },
      'corrupt spool record quarantined; later records are still delivered',
    );
    this.bus.emit('spool.corrupt', corruption);
  };

  constructor(spool: Spool, spoolDir: string, bus: GatewayBus, log: Logger) {
    this.spool = spool;
    this.spoolDir = spoolDir;
    this.bus = bus;
    this.log = log;
  }

  /** Before spool.start(). */
  start(): void {
    this.spool.on('alarm', this.onAlarm);
    this.spool.on('corrupt', this.onCorrupt);
  }

  /** After spool.start(): what it opened with. */
  opened(): void {
    const s = this.spool.stats();
    this.log.info({ component: 'spool', dir: this.spoolDir, backlog: s.depth, lastSequence: s.lastSequence }, 'spool open');
    if (s.corruptions > 0)
      this.log.error({ component: 'spool', code: 'GW_SPOOL_CORRUPT', corruptions: s.corruptions }, 'start-up scan found corrupt records');
  }

  stop(): void {
    this.spool.off('alarm', this.onAlarm);
    this.spool.off('corrupt', this.onCorrupt);
  }
}
