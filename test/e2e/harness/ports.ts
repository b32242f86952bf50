import { createServer } from 'node:net';

/**
 * Returns a TCP port that was free on `host` a moment ago: the kernel picks it for a listener
 * on port 0, which is then closed. Another process can take the port before the caller binds
 * it, so prefer passing port 0 to a server you start in-process and reading its address.
 */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, resolve);
  });

  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') {
    throw new Error(`freePort: the listener on ${host} reported no TCP port.`);
  }
  return address.port;
}
