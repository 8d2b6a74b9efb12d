import type { Manifest } from '@pledge/manifest';
import type { ParsedMail } from 'mailparser';
import { startSmtpSink, type SmtpSink } from '../../mail/testing/smtp-sink.ts';
import type { TestDatabase } from '../../db/test-database.ts';
import { bearer, createTestApp, loadMinimalManifest, type TestApp } from '../../testing/test-app.ts';

export const ASSERTION_SECRET = 'test-assertion-secret-that-is-long-enough-0123456789';
export const ASSERTION_ISSUER = 'https://shop.example.com';
export const UPLOAD_KEY = Buffer.alloc(32, 7).toString('base64');

/**
 * The minimal fixture with rights under all four laws, step-up for erasure, agents allowed and every
 * verification method: enough for every rule and attack in one manifest.
 */
export async function rightsManifest(change: (rights: Manifest['rights']) => void = () => undefined): Promise<Manifest> {
  const manifest = structuredClone(await loadMinimalManifest());
  const rights = manifest.rights;
  rights.offered = {
    gdpr: ['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability', 'withdraw_consent'],
    uk_gdpr: ['access', 'erasure'],
    ccpa: ['know', 'delete', 'correct', 'opt_out_sale_share', 'limit_sensitive'],
    lgpd: ['access', 'confirmation'],
  };
  rights.verification = { methods: ['email_code', 'account_login', 'second_identifier', 'id_document_review'], stepUpFor: ['erasure', 'delete'] };
  rights.authorisedAgents = { allowed: true, proof: ['signed_permission'], personConfirms: true };
  change(rights);
  return manifest;
}

export interface RightsTestApp extends TestApp {
  smtp: SmtpSink;
  admin: { authorization: string };
  officer: { authorization: string };
  support: { authorization: string };
}

/** A real app, database and SMTP sink. */
export async function createRightsTestApp(options: { env?: Record<string, string>; manifest?: Manifest; database?: TestDatabase } = {}): Promise<RightsTestApp> {
  const smtp = await startSmtpSink();
  const t = await createTestApp({
    ...(options.database ? { database: options.database } : {}),
    manifest: options.manifest ?? (await rightsManifest()),
    env: {
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Acme Privacy <privacy@shop.example.com>',
      PLEDGE_PUBLIC_URL: 'https://privacy.example.com',
      REQUEST_ASSERTION_SECRET: ASSERTION_SECRET,
      REQUEST_ASSERTION_ISSUER: ASSERTION_ISSUER,
      REQUEST_ASSERTION_AUDIENCE: 'pledge',
      PLEDGE_UPLOAD_KEY: UPLOAD_KEY,
      MAIL_MAX_PER_RECIPIENT_PER_HOUR: '50',
      REQUEST_LIMIT_PER_IDENTITY_PER_HOUR: '50',
      REQUEST_LIMIT_PER_IP_PER_HOUR: '500',
      ...options.env,
    },
  });
  return {
    ...t,
    smtp,
    admin: bearer(t.keys.admin),
    officer: bearer(t.keys.privacy_officer),
    support: bearer(t.keys.support_agent),
    close: async () => {
      await t.close();
      await smtp.close();
    },
  };
}

let counter = 0;
/** A fresh address per call, so tests never share an identity by accident. */
export function uniqueEmail(name = 'person'): string {
  counter += 1;
  return `${name}.${process.pid}.${counter}@example.org`;
}

export async function submit(t: TestApp, body: Record<string, unknown>): Promise<{ reference: string; statusToken: string }> {
  const res = await t.app.inject({ method: 'POST', url: '/v1/requests', payload: { jurisdiction: 'gdpr', ...body } });
  if (res.statusCode !== 202) throw new Error(`intake failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** The link token and the code from a verification mail. */
export function secretsFrom(mail: ParsedMail): { reference: string; token: string; code: string | null } {
  const text = mail.text ?? '';
  const link = /#ref=([^&\s]+)&token=([A-Za-z0-9_-]+)/.exec(text);
  if (!link) throw new Error(`no verification link in: ${text}`);
  return { reference: decodeURIComponent(link[1]!), token: link[2]!, code: /\b([0-9]{6})\b/.exec(text)?.[1] ?? null };
}

export async function verificationMail(t: RightsTestApp, email: string, reference: string): Promise<ParsedMail> {
  return t.smtp.waitFor((m) => (m.text ?? '').includes(reference) && (m.text ?? '').includes('#ref=') && t.smtp.to(email).includes(m));
}

export async function view(t: TestApp, reference: string, statusToken: string) {
  const res = await t.app.inject({ url: `/v1/requests/${reference}?token=${statusToken}` });
  return res.json() as { state: string; dueAt: string; timeline: Array<{ kind: string; state: string | null }> };
}

export async function requestId(t: TestApp, reference: string): Promise<string> {
  const row = await t.db.selectFrom('rights_requests').select('id').where('reference', '=', reference).executeTakeFirstOrThrow();
  return row.id;
}
