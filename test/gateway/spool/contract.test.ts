// Runs the spool contract (./contract/) against the gateway's durable spool.
import { Spool } from '../../../gateway/spool/spool.ts';
import { spoolContract } from './contract/index.ts';

// A read() that never returns keeps the event loop busy forever and node:test would wait with it: end the file instead.
setTimeout(() => {
  console.error('spool contract: still running after 90 s; a spool call never returned');
  process.exit(1);
}, 90_000).unref();

spoolContract('Spool', (opts) => new Spool(opts), {
  moduleUrl: new URL('../../../gateway/spool/spool.ts', import.meta.url).href,
  exportName: 'Spool',
});
