export {
  createPoller,
  defaultFirstRetryMs,
  defaultPollIntervalMs,
  type Poller,
  type PollerOptions,
  type PollerTimers,
  retryDelayMs,
} from './poller.ts';
export {
  type FeedData,
  initialPollerState,
  type PollEvent,
  type PollerState,
  reducePollerState,
  toApiError,
  toFeedView,
} from './poller-state.ts';
