import type { CenterConfig } from '../api/types.ts';
import { Choice, ChoiceGroup, Field } from '../components/field.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/i18n.ts';
import type { RequestDraft } from './request-form.ts';
import { needsCorrections } from './request-types.ts';

interface StepProps {
  draft: RequestDraft;
  update: (patch: Partial<RequestDraft>) => void;
  errors: Record<string, string | undefined>;
}

export function WhatStep({ config, draft, update, errors }: StepProps & { config: CenterConfig }) {
  const { t } = useI18n();
  const offered = config.jurisdictions.find((j) => j.id === draft.jurisdiction)?.requestTypes ?? [];
  return (
    <>
      {config.jurisdictions.length > 1 && (
        <ChoiceGroup legend={t('request.jurisdiction')} hint={t('request.jurisdictionHint')} error={errors['f-jurisdiction']}>
          {config.jurisdictions.map((j, i) => (
            <span key={j.id} id={i === 0 ? 'f-jurisdiction' : undefined}>
              <Choice type="radio" name="jurisdiction" value={j.id} checked={draft.jurisdiction === j.id} onChange={() => update({ jurisdiction: j.id, type: '' })} label={t(`jurisdiction.${j.id}` as MessageKey)} />
            </span>
          ))}
        </ChoiceGroup>
      )}
      {draft.jurisdiction && (
        <ChoiceGroup legend={t('request.type')} error={errors['f-type']}>
          {offered.map((type, i) => (
            <span key={type} id={i === 0 ? 'f-type' : undefined}>
              <Choice type="radio" name="type" value={type} checked={draft.type === type} onChange={() => update({ type })} label={t(`right.${type}` as MessageKey)} hint={t(`right.${type}.hint` as MessageKey)} />
            </span>
          ))}
        </ChoiceGroup>
      )}
    </>
  );
}

export function IdentityStep({ config, draft, update, errors }: StepProps & { config: CenterConfig }) {
  const { t } = useI18n();
  return (
    <>
      <Field id="f-email" label={t('form.email')} hint={t('request.emailHint')} error={errors['f-email']}>
        {(p) => <input {...p} type="email" autoComplete="email" value={draft.email} onChange={(e) => update({ email: e.target.value })} />}
      </Field>
      <Field label={t('form.nameOptional')} hint={t('request.nameHint')}>
        {(p) => <input {...p} type="text" autoComplete="name" value={draft.name} onChange={(e) => update({ name: e.target.value })} />}
      </Field>
      <Field label={t('request.accountOptional')} hint={t('request.accountHint')}>
        {(p) => <input {...p} type="text" autoComplete="username" value={draft.accountId} onChange={(e) => update({ accountId: e.target.value })} />}
      </Field>
      {config.authorisedAgents.allowed && (
        <ChoiceGroup legend={t('request.whoFor')}>
          <Choice type="radio" name="agent" value="self" checked={!draft.asAgent} onChange={() => update({ asAgent: false })} label={t('request.forMyself')} />
          <Choice type="radio" name="agent" value="agent" checked={draft.asAgent} onChange={() => update({ asAgent: true })} label={t('request.asAgent')} hint={t('request.asAgentHint')} />
        </ChoiceGroup>
      )}
      {draft.asAgent && (
        <>
          <Field id="f-agent-name" label={t('request.agentName')} error={errors['f-agent-name']}>
            {(p) => <input {...p} type="text" value={draft.agentName} onChange={(e) => update({ agentName: e.target.value })} />}
          </Field>
          <Field id="f-agent-email" label={t('request.agentEmail')} error={errors['f-agent-email']}>
            {(p) => <input {...p} type="email" value={draft.agentEmail} onChange={(e) => update({ agentEmail: e.target.value })} />}
          </Field>
          <Field label={t('request.agentOrganisation')}>
            {(p) => <input {...p} type="text" value={draft.agentOrganisation} onChange={(e) => update({ agentOrganisation: e.target.value })} />}
          </Field>
        </>
      )}
    </>
  );
}

export function DetailsStep({ config, draft, update, errors }: StepProps & { config: CenterConfig }) {
  const { t } = useI18n();
  const setCorrection = (i: number, patch: Partial<{ field: string; value: string }>) =>
    update({ corrections: draft.corrections.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  return (
    <>
      {needsCorrections(draft.type, config) && (
        <fieldset className="field">
          <legend>{t('request.corrections')}</legend>
          <p className="hint">{t('request.correctionsHint')}</p>
          {draft.corrections.map((c, i) => (
            <div className="grid-2" key={i}>
              <Field id={`f-correction-field-${i}`} label={t('request.correctionField', { n: i + 1 })} error={errors[`f-correction-field-${i}`]}>
                {(p) => (
                  <select {...p} value={c.field} onChange={(e) => setCorrection(i, { field: e.target.value })}>
                    <option value="">{t('request.chooseField')}</option>
                    {config.correctableFields.map((f) => <option key={f.id} value={f.id}>{f.id} ({f.category})</option>)}
                  </select>
                )}
              </Field>
              <Field id={`f-correction-value-${i}`} label={t('request.correctionValue', { n: i + 1 })} error={errors[`f-correction-value-${i}`]}>
                {(p) => <input {...p} type="text" value={c.value} onChange={(e) => setCorrection(i, { value: e.target.value })} />}
              </Field>
            </div>
          ))}
          <button type="button" className="button secondary" onClick={() => update({ corrections: [...draft.corrections, { field: '', value: '' }] })}>
            {t('request.addCorrection')}
          </button>
        </fieldset>
      )}
      <Field label={t('request.detailsOptional')} hint={t('request.detailsHint')}>
        {(p) => <textarea {...p} value={draft.details} maxLength={5000} onChange={(e) => update({ details: e.target.value })} />}
      </Field>
      {draft.asAgent && (
        <Field id="f-authorisation" label={t('request.authorisation')} hint={t('request.authorisationHint')} error={errors['f-authorisation']}>
          {(p) => <input {...p} type="file" accept="application/pdf,image/png,image/jpeg" onChange={(e) => update({ authorisation: e.target.files?.[0] ?? null })} />}
        </Field>
      )}
      <p className="muted">{t('request.privacyNote')}</p>
    </>
  );
}
