// Builds the app window after `npm install`, so `npm start` needs no build step.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const viteBin = new URL('../node_modules/vite/bin/vite.js', import.meta.url);

if (!existsSync(viteBin)) {
  console.log('postinstall: vite is not installed yet; skipping the app window build.');
  process.exit(0);
}

const result = spawnSync(process.execPath, [viteBin.pathname, 'build', '--logLevel', 'warn'], {
  cwd: new URL('../packages/ui/', import.meta.url),
  stdio: 'inherit',
});

if (result.status !== 0) {
  console.error('postinstall: building the app window failed; run `npm run build:ui` to see why.');
  process.exit(result.status ?? 1);
}
