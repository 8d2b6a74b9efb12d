import { Command, CommanderError } from 'commander';
import { registerAuditCommands } from './commands/audit.ts';
import { registerCheckCommand } from './commands/check.ts';
import { registerConsentCommands } from './commands/consent.ts';
import { registerKeysCommands } from './commands/keys.ts';
import { registerMigrateCommand } from './commands/migrate.ts';
import { registerNoticeCommand } from './commands/notice.ts';
import { registerRecordsCommand } from './commands/records.ts';
import { registerRequestsCommands } from './commands/requests.ts';
import { registerSchemaCommands } from './commands/schema.ts';
import { registerServeCommand } from './commands/serve.ts';
import { registerUsersCommands } from './commands/users.ts';
import { registerWorkerCommand } from './commands/worker.ts';

/** Builds the `pledge` command tree. Each command lives in its own file under commands/. */
export function buildProgram(): Command {
  const program = new Command('pledge')
    .description('Privacy operations from one manifest: notice, consent, rights requests, retention, records.')
    .exitOverride()
    .showHelpAfterError();
  registerCheckCommand(program);
  registerSchemaCommands(program);
  registerServeCommand(program);
  registerMigrateCommand(program);
  registerKeysCommands(program);
  registerAuditCommands(program);
  registerUsersCommands(program);
  registerConsentCommands(program);
  registerNoticeCommand(program);
  registerRecordsCommand(program);
  registerRequestsCommands(program);
  registerWorkerCommand(program);
  return program;
}

/** Runs the CLI and returns the exit code (0 ok, 1 findings/errors, 2 cannot read or bad usage). */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  let code = 0;
  program.hook('postAction', (_cmd, action) => {
    const c = action.getOptionValue('__exitCode') as number | undefined;
    if (typeof c === 'number') code = c;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    process.stderr.write(`pledge: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
}
