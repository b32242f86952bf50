import { readFileSync } from 'node:fs';

/** The version in this package's package.json, for `atlassify --version` and the window. */
export const cliVersion: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;
