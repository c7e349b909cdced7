// The README's "Installing on a site" on a real Debian host with systemd 252 as PID 1 (a systemd-nspawn container over a
// debootstrapped bookworm): steps 2 to 4 are read from README.md and run as written; step 1 is replaced by copying this
// checkout with its node_modules to /opt/edge-gateway and the host's Node 20+ to /usr/bin/node (the container has no
// network; bookworm's own nodejs is 18). The core is Debian's mosquitto inside the container on 127.0.0.1:1884, where
// the README's example config points. Then what a site engineer would notice: the unit is active with its STATUS=
// line, machines log in (one with a password that only reaches the service as a systemd credential) and a sale reaches
// the core, `systemctl reload` adds a machine, an invalid file is refused and the gateway keeps running, a frozen
// gateway is restarted by the watchdog, and `systemctl stop` leaves the site marked offline at the core.
//
// Run: `npm run test:host` (root; Debian's mirror the first time, to build the cached root filesystem).
import assert from 'node:assert/strict';
import { chmodSync, cpSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pb } from '../../proto/index.ts';
import { REPO } from '../../harness/gateway.ts';
import { sleep } from '../../harness/wait.ts';
import { Container, rootfs, type Run } from './container.ts';

const OPT = '/opt/edge-gateway';
const CONFIG = '/etc/edge-gateway/config.json';
const SITE = 'mo-nam-van-01';
const README_PASSWORD = '...'; // the README's secrets.env lines, taken as written
const LOCK_PASSWORD = 'lock-01 password from a credential';
const SALE = {
  txId: 'HOST-1',
  time: '2026-12-01T09:30:00Z',
  type: 'sale',
  items: [{ sku: 'FORM-A12', qty: 2, unitPrice: 500 }],
  total: 1000,
  currency: 'MOP',
  payment: 'cash',
};

/** The ```sh blocks of the README's install section, in order. */
function installBlocks(): string[] {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const start = readme.indexOf('## Installing on a site');
  const end = readme.indexOf('\n## ', start + 1);
  assert.ok(start >= 0 && end > start, 'README has an "Installing on a site" section');
  return [...readme.slice(start, end).matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!.replace(/^ {3}/gm, ''));
}

function block(blocks: string[], marker: string): string {
  const found = blocks.filter((b) => b.includes(marker));
  assert.equal(found.length, 1, `one README install block contains "${marker}"`);
  return found[0]!;
}

function ok(r: Run, what: string): string {
  assert.equal(r.status, 0, `${what}: exit ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

async function until<T>(what: string, timeoutMs: number, probe: () => T | undefined): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = probe();
    if (last !== undefined) return last;
    await sleep(250);
  }
  throw new Error(`${what}: not within ${timeoutMs} ms`);
}

describe('the README install on a real systemd (PID 1 in a container)', () => {
  let host: Container;
  const figures: Record<string, string> = {};
  const blocks = installBlocks();

  const sh = (cmd: string, timeoutMs = 60_000) => host.exec(cmd, timeoutMs, OPT);
  // The README's commands as written; `sudo` is the identity in a container where everything runs as root.
  const readme = (text: string, timeoutMs = 120_000) => {
    const r = sh(`set -e; sudo() { "$@"; }\n${text}`, timeoutMs);
    if (r.status !== 0) r.stderr += `\n--- journalctl -u edge-gateway:\n${sh('journalctl -u edge-gateway -n 15 -o cat --no-pager').stdout}`;
    return ok(r, `README block:\n${text}`);
  };
  const prop = (name: string) => sh(`systemctl show -p ${name} --value edge-gateway`).stdout.trim();
  const journal = () => sh('journalctl -u edge-gateway -o cat --no-pager').stdout;
  const device = (id: string, password: string, topic: string, payload: unknown) =>
    host.inNet(
      [
        'mosquitto_pub',
        '-h',
        '127.0.0.1',
        '-p',
        '1883',
        '-V',
        'mqttv311',
        '-i',
        id,
        '-u',
        id,
        '-P',
        password,
        '-q',
        '1',
        '-t',
        topic,
        '-m',
        JSON.stringify(payload),
      ],
      20_000,
    );
  const core = (args: string[], timeoutMs = 30_000) =>
    host.inNet(['mosquitto_sub', '-h', '127.0.0.1', '-p', '1884', '-V', 'mqttv311', ...args], timeoutMs);
  const siteStatus = () => {
    const hex = ok(core(['-t', `gov/v1/site/${SITE}/status`, '-C', '1', '-W', '10', '-F', '%x']), 'retained site status').trim();
    return pb.SiteStatus.decode(Buffer.from(hex, 'hex'));
  };

  before(async () => {
    const made = rootfs();
    figures.debootstrap = made.seconds === 0 ? 'cached' : `${made.seconds.toFixed(0)} s`;
    host = new Container(made.dir);
    host.prepare();
    const t0 = Date.now();
    // Step 1, replaced: the code (this working tree, with node_modules; dist/ is built inside, as npm ci would) and Node.
    const opt = join(host.root, OPT.slice(1));
    cpSync(REPO, opt, {
      recursive: true,
      verbatimSymlinks: true, // node_modules/.bin links stay relative
      filter: (src) => !/^(\.git|test-output|state|dist|scratch|bench\/results)(\/|$)/.test(src.slice(REPO.length + 1)),
    });
    // `sudo git clone` makes /opt/edge-gateway 0755 (root's umask); cpSync would copy this checkout's own top-level mode, and
    // a checkout in a 0700 folder (mktemp -d, as CI clones) would lock the service's dynamic user out of its code.
    chmodSync(opt, 0o755);
    copyFileSync(process.execPath, join(host.root, 'usr/bin/node'));
    // The core: Debian's mosquitto on the port the README's example config names (its default listener is replaced).
    writeFileSync(
      join(host.root, 'etc/mosquitto/conf.d/core.conf'),
      'listener 1884 127.0.0.1\nallow_anonymous true\nmax_queued_messages 0\n',
    );
    mkdirSync(join(host.root, 'root'), { recursive: true });
    figures.copy = `${((Date.now() - t0) / 1000).toFixed(1)} s`;
    const t1 = Date.now();
    await host.boot();
    figures.boot = `${((Date.now() - t1) / 1000).toFixed(1)} s`;
    ok(sh('node scripts/build.mjs', 120_000), 'build dist/ (what npm ci runs as "prepare")');
    ok(sh('systemctl is-active mosquitto'), 'the core broker runs');
  });

  after(async () => {
    if (host) {
      if (process.env.EDGE_GATEWAY_HOST_KEEP_LOG) process.stdout.write(journal());
      await host.destroy();
    }
    process.stdout.write(`# figures: ${JSON.stringify(figures)}\n`);
  });

  it("on this fresh Debian, npm test's pretest stops at once with the one command that installs what the tests need", () => {
    // As a user who cannot install (root would install them; this container has no network to do so).
    const r = sh('setpriv --reuid=65534 --regid=65534 --clear-groups bash scripts/debian-deps.sh test', 30_000);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    const command = /^ {2}sudo (apt-get install -y --no-install-recommends .+)$/m.exec(r.stderr)?.[1];
    assert.ok(command, r.stderr);
    const listed = ok(sh('bash scripts/debian-deps.sh --list test'), 'the list').trim().split(' ');
    const named = command.split(' ').slice(4);
    assert.ok(
      named.includes('chromium') && named.includes('protobuf-compiler') && !named.includes('mosquitto'),
      `only what is missing: ${command}`,
    );
    assert.ok(named.every((p) => listed.includes(p)));
  });

  it('steps 2 to 4 as written: the unit starts (Type=notify) and reports its STATUS= line', async () => {
    readme(block(blocks, 'install -d -m 0755 /etc/edge-gateway'));
    // "then edit": lock-01's password comes from a file that only root can read, handed over as a credential.
    const cfg = JSON.parse(readFileSync(join(host.root, CONFIG.slice(1)), 'utf8'));
    const lock = cfg.devices.find((d: { id: string }) => d.id === 'lock-01');
    delete lock.passwordEnv;
    lock.passwordFile = 'credential:lock-01.password';
    writeFileSync(join(host.root, CONFIG.slice(1)), JSON.stringify(cfg, null, 2));
    readme(block(blocks, '/etc/edge-gateway/secrets.env'));
    writeFileSync(join(host.root, OPT.slice(1), 'lock-01.password'), `${LOCK_PASSWORD}\n`);
    readme(block(blocks, 'LoadCredential=').replaceAll('uplink.key', 'lock-01.password'));
    const t0 = Date.now();
    readme(block(blocks, 'systemctl enable --now edge-gateway'));
    figures.enableNow = `${((Date.now() - t0) / 1000).toFixed(1)} s`;
    assert.equal(prop('ActiveState'), 'active');
    assert.equal(sh('stat -c %a /etc/edge-gateway').stdout.trim(), '755');
    const status = await until('STATUS= says the core is connected', 30_000, () => {
      const s = prop('StatusText');
      return /core connected/.test(s) ? s : undefined;
    });
    assert.match(status, /^\d\/3 machines online, core connected, \d+ waiting in the spool$/);
    figures.security = sh('systemd-analyze security edge-gateway --no-pager | tail -1').stdout.trim();
  });

  it('machines log in (one by a credential) and a sale reaches the core', async () => {
    // A persistent subscription at the core first, so the forwarded sale waits there for the check.
    const topic = `gov/v1/site/${SITE}/vend-01/tx`;
    core(['-c', '-i', 'host-check', '-q', '1', '-t', topic, '-W', '1']);
    ok(device('vend-01', README_PASSWORD, 'devices/vend-01/tx', SALE), 'vend-01 (secrets.env) publishes a sale, PUBACKed');
    ok(
      device('lock-01', LOCK_PASSWORD, 'devices/lock-01/state', { online: true, mode: 'in_service' }),
      'lock-01 logs in with the credential',
    );
    const hex = ok(
      core(['-c', '-i', 'host-check', '-q', '1', '-t', topic, '-C', '1', '-W', '20', '-F', '%x']),
      'the sale at the core',
    ).trim();
    assert.equal(pb.Envelope.decode(Buffer.from(hex, 'hex')).deviceTxId, 'HOST-1');
    assert.notEqual(device('lock-01', 'wrong', 'devices/lock-01/state', { online: true }).status, 0, 'a wrong password is refused');
    assert.equal(siteStatus().online, true);
  });

  it('systemctl reload adds a machine; an invalid file is refused and the running config kept', async () => {
    const pid = prop('MainPID');
    const file = join(host.root, CONFIG.slice(1));
    const good = JSON.parse(readFileSync(file, 'utf8'));
    good.devices.push({ id: 'vend-02', kind: 'vending', transport: 'mqtt', passwordEnv: 'VEND01_PASSWORD' });
    writeFileSync(file, JSON.stringify(good, null, 2));
    ok(sh('systemctl reload edge-gateway'), 'reload');
    await until('STATUS= counts 4 machines', 20_000, () => (/\/4 machines/.test(prop('StatusText')) ? true : undefined));
    ok(device('vend-02', README_PASSWORD, 'devices/vend-02/state', { online: true }), 'the added machine logs in');
    assert.equal(prop('MainPID'), pid, 'reloaded in place');

    writeFileSync(file, JSON.stringify({ ...good, uplnk: {} }));
    ok(sh('systemctl reload edge-gateway'), 'reload of an invalid file');
    await until('the refusal is in the journal', 20_000, () => (/GW_CONFIG_INVALID[\s\S]*uplnk/.test(journal()) ? true : undefined));
    assert.equal(prop('ActiveState'), 'active');
    assert.equal(prop('MainPID'), pid, 'still the same process');
    assert.match(prop('StatusText'), /\/4 machines/, 'the running config is kept');
    writeFileSync(file, JSON.stringify(good, null, 2));
  });

  it('a frozen gateway (SIGSTOP) is restarted by the watchdog', async () => {
    const pid = prop('MainPID');
    const t0 = Date.now();
    ok(sh('systemctl kill --kill-who=main -s SIGSTOP edge-gateway'), 'freeze the gateway');
    // WatchdogSec=30, then the abort, RestartSec=2 and a new start: well inside 120 s.
    await until('a new main process after the watchdog fired', 120_000, () => {
      const now = prop('MainPID');
      return now !== pid && now !== '0' && prop('ActiveState') === 'active' && /core connected/.test(prop('StatusText')) ? now : undefined;
    });
    figures.watchdogRestart = `${((Date.now() - t0) / 1000).toFixed(1)} s`;
    assert.match(journal() + sh('journalctl -u edge-gateway --no-pager').stdout, /[Ww]atchdog timeout/);
  });

  it('systemctl stop marks the site offline at the core', async () => {
    ok(sh('systemctl stop edge-gateway', 60_000), 'stop');
    assert.equal(prop('ActiveState'), 'inactive');
    assert.equal(prop('Result'), 'success', 'a clean stop, not a kill after TimeoutStopSec');
    assert.equal(siteStatus().online, false);
  });
});
