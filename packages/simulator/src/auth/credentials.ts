/** Credentials in the Authorization header of a request. */
export type Credentials =
  | { scheme: 'basic'; username: string; password: string }
  | { scheme: 'bearer'; token: string }
  | { scheme: 'none' }
  | { scheme: 'invalid' };

const BASE64_PATTERN = /^[A-Za-z0-9+/]+={0,2}$/;

/** Parses an Authorization header. A malformed Basic value or an unknown scheme is `invalid`. */
export function readCredentials(header: string | undefined): Credentials {
  if (header === undefined || header.trim() === '') {
    return { scheme: 'none' };
  }

  const [scheme = '', value = ''] = header.trim().split(/\s+/, 2);
  if (scheme.toLowerCase() === 'bearer' && value !== '') {
    return { scheme: 'bearer', token: value };
  }
  if (scheme.toLowerCase() !== 'basic' || !BASE64_PATTERN.test(value)) {
    return { scheme: 'invalid' };
  }

  // RFC 7617: the user id cannot contain a colon, so the first colon ends it.
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator === -1) {
    return { scheme: 'invalid' };
  }
  return {
    scheme: 'basic',
    username: decoded.slice(0, separator),
    password: decoded.slice(separator + 1),
  };
}
