// Runs after `npm install`: makes the tray program executable and builds the app window, so
// `npm start` needs no build step.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, statSync } from 'node:fs';

makeTrayProgramExecutable();
buildAppWindow();

/**
 * Sets the executable bit of the tray programs. systray2 2.1.4 ships its Linux and macOS programs
 * without it, and its own `chmod(path, '+x')` fails on current Node.js without a word, so the tray
 * would fail to start with EACCES. Windows needs no bit.
 */
function makeTrayProgramExecutable() {
  for (const name of ['tray_linux_release', 'tray_darwin_release']) {
    const program = new URL(`../node_modules/systray2/traybin/${name}`, import.meta.url);
    if (!existsSync(program)) {
      continue;
    }
    try {
      chmodSync(program, statSync(program).mode | 0o111);
    } catch (error) {
      console.error(`postinstall: could not make ${program.pathname} executable: ${error.message}`);
      console.error('postinstall: the tray icon will not show; run `chmod +x` on it by hand.');
    }
  }
}

function buildAppWindow() {
  const viteBin = new URL('../node_modules/vite/bin/vite.js', import.meta.url);
  if (!existsSync(viteBin)) {
    console.log('postinstall: vite is not installed yet; skipping the app window build.');
    return;
  }

  const result = spawnSync(process.execPath, [viteBin.pathname, 'build', '--logLevel', 'warn'], {
    cwd: new URL('../packages/ui/', import.meta.url),
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error(
      'postinstall: building the app window failed; run `npm run build:ui` to see why.',
    );
    process.exit(result.status ?? 1);
  }
}
