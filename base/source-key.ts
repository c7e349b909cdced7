// What a connection is counted by, wherever connections are limited or guesses are counted: the device broker's socket
// caps and login back-off (protocols/mqtt/socket-guard.ts) and the status server's sockets and wrong tokens
// (gateway/status/). One key for both, so one host cannot walk past either limit by changing its address.
import { isIPv4, isIPv6 } from 'node:net';

/**
 * IPv4 (IPv4-mapped too) by address, IPv6 by its /64. A link-local peer's address carries its zone ("fe80::1%eth0"),
 * which is dropped (every link-local peer is then one source, fe80::/64). Never throws: it runs on every new socket.
 */
export function sourceKey(address: string | undefined): string {
  if (!address) return 'unknown';
  const zone = address.indexOf('%');
  const a = (zone >= 0 ? address.slice(0, zone) : address).toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) return mapped[1]!;
  if (isIPv4(a)) return a;
  if (!isIPv6(a)) return 'unknown';
  const groups = new URL(`http://[${a}]/`).hostname.slice(1, -1).split(':');
  // Expand "::" so the first four groups are the /64.
  const gap = groups.indexOf('');
  const full =
    gap < 0
      ? groups
      : [
          ...groups.slice(0, gap),
          ...Array(8 - groups.filter((g) => g !== '').length).fill('0'),
          ...groups.slice(gap).filter((g) => g !== ''),
        ];
  return `${full.slice(0, 4).join(':')}::/64`;
}
