// Loopback ports chosen by the OS, so parallel test files never collide on a hard-coded number.
// The port is released before the caller binds it; another process could take it in between, but on a
// test machine that window is microseconds wide, and binding fails loudly (EADDRINUSE) rather than silently.
import net from 'node:net';

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error(`freePort: unexpected address ${String(address)}`);
  return address.port;
}

/** True when something accepts a TCP connection on 127.0.0.1:port within timeoutMs. Never throws. */
export function canConnect(port: number, timeoutMs = 250): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (ok: boolean): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
