import { type DestinationStream, type Logger, pino } from 'pino';

/**
 * Paths pino removes from every log line. Secrets, credentials and notification text never
 * reach a log, whatever a caller passes.
 */
export const redactedPaths = [
  'token',
  'accessToken',
  'access_token',
  'refreshToken',
  'refresh_token',
  'apiToken',
  'clientSecret',
  'client_secret',
  'authorizationCode',
  'codeVerifier',
  'code_verifier',
  'password',
  'secret',
  'authorization',
  'Authorization',
  'headers.authorization',
  'headers.Authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  'cookie',
  'launchToken',
  'launchUrl',
  '*.launchUrl',
  'title',
  'message',
  'body',
  'text',
  '*.token',
  '*.accessToken',
  '*.access_token',
  '*.refreshToken',
  '*.refresh_token',
  '*.apiToken',
  '*.clientSecret',
  '*.client_secret',
  '*.authorizationCode',
  '*.authorization',
  '*.Authorization',
  '*.title',
  '*.body',
];

export interface LoggerOptions {
  level?: string;
  /** Destination of log lines; standard error by default, so CLI output on standard output stays clean. */
  destination?: DestinationStream;
  /** A log file to append to instead; its folder is created. */
  file?: string;
}

/** Creates the one engine logger; modules take `logger.child({ module })`. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const level = options.level ?? process.env.ATLASSIFY_LOG_LEVEL ?? 'info';
  const destination =
    options.destination ??
    (options.file
      ? pino.destination({ dest: options.file, mkdir: true, sync: true })
      : pino.destination({ dest: 2, sync: true }));

  return pino(
    {
      level,
      base: { app: 'atlassify' },
      redact: { paths: redactedPaths, censor: '[redacted]' },
      // Error messages can quote a server's words; the serializer keeps only code, type and message.
      serializers: { err: pino.stdSerializers.err },
    },
    destination,
  );
}

export type { Logger };
