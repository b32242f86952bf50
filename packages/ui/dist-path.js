// The folder of the built app window, served by the engine. `npm install` builds it.
import { fileURLToPath } from 'node:url';

export const uiDistPath = fileURLToPath(new URL('./dist/', import.meta.url));
