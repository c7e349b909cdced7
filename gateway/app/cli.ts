// edge-gateway command line. Exit codes: 0 ok, 1 runtime failure, 2 bad config or usage.
import { parseArgs } from 'node:util';
import { checkConfig, loadConfig, readConfigFile } from '../config/load.ts';
import { hashPassword } from '../config/secrets.ts';
import { isGatewayError } from '../../base/errors.ts';
import { createLogger } from '../../base/log.ts';
import { Controller } from '../controller.ts';
import { SystemdNotifier } from './notify.ts';
import { RemoteConfigShell } from './remote-config-shell.ts';
import { stopOnSignals } from '../../base/signals.ts';
import { VERSION } from '../../base/version.ts';
import { KINDS } from '../../devices/registry.ts';

const HELP = `edge-gateway ${VERSION}: edge gateway for unattended government self-service machines

Usage:
  edge-gateway run --config FILE            run the gateway
  edge-gateway validate --config FILE       check a config file (exit 0, or every problem with its path and exit 2)
  edge-gateway hash-password [PASSWORD]     print a passwordHash for a device (reads stdin when no argument)
  edge-gateway demo                         the gateway with simulated machines and a stand-in core (npm start)
  edge-gateway simulate --kind KIND --devices N --rate R --config FILE
                                            simulated machines against a running gateway (MQTT, credentials, QoS 1);
                                            KIND is one of ${KINDS.join(', ')}
  edge-gateway core consume --url URL --group NAME [--prefix P] [--out FILE]
                                            reference core consumer: shared subscription, dedup, JSON lines, acks
  edge-gateway core fleet --url URL [--prefix P] [--http HOST:PORT] [--token-file F]
                                            reference fleet view: every site's status and health, a page, /api/fleet, /metrics
  edge-gateway config show --active [--config FILE] [--json]
                                            the configuration running and why: site file, remote version, last result
  edge-gateway core push-config --url URL --site ID --file config.json --key core-config.key [--version N] [--wait S]
                                            sign and send a remote configuration to a site (docs/remote-config.md)
  edge-gateway core config-keygen --out core-config.key
                                            the core's config key pair (the .pub.pem goes to sites as uplink.configKey)
  edge-gateway --help | --version

Docs: README.md (config reference, topics, delivery guarantee), docs/errors.md (error codes).`;

export function fail(e: unknown): never {
  if (isGatewayError(e)) {
    process.stderr.write(`${e.code}: ${e.message}\n`);
    process.exit(e.code.startsWith('GW_CONFIG') || e.code === 'GW_SECRET_MISSING' ? 2 : 1);
  }
  process.stderr.write(`GW_INTERNAL: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
}

function configArg(args: string[]): string {
  const { values } = parseArgs({ args, options: { config: { type: 'string', short: 'c' } }, allowPositionals: false });
  if (!values.config) {
    process.stderr.write('missing --config FILE\n');
    process.exit(2);
  }
  return values.config;
}

async function run(file: string): Promise<void> {
  const localRaw = readConfigFile(file);
  const local = checkConfig(localRaw);
  const log = createLogger(local.log);
  // The site file, or the site file with a remote version over it (docs/remote-config.md); decided before anything starts.
  const remote = new RemoteConfigShell(localRaw, local, log);
  const config = remote.boot.config;
  log.level = config.log.level;
  const ctl = new Controller(config, log, process.env, remote.hooks());
  const systemd = new SystemdNotifier({ log });
  let statusTimer: NodeJS.Timeout | undefined;
  const stopInOrder = async () => {
    systemd.stopping();
    clearInterval(statusTimer);
    remote.stop();
    await ctl.stop();
    systemd.close();
  };
  // Before the start: the core's retained config can arrive at the first connect; it waits for remote.start().
  remote.attach(ctl, stopInOrder);
  systemd.start();
  await ctl.start();
  remote.start();
  systemd.ready(summary(ctl));
  statusTimer = setInterval(() => systemd.status(summary(ctl)), 10_000);
  statusTimer.unref();
  // SIGHUP (systemctl reload): re-read the file; a broken one is refused and the running config kept.
  process.on('SIGHUP', () => {
    try {
      ctl.reload(remote.reloadLocal(readConfigFile(file)));
    } catch (e) {
      const code = isGatewayError(e) ? e.code : 'GW_INTERNAL';
      log.error(
        { component: 'controller', code, file },
        `config reload refused, still running the previous config: ${(e as Error).message}`,
      );
    }
  });
  await stopOnSignals(stopInOrder, log);
}

/** One line for `systemctl status`: machines online, the uplink, the backlog. */
function summary(ctl: Controller): string {
  const s = ctl.status() as { uplink: { connected: boolean }; spool: { depth: number }; devices: { online?: boolean }[] };
  const online = s.devices.filter((d) => d.online).length;
  return (
    `${online}/${s.devices.length} machines online, core ` +
    `${s.uplink.connected ? 'connected' : 'unreachable'}, ${s.spool.depth} waiting in the spool`
  );
}

async function main(argv: string[]): Promise<void> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'run':
      return run(configArg(rest));
    case 'validate': {
      const file = configArg(rest);
      const cfg = loadConfig(file);
      process.stdout.write(`${file}: ok (site ${cfg.site.id}, ${cfg.devices.length} devices)\n`);
      return;
    }
    case 'hash-password': {
      const pw = rest[0] ?? (await readStdin()).replace(/\r?\n$/, '');
      if (!pw) {
        process.stderr.write('give a password as argument or on stdin\n');
        process.exit(2);
      }
      process.stdout.write(`${hashPassword(pw)}\n`);
      return;
    }
    case 'demo': {
      const { runDemo } = await import('./demo.ts');
      return runDemo(rest);
    }
    case 'simulate': {
      const { runSimulate } = await import('./simulate.ts');
      return runSimulate(rest);
    }
    case 'core': {
      if (rest[0] === 'push-config') return (await import('../../core/push-config.ts')).runPushConfig(rest.slice(1));
      if (rest[0] === 'config-keygen') return (await import('../../core/push-config.ts')).runConfigKeygen(rest.slice(1));
      if (rest[0] === 'fleet') return (await import('../../core/fleet/cli.ts')).runFleet(rest.slice(1));
      if (rest[0] !== 'consume') break;
      const { runConsumer } = await import('../../core/consume.ts');
      return runConsumer(rest.slice(1));
    }
    case 'config': {
      if (rest[0] !== 'show') break;
      const { runConfigShow } = await import('./config-show.ts');
      return runConfigShow(rest.slice(1));
    }
    case '--version':
      process.stdout.write(`${VERSION}\n`);
      return;
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(`${HELP}\n`);
      return;
  }
  process.stderr.write(`unknown command "${argv.join(' ')}"\n\n${HELP}\n`);
  process.exit(2);
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

main(process.argv.slice(2)).catch(fail);
