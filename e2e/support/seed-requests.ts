import { randomBytes } from 'node:crypto';
import type { PledgeApp } from '@pledge/server';

/**
 * Consent records from the privacy center's origin (so the chart has rates to draw) and requests recorded by staff
 * (by phone, e-mail, post), received days ago, so the queue has overdue and due-soon rows.
 */
export async function seedRequests(app: PledgeApp, origin: string, staff: { email: string; password: string }): Promise<void> {
  const login = await app.inject({ method: 'POST', url: '/v1/auth/login', payload: staff });
  const headers = { cookie: String(login.headers['set-cookie']).split(';')[0]!, 'x-csrf-token': login.json().csrfToken };
  const seeds = [
    { type: 'erasure', daysAgo: 33, email: 'ada@example.com', channel: 'email' },
    { type: 'access', daysAgo: 26, email: 'bram@example.com', channel: 'phone' },
    { type: 'restriction', daysAgo: 9, email: 'chloe@example.com', channel: 'postal' },
    { type: 'objection_direct_marketing', daysAgo: 2, email: 'dirk@example.com', channel: 'email' },
  ];
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
}
