import { Directory } from '../accounts/directory.ts';
import { buildSeededNotifications } from '../data/seed.ts';
import { SEEDED_SITES } from '../data/sites.ts';
import { createDemoUser } from '../data/users.ts';
import { NotificationStore } from '../notifications/store.ts';
import type { OAuthClient } from '../oauth/clients.ts';
import { TokenStore } from '../oauth/token-store.ts';
import type { ResolvedSimulatorOptions } from './options.ts';
import { RequestLog, type RequestLogEntry } from './request-log.ts';

/** Behaviour switches that tests may flip while the simulator runs. */
export interface Switches {
  refuseOAuthNotifications: boolean;
  hasNextPageOnLastPage: boolean;
}

/** Everything the simulator stores: accounts, notifications, tokens, switches and the request log. */
export class SimulatorState {
  readonly options: ResolvedSimulatorOptions;
  readonly client: OAuthClient;
  readonly directory = new Directory(SEEDED_SITES);
  readonly notifications = new NotificationStore();
  readonly tokens = new TokenStore();
  readonly requestLog: RequestLog;
  readonly switches: Switches;
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
    Object.assign(this.switches, this.initialSwitches());

    const demoUser = createDemoUser(this.options.userEmail, this.options.apiToken);
    this.directory.addUser(demoUser);
    this.signedInAccountId = demoUser.accountId;
    if (this.options.seed) {
      for (const record of buildSeededNotifications(this.nowMs())) {
        this.notifications.add(demoUser.accountId, record);
      }
    }
  }

  private initialSwitches(): Switches {
    return {
      refuseOAuthNotifications: this.options.refuseOAuthNotifications,
      hasNextPageOnLastPage: this.options.hasNextPageOnLastPage,
    };
  }
}
