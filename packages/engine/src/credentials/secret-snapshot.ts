import type { SecretStore } from './secret-store.ts';

/**
 * Reads the current values of `names` and returns a function that puts each entry back as it
 * was: the earlier value, or no entry. A sign-in that fails after writing calls it, so it leaves
 * no half-written entries behind.
 */
export async function rememberSecrets(
  store: SecretStore,
  names: readonly string[],
): Promise<() => Promise<void>> {
  const previous = new Map<string, string | null>();
  for (const name of names) {
    previous.set(name, await store.get(name));
  }

  return async () => {
    for (const [name, value] of previous) {
      if (value === null) {
        await store.delete(name);
      } else {
        await store.set(name, value);
      }
    }
  };
}
