import { existsSync } from 'node:fs';
import { join } from 'node:path';

import systray2, { type ClickEvent, type Menu } from 'systray2';

import type { Logger } from '../log/logger.ts';
import { findTrayHost } from './tray-host.ts';
import { trayIconBase64 } from './tray-icon.ts';
import {
  defaultTrayState,
  type TrayMenuKey,
  type TrayMenuModel,
  type TrayState,
  trayMenuFor,
} from './tray-menu.ts';

/** systray2 is CommonJS with an ES-module-style default export on `module.exports.default`. */
const SysTray = systray2.default;

/** The handlers of the tray menu's entries. */
export interface TrayActions {
  open(): void;
  refresh(): void;
  quit(): void;
}

export interface TrayOptions {
  actions: TrayActions;
  logger: Logger;
  /** Read to find the tray host. The tray program itself inherits `process.env`. */
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** Maximum wait for the tray program to report ready; 10 000 ms by default. */
  readyTimeoutMs?: number;
  /** Abort signal that ends the tray program and the wait for it, as when the engine stops. */
  signal?: AbortSignal;
}

/** A tray icon on screen. */
export interface TrayIcon {
  /** Shows the icon, count, tooltip and menu texts of `state`. An unchanged look sends nothing. */
  show(state: TrayState): void;
  /** Removes the icon and ends the tray program. Safe to call more than once. */
  close(): Promise<void>;
}

/**
 * The icon, or why there is none: `hostFound` false means the desktop has no tray host, true
 * that the tray program failed.
 */
export type TrayStart =
  | { shown: true; tray: TrayIcon }
  | { shown: false; hostFound: boolean; reason: string };

const defaultReadyTimeoutMs = 10_000;
const exitTimeoutMs = 2_000;

/**
 * Shows the tray icon with Open, Refresh and Quit, or returns why it cannot. It checks for a
 * tray host first, because without one the tray program shows nothing and reports no error.
 * systray2's `ready()` never settles when its program dies at start (a missing library, no
 * display), so the wait has a timeout.
 */
export async function startTray(options: TrayOptions): Promise<TrayStart> {
  const platform = options.platform ?? process.platform;
  const host = await findTrayHost(options.env ?? process.env, platform);
  if (!host.found) {
    return { shown: false, hostFound: false, reason: host.reason };
  }
  const shadowing = shadowingTrayProgram(platform);
  if (shadowing) {
    return {
      shown: false,
      hostFound: true,
      reason: `${shadowing} would run instead of the bundled tray program`,
    };
  }

  const model = trayMenuFor(defaultTrayState);
  const menu: Menu = {
    icon: trayIconBase64(platform, model.icon),
    isTemplateIcon: false,
    title: model.title,
    tooltip: model.tooltip,
    items: model.items.map(({ title, tooltip }) => ({ title, tooltip, enabled: true })),
  };
  const tray = new SysTray({ menu, debug: false, copyDir: false });
  // After a timeout nothing waits for ready(), and a late rejection must not go unhandled.
  tray.ready().catch(() => {});

  const timeoutMs = options.readyTimeoutMs ?? defaultReadyTimeoutMs;
  let timer: NodeJS.Timeout | undefined;
  let onAbort = () => {};
  try {
    await Promise.race([
      tray.ready(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`the tray program did not start within ${timeoutMs} ms`)),
          timeoutMs,
        );
        onAbort = () => reject(new Error('stopped before the tray program was ready'));
        options.signal?.aborted ? onAbort() : options.signal?.addEventListener('abort', onAbort);
      }),
    ]);
  } catch (error) {
    killWhenSpawned(tray);
    return {
      shown: false,
      hostFound: true,
      reason: error instanceof Error ? error.message : String(error),
    };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }

  return { shown: true, tray: controlTray(tray, menu, model, { ...options, platform }) };
}

/**
 * Kills the tray program, now or as soon as it exists. systray2 starts the program only after
 * finding its file, and a wait that ends early can come before that.
 */
function killWhenSpawned(tray: InstanceType<typeof SysTray>, triesLeft = 100): void {
  if (tray.process) {
    tray.process.kill('SIGKILL');
    return;
  }
  if (triesLeft > 0) {
    setTimeout(() => killWhenSpawned(tray, triesLeft - 1), 20);
  }
}

/**
 * systray2 looks for `traybin/<program>` in the working folder before its own copy, so a folder
 * with that path would run a program of its own. Returns that path, or null when there is none.
 */
function shadowingTrayProgram(platform: NodeJS.Platform): string | null {
  const names: Partial<Record<NodeJS.Platform, string>> = {
    linux: 'tray_linux_release',
    darwin: 'tray_darwin_release',
    win32: 'tray_windows_release.exe',
  };
  const name = names[platform];
  const path = name ? join(process.cwd(), 'traybin', name) : null;
  return path && existsSync(path) ? path : null;
}

function controlTray(
  tray: InstanceType<typeof SysTray>,
  menu: Menu,
  firstModel: TrayMenuModel,
  options: TrayOptions & { platform: NodeJS.Platform },
): TrayIcon {
  const logger = options.logger;
  let closed = false;
  let shownModel = firstModel;

  // The program's stderr carries GTK warnings; unread, a full pipe would block it.
  tray.process.stderr?.resume();
  tray.onError((error) => logger.warn({ err: error }, 'the tray program failed'));
  tray.onExit((code, signal) => {
    if (!closed) {
      logger.warn({ code, signal }, 'the tray program ended; the window stays reachable');
    }
  });
  void tray.onClick((event: ClickEvent) => {
    const key = firstModel.items[menu.items.indexOf(event.item)]?.key;
    runAction(key, options.actions, logger);
  });

  function send(action: Parameters<typeof tray.sendAction>[0]): void {
    tray.sendAction(action).catch((error: unknown) => {
      logger.warn({ err: error, action: action.type }, 'tray icon update failed');
    });
  }

  function showLook(model: TrayMenuModel, previous: TrayMenuModel): void {
    if (model.icon !== previous.icon) {
      menu.icon = trayIconBase64(options.platform, model.icon);
    }
    menu.title = model.title;
    menu.tooltip = model.tooltip;
    // `update-menu` changes the icon, title and tooltip in place; the items stay registered.
    send({ type: 'update-menu', menu });
  }

  return {
    show: (state) => {
      const model = trayMenuFor(state);
      if (closed) {
        return;
      }
      const previous = shownModel;
      shownModel = model;
      if (!sameLook(model, previous)) {
        showLook(model, previous);
      }
      model.items.forEach((entry, index) => {
        const item = menu.items[index];
        if (item && entry.title !== previous.items[index]?.title) {
          item.title = entry.title;
          item.tooltip = entry.tooltip;
          send({ type: 'update-item', item });
        }
      });
    },
    close: async () => {
      if (closed) {
        return;
      }
      closed = true;
      const exited = tray.kill(false);
      const timedOut = new Promise<'timeout'>((resolve) =>
        setTimeout(() => resolve('timeout'), exitTimeoutMs).unref(),
      );
      if ((await Promise.race([exited, timedOut])) === 'timeout') {
        tray.process.kill('SIGKILL');
      }
    },
  };
}

function sameLook(a: TrayMenuModel, b: TrayMenuModel): boolean {
  return a.icon === b.icon && a.title === b.title && a.tooltip === b.tooltip;
}

function runAction(key: TrayMenuKey | undefined, actions: TrayActions, logger: Logger): void {
  logger.info({ item: key }, 'tray menu item chosen');
  switch (key) {
    case 'open':
      actions.open();
      return;
    case 'refresh':
      actions.refresh();
      return;
    case 'quit':
      actions.quit();
      return;
    default:
      logger.warn('the tray program reported a click on an unknown item');
  }
}
