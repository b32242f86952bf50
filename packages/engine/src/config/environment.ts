import { homedir } from 'node:os';
import { join } from 'node:path';

import { ErrorCode, InputError } from '../errors/atlassify-error.ts';
import {
  type AtlassianEndpoints,
  atlassianCloudEndpoints,
  endpointsForBaseUrl,
} from './endpoints.ts';

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Reads `ATLASSIFY_ATLASSIAN_BASE_URL`. Plain http is accepted only for loopback hosts, because
 * its one use is the local simulator.
 */
export function endpointsFromEnvironment(env: NodeJS.ProcessEnv = process.env): AtlassianEndpoints {
  const raw = env.ATLASSIFY_ATLASSIAN_BASE_URL?.trim();
  if (!raw) {
    return atlassianCloudEndpoints;
  }

  let url: URL;
  try {
    url = new URL(raw);
  } catch (error) {
    throw new InputError(
      ErrorCode.invalidInput,
      `ATLASSIFY_ATLASSIAN_BASE_URL is not a URL: "${raw}".`,
      {
        hint: 'Set it to the simulator URL it prints, such as http://127.0.0.1:4010, or unset it.',
        cause: error,
      },
    );
  }

  const isHttp = url.protocol === 'http:';
  if (!isHttp && url.protocol !== 'https:') {
    throw new InputError(
      ErrorCode.invalidInput,
      `ATLASSIFY_ATLASSIAN_BASE_URL must use http or https: "${raw}".`,
      {
        hint: 'Set it to the simulator URL it prints, such as http://127.0.0.1:4010, or unset it.',
      },
    );
  }
  if (isHttp && !loopbackHosts.has(url.hostname)) {
    throw new InputError(
      ErrorCode.invalidInput,
      `ATLASSIFY_ATLASSIAN_BASE_URL may use plain http only on 127.0.0.1, ::1 or localhost: "${raw}".`,
      { hint: 'Use https, or point it at a simulator on this machine.' },
    );
  }

  return endpointsForBaseUrl(url.href);
}

/** Log levels `ATLASSIFY_LOG_LEVEL` accepts: pino's levels, quietest last. */
export const logLevels = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

/**
 * Reads `ATLASSIFY_LOG_LEVEL`, or returns `fallback` when it is unset or blank. Throws
 * INVALID_INPUT naming the value for anything that is not a log level, such as a typo.
 */
export function logLevelFromEnvironment(
  fallback: LogLevel,
  env: NodeJS.ProcessEnv = process.env,
): LogLevel {
  const raw = env.ATLASSIFY_LOG_LEVEL?.trim();
  if (!raw) {
    return fallback;
  }
  const level = logLevels.find((candidate) => candidate === raw.toLowerCase());
  if (!level) {
    throw new InputError(
      ErrorCode.invalidInput,
      `ATLASSIFY_LOG_LEVEL is "${raw}", which is not a log level.`,
      {
        hint: 'Set it to debug, info, warn or error (or trace, fatal or silent), or unset it.',
        details: { variable: 'ATLASSIFY_LOG_LEVEL' },
      },
    );
  }
  return level;
}

/**
 * Returns the folder for all non-secret state: `ATLASSIFY_HOME`, else the platform's config folder.
 */
export function stateHomeFromEnvironment(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.ATLASSIFY_HOME?.trim();
  if (override) {
    return override;
  }

  if (process.platform === 'darwin') {
    return join(homedir(), 'Library', 'Application Support', 'Atlassify');
  }
  if (process.platform === 'win32') {
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Atlassify');
  }
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'atlassify');
}
