import type { RequestLogEntry } from '../server/request-log.ts';
import type { RunningSimulator } from '../server/start.ts';

/** Formats the start message: the base URL and the fake credentials to sign in with. */
export function formatBanner(simulator: RunningSimulator, siteHostNames: string[]): string {
  const { options } = simulator;
  return [
    `Atlassian Cloud simulator running at ${simulator.url}`,
    `  user email:          ${options.userEmail}`,
    `  API token:           ${options.apiToken}`,
    `  OAuth client id:     ${options.clientId}`,
    `  OAuth client secret: ${options.clientSecret}`,
    `  callback URL:        ${options.callbackUrl}`,
    `  sites:               ${siteHostNames.join(', ')}`,
    `Point Atlassify at it with ATLASSIFY_ATLASSIAN_BASE_URL=${simulator.url}`,
  ].join('\n');
}

/** Formats one request-log entry; entries contain no tokens, codes or bodies. */
export function formatRequest(entry: RequestLogEntry): string {
  const operation = entry.operationName ? ` ${entry.operationName}` : '';
  return `${entry.at} ${entry.method} ${entry.path}${operation} -> ${entry.status} (${entry.authKind})`;
}
