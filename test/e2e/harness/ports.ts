import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** Returns the kernel's ports for port 0 and outgoing connections, or Linux's default range. */
function ephemeralRange(): [number, number] {
  try {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8')
      .trim()
      .split(/\s+/)
      .map(Number);
    if (low && high) {
      return [low, high];
    }
  } catch {
    // Not Linux: the default range below is a fair guess.
  }
  return [32768, 60999];
}

/** Resolves true when a listener can bind `port` on `host`, and closes it again. */
function canBind(port: number, host: string): Promise<boolean> {
  const server = createServer();
  return new Promise((resolve) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      // A machine without IPv6 cannot bind ::1, and nothing else can take the port there.
      resolve(error.code === 'EADDRNOTAVAIL' || error.code === 'EAFNOSUPPORT');
    });
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/**
 * Returns a TCP port that was free on 127.0.0.1 and ::1 a moment ago, for a program that needs
 * its port before it starts (such as an OAuth callback URL). The port is drawn at random
 * below the kernel's ephemeral range, so no listener on port 0 and no outgoing connection of a
 * concurrent test can be given it before the caller binds it. Prefer port 0 and reading the
 * address for a server you start in-process.
 */
export async function freePort(): Promise<number> {
  const [ephemeralLow] = ephemeralRange();
  const low = 20_000;
  const high = Math.max(low + 1_000, ephemeralLow) - 1;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const port = low + Math.floor(Math.random() * (high - low + 1));
    if ((await canBind(port, '127.0.0.1')) && (await canBind(port, '::1'))) {
      return port;
    }
  }
  throw new Error(`freePort: no free port between ${low} and ${high} after 100 tries.`);
}
