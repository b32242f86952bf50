import { readFile } from 'node:fs/promises';

import dbus, { type ClientInterface, DBusError, type MessageBus, Variant } from 'dbus-next';

/** The parts of a StatusNotifierItem that the tray tests read. */
export interface TrayItem {
  /** The unique bus name of the tray program. */
  owner: string;
  /** The text beside the icon (the unread count), from the Ayatana label property. */
  label: string;
  /** The icon's file path; the tray program writes each new icon to a new temporary file. */
  iconName: string;
  menuPath: string;
}

interface BusDaemon extends ClientInterface {
  ListNames(): Promise<string[]>;
}

interface Properties extends ClientInterface {
  GetAll(interfaceName: string): Promise<Record<string, Variant>>;
}

type Layout = [number, Record<string, Variant>, Variant<Layout>[]];

interface DbusMenu extends ClientInterface {
  GetLayout(parentId: number, depth: number, names: string[]): Promise<[number, Layout]>;
  Event(id: number, eventId: string, data: Variant, timestamp: number): Promise<void>;
}

/**
 * Reads the tray item registered at `path` from whichever connection exports it, or returns
 * null when none does. The watcher only records the path, so each connection is asked.
 */
export async function readTrayItem(busAddress: string, path: string): Promise<TrayItem | null> {
  return withBus(busAddress, async (bus) => {
    const daemon = (
      await bus.getProxyObject('org.freedesktop.DBus', '/org/freedesktop/DBus')
    ).getInterface<BusDaemon>('org.freedesktop.DBus');
    for (const owner of (await daemon.ListNames()).filter((name) => name.startsWith(':'))) {
      const properties = await bus
        .getProxyObject(owner, path)
        .then((object) => object.getInterface<Properties>('org.freedesktop.DBus.Properties'))
        .then((found) => found.GetAll('org.kde.StatusNotifierItem'))
        .catch(() => null);
      if (properties) {
        return {
          owner,
          label: String(properties.XAyatanaLabel?.value ?? ''),
          iconName: String(properties.IconName?.value ?? ''),
          menuPath: String(properties.Menu?.value ?? ''),
        };
      }
    }
    return null;
  });
}

/**
 * Reads the icon file of `item`, which libayatana-appindicator names without its `.png`
 * extension, or returns null when it is gone.
 */
export async function readTrayIcon(item: TrayItem | null): Promise<Buffer | null> {
  if (!item?.iconName) {
    return null;
  }
  for (const path of [item.iconName, `${item.iconName}.png`]) {
    const content = await readFile(path).catch(() => null);
    if (content) {
      return content;
    }
  }
  return null;
}

/** Reads the labels of the tray menu's entries, in order, as a desktop's tray does. */
export async function readTrayMenuLabels(busAddress: string, item: TrayItem): Promise<string[]> {
  return withBus(busAddress, async (bus) => {
    const entries = await menuEntries(bus, item);
    return entries.map((entry) => String(entry[1].label?.value ?? ''));
  });
}

/**
 * Clicks the tray menu entry with `label`, as a desktop's tray does through dbusmenu. With
 * `quits`, the tray program may leave the bus before its reply to the click; a desktop's tray
 * accepts that, and so does this.
 */
export async function clickTrayMenu(
  busAddress: string,
  item: TrayItem,
  label: string,
  options: { quits?: boolean } = {},
) {
  await withBus(busAddress, async (bus) => {
    const entry = await waitForEntry(bus, item, label);
    const menu = await menuOf(bus, item);
    await menu.Event(entry[0], 'clicked', new Variant('s', ''), 0).catch((error: unknown) => {
      if (!(options.quits && isNoReply(error))) {
        throw error;
      }
    });
  });
}

/**
 * Finds the menu entry with `label`, waiting up to 10 s: the tray program registers its item
 * before it has received the menu.
 */
async function waitForEntry(bus: MessageBus, item: TrayItem, label: string): Promise<Layout> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const entries = await menuEntries(bus, item);
    const entry = entries.find((child) => child[1].label?.value === label);
    if (entry) {
      return entry;
    }
    if (Date.now() > deadline) {
      throw new Error(`the tray menu has no entry "${label}"`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function isNoReply(error: unknown): boolean {
  return error instanceof DBusError && error.type === 'org.freedesktop.DBus.Error.NoReply';
}

async function menuOf(bus: MessageBus, item: TrayItem): Promise<DbusMenu> {
  return (await bus.getProxyObject(item.owner, item.menuPath)).getInterface<DbusMenu>(
    'com.canonical.dbusmenu',
  );
}

async function menuEntries(bus: MessageBus, item: TrayItem): Promise<Layout[]> {
  const [, layout] = await (await menuOf(bus, item)).GetLayout(0, -1, []);
  return layout[2].map((child) => child.value);
}

async function withBus<T>(busAddress: string, use: (bus: MessageBus) => Promise<T>): Promise<T> {
  const bus = dbus.sessionBus({ busAddress });
  try {
    return await use(bus);
  } finally {
    bus.disconnect();
  }
}
