import type { Command } from 'commander';
import { createAuditService, createLogger, createMailDelivery, createRights, loadConfig, type ReminderRun } from '@pledge/server';
import { setExitCode } from './exit-code.ts';
import { loadManifestForCommand, manifestFileFrom } from './manifest-input.ts';
import { commandPath, withMigratedDatabase } from './migrate.ts';

export function registerRequestsCommands(program: Command): void {
  const requests = program.command('requests').description('rights requests');

  requests
    .command('remind')
    .description("raise today's deadline reminders (overdue, due within 7 days, unacknowledged) and mail the privacy team; safe to run again the same day")
    .option('--manifest <file>', 'the manifest (default: PLEDGE_MANIFEST, else ./pledge.yaml)')
    .option('--now <iso-date>', 'run as if it were this moment (for catching up or testing)')
    .action(async (opts: { manifest?: string; now?: string }, cmd: Command) => {
      const now = opts.now === undefined ? new Date() : new Date(opts.now);
      if (Number.isNaN(now.getTime())) {
        process.stderr.write(`${commandPath(cmd)}: --now "${opts.now}" is not a date (use ISO 8601, e.g. 2026-03-01T08:00:00Z)\n`);
        return setExitCode(cmd, 2);
      }
      const manifest = await loadManifestForCommand(cmd, manifestFileFrom(opts.manifest));
      if (!manifest) return;
      await withMigratedDatabase(cmd, async (db) => {
        const config = loadConfig();
        const logger = createLogger(config.logLevel, process.stderr);
        // The digest goes through the outbox: if SMTP refuses it now, a running server or worker sends it later.
        const mail = createMailDelivery(config, db, logger);
        try {
          const run = await createRights({ config, db, audit: createAuditService(db), manifest, mailer: mail.mailer, outbox: mail.outbox, logger }).raiseDeadlineReminders(now);
          process.stdout.write(formatRun(run));
          setExitCode(cmd, 0);
        } finally {
          mail.close();
        }
      });
    });
}

function formatRun(run: ReminderRun): string {
  if (run.raised.length === 0) return 'No new reminders today.\n';
  const lines = run.raised.map((r) => `  ${r.reference}  ${r.type.padEnd(26)} due ${r.dueAt.toISOString().slice(0, 10)}  ${r.kind}\n`);
  return `Raised ${run.raised.length} reminder(s):\n${lines.join('')}Mail to the privacy team: ${run.mail ?? 'not sent (no address)'}.\n`;
}
