/** An Atlassian Cloud site (one tenant), such as `nimbus.atlassian.net`. */
export interface Site {
  cloudId: string;
  hostName: string;
  name: string;
  url: string;
  avatarUrl: string;
}

/** An Atlassian account that can sign in with an API token or through OAuth. */
export interface SimulatedUser {
  accountId: string;
  email: string;
  apiToken: string;
  name: string;
  nickname: string;
  picture: string;
  locale: string;
  zoneinfo: string;
  /** Cloud ids of the sites this account can use. */
  cloudIds: string[];
}
