// Public surface of the simulated Atlassian Cloud.
export type { SimulatedUser, Site } from './accounts/types.ts';
export type { CreatedUser, SimulatorControl } from './control/control.ts';
export type { NewUserInput } from './control/inputs.ts';
export { SEEDED_PROJECTS } from './data/projects.ts';
export { NIMBUS_SITE, ORBIT_SITE, SEEDED_SITES } from './data/sites.ts';
export { DEMO_ACCOUNT_ID } from './data/users.ts';
export {
  ConflictError,
  InvalidInputError,
  InvalidOptionError,
  PortInUseError,
  SimulatorError,
  UnknownUserError,
} from './errors.ts';
export { NOTIFICATION_SCOPES } from './graphql/context.ts';
export type { HeadItem } from './notifications/grouping.ts';
export type { FeedItemInput, NotificationItem } from './notifications/item-schema.ts';
export {
  DEFAULT_OPTIONS,
  type ResolvedSimulatorOptions,
  type SimulatorOptions,
} from './server/options.ts';
export type { AuthKind, OperationType, RequestLogEntry } from './server/request-log.ts';
export { type RunningSimulator, startSimulator } from './server/start.ts';
