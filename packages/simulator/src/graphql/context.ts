import { cloudIdFromSiteAri } from '../accounts/site-ari.ts';
import type { SimulatedUser } from '../accounts/types.ts';
import type { Caller } from '../auth/authenticate.ts';
import type { SimulatorState } from '../server/state.ts';
import {
  badRequestError,
  forbiddenError,
  missingScopeError,
  oauthTokensNotSupportedError,
  unauthenticatedError,
} from './errors.ts';

export interface GraphQLContext {
  state: SimulatorState;
  caller: Caller;
}

/** Source object of the fields under `notifications`: the account whose notifications they read. */
export interface NotificationsRoot {
  user: SimulatedUser;
}

/**
 * OAuth scopes of which any one opens `notifications`, as the schema's scope directive lists them
 * (the first-party `jira:atlassian-external` and `confluence:atlassian-external` cannot be
 * granted to a 3LO app, so they are left out).
 */
export const NOTIFICATION_SCOPES = [
  'read:jira-work',
  'read:page:confluence',
  'read:blogpost:confluence',
  'read:comment:confluence',
  'read:space:confluence',
] as const;

/** Returns the account the notifications fields act for, or throws the error Atlassian would send. */
export function requireNotificationAccess(context: GraphQLContext): NotificationsRoot {
  const caller = context.caller;
  if (caller.kind === 'anonymous') {
    throw unauthenticatedError();
  }
  if (caller.kind === 'bearer') {
    if (context.state.switches.refuseOAuthNotifications) {
      throw oauthTokensNotSupportedError();
    }
    if (!NOTIFICATION_SCOPES.some((scope) => caller.scopes.has(scope))) {
      throw missingScopeError(NOTIFICATION_SCOPES);
    }
  }
  return { user: caller.user };
}

/**
 * Resolves the site a request is scoped to from `collabContextRoutingAri`
 * (`ari:cloud:platform::site/<cloudId>`) or the older `workspaceId` (a site ARI or a bare cloud
 * id). Returns null when the request is unscoped, which spans all of the account's sites.
 */
export function resolveSiteScope(
  context: GraphQLContext,
  user: SimulatedUser,
  scope: { collabContextRoutingAri?: string | null; workspaceId?: string | null },
): string | null {
  const ari = scope.collabContextRoutingAri;
  let cloudId: string | null = null;
  if (ari !== undefined && ari !== null) {
    cloudId = cloudIdFromSiteAri(ari);
    if (cloudId === null) {
      throw badRequestError(
        `collabContextRoutingAri "${ari}" is invalid; use ari:cloud:platform::site/<cloudId>.`,
      );
    }
  } else if (scope.workspaceId) {
    cloudId = cloudIdFromSiteAri(scope.workspaceId) ?? scope.workspaceId;
  }

  if (cloudId !== null && !user.cloudIds.includes(cloudId)) {
    const known = context.state.directory.findSite(cloudId) !== undefined;
    throw forbiddenError(
      known
        ? `Site ${cloudId} is not accessible to this account.`
        : `No site has the cloud id ${cloudId}.`,
    );
  }
  return cloudId;
}

export const MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 25;

/** Checks a `first` argument; an explicit null falls back to the schema default of 25. */
export function checkPageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (size < 0 || size > MAX_PAGE_SIZE) {
    throw badRequestError(`first must be between 0 and ${MAX_PAGE_SIZE}; got ${size}.`);
  }
  return size;
}
