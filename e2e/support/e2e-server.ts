import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { loadManifestFile, type Manifest } from '@pledge/manifest';
import { buildApp, createAccounts, createAuditService, loadConfig, ROLES, type PledgeApp, type Role } from '@pledge/server';
import { startWorker } from '../../packages/cli/src/commands/worker.ts';
import { createTestDatabase, type TestDatabase } from '../../packages/server/src/db/test-database.ts';
import { seedRequests } from './seed-requests.ts';
import { startSmtpSink, type SmtpSink } from './smtp-sink.ts';

const JUME_MANIFEST = fileURLToPath(new URL('../../examples/jume/pledge.yaml', import.meta.url));
export const PASSWORD = 'e2e password, long enough';

export interface E2eServerOptions {
  /** Default: the Jume demo manifest (no systems, so nothing to fulfil). */
  manifestFile?: string;
  /** Where the manifest's systems are: the variables their `connection.urlEnv` names. */
  systemsEnv?: Record<string, string>;
  /** Runs fulfilment jobs in this process, as `pledge serve --worker` does. */
  worker?: boolean;
  /** The console accounts' e-mail domain. Default `jume.example`. */
  staffDomain?: string;
  /** Extra server settings (e.g. PLEDGE_ERASURE_HASH_SECRET). */
  env?: Record<string, string>;
}

export interface E2eServer {
  origin: string;
  /** The company's own site (another local origin, in the manifest's origins): where a test may serve a page that embeds the center. */
  companySite: { origin: string; port: number };
  app: PledgeApp;
  manifest: Manifest;
  smtp: SmtpSink;
  /** One console account per role, all with PASSWORD, plus `totp@<domain>` (admin) whose secret is `totpSecret`. */
  email: (role: Role) => string;
  totpSecret: string;
  /** Records requests as staff would (by phone, e-mail), received days ago, so the queue has overdue and due-soon rows. */
  seedRequests(): Promise<void>;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** A manifest served on a real port, with its own origin allowed to record consent, mail going to a sink. */
export async function startE2eServer(options: E2eServerOptions = {}): Promise<E2eServer> {
  const port = await freePort();
  const sitePort = await freePort();
  const companySite = { origin: `http://localhost:${sitePort}`, port: sitePort };
  const origin = `http://127.0.0.1:${port}`;
  const loaded = await loadManifestFile(options.manifestFile ?? JUME_MANIFEST);
  if (!loaded.ok) throw new Error(`${options.manifestFile ?? JUME_MANIFEST} is invalid`);
  const manifest: Manifest = { ...loaded.manifest, cookieSettings: { ...loaded.manifest.cookieSettings, origins: [...loaded.manifest.cookieSettings.origins, origin, companySite.origin] } };
  const smtp = await startSmtpSink();
  const database: TestDatabase = await createTestDatabase();
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    PLEDGE_DATA_DIR: 'memory://',
    PLEDGE_PUBLIC_URL: origin,
    PUBLIC_RATE_LIMIT: '100000',
    PLEDGE_TOTP_KEY: randomBytes(32).toString('base64'),
    SMTP_URL: smtp.url,
    MAIL_FROM: `${manifest.organisation.name} privacy <${manifest.organisation.controllers[0]!.contact.email}>`,
    // A retried job comes back within a second, not after the production backoff.
    PLEDGE_JOB_BACKOFF_MS: '200',
    ...options.systemsEnv,
    ...options.env,
  });
  const app = await buildApp({ config, db: database.db, manifest });
  await app.listen({ port, host: '127.0.0.1' });
  // The worker `pledge serve --worker` starts, on the same config (so the same package key) as the app.
  const stopWorker = options.worker ? await startWorker(database.db, config, manifest, 200) : null;
  const accounts = createAccounts(database.db, createAuditService(database.db), config.accounts);
  const domain = options.staffDomain ?? 'jume.example';
  const email = (role: Role) => `${role.replace('_', '.')}@${domain}`;
  for (const role of ROLES) await accounts.users.create({ email: email(role), role, password: PASSWORD }, 'system');
  const totp = await accounts.users.create({ email: `totp@${domain}`, role: 'admin', password: PASSWORD, totp: true }, 'system');
  return {
    origin,
    companySite,
    app,
    manifest,
    smtp,
    email,
    totpSecret: new URL(totp.totpUri!).searchParams.get('secret')!,
    seedRequests: () => seedRequests(app, origin, { email: email('admin'), password: PASSWORD }),
    close: async () => {
      await stopWorker?.();
      await app.close();
      await database.destroy();
      await smtp.close();
    },
  };
}
