import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.ts';
import { login, type Session } from '../api/console-api.ts';
import type { CenterConfig } from '../api/types.ts';
import { ErrorSummary, Field } from '../components/field.tsx';
import { useTitle } from '../components/hooks.ts';
import { Alert, ErrorMessage, PageHeading } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { navigate, useLocation } from '../router.tsx';

/** E-mail and password; a second step asks for the authenticator code when the account has one. */
export function LoginPage({ config, onLogin }: { config: CenterConfig | null; onLogin: (s: Session) => void }) {
  const { t } = useI18n();
  useTitle(t('login.title'), config?.organisation.name ?? 'Pledge');
  const { search } = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needTotp, setNeedTotp] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!email.trim()) found['f-login-email'] = t('login.errorEmail');
    if (!password) found['f-login-password'] = t('login.errorPassword');
    if (needTotp && !/^\d{6}$/.test(totp.trim())) found['f-login-totp'] = t('login.errorTotp');
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const session = await login({ email, password, ...(needTotp ? { totp: totp.trim() } : {}) });
      const next = search.get('next');
      navigate(next && next.startsWith('/admin/') && next !== '/admin/login' ? next : '/admin/requests', { replace: true });
      onLogin(session);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'totp_required') setNeedTotp(true);
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const loginFailed = failure instanceof ApiError && failure.code === 'login_failed';
  return (
    <div className="panel narrow">
      <PageHeading>{t('login.title')}</PageHeading>
      <ErrorSummary title={t('form.errorSummary')} errors={Object.entries(errors).map(([fieldId, message]) => ({ fieldId, message }))} />
      {loginFailed && <Alert kind="error" title={t('login.failed')} />}
      {failure !== null && !loginFailed && <ErrorMessage error={failure} />}
      {needTotp && <Alert kind="info">{t('login.totpLead')}</Alert>}
      <form onSubmit={submit} noValidate>
        <Field id="f-login-email" label={t('form.email')} error={errors['f-login-email']}>
          {(p) => <input {...p} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field id="f-login-password" label={t('login.password')} error={errors['f-login-password']}>
          {(p) => <input {...p} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
        </Field>
        {needTotp && (
          <Field id="f-login-totp" label={t('login.totp')} hint={t('login.totpHint')} error={errors['f-login-totp']}>
            {(p) => <input {...p} type="text" inputMode="numeric" autoComplete="one-time-code" maxLength={6} autoFocus value={totp} onChange={(e) => setTotp(e.target.value)} />}
          </Field>
        )}
        <button className="button" type="submit" disabled={busy}>{t('login.submit')}</button>
      </form>
    </div>
  );
}
