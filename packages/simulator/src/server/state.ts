import { Directory } from '../accounts/directory.ts';
import { buildSeededNotifications } from '../data/seed.ts';
import { SEEDED_SITES } from '../data/sites.ts';
import { createDemoUser } from '../data/users.ts';
import { FaultState } from '../faults/fault-state.ts';
import { NotificationStore } from '../notifications/store.ts';
import type { OAuthClient } from '../oauth/clients.ts';
import { TokenStore } from '../oauth/token-store.ts';
import type { ResolvedSimulatorOptions } from './options.ts';
import { RequestLog, type RequestLogEntry } from './request-log.ts';
import { ResponseGate } from './response-gate.ts';

/** Behaviour switches that tests may flip while the simulator runs. */
export interface Switches {
  refuseOAuthNotifications: boolean;
  hasNextPageOnLastPage: boolean;
  /** Fail the by-id mark mutations with a 503 GraphQL error, changing nothing. */
  failMarkMutations: boolean;
  /** Maximum members per `notificationGroup` page, whatever `first` requests; null for no limit. */
  groupPageSize: number | null;
  /** Refresh-token responses wait until the switch is turned off; the token rotates at once. */
  holdRefreshResponses: boolean;
  /** Refresh-token responses leave out `refresh_token`, and the sent token stays valid. */
  omitRefreshTokenOnRefresh: boolean;
}

/** Everything the simulator stores: accounts, notifications, tokens, switches and the request log. */
export class SimulatorState {
  readonly options: ResolvedSimulatorOptions;
  readonly client: OAuthClient;
  readonly directory = new Directory(SEEDED_SITES);
  readonly notifications = new NotificationStore();
  readonly tokens: TokenStore;
  readonly requestLog: RequestLog;
  readonly switches: Switches;
  /** Injected faults: refused, hung and failed requests and broken feed pages. */
  readonly faults = new FaultState();
  /** Refresh-token responses held while `switches.holdRefreshResponses` is on. */
  readonly refreshResponses = new ResponseGate();
  /** Accounts whose API-token requests get Atlassian's CAPTCHA 403, as after failed sign-ins. */
  readonly captchaAccountIds = new Set<string>();
  /** Accounts whose API token has expired. Atlassian then returns 401, as for a wrong token. */
  readonly expiredApiTokenAccountIds = new Set<string>();
  /** Account that the consent page treats as signed in to Atlassian. */
  signedInAccountId = '';
  private readonly clock: () => Date;

  constructor(
    options: ResolvedSimulatorOptions,
    clock: () => Date,
    onRequest?: (entry: RequestLogEntry) => void,
  ) {
    this.options = options;
    this.clock = clock;
    this.tokens = new TokenStore({
      accessToken: options.accessTokenLength,
      refreshToken: options.refreshTokenLength,
    });
    this.requestLog = new RequestLog(onRequest);
    this.client = {
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      callbackUrl: options.callbackUrl,
      name: 'Atlassify (demo)',
    };
    this.switches = this.initialSwitches();
    this.reset();
  }

  now(): Date {
    return this.clock();
  }

  nowMs(): number {
    return this.clock().getTime();
  }

  /** Restores the state after start: the demo account, the seed, no tokens and an empty log. */
  reset(): void {
    this.directory.removeAllUsers();
    this.notifications.clear();
    this.tokens.clear();
    this.requestLog.clear();
    this.setSwitches(this.initialSwitches());
    this.faults.clear();
    this.captchaAccountIds.clear();
    this.expiredApiTokenAccountIds.clear();

    const demoUser = createDemoUser(this.options.userEmail, this.options.apiToken);
    this.directory.addUser(demoUser);
    this.signedInAccountId = demoUser.accountId;
    if (this.options.seed) {
      for (const record of buildSeededNotifications(this.nowMs())) {
        this.notifications.add(demoUser.accountId, record);
      }
    }
  }

  /** Changes switches; turning `holdRefreshResponses` off sends the held responses. */
  setSwitches(changes: Partial<Switches>): void {
    Object.assign(this.switches, changes);
    if (!this.switches.holdRefreshResponses) {
      this.refreshResponses.releaseAll();
    }
  }

  private initialSwitches(): Switches {
    return {
      refuseOAuthNotifications: this.options.refuseOAuthNotifications,
      hasNextPageOnLastPage: this.options.hasNextPageOnLastPage,
      failMarkMutations: false,
      groupPageSize: null,
      holdRefreshResponses: false,
      omitRefreshTokenOnRefresh: false,
    };
  }
}
