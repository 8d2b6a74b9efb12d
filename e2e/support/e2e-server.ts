import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { loadManifestFile, type Manifest } from '@pledge/manifest';
import { buildApp, createAccounts, createAuditService, loadConfig, ROLES, type PledgeApp, type Role } from '@pledge/server';
import { createTestDatabase, type TestDatabase } from '../../packages/server/src/db/test-database.ts';
import { startSmtpSink, type SmtpSink } from './smtp-sink.ts';

const DEMO_MANIFEST = fileURLToPath(new URL('../../examples/jume/pledge.yaml', import.meta.url));
export const PASSWORD = 'e2e password, long enough';

export interface E2eServer {
  origin: string;
  app: PledgeApp;
  manifest: Manifest;
  smtp: SmtpSink;
  /** One console account per role, all with PASSWORD, plus `totp@example.com` (admin) whose secret is `totpSecret`. */
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

/** The demo manifest served on a real port, with its own origin allowed to record consent, mail going to a sink. */
export async function startE2eServer(): Promise<E2eServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const loaded = await loadManifestFile(DEMO_MANIFEST);
  if (!loaded.ok) throw new Error('demo manifest is invalid');
  const manifest: Manifest = { ...loaded.manifest, cookieSettings: { ...loaded.manifest.cookieSettings, origins: [...loaded.manifest.cookieSettings.origins, origin] } };
  const smtp = await startSmtpSink();
  const database: TestDatabase = await createTestDatabase();
  const totpKey = randomBytes(32).toString('base64');
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    PLEDGE_DATA_DIR: 'memory://',
    PLEDGE_PUBLIC_URL: origin,
    PUBLIC_RATE_LIMIT: '100000',
    PLEDGE_TOTP_KEY: totpKey,
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Jume privacy <privacy@jume.example>',
  });
  const app = await buildApp({ config, db: database.db, manifest });
  await app.listen({ port, host: '127.0.0.1' });
  const accounts = createAccounts(database.db, createAuditService(database.db), config.accounts);
  const email = (role: Role) => `${role.replace('_', '.')}@jume.example`;
  for (const role of ROLES) await accounts.users.create({ email: email(role), role, password: PASSWORD }, 'system');
  const totp = await accounts.users.create({ email: 'totp@jume.example', role: 'admin', password: PASSWORD, totp: true }, 'system');
  return {
    origin,
    app,
    manifest,
    smtp,
    email,
    totpSecret: new URL(totp.totpUri!).searchParams.get('secret')!,
    seedRequests: async () => {
      const login = await app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: email('admin'), password: PASSWORD } });
      const headers = { cookie: String(login.headers['set-cookie']).split(';')[0]!, 'x-csrf-token': login.json().csrfToken };
      const seeds = [
        { type: 'erasure', daysAgo: 33, email: 'ada@example.com', channel: 'email' },
        { type: 'access', daysAgo: 26, email: 'bram@example.com', channel: 'phone' },
        { type: 'restriction', daysAgo: 9, email: 'chloe@example.com', channel: 'postal' },
        { type: 'objection_direct_marketing', daysAgo: 2, email: 'dirk@example.com', channel: 'email' },
      ];
      // Consent records from the privacy center's origin, so the chart has rates to draw.
      const banner = (await app.inject({ url: '/v1/banner/config?lang=en' })).json();
      const optional: string[] = banner.categories.filter((c: { required: boolean }) => !c.required).map((c: { id: string }) => c.id);
      for (let i = 0; i < 12; i += 1) {
        const choices = Object.fromEntries(optional.map((id, j) => [id, i % (j + 2) !== 0]));
        const consentMode = Object.fromEntries(Object.entries(banner.consentMode as Record<string, string | null>).map(([k, c]) => [k, c === null || choices[c] ? 'granted' : 'denied']));
        const body = { site: 'e2e', subjectId: randomBytes(16).toString('hex'), choices, vendors: {}, method: 'custom', noticeVersion: banner.noticeVersion, textVersion: banner.textVersion, language: 'en', consentMode, gpc: false, dnt: false };
        const res = await app.inject({ method: 'POST', url: '/v1/consents', headers: { origin }, payload: body });
        if (res.statusCode !== 201) throw new Error(`seeding consent failed: ${res.statusCode} ${res.body}`);
      }
      for (const seed of seeds) {
        const receivedAt = new Date(Date.now() - seed.daysAgo * 86_400_000).toISOString();
        const body = { type: seed.type, jurisdiction: 'gdpr', email: seed.email, channel: seed.channel, receivedAt };
        const res = await app.inject({ method: 'POST', url: '/v1/admin/requests', headers, payload: body });
        if (res.statusCode !== 202) throw new Error(`seeding a request failed: ${res.statusCode} ${res.body}`);
      }
    },
    close: async () => {
      await app.close();
      await database.destroy();
      await smtp.close();
    },
  };
}
