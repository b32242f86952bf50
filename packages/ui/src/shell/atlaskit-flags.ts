import { setBooleanFeatureFlagResolver } from '@atlaskit/platform-feature-flags';

/**
 * Turns every Atlaskit platform feature flag off. Atlaskit checks each flag with Atlassian's
 * feature-gate client, which is never set up outside Atlassian's products, so every check logs
 * an error and falls back to off. Resolving them to off here gives the same look without it.
 */
export function turnOffAtlaskitFlags(): void {
  setBooleanFeatureFlagResolver(() => false);
}
