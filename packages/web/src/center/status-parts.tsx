import { useState, type FormEvent } from 'react';
import { verifyWithCode } from '../api/center-api.ts';
import type { PersonRequestView } from '../api/types.ts';
import { Field } from '../components/field.tsx';
import { Badge, ErrorMessage } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/i18n.ts';
import { timelineWords } from './timeline-words.ts';

export const stateTone = (state: string) => (state === 'completed' ? 'green' : state === 'denied' || state === 'withdrawn' ? 'grey' : 'amber');

export function RequestStatusView({ status }: { status: PersonRequestView }) {
  const { t, date } = useI18n();
  return (
    <section className="panel" aria-labelledby="status-heading">
      <h2 id="status-heading">{t('status.request', { reference: status.reference })}</h2>
      <dl className="facts">
        <dt>{t('status.type')}</dt>
        <dd>{t(`right.${status.type}` as MessageKey)}</dd>
        <dt>{t('status.state')}</dt>
        <dd><Badge tone={stateTone(status.state)}>{t(`state.${status.state}` as MessageKey)}</Badge></dd>
        <dt>{t('status.receivedAt')}</dt>
        <dd>{date(status.receivedAt)}</dd>
        <dt>{t('status.dueAt')}</dt>
        <dd>{date(status.dueAt)}{status.extended ? ` (${t('status.extended')})` : ''}</dd>
        {status.denialReason && (
          <>
            <dt>{t('status.denialReason')}</dt>
            <dd>{t(`denial.${status.denialReason}` as MessageKey)}</dd>
          </>
        )}
      </dl>
      {status.timeline.length > 0 && (
        <>
          <h3>{t('status.timeline')}</h3>
          <ol className="timeline">
            {status.timeline.map((e, i) => (
              <li key={i}>
                <strong>{date(e.at, true)}</strong> — {timelineWords(t, e)}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** The six-digit code mailed to the address the request names (verification through the channel on file). */
export function CodeForm({ reference, token, onVerified }: { reference: string; token: string; onVerified: () => void }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{6}$/.test(code.trim())) return setError(t('status.errorCode'));
    setError(undefined);
    try {
      await verifyWithCode(reference, token, code.trim());
      onVerified();
    } catch (e) {
      setFailure(e);
    }
  };
  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="verify-heading">
      <h2 id="verify-heading">{t('status.verifyTitle')}</h2>
      <p>{t('status.verifyLead')}</p>
      <Field label={t('status.code')} hint={t('status.codeHint')} error={error}>
        {(p) => <input {...p} type="text" inputMode="numeric" autoComplete="one-time-code" maxLength={6} value={code} onChange={(e) => setCode(e.target.value)} />}
      </Field>
      <button className="button" type="submit">{t('status.verify')}</button>
      {failure !== null && <ErrorMessage error={failure} />}
    </form>
  );
}
