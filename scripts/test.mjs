// Runs everything behind `npm test`: the system packages the tests need, biome, the type check
// and vitest. Arguments after `npm test --` go to vitest, for example `npm test -- packages/engine`.
// The last line printed is `N passed, N failed` (plus `, N skipped`), which CI reads as the result.
import { spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const binDir = join(repoRoot, 'node_modules', '.bin');

// Debian 12 splits dbus-daemon (the bus) from dbus-bin (dbus-send, dbus-run-session). The tray
// program of systray2 links libappindicator3.so.1, which Debian 12 ships only in
// libayatana-appindicator3-1; Xvfb gives the tray tests a display.
const debianPackages = [
  'chromium',
  'gnome-keyring',
  'libsecret-tools',
  'dbus-daemon',
  'dbus-bin',
  'xvfb',
  'xauth',
  'libayatana-appindicator3-1',
];

// What the e2e harness runs, checked on PATH where there is no dpkg.
const requiredPrograms = [
  'dbus-daemon',
  'dbus-send',
  'gnome-keyring-daemon',
  'secret-tool',
  'Xvfb',
];

function main() {
  const systemStatus = ensureSystemPackages();
  if (systemStatus !== 0) {
    return systemStatus;
  }
  setChromiumPath();

  const biome = join(binDir, 'biome');
  const vitest = join(binDir, 'vitest');
  for (const bin of [biome, vitest]) {
    if (!existsSync(bin)) {
      console.error(`test: ${bin} is missing. Run \`npm ci\` in ${repoRoot} first.`);
      return 1;
    }
  }

  const lintStatus = runStep('biome check .', biome, ['check', '.']);
  if (lintStatus !== 0) {
    console.error('test: run `npx biome check --write .` to apply the safe fixes.');
    return lintStatus;
  }

  const typecheckStatus = runStep('npm run typecheck', 'npm', ['run', 'typecheck']);
  if (typecheckStatus !== 0) {
    return typecheckStatus;
  }

  return runVitest(vitest, process.argv.slice(2));
}

/** Runs one step with inherited output and returns its exit code, printing which step failed. */
function runStep(label, command, args) {
  console.log(`\n==> ${label}`);
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
  const status = exitStatus(result);
  if (status !== 0) {
    console.error(`\ntest: step "${label}" failed (${describeExit(result)}).`);
  }
  return status;
}

/**
 * Runs vitest with a JSON report beside the normal output, then prints the closing count line.
 * Returns vitest's exit code.
 */
function runVitest(vitest, extraArgs) {
  const reportDir = mkdtempSync(join(tmpdir(), 'atlassify-vitest-'));
  const reportFile = join(reportDir, 'vitest.json');
  const args = [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
    ...extraArgs,
  ];

  try {
    const status = runStep(`vitest ${['run', ...extraArgs].join(' ')}`, vitest, args);
    const counts = readCounts(reportFile);
    if (counts === undefined) {
      console.error(`test: vitest wrote no report to ${reportFile}, so there is no count.`);
      return status === 0 ? 1 : status;
    }

    // A file that fails to load, or an unhandled error, fails the run without failing a test.
    // The count line alone decides the CI result, so such a run must not read as all passed.
    if (status !== 0 && counts.failed === 0) {
      console.error(
        `test: vitest exited with code ${status} although no test failed (see its output: ` +
          'an unhandled error, a test file that did not load, or no test files); counting 1 failure.',
      );
      counts.failed = 1;
    }

    const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
    console.log(`${counts.passed} passed, ${counts.failed} failed${skipped}`);
    return status;
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
}

/** Reads the test counts from vitest's JSON report, or returns undefined when it is missing. */
function readCounts(reportFile) {
  if (!existsSync(reportFile)) {
    return undefined;
  }
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));

  // Files that failed before any test ran report status "failed" with no failed assertion.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) =>
      file.status === 'failed' &&
      !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;

  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/**
 * Installs missing Debian packages when running as root, else prints the install command.
 * Without dpkg it checks the programs on PATH. Returns 0 when everything is present.
 */
function ensureSystemPackages() {
  if (findOnPath('dpkg-query') === undefined) {
    return checkProgramsOnPath();
  }

  const missing = debianPackages.filter((name) => !isDebianPackageInstalled(name));
  if (missing.length === 0) {
    return 0;
  }

  const installArgs = ['install', '-y', '--no-install-recommends', ...missing];
  if (process.getuid?.() !== 0) {
    console.error(`test: missing Debian packages: ${missing.join(', ')}. Install them with:`);
    console.error(`  sudo apt-get ${installArgs.join(' ')}`);
    return 1;
  }

  console.log(`test: installing missing Debian packages: ${missing.join(', ')}`);
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], installArgs]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env: aptEnv });
    if (exitStatus(result) !== 0) {
      console.error(`test: \`apt-get ${args.join(' ')}\` failed (${describeExit(result)}).`);
      return 1;
    }
  }

  const stillMissing = debianPackages.filter((name) => !isDebianPackageInstalled(name));
  if (stillMissing.length > 0) {
    console.error(`test: still missing after apt-get install: ${stillMissing.join(', ')}.`);
    return 1;
  }
  return 0;
}

function isDebianPackageInstalled(name) {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: ${Status} is dpkg-query's field syntax.
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() === 'install ok installed';
}

function checkProgramsOnPath() {
  const missing = requiredPrograms.filter((name) => findOnPath(name) === undefined);
  const chromium = process.env.ATLASSIFY_CHROMIUM;
  if (chromium !== undefined) {
    if (!isExecutable(chromium)) {
      missing.push(`ATLASSIFY_CHROMIUM=${chromium} (not an executable file)`);
    }
  } else if (findOnPath('chromium') === undefined) {
    missing.push('chromium (or set ATLASSIFY_CHROMIUM to a Chromium or Chrome binary)');
  }

  if (missing.length === 0) {
    return 0;
  }
  console.error('test: this system has no dpkg, so the tests need these programs on PATH:');
  console.error(`  chromium, ${requiredPrograms.join(', ')}`);
  console.error(`test: missing: ${missing.join('; ')}.`);
  return 1;
}

/** Points ATLASSIFY_CHROMIUM at the `chromium` on PATH, unless it is already set. */
function setChromiumPath() {
  if (process.env.ATLASSIFY_CHROMIUM !== undefined) {
    return;
  }
  const chromium = findOnPath('chromium');
  if (chromium !== undefined) {
    process.env.ATLASSIFY_CHROMIUM = chromium;
  }
}

function findOnPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    if (dir !== '' && isExecutable(candidate)) {
      return candidate;
    }
  }
  return undefined;
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Maps a spawnSync result to an exit code: 1 when it could not start or died by a signal. */
function exitStatus(result) {
  if (result.error !== undefined || result.status === null) {
    return 1;
  }
  return result.status;
}

function describeExit(result) {
  if (result.error !== undefined) {
    return result.error.message;
  }
  if (result.status === null) {
    return `killed by ${result.signal}`;
  }
  return `exit code ${result.status}`;
}

process.exitCode = main();
