import type { DenialReason } from '../rights/request-state-machine.ts';
import type { RequestType } from '../rights/request-types.ts';

/**
 * What each mail says, as data. Mails carry no personal data beyond what the person needs: no name,
 * no request details, only the reference, the kind of request, dates and the one-time link or code.
 */
export type MailContent =
  | { template: 'verification'; reference: string; requestType: RequestType; link: string; code: string | null; codeMinutes: number }
  | { template: 'agent_confirmation'; reference: string; requestType: RequestType; link: string }
  | { template: 'delivery_change'; reference: string; link: string; maskedAddress: string }
  | { template: 'acknowledgement'; reference: string; requestType: RequestType; dueDate: string }
  | { template: 'extension'; reference: string; dueDate: string; reason: string }
  | { template: 'completion'; reference: string; requestType: RequestType }
  | { template: 'denial'; reference: string; requestType: RequestType; reason: DenialReason }
  /** Staff's own words to the person (POST /v1/admin/requests/:id/reply); only ever to a verified delivery address. */
  | { template: 'staff_reply'; reference: string; message: string }
  | { template: 'deadline_reminder'; items: Array<{ reference: string; requestType: RequestType; dueDate: string; overdue: boolean }> }
  /** To the privacy team: a material notice change the manifest promises to announce by e-mail (GDPR Art. 13(3)). */
  | { template: 'notice_change'; version: number; effectiveDate: string; changes: string[]; link: string };

export type MailTemplate = MailContent['template'];

export interface RenderedMail {
  subject: string;
  text: string;
}

/** One language's words: labels plus a function per template. */
export interface MailCatalogue {
  requestTypes: Readonly<Record<RequestType, string>>;
  denialReasons: Readonly<Record<DenialReason, string>>;
  render: { [T in MailTemplate]: (content: Extract<MailContent, { template: T }>, catalogue: MailCatalogue) => RenderedMail };
}

/** `j***@example.org`: enough for the person to recognise an address, not enough to learn it. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at)}`;
}
