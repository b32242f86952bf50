import { ErrorCode, StorageError } from '../errors/atlassify-error.ts';

const fileStoreOptIn = 'or opt into the plain-text file store with ATLASSIFY_CREDENTIAL_STORE=file';

interface KeychainCause {
  cause: string;
  hint: string;
}

/**
 * @napi-rs/keyring 2.1 reports every failure with `code: 'GenericFailure'`, so the cause can only
 * be read from the message text. Each pattern below quotes the message it matches.
 */
function linuxCause(message: string): KeychainCause | null {
  // "Platform failure: DBus error: Using X11 for dbus-daemon autolaunch was disabled at compile
  // time, set your DBUS_SESSION_BUS_ADDRESS instead"
  if (/DBUS_SESSION_BUS_ADDRESS|autolaunch/i.test(message)) {
    return {
      cause: 'there is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)',
      hint: `Run Atlassify in a desktop session, or start one with dbus-run-session and an unlocked gnome-keyring, ${fileStoreOptIn}.`,
    };
  }

  // "Platform failure: DBus error: Failed to connect to socket /tmp/dbus-…: No such file or
  // directory": the variable points at a bus that no longer runs.
  if (/Failed to connect to socket/i.test(message)) {
    return {
      cause: 'the D-Bus session bus in DBUS_SESSION_BUS_ADDRESS is not running',
      hint: `Run Atlassify in a running desktop session, or start one with dbus-run-session and an unlocked gnome-keyring, ${fileStoreOptIn}.`,
    };
  }

  // "DBus error: The name org.freedesktop.secrets was not provided by any .service files"
  if (/org\.freedesktop\.secrets|ServiceUnknown/i.test(message)) {
    return {
      cause: 'no Secret Service provider (such as gnome-keyring) runs on the session bus',
      hint: `Install gnome-keyring (or KeePassXC or KWallet with Secret Service enabled) and unlock it, ${fileStoreOptIn}.`,
    };
  }

  // "Couldn't access platform storage: Secret Service: no result found": the default collection
  // is missing or locked, and a headless session has no prompt to unlock it.
  if (/no result found|locked/i.test(message)) {
    return {
      cause: 'the keyring is locked or has no default collection',
      hint: `Unlock gnome-keyring (log in to the desktop, or run gnome-keyring-daemon --unlock), ${fileStoreOptIn}.`,
    };
  }

  return null;
}

/**
 * Turns a keychain failure into CREDENTIAL_STORE_UNAVAILABLE. The message names the cause, and the
 * hint explains how to fix it or how to choose the file store instead.
 */
export function keychainError(
  error: unknown,
  operation: 'read' | 'write' | 'delete',
  entryName: string,
  platform: NodeJS.Platform = process.platform,
): StorageError {
  const raw = error instanceof Error ? error.message : String(error);
  const known = platform === 'linux' ? linuxCause(raw) : null;
  const cause = known?.cause ?? `the OS keychain failed (${raw})`;
  const hint =
    known?.hint ??
    (platform === 'linux'
      ? `Install and unlock gnome-keyring, ${fileStoreOptIn}.`
      : `Check that the ${platform === 'darwin' ? 'macOS Keychain' : 'Windows Credential Manager'} is unlocked and reachable, ${fileStoreOptIn}.`);

  return new StorageError(
    ErrorCode.credentialStoreUnavailable,
    `Could not ${operation} the secret "${entryName}" in the OS keychain: ${cause}.`,
    { hint, cause: error, details: { entryName, store: 'keychain' } },
  );
}
