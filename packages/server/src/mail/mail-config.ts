import { randomBytes } from 'node:crypto';
import { z } from 'zod';

const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);
const perHour = (fallback: number) =>
  z.preprocess(unsetIfEmpty, z.coerce.number({ error: 'must be a number' }).int('must be a whole number').positive('must be at least 1').default(fallback));

/** The mail part of the environment; merged into config.ts's schema. */
export const MAIL_ENV = {
  SMTP_URL: z.preprocess(unsetIfEmpty, z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional()),
  MAIL_FROM: z.preprocess(unsetIfEmpty, z.string().min(3).default('Pledge <privacy@localhost>')),
  MAIL_MAX_PER_RECIPIENT_PER_HOUR: perHour(5),
  MAIL_MAX_PER_HOUR: perHour(500),
  PRIVACY_TEAM_EMAIL: z.preprocess(unsetIfEmpty, z.email('must be an e-mail address').optional()),
  PLEDGE_MAIL_KEY: z.preprocess(unsetIfEmpty, z.string().refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded (openssl rand -base64 32)').optional()),
};

type MailEnv = z.output<z.ZodObject<typeof MAIL_ENV>>;

export interface MailConfig {
  /** Unset: mail is not sent (recorded as `disabled`), e.g. in development. Holds credentials: never logged. */
  readonly smtpUrl: string | undefined;
  readonly from: string;
  /** Caps against mail floods (attack 12): per recipient and for the whole server, per rolling hour. */
  readonly maxPerRecipientPerHour: number;
  readonly maxPerHour: number;
  /** Where deadline reminders go; the manifest's first controller contact when unset. */
  readonly privacyTeamEmail: string | undefined;
  /**
   * AES-256-GCM key for mails waiting in the outbox (they hold codes, links and addresses). Unset: a random key for
   * this process only, so a mail another process queued (or one queued before a restart) cannot be opened and is dropped.
   */
  readonly outboxKey: Buffer;
  readonly outboxKeyIsEphemeral: boolean;
}

export function toMailConfig(env: MailEnv): MailConfig {
  return Object.freeze({
    smtpUrl: env.SMTP_URL,
    from: env.MAIL_FROM,
    maxPerRecipientPerHour: env.MAIL_MAX_PER_RECIPIENT_PER_HOUR,
    maxPerHour: env.MAIL_MAX_PER_HOUR,
    privacyTeamEmail: env.PRIVACY_TEAM_EMAIL,
    outboxKey: env.PLEDGE_MAIL_KEY ? Buffer.from(env.PLEDGE_MAIL_KEY, 'base64') : randomBytes(32),
    outboxKeyIsEphemeral: !env.PLEDGE_MAIL_KEY,
  });
}
