import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { z } from 'zod';

import { ErrorCode, InputError } from '../errors/atlassify-error.ts';
import { readJsonFile, statePaths, writeJsonFile } from '../store/index.ts';

const settingsFileVersion = 1;

const settingsFileSchema = z.object({ clientId: z.string().min(1) });

const distributionSchema = z.object({
  oauth: z.object({
    clientId: z.string().trim().min(1),
    clientSecret: z.string().trim().min(1).optional(),
  }),
});

export type DistributionConfig = z.output<typeof distributionSchema>['oauth'];

/** `packages/engine/distribution.json`, which a packaged build may add; absent in the repository. */
export const defaultDistributionConfigPath = fileURLToPath(
  new URL('../../distribution.json', import.meta.url),
);

/** Reads the client id saved from the OAuth tab, or null when none was saved. */
export async function readSavedClientId(stateHome: string): Promise<string | null> {
  const file = await readJsonFile(statePaths(stateHome).oauthSettingsFile, settingsFileSchema, {
    version: settingsFileVersion,
  });
  return file?.clientId ?? null;
}

export async function writeSavedClientId(stateHome: string, clientId: string): Promise<void> {
  await writeJsonFile(
    statePaths(stateHome).oauthSettingsFile,
    { clientId },
    { version: settingsFileVersion },
  );
}

/**
 * Reads the OAuth client shipped with the app. Returns null when the file does not exist; an
 * invalid file fails with OAUTH_NOT_CONFIGURED, because the build that added it is broken.
 */
export async function readDistributionConfig(path: string): Promise<DistributionConfig | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT') {
      return null;
    }
    throw invalidDistribution(path, 'it cannot be read');
  }

  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    // The parser's message quotes file content, which includes the client secret.
    throw invalidDistribution(path, 'it is not valid JSON');
  }
  const parsed = distributionSchema.safeParse(document);
  if (!parsed.success) {
    throw invalidDistribution(path, 'it needs { "oauth": { "clientId", "clientSecret" } }');
  }
  return parsed.data.oauth;
}

function invalidDistribution(path: string, reason: string): InputError {
  return new InputError(
    ErrorCode.oauthNotConfigured,
    `The distribution config ${path} is invalid: ${reason}.`,
    {
      hint: 'Fix or remove the file, or set ATLASSIFY_OAUTH_CLIENT_ID and ATLASSIFY_OAUTH_CLIENT_SECRET.',
      details: { path },
    },
  );
}
