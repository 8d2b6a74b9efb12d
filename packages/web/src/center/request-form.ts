import type { NewRequest } from '../api/center-api.ts';
import type { CenterConfig } from '../api/types.ts';
import type { MessageKey } from '../i18n/i18n.ts';
import { EMAIL_PATTERN, needsCorrections } from './request-types.ts';

export interface RequestDraft {
  jurisdiction: string;
  type: string;
  email: string;
  name: string;
  accountId: string;
  details: string;
  corrections: Array<{ field: string; value: string }>;
  asAgent: boolean;
  agentName: string;
  agentEmail: string;
  agentOrganisation: string;
  authorisation: File | null;
}

export const emptyDraft = (jurisdiction: string): RequestDraft => ({
  jurisdiction,
  type: '',
  email: '',
  name: '',
  accountId: '',
  details: '',
  corrections: [{ field: '', value: '' }],
  asAgent: false,
  agentName: '',
  agentEmail: '',
  agentOrganisation: '',
  authorisation: null,
});

export type DraftErrors = Partial<Record<string, MessageKey>>;
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
const UPLOAD_TYPES = ['application/pdf', 'image/png', 'image/jpeg'];

/** The errors of one step, by field id: checked in the browser first, the server checks again. */
export function validateStep(step: number, d: RequestDraft, config: CenterConfig): DraftErrors {
  const errors: DraftErrors = {};
  if (step === 0) {
    if (!d.jurisdiction) errors['f-jurisdiction'] = 'request.errorJurisdiction';
    if (!d.type) errors['f-type'] = 'request.errorType';
  }
  if (step === 1) {
    if (!EMAIL_PATTERN.test(d.email.trim())) errors['f-email'] = 'form.errorEmail';
    if (d.asAgent) {
      if (!d.agentName.trim()) errors['f-agent-name'] = 'request.errorAgentName';
      if (!EMAIL_PATTERN.test(d.agentEmail.trim())) errors['f-agent-email'] = 'form.errorEmail';
    }
  }
  if (step === 2) {
    if (needsCorrections(d.type, config)) {
      d.corrections.forEach((c, i) => {
        if (!c.field.trim()) errors[`f-correction-field-${i}`] = 'request.errorCorrectionField';
        if (!c.value.trim()) errors[`f-correction-value-${i}`] = 'request.errorCorrectionValue';
      });
    }
    if (d.asAgent) {
      if (!d.authorisation) errors['f-authorisation'] = 'request.errorAuthorisation';
      else if (!UPLOAD_TYPES.includes(d.authorisation.type)) errors['f-authorisation'] = 'request.errorAuthorisationType';
      else if (d.authorisation.size > MAX_UPLOAD_BYTES) errors['f-authorisation'] = 'request.errorAuthorisationSize';
    }
  }
  return errors;
}

export function toNewRequest(d: RequestDraft, language: string, config: CenterConfig): NewRequest {
  const trimmed = (s: string) => (s.trim() === '' ? undefined : s.trim());
  const name = trimmed(d.name);
  const accountId = trimmed(d.accountId);
  const details = trimmed(d.details);
  const organisation = trimmed(d.agentOrganisation);
  return {
    type: d.type,
    jurisdiction: d.jurisdiction,
    email: d.email.trim(),
    language,
    ...(name ? { name } : {}),
    ...(accountId ? { accountId } : {}),
    ...(details ? { details } : {}),
    ...(needsCorrections(d.type, config) ? { corrections: d.corrections.map((c) => ({ field: c.field.trim(), value: c.value.trim() })) } : {}),
    ...(d.asAgent ? { agent: { name: d.agentName.trim(), email: d.agentEmail.trim(), ...(organisation ? { organisation } : {}) } } : {}),
  };
}
