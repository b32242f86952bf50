export { type FeedHeadRequest, fetchFeedHead } from './feed-head.ts';
export { type PollClock, type PollerTimers, systemClock, systemTimers } from './poll-clock.ts';
export {
  clampPollInterval,
  createPollGroup,
  defaultPollIntervalMs,
  maxPollIntervalMs,
  minPollIntervalMs,
  type PollGroup,
  type PollGroupMember,
  type PollGroupOptions,
} from './poll-group.ts';
export {
  createPoller,
  defaultPollTimeoutMs,
  type Poller,
  type PollerOptions,
  type PollerTuning,
  type PollTrigger,
} from './poller.ts';
export {
  connectionOf,
  type FeedData,
  initialPollerState,
  type PollEvent,
  type PollerState,
  reducePollerState,
  toApiError,
  toFeedView,
} from './poller-state.ts';
export {
  decideRetry,
  defaultFirstRetryMs,
  defaultMaxRetryAfterMs,
  type RetryDecision,
  type RetryInput,
  type RetryReason,
} from './retry-policy.ts';
export {
  createSteadyStateFeed,
  defaultFullRefreshMs,
  type FeedHead,
  type FeedHeadItem,
  headUnchanged,
  type SteadyStateFeedOptions,
} from './steady-state-feed.ts';
export {
  createWakeDetector,
  defaultHeartbeatMs,
  defaultWakeToleranceMs,
  type WakeDetector,
  type WakeDetectorOptions,
} from './wake-detector.ts';
