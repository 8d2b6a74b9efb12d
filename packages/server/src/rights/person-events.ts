/**
 * The timeline events a person sees on their status page (`visibleToPerson`), one word each in the privacy center's
 * catalogues (`event.<kind>`, checked by packages/web/test/i18n.test.ts). A visible event of another kind does not
 * compile (request-events.repository.ts); internal ones (reminders, repeat links, mail failures) may be any string.
 */
export const PERSON_EVENT_KINDS = [
  'received',
  'acknowledged',
  'state_changed',
  'identity_proof',
  'verification_locked',
  'delivery_change_requested',
  'delivery_address_changed',
  'agent_document_received',
  'agent_approved',
  'agent_rejected',
  'deadline_extended',
  'reply_sent',
] as const;
export type PersonEventKind = (typeof PERSON_EVENT_KINDS)[number];
