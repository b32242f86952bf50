export { splitCommandLine } from './command-line.ts';
export { type OpenInBrowserOptions, openInBrowser } from './open-in-browser.ts';
