// Which addresses and Host headers are this machine's own. A server bound to loopback without a token answers only
// requests whose Host is a loopback address or "localhost": a browser on this machine can be tricked by DNS rebinding
// (evil.example resolving to 127.0.0.1), and then it sends the attacker's name as Host.
import { isIP } from 'node:net';

/** True for literal loopback addresses only: 127.0.0.0/8, ::1 and IPv4-mapped 127.x ("localhost" is a name /etc/hosts could point anywhere). */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  // isIP accepts a zone ("::1%lo") but URL does not (it throws); no address with a zone is taken for loopback.
  if (h.includes('%')) return false;
  const family = isIP(h);
  if (family === 4) return h.split('.')[0] === '127';
  if (family === 6) {
    const norm = new URL(`http://[${h}]/`).hostname; // "[::1]", "[::ffff:7f00:1]"
    if (norm === '[::1]') return true;
    const mapped = /^\[::ffff:([0-9a-f]{1,4}):[0-9a-f]{1,4}\]$/.exec(norm);
    return mapped !== null && parseInt(mapped[1]!, 16) >> 8 === 127;
  }
  return false;
}

/** A request's Host header names this machine: a loopback address or "localhost", with or without a port. */
export function isLoopbackHostHeader(hostHeader: string): boolean {
  const name = hostOnly(hostHeader);
  return name === 'localhost' || isLoopbackHost(name);
}

/** The Host header without its port ("[::1]:8080" -> "[::1]", "gw:80" -> "gw"; a bare IPv6 address is left whole). */
function hostOnly(hostHeader: string): string {
  const h = hostHeader.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  const colon = h.lastIndexOf(':');
  return colon >= 0 && h.indexOf(':') === colon ? h.slice(0, colon) : h;
}
