import { defineConfig } from 'vitest/config';

// One run covers every package. Each test file runs in its own process, so tests that set
// D-Bus or HOME variables for a private session bus and keyring cannot disturb each other.
export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Polls wait on other processes (the engine, the tray program, a BROWSER script), which a
    // busy two-core CI machine may start seconds late.
    expect: { poll: { timeout: 10_000 } },
    // The tray and desktop alerts follow the locale; tests expect English whatever the machine's.
    env: { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/{engine,simulator,cli}/{src,test}/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'happy-dom',
          include: ['packages/ui/{src,test}/**/*.test.{ts,tsx}'],
          setupFiles: ['packages/ui/test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          // A window change may wait for a poll of the simulator on a busy machine.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
