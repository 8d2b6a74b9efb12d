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
}

export function toMailConfig(env: MailEnv): MailConfig {
  return Object.freeze({
    smtpUrl: env.SMTP_URL,
    from: env.MAIL_FROM,
    maxPerRecipientPerHour: env.MAIL_MAX_PER_RECIPIENT_PER_HOUR,
    maxPerHour: env.MAIL_MAX_PER_HOUR,
    privacyTeamEmail: env.PRIVACY_TEAM_EMAIL,
  });
}
