import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { formatFindings, loadManifestFile, ManifestReadError, type LoadResult } from '@pledge/manifest';
import { buildApp, createApiKeysService, createAuditService, createDatabase, createLogger, loadConfig } from '@pledge/server';
import { EXAMPLES_DIR, MINIMAL_FIXTURE } from '../repo-paths.ts';
import { setExitCode } from './exit-code.ts';
import { migrateAndRecord } from './migrate.ts';
import { startMailOutbox, startWorker } from './worker.ts';

export interface ServeOptions {
  manifest?: string;
  port?: string;
  demo?: boolean;
  /** Run fulfilment jobs in this process too; default: on with the demo manifest, off otherwise (run `pledge worker`). */
  worker?: boolean;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('run the Pledge server: migrate the database, load the manifest, serve the API')
    .option('--manifest <file>', 'the manifest (default: PLEDGE_MANIFEST; without one, the demo manifest)')
    .option('--port <n>', 'port to listen on (default: PORT, else 3000)')
    .option('--demo', 'run with the example manifest (examples/jume)')
    .option('--worker', 'also run fulfilment jobs in this process (default with the demo manifest)')
    .option('--no-worker', 'do not run fulfilment jobs here (run `pledge worker` instead)')
    .action(async (opts: ServeOptions, cmd: Command) => {
      const server = await startServer(opts);
      if (typeof server === 'number') {
        setExitCode(cmd, server);
        return;
      }
      await waitForShutdownSignal();
      await server.close();
      setExitCode(cmd, 0);
    });
}

/** Starts the server, or returns an exit code (1 invalid manifest, 2 unreadable manifest) without starting. */
export async function startServer(opts: ServeOptions): Promise<RunningServer | number> {
  // Flags go through the same validation as the environment, so `--port abc` fails like `PORT=abc`.
  const config = loadConfig({
    ...process.env,
    ...(opts.port === undefined ? {} : { PORT: opts.port }),
    ...(opts.manifest === undefined ? {} : { PLEDGE_MANIFEST: opts.manifest }),
  });
  const manifestFile = opts.demo || !config.manifestPath ? demoManifestFile() : config.manifestPath;
  const loaded = await loadManifestOrReport(manifestFile);
  if (typeof loaded === 'number') return loaded;

  const db = await createDatabase(config);
  try {
    await migrateAndRecord(db, 'system');
    const app = await buildApp({ config, db, manifest: loaded.manifest, logger: createLogger(config.logLevel, process.stdout) });
    const url = await app.listen({ port: config.port, host: config.host });
    // Only once listening: a key created for a server that then failed to start would never be seen.
    const first = await createApiKeysService(db, createAuditService(db)).createFirstAdminKey('system');
    if (first) printFirstAdminKey(first.plaintext);
    process.stdout.write(`Pledge is serving ${manifestFile} at ${url} (OpenAPI: ${url}/openapi.json)\n`);
    const stopWorker = (opts.worker ?? manifestFile === demoManifestFile()) ? await startWorker(db, config, loaded.manifest) : null;
    const stopOutbox = startMailOutbox(db, config);
    return {
      url,
      close: async () => {
        await stopOutbox();
        await stopWorker?.();
        await app.close();
        await db.destroy();
      },
    };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}

function demoManifestFile(): string {
  const example = join(EXAMPLES_DIR, 'jume', 'pledge.yaml');
  return existsSync(example) ? example : MINIMAL_FIXTURE;
}

async function loadManifestOrReport(file: string): Promise<Extract<LoadResult, { ok: true }> | number> {
  let loaded: LoadResult;
  try {
    loaded = await loadManifestFile(file);
  } catch (error) {
    if (!(error instanceof ManifestReadError)) throw error;
    process.stderr.write(`pledge serve: ${error.message}\n`);
    return 2;
  }
  if (loaded.ok) return loaded;
  process.stderr.write(`pledge serve: ${file} is not a valid manifest, so the server was not started.\n`);
  process.stderr.write(formatFindings(loaded.findings, 'text'));
  return 1;
}

/** Written to stdout directly, never through the logger: log pipelines keep copies, and this is a credential. */
function printFirstAdminKey(plaintext: string): void {
  process.stdout.write(
    '\nNo API keys existed, so Pledge created an admin key. It is shown this once and stored only\n' +
      'as a hash; copy it now:\n\n' +
      `  ${plaintext}\n\n` +
      'Send it as `Authorization: Bearer <key>`. Create more with `pledge keys create --role <role>`.\n\n',
  );
}

function waitForShutdownSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
