import type { Command } from 'commander';
import { verifyAuditChain } from '@pledge/server';
import { setExitCode } from './exit-code.ts';
import { withMigratedDatabase } from './migrate.ts';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('the append-only, hash-chained audit log');

  audit
    .command('verify')
    .description('recompute the hash chain (exit 0 intact, 1 broken)')
    .action(async (_opts: unknown, cmd: Command) => {
      await withMigratedDatabase(cmd, async (db) => {
        const result = await verifyAuditChain(db);
        if (result.ok) {
          process.stdout.write(
            result.head
              ? `Audit chain intact: ${result.checked} entries. Head: seq ${result.head.seq}, hash ${result.head.hash}\n` +
                  '(Keep a copy of the head elsewhere: removing the newest entries is only detectable against it.)\n'
              : 'Audit chain intact: the log is empty.\n',
          );
          setExitCode(cmd, 0);
        } else {
          process.stdout.write(
            `Audit chain BROKEN at seq ${result.firstBroken.seq}: ${result.firstBroken.reason}\n` +
              `(${result.checked} entries before it verified.)\n`,
          );
          setExitCode(cmd, 1);
        }
      });
    });
}
