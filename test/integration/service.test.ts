// Running as a real service (issue 8): the systemd unit verifies; the gateway as the unit runs it (built JavaScript, the
// unit's flags); systemd notifications. TLS and live reload are in service-tls.test.ts.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pb } from '../../proto/index.ts';
import { listenCore } from '../../harness/core-listener.ts';
import { connectDevice, publishJson } from '../../harness/device.ts';
import { REPO, startGateway } from '../../harness/gateway.ts';
import { startMosquitto, type Mosquitto } from '../../harness/mosquitto.ts';
import { tempDir, type TempDir } from '../../harness/tmp.ts';
import { unitCommands } from '../../harness/unit.ts';
import { trackChild, untrackChild } from '../../harness/child-reaper.ts';
import { sleep, waitFor } from '../../harness/wait.ts';
import { vendingSale } from '../../harness/sale.ts';

const SALE = vendingSale('V-1', { qty: 2 });

it('systemd unit passes systemd-analyze verify', () => {
  execFileSync('systemd-analyze', ['verify', join(REPO, 'systemd', 'edge-gateway.service')], { stdio: 'pipe' });
  const unit = readFileSync(join(REPO, 'systemd', 'edge-gateway.service'), 'utf8');
  for (const line of [
    'Type=notify',
    'NotifyAccess=all',
    'WatchdogSec=',
    'ProtectSystem=strict',
    'NoNewPrivileges=yes',
    'StateDirectory=edge-gateway',
    'ConfigurationDirectory=edge-gateway',
    'Restart=on-failure',
    'CapabilityBoundingSet=',
  ]) {
    assert.ok(unit.includes(line), line);
  }
  assert.ok(!/^MemoryDenyWriteExecute=/m.test(unit), 'V8 needs W+X memory');
  assert.match(unit, /^ExecStartPre=.*validate --config/m);
});

describe('the service as the unit runs it', () => {
  let tmp: TempDir;
  let core: Mosquitto;
  let outdir: string;

  before(async () => {
    tmp = await tempDir('eg-unit-');
    core = await startMosquitto();
    // A fresh build of this checkout, where the unit's dist/ would be (inside the package: the code finds its
    // package.json and status page from there).
    outdir = join(REPO, 'test-output', `dist-${process.pid}`);
    execFileSync(process.execPath, [join(REPO, 'scripts', 'build.mjs'), '--outdir', outdir], { stdio: 'pipe' });
  });
  after(async () => {
    await core?.stop();
    await tmp?.cleanup();
    if (outdir) rmSync(outdir, { recursive: true, force: true });
  });

  it(
    "ExecStartPre validates and ExecStart runs the built JavaScript with the unit's flags: a sale " +
      'reaches the core, the page is served',
    async () => {
      const listener = await listenCore(core.url, ['gov/v1/site/mo-unit-01/#']);
      const built = (root: string) => unitCommands(root).start;
      const unit = unitCommands(REPO);
      const script = join(outdir, 'edge-gateway.mjs');
      assert.equal(unit.start.script, join(REPO, 'dist', 'edge-gateway.mjs'), 'the unit runs the built bundle');
      assert.ok(
        unit.start.nodeArgs.every((a) => !a.includes('tsx')),
        'no TypeScript loader in the service',
      );
      const gw = await startGateway({
        dir: tmp.path,
        coreUrl: core.url,
        siteId: 'mo-unit-01',
        devices: [{ id: 'vend-01', kind: 'vending', password: 'pw' }],
        command: { script, nodeArgs: built(REPO).nodeArgs },
      });
      try {
        const pre = unitCommands(REPO, gw.configPath).pre;
        const validated = execFileSync(process.execPath, [...pre.nodeArgs, script, ...pre.args], { env: gw.env, encoding: 'utf8' });
        assert.match(validated, /: ok \(site mo-unit-01, 1 devices\)/);
        await gw.child.waitForJsonLog((l) => l.msg === 'connected to core', 15_000);
        const dev = await connectDevice(gw.brokerUrl, 'vend-01', 'pw');
        await publishJson(dev, 'devices/vend-01/tx', { ...SALE, txId: 'UNIT-1' });
        await listener.waitFor(
          (m) => m.topic === 'gov/v1/site/mo-unit-01/vend-01/tx' && pb.Envelope.decode(m.payload).deviceTxId === 'UNIT-1',
          10_000,
        );
        await dev.endAsync(true);
        const page = await fetch(`http://127.0.0.1:${gw.httpPort}/`);
        assert.equal(page.status, 200);
        assert.match(await page.text(), /<script src="\/status.js"/);
        const status = (await (await fetch(`http://127.0.0.1:${gw.httpPort}/api/status`)).json()) as { version: string };
        assert.equal(status.version, JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version);
      } finally {
        await gw.stop();
        await listener.close();
      }
      assert.ok(
        !gw.child.lines().some((l) => l.stream === 'stderr' && /Error/.test(l.text)),
        gw.child
          .lines()
          .filter((l) => l.stream === 'stderr')
          .map((l) => l.text)
          .join('\n'),
      );
    },
  );
});

// What systemd's notify socket receives, with the same protocol systemd reads: one AF_UNIX datagram per message.
// (Node cannot bind such a socket; perl, from Debian's Essential perl-base, can.)
const RECEIVER = String.raw`
use strict; use Socket; use IO::Handle; STDOUT->autoflush(1);
socket(my $s, AF_UNIX, SOCK_DGRAM, 0) or die "socket: $!";
bind($s, pack_sockaddr_un($ARGV[0])) or die "bind: $!";
print "listening\n";
while (defined(recv($s, my $msg, 4096, 0))) { print "$msg\n"; }
`;

interface NotifySocket {
  path: string;
  lines: string[];
  close(): Promise<void>;
}

async function notifySocket(path: string): Promise<NotifySocket> {
  const child = spawn('perl', ['-e', RECEIVER, path], { stdio: ['ignore', 'pipe', 'inherit'] });
  trackChild(child.pid!);
  const lines: string[] = [];
  let partial = '';
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
  });
  await waitFor(() => lines.includes('listening'), { timeoutMs: 10_000, what: 'notify socket bound' });
  return {
    path,
    lines,
    async close() {
      process.kill(child.pid!, 'SIGKILL');
      await new Promise((r) => child.once('exit', r));
      untrackChild(child.pid!);
    },
  };
}

describe('systemd notifications (Type=notify)', () => {
  let tmp: TempDir;
  let core: Mosquitto;

  before(async () => {
    tmp = await tempDir('eg-notify-');
    core = await startMosquitto();
  });
  after(async () => {
    await core?.stop();
    await tmp?.cleanup();
  });

  it('READY=1 once machines can connect, a STATUS line, WATCHDOG=1 only while the event loop turns, STOPPING=1 on SIGTERM', async () => {
    const sock = await notifySocket(join(tmp.path, 'notify.sock'));
    const gw = await startGateway({
      dir: tmp.path,
      coreUrl: core.url,
      siteId: 'mo-notify-01',
      devices: [{ id: 'vend-01', kind: 'vending', password: 'pw' }],
      env: { NOTIFY_SOCKET: sock.path, WATCHDOG_USEC: '200000' },
    });
    try {
      await waitFor(() => sock.lines.includes('READY=1'), { timeoutMs: 15_000, what: 'READY=1' });
      const dev = await connectDevice(gw.brokerUrl, 'vend-01', 'pw'); // ready means ready: machines can connect
      await dev.endAsync(true);
      const status = sock.lines.find((l) => l.startsWith('STATUS='));
      assert.match(status ?? '', /^STATUS=\d+\/1 machines online, core (connected|unreachable), \d+ waiting in the spool$/);
      const pings = () => sock.lines.filter((l) => l === 'WATCHDOG=1').length;
      await waitFor(() => pings() >= 3, { timeoutMs: 10_000, what: 'watchdog pings' });
      // A gateway whose event loop is stuck (frozen here with SIGSTOP) stops pinging: systemd would restart it.
      gw.child.kill('SIGSTOP');
      await sleep(300);
      const frozen = pings();
      await sleep(700);
      assert.equal(pings(), frozen, 'no watchdog ping while the process is frozen');
      gw.child.kill('SIGCONT');
      await waitFor(() => pings() > frozen, { timeoutMs: 10_000, what: 'pings resume' });
      gw.child.kill('SIGTERM');
      const exit = await gw.child.exited;
      assert.equal(exit.code, 0);
      assert.ok(sock.lines.includes('STOPPING=1'), 'STOPPING=1 sent before the exit');
      assert.ok(sock.lines.indexOf('STOPPING=1') > sock.lines.indexOf('READY=1'));
    } finally {
      await gw.stop();
      await sock.close();
    }
  });

  it('without NOTIFY_SOCKET nothing is sent and no relay runs', async () => {
    mkdirSync(join(tmp.path, 'plain'));
    const gw = await startGateway({
      dir: join(tmp.path, 'plain'),
      coreUrl: core.url,
      siteId: 'mo-notify-02',
      devices: [{ id: 'vend-01', kind: 'vending', password: 'pw' }],
      env: { NOTIFY_SOCKET: '' },
    });
    try {
      const children = execFileSync('ps', ['-e', '-o', 'ppid=,comm='], { encoding: 'utf8' })
        .split('\n')
        .map((l) => l.trim().split(/\s+/))
        .filter(([ppid]) => Number(ppid) === gw.child.pid)
        .map(([, comm]) => comm);
      assert.ok(!children.includes('perl'), `children: ${children.join(', ')}`);
    } finally {
      await gw.stop();
    }
  });
});
