// `edge-gateway simulate --kind KIND --devices N --rate R --config FILE`: drives N simulated machines of one kind against
// a running gateway as real firmware would (MQTT 3.1.1, the configured credentials, QoS 1), using the first N devices of
// that kind in the config. Passwords come from the same passwordEnv / passwordFile the gateway reads; a device configured
// with a passwordHash needs --password. Prints a line of counts every few seconds; Ctrl-C stops.
import { parseArgs } from 'node:util';
import { SimulatedMachine } from '../../devices/sim/mqtt-machine.ts';
import { isKind, KINDS } from '../../devices/registry.ts';
import { loadConfig } from '../config/load.ts';
import { resolveSecret } from '../config/secrets.ts';
import { loadHashKey } from '../config/hash-key.ts';
import { stopOnSignals } from '../../base/signals.ts';

export async function runSimulate(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      kind: { type: 'string' },
      devices: { type: 'string', default: '1' },
      rate: { type: 'string', default: '1' },
      config: { type: 'string' },
      password: { type: 'string' },
      'bad-share': { type: 'string', default: '0.02' },
      seconds: { type: 'string' },
    },
  });
  const kind = values.kind;
  if (!values.config || kind === undefined || !isKind(kind)) {
    process.stderr.write(
      `usage: edge-gateway simulate --kind ${KINDS.join('|')} --devices N --rate R --config FILE [--password P] [--seconds S]\n`,
    );
    process.exit(2);
  }
  const cfg = loadConfig(values.config);
  const wanted = Number(values.devices);
  const devices = cfg.devices.filter((d) => d.kind === kind && d.transport === 'mqtt').slice(0, wanted);
  if (devices.length < wanted) {
    process.stderr.write(`the config has ${devices.length} MQTT ${kind} devices; asked for ${wanted}\n`);
    process.exit(2);
  }
  const host = cfg.broker.host === '0.0.0.0' ? '127.0.0.1' : cfg.broker.host;
  const url = `mqtt://${host}:${cfg.broker.port}`;
  // Protobuf firmware hashes ID numbers and pickup codes itself, with the site's key (read, never made, here).
  let hashKey: Buffer | undefined;
  if (devices.some((d) => d.format === 'protobuf')) {
    try {
      hashKey = loadHashKey(cfg, process.env, { create: false });
    } catch {
      hashKey = undefined;
    }
    if (!hashKey) process.stderr.write("the site's hashing key is not readable here: protobuf machines hash with a stand-in key\n");
  }
  const sims = devices.map((d) => {
    const password = values.password ?? resolveSecret(d, `/devices/${d.id}`);
    if (password === undefined) {
      process.stderr.write(`${d.id} is configured with a passwordHash: give --password\n`);
      process.exit(2);
    }
    return new SimulatedMachine({
      url,
      deviceId: d.id,
      password,
      kind,
      rate: Number(values.rate),
      badShare: Number(values['bad-share']),
      format: d.format,
      hashKey,
    });
  });
  for (const s of sims) await s.start();
  process.stderr.write(`simulating ${sims.length} ${kind} machines at ${values.rate} msg/s each against ${url}\n`);
  const print = () => {
    const t = sims.reduce(
      (a, s) => ({ sent: a.sent + s.counters.sent, acked: a.acked + s.counters.acked, errors: a.errors + s.counters.errors }),
      { sent: 0, acked: 0, errors: 0 },
    );
    process.stdout.write(`sent ${t.sent} | acknowledged ${t.acked} | error replies ${t.errors}\n`);
  };
  const report = setInterval(print, 5000);
  const stop = async () => {
    clearInterval(report);
    for (const s of sims) await s.stop();
    print();
  };
  if (values.seconds) setTimeout(() => void stop().then(() => process.exit(0)), Number(values.seconds) * 1000);
  await stopOnSignals(stop, { info: () => undefined });
}
