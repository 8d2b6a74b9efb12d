import { describe, expect, it } from 'vitest';
import { createAuditService } from '../audit/audit.service.ts';
import { loadConfig } from '../config.ts';
import { createMailDelivery } from '../mail-delivery.ts';
import { quietLogger, useDatabaseAndSink } from '../mail/testing/database-and-sink.ts';
import { loadMinimalManifest } from '../testing/test-app.ts';
import { noticeAnnouncer } from './notice-mail.ts';
import { changedManifest } from './notice-test-fixtures.ts';
import { createNoticeService } from './notice.service.ts';

const env = useDatabaseAndSink();

describe('notice change mails', () => {
  it('a material change promised by e-mail: the team gets the news through the outbox, and the email row becomes sent', async () => {
    const config = loadConfig({ SMTP_URL: env.sink.url, PRIVACY_TEAM_EMAIL: 'privacy-team@shop.example.com', PLEDGE_PUBLIC_URL: 'https://privacy.example.com' });
    const mail = createMailDelivery(config, env.database.db, quietLogger);
    const notice = createNoticeService(env.database.db, createAuditService(env.database.db), undefined, noticeAnnouncer(config, mail.outbox));
    const v1 = await loadMinimalManifest();
    v1.notice.changes.notifyBy = ['email', 'website_notice'];
    await notice.publishNotice(v1, { actor: 'system' });
    expect(env.sink.to('privacy-team@shop.example.com')).toHaveLength(0); // the first version is never material

    await notice.publishNotice(changedManifest(v1), { actor: 'system' });
    const [news] = env.sink.to('privacy-team@shop.example.com');
    // In the notice's default language (the fixture's is Dutch), with what changed and the link to the new version.
    expect(news?.subject).toBe('Privacyverklaring versie 2 verandert wezenlijk: laat het mensen per e-mail weten');
    expect(news?.text).toContain('https://privacy.example.com/notice/versions/2?lang=nl');
    expect(news?.text).toMatch(/Wat er verandert:\n- /);
    const rows = await env.database.db.selectFrom('notice_change_notifications').select(['channel', 'status']).where('version_number', '=', 2).orderBy('channel').execute();
    expect(rows).toEqual([{ channel: 'email', status: 'sent' }, { channel: 'website_notice', status: 'pending' }]);
    expect(await env.database.db.selectFrom('mail_outbox').select('id').execute()).toEqual([]);
    mail.close();
  });
});
