import { ErrorCode, InputError } from '../errors/atlassify-error.ts';

const hostLabel = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
/** A DNS name of at least two labels, at most 253 characters. */
const hostPattern = new RegExp(`^(?=.{1,253}$)${hostLabel}(?:\\.${hostLabel})+$`);

/**
 * Reduces what a user typed or pasted to a lower-cased site host: `acme.atlassian.net`,
 * `https://acme.atlassian.net/jira/your-work` and `ACME.atlassian.net/` all give
 * `acme.atlassian.net`. Throws INVALID_INPUT, with `field: host`, naming the input when no host
 * name can be read from it.
 */
export function normalizeSiteHost(input: string): string {
  const trimmed = input.trim();
  if (trimmed === '') {
    throw invalidHost(input, 'Enter a site host name, such as acme.atlassian.net.');
  }

  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw invalidHost(input, 'Enter a host name such as acme.atlassian.net, or paste a site URL.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalidHost(input, 'Paste an https:// site URL or type the host name.');
  }

  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (!hostPattern.test(host)) {
    throw invalidHost(input, 'Enter a host name such as acme.atlassian.net.');
  }
  return host;
}

function invalidHost(input: string, hint: string): InputError {
  return new InputError(ErrorCode.invalidInput, `"${input.trim()}" is not a site host name.`, {
    hint,
    details: { field: 'host' },
  });
}
