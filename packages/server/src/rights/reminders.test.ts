import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditService } from '../audit/audit.service.ts';
import { loadConfig } from '../config.ts';
import { createMailer } from '../mail/mailer.ts';
import type { IntakeInput } from './request-schemas.ts';
import { createRights, type Rights } from './rights.module.ts';
import { createRightsTestApp, rightsManifest, uniqueEmail, type RightsTestApp } from './testing/rights-test-kit.ts';

let t: RightsTestApp;
let rights: Rights;
const quiet = { warn: () => undefined, error: () => undefined, info: () => undefined };
beforeAll(async () => {
  t = await createRightsTestApp();
  const config = loadConfig({ SMTP_URL: t.smtp.url, PRIVACY_TEAM_EMAIL: 'team@shop.example.com' });
  rights = createRights({ config, db: t.db, audit: createAuditService(t.db), manifest: await rightsManifest(), mailer: createMailer(config.mail, t.db, quiet), logger: quiet });
});
afterAll(() => t.close());

const NOW = new Date('2026-06-15T06:00:00Z');
const daysBefore = (n: number) => new Date(NOW.getTime() - n * 86_400_000);
const takeIn = async (receivedAt: Date, extra: Record<string, unknown> = {}) =>
  (await rights.takeIn({ type: 'access', jurisdiction: 'gdpr', email: uniqueEmail(), ...extra } as IntakeInput, { channel: 'email', receivedAt, actor: 'system' })).request;

describe('raiseDeadlineReminders', () => {
  it('reminds of overdue and due-soon requests once a day, mails the team references only, and skips closed ones', async () => {
    const overdue = await takeIn(daysBefore(40));
    const soon = await takeIn(daysBefore(26));
    const later = await takeIn(daysBefore(1));
    const closed = await takeIn(daysBefore(50));
    await t.db.updateTable('rights_requests').set({ state: 'withdrawn', closed_at: NOW.toISOString() }).where('id', '=', closed.id).execute();

    const run = await rights.raiseDeadlineReminders(NOW);
    const byId = new Map(run.raised.map((r) => [r.requestId, r.kind]));
    expect(byId.get(overdue.id)).toBe('overdue');
    expect(byId.get(soon.id)).toBe('due_soon');
    expect(byId.has(later.id)).toBe(false);
    expect(byId.has(closed.id)).toBe(false);
    expect(run.mail).toBe('sent');
    const mail = await t.smtp.waitFor((m) => t.smtp.to('team@shop.example.com').includes(m));
    expect(mail.text).toContain(`${overdue.reference}: access to your personal data, due`);
    expect(mail.text).toContain('(OVERDUE)');
    expect(mail.text).not.toContain(overdue.email);

    // Idempotent per request per day: a second run the same day raises nothing and mails nothing.
    expect(await rights.raiseDeadlineReminders(new Date(NOW.getTime() + 3_600_000))).toEqual({ raised: [], mail: null });
    expect(t.smtp.to('team@shop.example.com')).toHaveLength(1);
    // The next day they come again.
    const tomorrow = await rights.raiseDeadlineReminders(new Date(NOW.getTime() + 86_400_000));
    expect(tomorrow.raised.map((r) => r.requestId)).toEqual(expect.arrayContaining([overdue.id, soon.id]));
    const events = await t.db.selectFrom('rights_request_events').select(['kind', 'visible_to_person']).where('request_id', '=', overdue.id).where('kind', 'like', 'reminder_%').execute();
    expect(events).toEqual([{ kind: 'reminder_overdue', visible_to_person: false }, { kind: 'reminder_overdue', visible_to_person: false }]);
  });

  it('reminds of a CCPA acknowledgement that did not go out, and skips requests whose clock is paused', async () => {
    const ccpa = await takeIn(daysBefore(9), { type: 'know', jurisdiction: 'ccpa' });
    await t.db.updateTable('rights_requests').set({ acknowledged_at: null }).where('id', '=', ccpa.id).execute();
    const uk = await takeIn(daysBefore(40), { jurisdiction: 'uk_gdpr' });
    expect(uk.clockPausedAt).not.toBeNull();
    const run = await rights.raiseDeadlineReminders(new Date(NOW.getTime() + 2 * 86_400_000));
    expect(run.raised.find((r) => r.requestId === ccpa.id)?.kind).toBe('acknowledge');
    expect(run.raised.some((r) => r.requestId === uk.id)).toBe(false);
  });
});
