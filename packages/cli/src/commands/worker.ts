import type { Command } from 'commander';
import { formatFindings, loadManifestFile, ManifestReadError } from '@pledge/manifest';
import { createAuditService, createDatabase, createFulfilmentMail, createFulfilmentWorker, createLogger, createMailDelivery, createRights, drainMailOutbox, listPendingMigrations, loadConfig, startPeriodicTask, type Config, type Db } from '@pledge/server';

/** The daily deadline check runs hourly: it records one reminder per request per UTC day, so extra runs change nothing. */
const REMINDER_INTERVAL_MS = 3_600_000;
import { setExitCode } from './exit-code.ts';

export interface WorkerOptions {
  manifest?: string;
}

export function registerWorkerCommand(program: Command): void {
  program
    .command('worker')
    .description('run fulfilment jobs (rights requests) until stopped; SIGTERM or SIGINT ends it after the current step')
    .option('--manifest <file>', 'the manifest (default: PLEDGE_MANIFEST)')
    .action(async (opts: WorkerOptions, cmd: Command) => {
      const config = loadConfig({ ...process.env, ...(opts.manifest === undefined ? {} : { PLEDGE_MANIFEST: opts.manifest }) });
      if (!config.manifestPath) {
        process.stderr.write('pledge worker: set PLEDGE_MANIFEST or pass --manifest: the worker needs the systems it fulfils requests in.\n');
        return setExitCode(cmd, 2);
      }
      const manifest = await loadManifestOrReport(config.manifestPath);
      if (typeof manifest === 'number') return setExitCode(cmd, manifest);
      const db = await createDatabase(config);
      try {
        const pending = await listPendingMigrations(db);
        if (pending.length > 0) {
          process.stderr.write(`pledge worker: the database has ${pending.length} pending migration(s); run \`pledge migrate\` first.\n`);
          return setExitCode(cmd, 1);
        }
        const stop = await startWorker(db, config, manifest);
        const outbox = startMailOutbox(db, config);
        await waitForSignal();
        await stop();
        await outbox();
        setExitCode(cmd, 0);
      } finally {
        await db.destroy();
      }
    });
}

/** Starts the loop; the returned function stops it after the current step. Also used by `pledge serve --worker`. */
export async function startWorker(db: Db, config: Config, manifest: Parameters<typeof createFulfilmentWorker>[0]['manifest'], pollMs?: number): Promise<() => Promise<void>> {
  const logger = createLogger(config.logLevel, process.stdout);
  const mail = createMailDelivery(config, db, logger);
  const audit = createAuditService(db);
  const worker = createFulfilmentWorker(
    { db, audit, manifest, config: config.fulfilment, mail: createFulfilmentMail(config.mail, db, logger, mail.outbox), publicUrl: config.rights.publicUrl, logger },
    pollMs === undefined ? {} : { pollMs },
  );
  const loop = worker.run();
  // Issue #5: "a daily job raises reminders" (overdue, due soon, unacknowledged), mailed to the privacy team.
  const rights = createRights({ config, db, audit, manifest, mailer: mail.mailer, outbox: mail.outbox, logger });
  const reminders = startPeriodicTask('deadline reminders', () => rights.raiseDeadlineReminders(new Date()), logger, REMINDER_INTERVAL_MS);
  process.stdout.write(`Pledge worker ${worker.id} is running fulfilment jobs and the daily deadline check.\n`);
  return async () => {
    await reminders.stop();
    await worker.stop();
    await loop;
    mail.close();
  };
}

/**
 * The mail outbox's retry loop (`pledge serve` runs one too): sends mails that failed, or whose writer stopped
 * between its commit and the send. The returned function stops it.
 */
export function startMailOutbox(db: Db, config: Config): () => Promise<void> {
  const logger = createLogger(config.logLevel, process.stdout);
  const mail = createMailDelivery(config, db, logger);
  const drainer = drainMailOutbox(config, mail, logger);
  return async () => {
    await drainer.stop();
    mail.close();
  };
}

async function loadManifestOrReport(file: string) {
  try {
    const loaded = await loadManifestFile(file);
    if (loaded.ok) return loaded.manifest;
    process.stderr.write(`pledge worker: ${file} is not a valid manifest.\n${formatFindings(loaded.findings, 'text')}`);
    return 1;
  } catch (error) {
    if (!(error instanceof ManifestReadError)) throw error;
    process.stderr.write(`pledge worker: ${error.message}\n`);
    return 2;
  }
}

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
