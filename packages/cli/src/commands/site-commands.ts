import { ErrorCode, isAtlassifyError } from '@atlassify/engine';
import type { Command } from 'commander';

import { printJson, printLine } from '../print/output.ts';
import { withEngine } from '../runtime/open-engine.ts';
import { resolveAccount } from './account-option.ts';

const accountHelp = 'the account, by email or id (needed when several are signed in)';

/** Adds `sites list|add|remove`: the sites fetched besides an account's unscoped feed. */
export function addSiteCommands(program: Command): void {
  const sites = program
    .command('sites')
    .description(
      "manage the sites fetched on their own besides an account's feed, for sites missing from it",
    );

  sites
    .command('list')
    .description("list an account's added sites")
    .option('--account <email|id>', accountHelp)
    .option('--json', 'print JSON', false)
    .action((flags: { account?: string; json: boolean }) =>
      withEngine(async (engine) => {
        const account = resolveAccount(engine, flags.account);
        const list = engine.listSites(account.id);
        if (flags.json) {
          printJson(list);
          return;
        }
        if (list.length === 0) {
          printLine(
            `${account.email} has no added sites; its feed spans every site Atlassian includes.`,
          );
          return;
        }
        for (const site of list) {
          printLine(`${site.host}  ${site.cloudId}`);
        }
      }),
    );

  sites
    .command('add <host>')
    .description('add a site by host name or pasted URL, such as acme.atlassian.net')
    .option('--account <email|id>', accountHelp)
    .action((host: string, flags: { account?: string }) =>
      withEngine(async (engine) => {
        const account = resolveAccount(engine, flags.account);
        try {
          const site = await engine.addSite(account.id, host);
          printLine(`Added ${site.host} (cloud id ${site.cloudId}) to ${account.email}.`);
        } catch (error) {
          // A site added twice is still in place as requested, so scripts may repeat the command.
          if (!isAtlassifyError(error) || error.code !== ErrorCode.siteAlreadyAdded) {
            throw error;
          }
          printLine(`${error.message} Nothing to do.`);
        }
      }),
    );

  sites
    .command('remove <host>')
    .description('remove an added site')
    .option('--account <email|id>', accountHelp)
    .action((host: string, flags: { account?: string }) =>
      withEngine(async (engine) => {
        const account = resolveAccount(engine, flags.account);
        const removed = await engine.removeSite(account.id, host);
        printLine(`Removed ${removed} from ${account.email}.`);
      }),
    );
}
