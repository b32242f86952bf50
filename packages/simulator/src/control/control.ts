import { randomUUID } from 'node:crypto';
import { avatarDataUri } from '../data/images.ts';
import { InvalidInputError } from '../errors.ts';
import {
  type FaultSettings,
  type FaultSettingsInput,
  faultSettingsSchema,
} from '../faults/fault-settings.ts';
import type { HeadItem } from '../notifications/grouping.ts';
import type { FeedItemInput, NotificationItem } from '../notifications/item-schema.ts';
import type { RequestLogEntry } from '../server/request-log.ts';
import type { SimulatorState } from '../server/state.ts';
import { addNotification } from './add-notification.ts';
import { type NewUserInput, newUserSchema, parseInput } from './inputs.ts';

/** An account created through the control API; the API token is left out. */
export interface CreatedUser {
  accountId: string;
  email: string;
  name: string;
  cloudIds: string[];
}

/** In-process access to a running simulator, for tests. */
export interface SimulatorControl {
  /** Returns the handled requests, oldest first; control requests are not listed. */
  requests(): RequestLogEntry[];
  clearRequests(): void;
  /** Stores a feed node in Atlassian's shape for an account; throws `InvalidInputError` when it is invalid. */
  addNotification(email: string, item: FeedItemInput): HeadItem;
  /** Returns copies of an account's notifications, newest first. */
  notifications(email: string): NotificationItem[];
  addUser(input: NewUserInput): CreatedUser;
  /** Makes the consent page sign in as another account. */
  signInAs(email: string): void;
  setRefuseOAuthNotifications(refuse: boolean): void;
  setHasNextPageOnLastPage(enabled: boolean): void;
  /** Makes the by-id mark mutations fail with a 503 GraphQL error, changing nothing. */
  setFailMarkMutations(fail: boolean): void;
  /** Caps the members per `notificationGroup` page (1 to 100); null removes the cap. */
  setGroupPageSize(size: number | null): void;
  /**
   * Replaces the injected faults; omitted counts default to 1 request. Throws
   * `InvalidInputError` for invalid settings. Returns the faults now in force.
   */
  setFaults(faults: FaultSettingsInput): FaultSettings;
  /** Returns the injected faults with the requests each has left. */
  faults(): FaultSettings;
  /** Switches every fault off and drops the requests that hang. */
  clearFaults(): void;
  /**
   * Holds the responses to refresh-token grants until called with false. Each grant is decided
   * when it arrives, so a held refresh has already rotated the token.
   */
  setHoldRefreshResponses(hold: boolean): void;
  /** Returns how many refresh-token responses are held. */
  heldRefreshResponses(): number;
  /** Makes refresh-token responses leave out `refresh_token`; the sent token stays valid. */
  setOmitRefreshTokenOnRefresh(omit: boolean): void;
  /** Makes the account's API-token requests get a 403 CAPTCHA challenge, whatever the token. */
  requireCaptcha(email: string): void;
  /** Expires the account's API token: requests with it get 401, as with a wrong token. */
  expireApiToken(email: string): void;
  /** Returns every authorization code issued since the last reset, oldest first. */
  authorizationCodes(): string[];
  /** Revokes every refresh token, as a password change or an admin revocation would. */
  revokeRefreshTokens(): void;
  /** Makes every access token issued so far expire now. */
  expireAccessTokens(): void;
  /** Restores the state after start: the seed, no tokens, no extra accounts and an empty log. */
  reset(): void;
}

export function createControl(state: SimulatorState): SimulatorControl {
  return {
    requests: () => state.requestLog.list(),
    clearRequests: () => state.requestLog.clear(),
    addNotification: (email, item) => addNotification(state, email, item),
    notifications: (email) => {
      const user = state.directory.requireUserByEmail(email);
      return state.notifications.list(user.accountId).map((record) => structuredClone(record.item));
    },
    addUser: (input) => addUser(state, input),
    signInAs: (email) => {
      state.signedInAccountId = state.directory.requireUserByEmail(email).accountId;
    },
    setRefuseOAuthNotifications: (refuse) => {
      state.switches.refuseOAuthNotifications = refuse;
    },
    setHasNextPageOnLastPage: (enabled) => {
      state.switches.hasNextPageOnLastPage = enabled;
    },
    setFailMarkMutations: (fail) => {
      state.switches.failMarkMutations = fail;
    },
    setGroupPageSize: (size) => {
      state.switches.groupPageSize = size;
    },
    setFaults: (faults) => {
      state.faults.set(parseInput(faultSettingsSchema, faults, 'fault settings'));
      return state.faults.view();
    },
    faults: () => state.faults.view(),
    clearFaults: () => state.faults.clear(),
    setHoldRefreshResponses: (hold) => state.setSwitches({ holdRefreshResponses: hold }),
    heldRefreshResponses: () => state.refreshResponses.heldCount,
    setOmitRefreshTokenOnRefresh: (omit) => state.setSwitches({ omitRefreshTokenOnRefresh: omit }),
    requireCaptcha: (email) => {
      state.captchaAccountIds.add(state.directory.requireUserByEmail(email).accountId);
    },
    expireApiToken: (email) => {
      state.expiredApiTokenAccountIds.add(state.directory.requireUserByEmail(email).accountId);
    },
    authorizationCodes: () => state.tokens.issuedCodes(),
    revokeRefreshTokens: () => state.tokens.refreshFamilies.revokeAll(),
    expireAccessTokens: () => state.tokens.expireAccessTokens(state.nowMs()),
    reset: () => state.reset(),
  };
}

/** Validates and creates an account; throws `InvalidInputError` or `ConflictError`. */
export function addUser(state: SimulatorState, input: unknown): CreatedUser {
  const parsed = parseInput(newUserSchema, input, 'user');
  const cloudIds = (parsed.sites ?? state.directory.sites.map((site) => site.hostName)).map(
    (hostName) => {
      const site = state.directory.findSiteByHostName(hostName);
      if (!site) {
        const known = state.directory.sites.map((entry) => entry.hostName).join(', ');
        throw new InvalidInputError(
          `The user is invalid. sites: "${hostName}" is not a simulated site; use one of ${known}.`,
        );
      }
      return site.cloudId;
    },
  );

  const nickname = parsed.email.split('@')[0] ?? parsed.email;
  const user = state.directory.addUser({
    accountId: `712020:${randomUUID()}`,
    email: parsed.email,
    apiToken: parsed.apiToken,
    name: parsed.name,
    nickname,
    picture: avatarDataUri(parsed.name),
    locale: 'en-US',
    zoneinfo: 'UTC',
    cloudIds,
  });
  return { accountId: user.accountId, email: user.email, name: user.name, cloudIds: user.cloudIds };
}
