import { useState, type FormEvent } from 'react';
import { confirmTotp, disableTotp, startTotp, type TotpEnrolment } from '../api/console-api.ts';
import { Field } from '../components/field.tsx';
import { Alert, Badge, ErrorMessage } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { fieldOfError } from './field-errors.ts';
import { QrCode } from './qr-code.tsx';

const SIX_DIGITS = /^\d{6}$/;

/** Enrol a second factor (scan or type the secret, then prove it with a code) or turn it off (password and code). */
export function TotpSetup({ enabled, onChange }: { enabled: boolean; onChange: () => void }) {
  const { t } = useI18n();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<'enabled' | 'disabled' | null>(null);
  const begin = async () => {
    setFailure(null);
    setDone(null);
    try {
      setEnrolment(await startTotp());
    } catch (error) {
      setFailure(error);
    }
  };
  const finished = (what: 'enabled' | 'disabled') => {
    setEnrolment(null);
    setDone(what);
    onChange();
  };
  return (
    <section className="panel" aria-labelledby="account-totp">
      <h2 id="account-totp">{t('totp.title')}</h2>
      <p>{enabled ? <Badge tone="green">{t('totp.on')}</Badge> : <Badge tone="grey">{t('totp.off')}</Badge>} {t('totp.lead')}</p>
      {done && <Alert kind="success">{t(done === 'enabled' ? 'totp.enabled' : 'totp.disabled')}</Alert>}
      {enabled && <DisableForm onDone={() => finished('disabled')} />}
      {!enabled && !enrolment && <button type="button" className="button secondary" onClick={begin}>{t('totp.start')}</button>}
      {!enabled && enrolment && <ConfirmForm enrolment={enrolment} onDone={() => finished('enabled')} onRestart={begin} />}
      {failure !== null && <ErrorMessage error={failure} />}
    </section>
  );
}

function CodeField({ id, value, onChange, error }: { id: string; value: string; onChange: (v: string) => void; error: string | undefined }) {
  const { t } = useI18n();
  return (
    <Field id={id} label={t('login.totp')} hint={t('login.totpHint')} error={error}>
      {(p) => <input {...p} type="text" inputMode="numeric" autoComplete="one-time-code" maxLength={6} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

function ConfirmForm({ enrolment, onDone, onRestart }: { enrolment: TotpEnrolment; onDone: () => void; onRestart: () => void }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (!SIX_DIGITS.test(code.trim())) return setError(t('login.errorTotp'));
    setError(undefined);
    try {
      await confirmTotp(enrolment.enrolment, code.trim());
      onDone();
    } catch (e) {
      const field = fieldOfError(e);
      if (field === 'code') setError(t('totp.errorWrong'));
      else if (field === 'enrolment') {
        // Ten minutes passed: a new secret is shown, to be scanned again.
        setError(t('totp.errorExpired'));
        onRestart();
      }
      else setFailure(e);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <ol className="steps-list">
        <li>{t('totp.step1')}</li>
        <li>
          {t('totp.step2')}
          <div className="qr-wrap"><QrCode text={enrolment.uri} label={t('totp.qrLabel')} /></div>
          <p>{t('totp.manual')} <code className="mono totp-secret">{enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}</code></p>
          <details><summary>{t('totp.uri')}</summary><p className="mono">{enrolment.uri}</p></details>
        </li>
        <li>{t('totp.step3')}</li>
      </ol>
      <CodeField id="f-totp-confirm" value={code} onChange={setCode} error={error} />
      <button type="submit" className="button">{t('totp.confirm')}</button>
      {failure !== null && <ErrorMessage error={failure} />}
    </form>
  );
}

function DisableForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!password) found.password = t('login.errorPassword');
    if (!SIX_DIGITS.test(code.trim())) found.code = t('login.errorTotp');
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    try {
      await disableTotp(password, code.trim());
      onDone();
    } catch (e) {
      const field = fieldOfError(e);
      if (field === 'password') setErrors({ password: t('account.errorCurrentWrong') });
      else if (field === 'code') setErrors({ code: t('totp.errorWrong') });
      else setFailure(e);
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="totp-disable">
      <h3 id="totp-disable">{t('totp.disableTitle')}</h3>
      <Field id="f-totp-password" label={t('login.password')} error={errors.password}>
        {(p) => <input {...p} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
      </Field>
      <CodeField id="f-totp-disable" value={code} onChange={setCode} error={errors.code} />
      <button type="submit" className="button danger">{t('totp.disable')}</button>
      {failure !== null && <ErrorMessage error={failure} />}
    </form>
  );
}
