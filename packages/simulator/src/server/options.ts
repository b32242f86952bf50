import { DEFAULT_TOKEN_LENGTH } from '../auth/secrets.ts';
import { InvalidOptionError } from '../errors.ts';
import type { RequestLogEntry } from './request-log.ts';

/** Options of `startSimulator`. Every field has a default. */
export interface SimulatorOptions {
  /** TCP port; 0 picks a free one. Default 0. */
  port?: number;
  /** Address to bind. Default `127.0.0.1`. */
  host?: string;
  /** Email of the demo account. Default `demo@atlassify.test`. */
  userEmail?: string;
  /** API token of the demo account. A fake that is printed on start. Default `demo-api-token`. */
  apiToken?: string;
  clientId?: string;
  /** Secret of the simulated OAuth app. A fake that is printed on start. */
  clientSecret?: string;
  /** The OAuth app's one registered callback URL. Default `http://localhost:3000/callback`. */
  callbackUrl?: string;
  /** Approve `/authorize` at once, without the consent page. Default false. */
  autoConsent?: boolean;
  /** Lifetime of OAuth access tokens, in seconds. Default 3600, as Atlassian's. */
  accessTokenTtlSeconds?: number;
  /** Length in characters of issued access tokens. Default 43; Atlassian's are JWTs of over 1,000. */
  accessTokenLength?: number;
  /** Length in characters of issued refresh tokens. Default 43. */
  refreshTokenLength?: number;
  /** Reject OAuth access tokens on the notifications fields, as Atlassian is reported to do. */
  refuseOAuthNotifications?: boolean;
  /** Report `hasNextPage: true` on the last feed page, as Atlassian's feed is reported to do. Default true. */
  hasNextPageOnLastPage?: boolean;
  /** Clock for seed timestamps and token expiry. Default: the system clock. */
  now?: () => Date;
  /** Load the seeded notifications. Default true. */
  seed?: boolean;
  /** Called after each request is added to the request log. */
  onRequest?: (entry: RequestLogEntry) => void;
}

export interface ResolvedSimulatorOptions {
  host: string;
  port: number;
  userEmail: string;
  apiToken: string;
  clientId: string;
  clientSecret: string;
  callbackUrl: string;
  autoConsent: boolean;
  accessTokenTtlSeconds: number;
  accessTokenLength: number;
  refreshTokenLength: number;
  refuseOAuthNotifications: boolean;
  hasNextPageOnLastPage: boolean;
  seed: boolean;
}

export const DEFAULT_OPTIONS: ResolvedSimulatorOptions = {
  host: '127.0.0.1',
  port: 0,
  userEmail: 'demo@atlassify.test',
  apiToken: 'demo-api-token',
  clientId: 'atlassify-demo-client',
  clientSecret: 'atlassify-demo-secret',
  callbackUrl: 'http://localhost:3000/callback',
  autoConsent: false,
  accessTokenTtlSeconds: 3600,
  accessTokenLength: DEFAULT_TOKEN_LENGTH,
  refreshTokenLength: DEFAULT_TOKEN_LENGTH,
  refuseOAuthNotifications: false,
  hasNextPageOnLastPage: true,
  seed: true,
};

/** Fills in defaults and checks every value. Throws `InvalidOptionError` naming the bad value. */
export function resolveOptions(options: SimulatorOptions): ResolvedSimulatorOptions {
  const resolved: ResolvedSimulatorOptions = {
    host: options.host ?? DEFAULT_OPTIONS.host,
    port: options.port ?? DEFAULT_OPTIONS.port,
    userEmail: options.userEmail ?? DEFAULT_OPTIONS.userEmail,
    apiToken: options.apiToken ?? DEFAULT_OPTIONS.apiToken,
    clientId: options.clientId ?? DEFAULT_OPTIONS.clientId,
    clientSecret: options.clientSecret ?? DEFAULT_OPTIONS.clientSecret,
    callbackUrl: options.callbackUrl ?? DEFAULT_OPTIONS.callbackUrl,
    autoConsent: options.autoConsent ?? DEFAULT_OPTIONS.autoConsent,
    accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? DEFAULT_OPTIONS.accessTokenTtlSeconds,
    accessTokenLength: options.accessTokenLength ?? DEFAULT_OPTIONS.accessTokenLength,
    refreshTokenLength: options.refreshTokenLength ?? DEFAULT_OPTIONS.refreshTokenLength,
    refuseOAuthNotifications:
      options.refuseOAuthNotifications ?? DEFAULT_OPTIONS.refuseOAuthNotifications,
    hasNextPageOnLastPage: options.hasNextPageOnLastPage ?? DEFAULT_OPTIONS.hasNextPageOnLastPage,
    seed: options.seed ?? DEFAULT_OPTIONS.seed,
  };

  checkPort(resolved.port);
  checkNonEmpty('host', resolved.host);
  checkEmail(resolved.userEmail);
  checkNonEmpty('apiToken', resolved.apiToken);
  checkNonEmpty('clientId', resolved.clientId);
  checkNonEmpty('clientSecret', resolved.clientSecret);
  checkCallbackUrl(resolved.callbackUrl);
  if (!Number.isInteger(resolved.accessTokenTtlSeconds) || resolved.accessTokenTtlSeconds < 1) {
    throw new InvalidOptionError(
      `Access token lifetime "${resolved.accessTokenTtlSeconds}" is invalid; use a whole number of seconds of at least 1.`,
    );
  }
  checkTokenLength('accessTokenLength', resolved.accessTokenLength);
  checkTokenLength('refreshTokenLength', resolved.refreshTokenLength);
  return resolved;
}

function checkTokenLength(name: string, length: number): void {
  if (!Number.isInteger(length) || length < 16 || length > 10_000) {
    throw new InvalidOptionError(
      `Option ${name} "${length}" is invalid; use a whole number of characters from 16 to 10000.`,
    );
  }
}

function checkPort(port: number): void {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidOptionError(
      `Port "${port}" is invalid; use a number from 0 to 65535 (0 picks a free port).`,
    );
  }
}

function checkNonEmpty(name: string, value: string): void {
  if (value.trim() === '') {
    throw new InvalidOptionError(`Option ${name} is empty; give it a value.`);
  }
}

function checkEmail(email: string): void {
  // Basic auth ends the user id at the first colon, so an email with a colon could never sign in.
  if (!/^[^\s@:]+@[^\s@:]+$/.test(email)) {
    throw new InvalidOptionError(
      `User email "${email}" is invalid; use an address such as demo@atlassify.test.`,
    );
  }
}

function checkCallbackUrl(callbackUrl: string): void {
  const parsed = URL.canParse(callbackUrl) ? new URL(callbackUrl) : null;
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.hash !== '') {
    throw new InvalidOptionError(
      `Callback URL "${callbackUrl}" is invalid; use an absolute http or https URL without a fragment, such as http://localhost:3000/callback.`,
    );
  }
}
