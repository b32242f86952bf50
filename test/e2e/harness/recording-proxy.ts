import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A GraphQL request that passed through the proxy: its operation name and its variables. */
export interface ProxiedOperation {
  operationName: string;
  variables: Record<string, unknown>;
}

/** A running recording proxy. */
export interface RecordingProxy {
  /** The proxy's origin, such as `http://127.0.0.1:41234`. */
  url: string;
  /** The GraphQL operations forwarded so far, oldest first. */
  operations: ProxiedOperation[];
  /** Stops listening and ends open connections. */
  close(): Promise<void>;
}

const loopbackHosts = new Set(['127.0.0.1', '[::1]', 'localhost']);
const operationPattern = /^\s*(?:query|mutation)\s+(\w+)/;

/**
 * Starts an HTTP proxy on 127.0.0.1 that forwards every request to `target`, a loopback origin
 * such as the simulator's, and records the operation name and variables of each GraphQL request.
 * Headers and other bodies are never recorded, so no credential reaches `operations`.
 */
export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const targetUrl = new URL(target);
  if (!loopbackHosts.has(targetUrl.hostname)) {
    throw new Error(`startRecordingProxy: ${target} is not a loopback origin.`);
  }
  const operations: ProxiedOperation[] = [];

  const server = createServer((incoming, outgoing) => {
    forward(incoming, outgoing, targetUrl, operations).catch((error: unknown) => {
      // A request the client dropped halfway is dropped here too.
      outgoing.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    operations,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function forward(
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  targetUrl: URL,
  operations: ProxiedOperation[],
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) {
    chunks.push(chunk as Buffer);
  }
  const body = Buffer.concat(chunks);
  const operation = graphqlOperation(body);
  if (operation) {
    operations.push(operation);
  }

  const forwarded = request(
    {
      host: targetUrl.hostname,
      port: targetUrl.port,
      method: incoming.method,
      path: incoming.url,
      headers: { ...incoming.headers, host: targetUrl.host },
    },
    (response) => {
      outgoing.writeHead(response.statusCode ?? 502, response.headers);
      response.pipe(outgoing);
    },
  );
  forwarded.on('error', (error) => {
    // The engine gets a connection error, as it would from an unreachable simulator.
    outgoing.destroy(error);
  });
  forwarded.end(body);
}

/** Returns the operation of a GraphQL request body, or null for any other body. */
function graphqlOperation(body: Buffer): ProxiedOperation | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || !('query' in parsed)) {
    return null;
  }
  const { query, variables } = parsed as { query: unknown; variables?: unknown };
  const name = typeof query === 'string' ? operationPattern.exec(query)?.[1] : undefined;
  if (!name) {
    return null;
  }
  const plainVariables =
    typeof variables === 'object' && variables !== null
      ? (variables as Record<string, unknown>)
      : {};
  return { operationName: name, variables: plainVariables };
}
