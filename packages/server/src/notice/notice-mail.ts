import type { Manifest } from '@pledge/manifest';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { MailOutbox, SentEffectHandler } from '../mail/mail-outbox.ts';
import { renderOutgoing } from '../mail/mailer.ts';
import { markChangeNotificationSent } from './notice-notifications.repository.ts';
import type { ChangeSummaries } from './notice-types.ts';

/** How a material change reaches the team's inbox; without it (e.g. a test) the `email` row simply stays pending. */
export interface NoticeAnnouncer {
  outbox: MailOutbox;
  /** PRIVACY_TEAM_EMAIL, else the manifest's first controller contact. */
  teamAddress: (manifest: Manifest) => string | undefined;
  /** PLEDGE_PUBLIC_URL: the link to the new version. */
  publicUrl: string;
}

/** The announcer for a server or CLI process: the team from PRIVACY_TEAM_EMAIL (else the first controller's contact). */
export function noticeAnnouncer(config: Pick<Config, 'mail' | 'rights'>, outbox: MailOutbox): NoticeAnnouncer {
  return { outbox, teamAddress: (m) => config.mail.privacyTeamEmail ?? m.organisation.controllers[0]?.contact.email, publicUrl: config.rights.publicUrl };
}

export const NOTICE_EMAIL_SENT = 'notice.email_sent';

/**
 * GDPR Art. 13(3): Pledge keeps no list of the people to tell, so for the `email` channel it mails the privacy team
 * the change to pass on; the notification row becomes `sent` once that mail has gone out. Written in the publish
 * transaction: a version is never published without it.
 */
export async function queueChangeMail(tx: Db, announcer: NoticeAnnouncer, manifest: Manifest, version: { number: number; effectiveDate: string; summaries: ChangeSummaries }): Promise<string | null> {
  const to = announcer.teamAddress(manifest);
  if (!to || !manifest.notice.changes.notifyBy.includes('email')) return null;
  const language = manifest.notice.defaultLanguage;
  const link = `${announcer.publicUrl}/notice/versions/${version.number}?lang=${language}`;
  const content = { template: 'notice_change' as const, version: version.number, effectiveDate: version.effectiveDate, changes: version.summaries[language] ?? [], link };
  return announcer.outbox.enqueue(tx, { ...renderOutgoing({ to, language, content }), onSent: { effect: NOTICE_EMAIL_SENT, version: version.number } });
}

export const NOTICE_MAIL_EFFECTS: Readonly<Record<string, SentEffectHandler>> = {
  [NOTICE_EMAIL_SENT]: (tx, effect, { sentAt }) => markChangeNotificationSent(tx, Number(effect.version), 'email', sentAt),
};
