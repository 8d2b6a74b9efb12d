import { useState, type FormEvent } from 'react';
import { changePassword, type SessionUser } from '../api/console-api.ts';
import { ErrorSummary, Field } from '../components/field.tsx';
import { useTitle } from '../components/hooks.ts';
import { Alert, ErrorMessage, PageHeading } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/i18n.ts';
import type { PageProps } from './console-app.tsx';
import { fieldOfError } from './field-errors.ts';
import { TotpSetup } from './totp-setup.tsx';

/** Same as the server (accounts/users.service.ts MIN_PASSWORD_LENGTH): length, not composition rules (NIST SP 800-63B). */
export const MIN_PASSWORD = 12;

/** The logged-in user's own account: who they are, their password, their second factor. */
export function AccountPage({ site, user, onChange }: PageProps & { user: SessionUser; onChange: () => void }) {
  const { t } = useI18n();
  useTitle(t('account.title'), site);
  return (
    <>
      <PageHeading>{t('account.title')}</PageHeading>
      <section className="panel" aria-labelledby="account-who">
        <h2 id="account-who">{t('account.who')}</h2>
        <dl className="facts">
          <dt>{t('form.email')}</dt><dd>{user.email}</dd>
          <dt>{t('account.role')}</dt><dd>{t(`role.${user.role}` as MessageKey)}</dd>
        </dl>
      </section>
      <PasswordForm />
      <TotpSetup enabled={user.totpEnabled} onChange={onChange} />
    </>
  );
}

function PasswordForm() {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<'ok' | { failure: unknown } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!current) found['f-pw-current'] = t('account.errorCurrent');
    if (next.length < MIN_PASSWORD) found['f-pw-new'] = t('account.errorNew', { n: MIN_PASSWORD });
    else if (next === current) found['f-pw-new'] = t('account.errorSame');
    if (repeat !== next) found['f-pw-repeat'] = t('account.errorRepeat');
    setErrors(found);
    setOutcome(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await changePassword(current, next);
      setOutcome('ok');
      setCurrent('');
      setNext('');
      setRepeat('');
    } catch (failure) {
      const field = fieldOfError(failure);
      if (field === 'currentPassword') setErrors({ 'f-pw-current': t('account.errorCurrentWrong') });
      else setOutcome({ failure });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="account-password">
      <h2 id="account-password">{t('account.password')}</h2>
      <ErrorSummary title={t('form.errorSummary')} errors={Object.entries(errors).map(([fieldId, message]) => ({ fieldId, message }))} />
      <Field id="f-pw-current" label={t('account.current')} error={errors['f-pw-current']}>
        {(p) => <input {...p} type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />}
      </Field>
      <Field id="f-pw-new" label={t('account.new')} hint={t('account.newHint', { n: MIN_PASSWORD })} error={errors['f-pw-new']}>
        {(p) => <input {...p} type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} />}
      </Field>
      <Field id="f-pw-repeat" label={t('account.repeat')} error={errors['f-pw-repeat']}>
        {(p) => <input {...p} type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />}
      </Field>
      <button type="submit" className="button" disabled={busy}>{t('account.change')}</button>
      {outcome === 'ok' && <Alert kind="success">{t('account.changed')}</Alert>}
      {outcome !== null && outcome !== 'ok' && <ErrorMessage error={outcome.failure} />}
    </form>
  );
}
