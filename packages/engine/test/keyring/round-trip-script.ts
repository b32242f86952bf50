// Stores, reads and deletes one secret through KeychainSecretStore, then prints what it saw as
// JSON. The test runs it inside `dbus-run-session` with an unlocked gnome-keyring.
import { KeychainSecretStore } from '../../src/credentials/index.ts';

const store = new KeychainSecretStore({
  service: process.env.ROUND_TRIP_SERVICE ?? 'atlassify-test',
});
const name = 'api-token:round-trip';
const value = process.env.ROUND_TRIP_VALUE ?? '';

await store.set(name, value);
const readBack = await store.get(name);
const deleted = await store.delete(name);
const afterDelete = await store.get(name);

process.stdout.write(`${JSON.stringify({ matched: readBack === value, deleted, afterDelete })}\n`);
