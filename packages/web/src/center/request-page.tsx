import { useEffect, useRef, useState, type FormEvent } from 'react';
import { createRequest, uploadAuthorisation } from '../api/center-api.ts';
import type { CenterConfig } from '../api/types.ts';
import { ErrorSummary } from '../components/field.tsx';
import { useTitle } from '../components/hooks.ts';
import { ErrorMessage, PageHeading } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/i18n.ts';
import { navigate } from '../router.tsx';
import { emptyDraft, toNewRequest, validateStep, type DraftErrors, type RequestDraft } from './request-form.ts';
import { DetailsStep, IdentityStep, WhatStep } from './request-steps.tsx';

const STEPS: MessageKey[] = ['request.stepWhat', 'request.stepWho', 'request.stepDetails'];

/** Jurisdiction and right → who you are (or who you act for) → details → submitted; then verification by e-mail. */
export function RequestPage({ config }: { config: CenterConfig | null }) {
  const { t, lang } = useI18n();
  useTitle(t('request.title'), config?.organisation.name ?? '');
  const [step, setStep] = useState(0);
  const [draft, setDraft] = useState<RequestDraft>(() => emptyDraft(config?.jurisdictions.length === 1 ? config.jurisdictions[0]!.id : ''));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (config?.jurisdictions.length === 1 && !draft.jurisdiction) setDraft((d) => ({ ...d, jurisdiction: config.jurisdictions[0]!.id }));
  }, [config, draft.jurisdiction]);

  const update = (patch: Partial<RequestDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const messages = Object.fromEntries(Object.entries(errors).map(([id, key]) => [id, key ? t(key) : undefined]));

  const next = async (event: FormEvent) => {
    event.preventDefault();
    if (!config) return;
    const found = validateStep(step, draft, config);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => summaryRef.current?.querySelector<HTMLElement>('[role="alert"]')?.focus());
      return;
    }
    if (step < STEPS.length - 1) return setStep(step + 1);
    setBusy(true);
    setFailure(null);
    try {
      const created = await createRequest(toNewRequest(draft, lang, config));
      if (draft.asAgent && draft.authorisation) await uploadAuthorisation(created.reference, created.statusToken, draft.authorisation);
      navigate(`/privacy/status#ref=${encodeURIComponent(created.reference)}&token=${encodeURIComponent(created.statusToken)}&new=1`);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  if (!config) return <PageHeading>{t('request.title')}</PageHeading>;
  return (
    <>
      <PageHeading>{t('request.title')}</PageHeading>
      <p className="lead">{t('request.lead')}</p>
      <ol className="steps" aria-label={t('request.progress')}>
        {STEPS.map((key, i) => (
          <li key={key} aria-current={i === step ? 'step' : undefined}>
            {t('request.stepOf', { n: i + 1, total: STEPS.length })}: {t(key)}
          </li>
        ))}
      </ol>
      <div ref={summaryRef}>
        <ErrorSummary title={t('form.errorSummary')} errors={Object.entries(messages).map(([fieldId, message]) => ({ fieldId, message: message ?? '' }))} />
      </div>
      <form className="panel" onSubmit={next} noValidate aria-labelledby="step-heading">
        <h2 id="step-heading">{t(STEPS[step]!)}</h2>
        {step === 0 && <WhatStep config={config} draft={draft} update={update} errors={messages} />}
        {step === 1 && <IdentityStep config={config} draft={draft} update={update} errors={messages} />}
        {step === 2 && <DetailsStep config={config} draft={draft} update={update} errors={messages} />}
        <div className="actions">
          {step > 0 && (
            <button type="button" className="button secondary" onClick={() => (setErrors({}), setStep(step - 1))}>
              {t('form.back')}
            </button>
          )}
          <button type="submit" className="button" disabled={busy}>
            {step < STEPS.length - 1 ? t('form.continue') : t('request.submit')}
          </button>
        </div>
        {failure !== null && <ErrorMessage error={failure} />}
      </form>
    </>
  );
}
