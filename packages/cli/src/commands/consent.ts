import type { Command } from 'commander';
import { verifyConsentChain } from '@pledge/server';
import { setExitCode } from './exit-code.ts';
import { withMigratedDatabase } from './migrate.ts';

export function registerConsentCommands(program: Command): void {
  const consent = program.command('consent').description('the consent ledger: every recorded choice, hash-chained');

  consent
    .command('verify')
    .description('recompute the consent ledger’s hash chain (exit 0 intact, 1 broken, naming the first broken record)')
    .action(async (_opts: unknown, cmd: Command) => {
      await withMigratedDatabase(cmd, async (db) => {
        const result = await verifyConsentChain(db);
        if (result.ok) {
          process.stdout.write(
            result.head
              ? `Consent ledger intact: ${result.checked} records. Head: seq ${result.head.seq}, hash ${result.head.hash}\n` +
                  '(Keep a copy of the head elsewhere: removing the newest records is only detectable against it.)\n'
              : 'Consent ledger intact: it is empty.\n',
          );
          setExitCode(cmd, 0);
        } else {
          const { seq, receipt, reason } = result.firstBroken;
          process.stdout.write(
            `Consent ledger BROKEN at seq ${seq}${receipt ? ` (receipt ${receipt})` : ''}: ${reason}\n` +
              `(${result.checked} records before it verified.)\n`,
          );
          setExitCode(cmd, 1);
        }
      });
    });
}
