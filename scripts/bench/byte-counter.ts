import { connect, createServer, type Server, type Socket } from 'node:net';

/** Bytes that passed through the proxy since the last reset, HTTP headers included. */
export interface ByteCounts {
  /** From the engine to the simulator. */
  sent: number;
  /** From the simulator to the engine. */
  received: number;
}

export interface ByteCountingProxy {
  /** Base URL the engine uses instead of the simulator's. */
  url: string;
  counts(): ByteCounts;
  reset(): void;
  close(): Promise<void>;
}

/**
 * Starts a TCP proxy on 127.0.0.1 in front of a local port and counts the bytes in each
 * direction, so the engine's traffic is measured on the wire without changing the engine.
 */
export async function startByteCountingProxy(targetPort: number): Promise<ByteCountingProxy> {
  const counts: ByteCounts = { sent: 0, received: 0 };
  const sockets = new Set<Socket>();

  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('data', (chunk: Buffer) => {
      counts.sent += chunk.length;
    });
    upstream.on('data', (chunk: Buffer) => {
      counts.received += chunk.length;
    });
    client.pipe(upstream);
    upstream.pipe(client);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}`,
    counts: () => ({ ...counts }),
    reset: () => {
      counts.sent = 0;
      counts.received = 0;
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) {
          socket.destroy();
        }
        server.close(() => resolve());
      }),
  };
}
