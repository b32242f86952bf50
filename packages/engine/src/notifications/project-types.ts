import { fetchCloudIds } from '../atlassian/identity.ts';
import { fetchJiraProjectType } from '../atlassian/jira-project.ts';
import type { AtlassianCredential } from '../credentials/atlassian-credential.ts';
import type { ProductSlug } from './notification.ts';
import { type JiraProjectReference, productForProjectType } from './product.ts';

/** How long a looked-up project type or site cloud id is reused: 6 hours. */
export const defaultProjectTypeTtlMs = 6 * 60 * 60 * 1000;

/** Most lookups one `resolve` call runs at the same time. */
const maxParallelLookups = 4;

export interface ProjectTypesOptions {
  /** `AtlassianEndpoints.apiBaseUrl`. */
  apiBaseUrl: string;
  ttlMs?: number;
  /** Wall clock in ms; `Date.now` by default. */
  now?: () => number;
  fetch?: typeof globalThis.fetch;
  /** Called once per failed lookup; the item stays plain Jira and the next poll tries again. */
  onLookupFailed?: (failure: { what: 'project' | 'site'; error: unknown }) => void;
}

interface Cached<T> {
  value: T;
  expiresAtMs: number;
}

/**
 * Looks up the Jira project types that decide the product of items whose attributes name only
 * `jira`. Results are cached per site and project key for `ttlMs`. Failures are not cached, so
 * the next poll requests them again. Concurrent callers share a request in flight, so one poll
 * makes at most one request per key.
 */
export class JiraProjectTypes {
  private readonly ttlMs: number;
  private readonly now: () => number;
  private readonly types = new Map<string, Cached<string>>();
  private readonly cloudIds = new Map<string, Cached<string>>();
  private readonly inFlight = new Map<string, Promise<string | null>>();

  constructor(private readonly options: ProjectTypesOptions) {
    this.ttlMs = options.ttlMs ?? defaultProjectTypeTtlMs;
    this.now = options.now ?? Date.now;
  }

  /**
   * Resolves the products of `references`, each with `scopeCloudId` as its site when the item names
   * none. Returns the product per reference; references that could not be resolved are absent.
   */
  async resolve(
    references: ReadonlyArray<{ reference: JiraProjectReference; scopeCloudId: string | null }>,
    credential: AtlassianCredential,
    signal?: AbortSignal,
  ): Promise<Map<JiraProjectReference, ProductSlug>> {
    const hostCloudIds = await this.resolveHosts(
      references
        .filter(({ reference, scopeCloudId }) => !reference.cloudId && !scopeCloudId)
        .map(({ reference }) => reference.host)
        .filter((host) => host !== null),
      credential,
      signal,
    );

    const siteKeys = new Map<JiraProjectReference, { cloudId: string; projectKey: string }>();
    for (const { reference, scopeCloudId } of references) {
      const cloudId =
        reference.cloudId ??
        scopeCloudId ??
        (reference.host ? hostCloudIds.get(reference.host) : undefined);
      if (cloudId) {
        siteKeys.set(reference, { cloudId, projectKey: reference.projectKey });
      }
    }

    const distinct = new Map([...siteKeys.values()].map((key) => [cacheKey(key), key]));
    const typeByKey = new Map<string, string | null>();
    await forEachLimited([...distinct], maxParallelLookups, async ([key, siteKey]) => {
      typeByKey.set(key, await this.projectType(key, siteKey, credential, signal));
    });

    const products = new Map<JiraProjectReference, ProductSlug>();
    for (const [reference, siteKey] of siteKeys) {
      const type = typeByKey.get(cacheKey(siteKey));
      if (type) {
        products.set(reference, productForProjectType(type));
      }
    }
    return products;
  }

  private projectType(
    key: string,
    siteKey: { cloudId: string; projectKey: string },
    credential: AtlassianCredential,
    signal?: AbortSignal,
  ): Promise<string | null> {
    const cached = this.fresh(this.types, key);
    if (cached !== undefined) {
      return Promise.resolve(cached);
    }
    const running = this.inFlight.get(key);
    if (running) {
      return running;
    }

    const lookup = fetchJiraProjectType({
      credential,
      apiBaseUrl: this.options.apiBaseUrl,
      cloudId: siteKey.cloudId,
      projectKey: siteKey.projectKey,
      ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
      ...(signal ? { signal } : {}),
    })
      .then((type) => {
        this.types.set(key, { value: type, expiresAtMs: this.now() + this.ttlMs });
        return type;
      })
      .catch((error: unknown) => {
        this.options.onLookupFailed?.({ what: 'project', error });
        return null;
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, lookup);
    return lookup;
  }

  /** Resolves site hosts to cloud ids in one request for the hosts not cached yet. */
  private async resolveHosts(
    hosts: string[],
    credential: AtlassianCredential,
    signal?: AbortSignal,
  ): Promise<Map<string, string>> {
    const resolved = new Map<string, string>();
    const missing: string[] = [];
    for (const host of new Set(hosts)) {
      const cached = this.fresh(this.cloudIds, host);
      if (cached === undefined) {
        missing.push(host);
      } else {
        resolved.set(host, cached);
      }
    }
    if (missing.length === 0) {
      return resolved;
    }

    try {
      const sites = await fetchCloudIds({
        credential,
        hostNames: missing,
        ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
        ...(signal ? { signal } : {}),
      });
      for (const site of sites) {
        this.cloudIds.set(site.hostName, {
          value: site.cloudId,
          expiresAtMs: this.now() + this.ttlMs,
        });
        resolved.set(site.hostName, site.cloudId);
      }
    } catch (error) {
      this.options.onLookupFailed?.({ what: 'site', error });
    }
    return resolved;
  }

  private fresh<T>(cache: Map<string, Cached<T>>, key: string): T | undefined {
    const entry = cache.get(key);
    if (!entry) {
      return undefined;
    }
    if (entry.expiresAtMs <= this.now()) {
      cache.delete(key);
      return undefined;
    }
    return entry.value;
  }
}

function cacheKey(key: { cloudId: string; projectKey: string }): string {
  return `${key.cloudId}/${key.projectKey}`;
}

/** Runs `action` for every value with at most `limit` running at once. */
async function forEachLimited<T>(
  values: readonly T[],
  limit: number,
  action: (value: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < values.length) {
      const value = values[next] as T;
      next += 1;
      await action(value);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, values.length) }, worker));
}
