import { Option, type Command } from 'commander';
import { createAccounts, createAuditService, isPledgeError, loadConfig, ROLES, type Role } from '@pledge/server';
import { setExitCode } from './exit-code.ts';
import { commandPath, withMigratedDatabase } from './migrate.ts';

/** Reads a password piped on standard input (`… --password-stdin < file`), never from the command line (shell history). */
async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.replace(/\r?\n$/, '');
}

export function registerUsersCommands(program: Command): void {
  const users = program.command('users').description('manage admin console accounts (each holds one role: ' + ROLES.join(', ') + ')');

  users
    .command('create')
    .description('create a console account; prints a generated password once unless --password-stdin')
    .requiredOption('--email <address>', 'the person’s e-mail address (their login)')
    .addOption(new Option('--role <role>', 'what the account may do').choices(ROLES).makeOptionMandatory())
    .option('--password-stdin', 'read the password from standard input instead of generating one')
    .option('--totp', 'require a six-digit code from an authenticator app (needs PLEDGE_TOTP_KEY)')
    .action(async (opts: { email: string; role: Role; passwordStdin?: boolean; totp?: boolean }, cmd: Command) => {
      const password = opts.passwordStdin ? await readStdin() : undefined;
      await run(cmd, async (accounts) => {
        const created = await accounts.users.create({ email: opts.email, role: opts.role, totp: opts.totp ?? false, ...(password === undefined ? {} : { password }) }, 'cli');
        let out = `Created ${created.user.role} account ${created.user.email} (${created.user.id}).\n`;
        if (created.generatedPassword) out += `\nIts password is shown this once and stored only as a hash; hand it over safely:\n\n  ${created.generatedPassword}\n`;
        if (created.totpUri) out += `\nAdd this to an authenticator app (or show it as a QR code); it is shown this once:\n\n  ${created.totpUri}\n`;
        process.stdout.write(out + '\n');
      });
    });

  users
    .command('list')
    .description('list console accounts')
    .action(async (_opts: unknown, cmd: Command) => {
      await run(cmd, async (accounts) => {
        const all = await accounts.users.list();
        const rows = all.map((u) => `${u.email}  ${u.role}  ${u.totpEnabled ? 'totp' : 'password only'}  ${u.disabledAt ? 'disabled' : 'active'}`);
        process.stdout.write(rows.length === 0 ? 'No console accounts.\n' : rows.join('\n') + '\n');
      });
    });

  users
    .command('password')
    .description('set a new password (generated and printed once unless --password-stdin); ends the account’s sessions')
    .requiredOption('--email <address>', 'the account')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (opts: { email: string; passwordStdin?: boolean }, cmd: Command) => {
      const password = opts.passwordStdin ? await readStdin() : undefined;
      await run(cmd, async (accounts) => {
        const result = await accounts.users.setPassword(opts.email, password, 'cli');
        process.stdout.write(result.generatedPassword ? `New password, shown this once:\n\n  ${result.generatedPassword}\n\n` : 'Password set.\n');
      });
    });

  users
    .command('disable')
    .description('disable a console account; its sessions end at once')
    .requiredOption('--email <address>', 'the account')
    .action(async (opts: { email: string }, cmd: Command) => {
      await run(cmd, async (accounts) => {
        const user = await accounts.users.disable(opts.email, 'cli');
        process.stdout.write(`Disabled ${user.email}.\n`);
      });
    });
}

async function run(cmd: Command, fn: (accounts: ReturnType<typeof createAccounts>) => Promise<void>): Promise<void> {
  const config = loadConfig();
  await withMigratedDatabase(cmd, async (db) => {
    try {
      await fn(createAccounts(db, createAuditService(db), config.accounts));
      setExitCode(cmd, 0);
    } catch (error) {
      if (!isPledgeError(error)) throw error;
      process.stderr.write(`${commandPath(cmd)}: ${error.message}\n`);
      setExitCode(cmd, 1);
    }
  });
}
