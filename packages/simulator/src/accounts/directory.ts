import { ConflictError, UnknownUserError } from '../errors.ts';
import type { SimulatedUser, Site } from './types.ts';

/** The sites and accounts of the simulated Atlassian Cloud. */
export class Directory {
  readonly sites: readonly Site[];
  private users: SimulatedUser[] = [];

  constructor(sites: readonly Site[]) {
    this.sites = sites;
  }

  addUser(user: SimulatedUser): SimulatedUser {
    if (this.findUserByEmail(user.email)) {
      throw new ConflictError(`An account with the email "${user.email}" already exists.`);
    }
    this.users.push(user);
    return user;
  }

  removeAllUsers(): void {
    this.users = [];
  }

  /** Finds an account by email, compared case-insensitively. */
  findUserByEmail(email: string): SimulatedUser | undefined {
    const lowerEmail = email.toLowerCase();
    return this.users.find((user) => user.email.toLowerCase() === lowerEmail);
  }

  findUserByAccountId(accountId: string): SimulatedUser | undefined {
    return this.users.find((user) => user.accountId === accountId);
  }

  requireUserByEmail(email: string): SimulatedUser {
    const user = this.findUserByEmail(email);
    if (!user) {
      throw new UnknownUserError(email);
    }
    return user;
  }

  findSite(cloudId: string): Site | undefined {
    return this.sites.find((site) => site.cloudId === cloudId);
  }

  findSiteByHostName(hostName: string): Site | undefined {
    const lowerHostName = hostName.toLowerCase();
    return this.sites.find((site) => site.hostName === lowerHostName);
  }

  sitesOf(user: SimulatedUser): Site[] {
    return this.sites.filter((site) => user.cloudIds.includes(site.cloudId));
  }
}
