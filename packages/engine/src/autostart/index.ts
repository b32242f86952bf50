export {
  type AutostartEntry,
  type AutostartFolders,
  autostartEntryFor,
  type LaunchCommand,
  launchAgentLabel,
  linuxAutostartEntry,
  macLaunchAgent,
  quoteExecArgument,
  windowsStartupScript,
} from './autostart-entries.ts';
export {
  applyLaunchAtLoginChange,
  createLaunchAtLogin,
  type LaunchAtLogin,
  type LaunchAtLoginOptions,
} from './launch-at-login.ts';
