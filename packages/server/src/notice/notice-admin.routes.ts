import type { Manifest } from '@pledge/manifest';
import { z } from 'zod';
import type { PledgeApp } from '../app-types.ts';
import { principalOf } from '../auth/access-control.ts';
import { actorOf } from '../auth/roles.ts';
import { NotificationView, PublishBody, PublishedView } from './notice-schemas.ts';
import { toPublishedView } from './notice-views.ts';
import type { NoticeService } from './notice.service.ts';

const PUBLISHERS = ['admin', 'privacy_officer'] as const;
const NOTIFICATION_READERS = ['admin', 'privacy_officer', 'auditor'] as const;

export function registerNoticeAdminRoutes(app: PledgeApp, manifest: Manifest, notice: NoticeService): void {
  app.post('/v1/admin/notice/publish', {
    config: { access: PUBLISHERS },
    schema: {
      summary: 'Publish the manifest this server runs as the next version of the privacy notice',
      description:
        'Stores the notice in every declared language, the changes against the previous version and their materiality. ' +
        'A material change marks the consent purposes it touches for renewal and queues a change notification per ' +
        '`notice.changes.notifyBy` channel. 409 `notice_unchanged` when this manifest is the one already published.',
      body: PublishBody,
      response: { 201: PublishedView },
    },
    handler: async (request, reply) => {
      const published = await notice.publishNotice(manifest, {
        effectiveDate: request.body?.effectiveDate,
        actor: actorOf(principalOf(request)),
      });
      return reply.code(201).send(toPublishedView(published));
    },
  });

  app.get('/v1/admin/notice/notifications', {
    config: { access: NOTIFICATION_READERS },
    schema: {
      summary: 'Change notifications not sent yet',
      description: 'One per material version and channel. They stay pending until the mail capability sends them; none is ever dropped.',
      response: { 200: z.object({ notifications: z.array(NotificationView) }) },
    },
    handler: async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      const pending = await notice.pendingNotifications();
      return {
        notifications: pending.map((n) => ({ ...n, createdAt: n.createdAt.toISOString(), sentAt: n.sentAt?.toISOString() ?? null })),
      };
    },
  });
}
