// systemd's notification protocol (sd_notify): READY=1 once the gateway listens, STATUS= lines for `systemctl status`,
// WATCHDOG=1 while the event loop turns, STOPPING=1 when it begins to stop. Only when systemd asks for it (NOTIFY_SOCKET
// set, as for Type=notify); otherwise nothing happens.
//
// Node cannot send AF_UNIX datagrams, so a relay carries them: perl, whose Socket module is in perl-base, an Essential
// package on every Debian. The relay is started once and lives as long as the gateway: systemd attributes a message to a
// unit by the sender's cgroup, which it can no longer read once the sender has exited, and that is the race that makes
// calling `systemd-notify` per message unreliable on systemd 252 (its --pid and --exec, which fix it, came later). The
// unit sets NotifyAccess=all so that a message from the relay, a child of the main process, counts. Each line written
// to the relay's stdin becomes one datagram; when the gateway dies, stdin closes and the relay exits.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Logger } from 'pino';

const RELAY = String.raw`
use strict; use Socket;
my $path = $ENV{NOTIFY_SOCKET}; $path =~ s/^@/\0/;
socket(my $s, AF_UNIX, SOCK_DGRAM, 0) or die "socket: $!\n";
my $to = pack_sockaddr_un($path);
while (my $line = <STDIN>) { chomp $line; send($s, $line, 0, $to) or print STDERR "send: $!\n"; }
`;

export interface NotifyOptions {
  env?: NodeJS.ProcessEnv;
  log: Pick<Logger, 'warn' | 'info'>;
  /** The perl to run; default "perl" from PATH. */
  perl?: string;
}

export class SystemdNotifier {
  private readonly options: NotifyOptions;
  private readonly env: NodeJS.ProcessEnv;
  private readonly socket: string | undefined;
  private relay: ChildProcess | undefined;
  private watchdog: NodeJS.Timeout | undefined;
  private respawn: NodeJS.Timeout | undefined;
  private stopped = false;
  private lastStatus = '';

  constructor(opts: NotifyOptions) {
    this.options = opts;
    this.env = opts.env ?? process.env;
    this.socket = this.env.NOTIFY_SOCKET || undefined;
  }

  /** Starts the relay and, when systemd set a watchdog for this process, the pings at half its interval. */
  start(): void {
    if (!this.socket) return;
    this.spawnRelay();
    const usec = Number(this.env.WATCHDOG_USEC);
    const forUs = this.env.WATCHDOG_PID === undefined || Number(this.env.WATCHDOG_PID) === process.pid;
    if (Number.isFinite(usec) && usec > 0 && forUs) {
      // From the event loop itself: a gateway whose loop is stuck stops pinging, and systemd restarts it.
      this.watchdog = setInterval(() => this.send('WATCHDOG=1'), Math.max(50, Math.floor(usec / 2000)));
      this.watchdog.unref();
    }
  }

  ready(status: string): void {
    this.send('READY=1');
    this.status(status);
  }

  /** A one-line summary for `systemctl status`; sent only when it changed (or did not get through before). */
  status(text: string): void {
    const line = text.replace(/[\r\n]+/g, ' ');
    if (line === this.lastStatus) return;
    if (this.send(`STATUS=${line}`)) this.lastStatus = line;
  }

  /** Says the gateway is stopping; the relay stays until close(). */
  stopping(): void {
    this.send('STOPPING=1');
  }

  close(): void {
    this.stopped = true;
    if (this.watchdog) clearInterval(this.watchdog);
    if (this.respawn) clearTimeout(this.respawn);
    this.relay?.stdin?.end();
    this.relay = undefined;
  }

  /** Hands one datagram to the relay; false when there is none to take it. */
  private send(line: string): boolean {
    const stdin = this.relay?.stdin;
    if (!stdin?.writable) return false;
    stdin.write(`${line}\n`);
    return true;
  }

  private spawnRelay(): void {
    const relay = spawn(this.options.perl ?? 'perl', ['-e', RELAY], {
      stdio: ['pipe', 'ignore', 'pipe'],
      env: { NOTIFY_SOCKET: this.socket, PATH: process.env.PATH },
    });
    this.relay = relay;
    relay.stdin!.on('error', () => undefined); // EPIPE after the relay died: handled by 'exit'
    relay.stderr!.setEncoding('utf8');
    relay.stderr!.on('data', (text: string) =>
      this.options.log.warn({ component: 'systemd', code: 'GW_NOTIFY', err: text.trim() }, 'systemd notification relay'),
    );
    relay.on('error', (e) =>
      this.options.log.warn(
        { component: 'systemd', code: 'GW_NOTIFY', err: e.message },
        'cannot start the systemd notification relay (perl): systemd will not see the gateway ready',
      ),
    );
    relay.on('exit', (code, signal) => {
      if (this.stopped || this.relay !== relay) return;
      this.relay = undefined;
      this.options.log.warn(
        { component: 'systemd', code: 'GW_NOTIFY', exitCode: code, signal },
        'systemd notification relay exited; starting it again in 5 s',
      );
      this.respawn = setTimeout(() => {
        this.respawn = undefined;
        if (!this.stopped) this.spawnRelay();
      }, 5000);
      this.respawn.unref();
    });
  }
}
