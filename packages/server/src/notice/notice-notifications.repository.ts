import type { Db } from '../db/database.ts';
import type { ChangeNotification, NotificationChannel, NotificationStatus } from './notice-types.ts';

// The people to tell are resolved by the mail capability when it sends; until then a row stays 'pending'.

export async function insertChangeNotifications(tx: Db, version: number, channels: readonly NotificationChannel[], at: string): Promise<void> {
  if (channels.length === 0) return;
  await tx
    .insertInto('notice_change_notifications')
    .values(channels.map((channel) => ({ version_number: version, channel, created_at: at })))
    .execute();
}

export async function listChangeNotifications(db: Db, status: NotificationStatus): Promise<ChangeNotification[]> {
  const rows = await db
    .selectFrom('notice_change_notifications')
    .selectAll()
    .where('status', '=', status)
    .orderBy('version_number', 'asc')
    .orderBy('channel', 'asc')
    .execute();
  return rows.map((r) => ({
    versionNumber: Number(r.version_number),
    channel: r.channel as NotificationChannel,
    status: r.status as NotificationStatus,
    createdAt: r.created_at,
    sentAt: r.sent_at,
  }));
}

/** The channel's announcement went out (for `email`: the mail to the team, see notice-mail.ts). */
export async function markChangeNotificationSent(tx: Db, version: number, channel: NotificationChannel, at: Date): Promise<void> {
  await tx
    .updateTable('notice_change_notifications')
    .set({ status: 'sent', sent_at: at.toISOString() })
    .where('version_number', '=', version)
    .where('channel', '=', channel)
    .where('status', '=', 'pending')
    .execute();
}
