import { Option, type Command } from 'commander';
import { createApiKeysService, createAuditService, isPledgeError, ROLES, type ApiKeyRecord, type Role } from '@pledge/server';
import { setExitCode } from './exit-code.ts';
import { commandPath, withMigratedDatabase } from './migrate.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function registerKeysCommands(program: Command): void {
  const keys = program.command('keys').description('manage API keys (each holds one role: ' + ROLES.join(', ') + ')');

  keys
    .command('create')
    .description('create an API key and print it once')
    .addOption(new Option('--role <role>', 'what the key may do').choices(ROLES).makeOptionMandatory())
    .option('--label <label>', 'what the key is for', 'created with pledge keys create')
    .action(async (opts: { role: Role; label: string }, cmd: Command) => {
      await withMigratedDatabase(cmd, async (db) => {
        const { key, plaintext } = await createApiKeysService(db, createAuditService(db)).create(opts, 'cli');
        process.stdout.write(
          `Created ${key.role} key ${key.id} ("${key.label}").\n` +
            'It is shown this once and stored only as a hash; copy it now:\n\n' +
            `  ${plaintext}\n\n`,
        );
        setExitCode(cmd, 0);
      });
    });

  keys
    .command('list')
    .description('list API keys (never their secrets)')
    .action(async (_opts: unknown, cmd: Command) => {
      await withMigratedDatabase(cmd, async (db) => {
        const all = await createApiKeysService(db, createAuditService(db)).list();
        process.stdout.write(all.length === 0 ? 'No API keys.\n' : formatKeyTable(all));
        setExitCode(cmd, 0);
      });
    });

  keys
    .command('revoke')
    .description('revoke an API key; it stops working at once')
    .argument('<id>', 'the key id, as shown by pledge keys list')
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      if (!UUID.test(id)) {
        process.stderr.write(`${commandPath(cmd)}: "${id}" is not a key id (see pledge keys list)\n`);
        setExitCode(cmd, 2);
        return;
      }
      await withMigratedDatabase(cmd, async (db) => {
        try {
          const key = await createApiKeysService(db, createAuditService(db)).revoke(id, 'cli');
          process.stdout.write(`Revoked ${key.role} key ${key.id} ("${key.label}").\n`);
          setExitCode(cmd, 0);
        } catch (error) {
          if (!isPledgeError(error)) throw error;
          process.stderr.write(`${commandPath(cmd)}: ${error.message}\n`);
          setExitCode(cmd, 1);
        }
      });
    });
}

function formatKeyTable(keys: ApiKeyRecord[]): string {
  const rows = [
    ['ID', 'ROLE', 'PREFIX', 'CREATED', 'LAST USED', 'STATUS', 'LABEL'],
    ...keys.map((k) => [
      k.id,
      k.role,
      k.prefix,
      k.createdAt.toISOString(),
      k.lastUsedAt?.toISOString() ?? '-',
      k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'active',
      k.label,
    ]),
  ];
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => r[col]!.length)));
  return rows.map((r) => r.map((cell, col) => (col === r.length - 1 ? cell : cell.padEnd(widths[col]!))).join('  ')).join('\n') + '\n';
}
