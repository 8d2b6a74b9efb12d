import { useEffect, useRef, useState, type FormEvent } from 'react';
import { downloadPackage, requestPackageCode } from '../api/center-api.ts';
import { ApiError } from '../api/client.ts';
import { Field } from '../components/field.tsx';
import { saveFile } from '../components/save-file.ts';
import { Alert, ErrorMessage } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

type Phase = 'ready' | 'sending' | 'sent' | 'downloading' | 'done';

/**
 * The access package behind a mailed link: a fresh code to the verified address first (a forwarded link alone is not
 * enough), then the zip. The zip is fetched, not navigated to, so a wrong code is said in words next to the field.
 */
export function PackageDownload({ reference, token }: { reference: string; token: string }) {
  const { t } = useI18n();
  const [phase, setPhase] = useState<Phase>('ready');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [filename, setFilename] = useState('');
  const codeInput = useRef<HTMLInputElement>(null);
  const [focusCode, setFocusCode] = useState(0);
  useEffect(() => {
    if (focusCode > 0) codeInput.current?.focus();
  }, [focusCode]);

  const send = async () => {
    setPhase('sending');
    setFailure(null);
    setError(undefined);
    setCode('');
    try {
      await requestPackageCode(reference, token);
      setPhase('sent');
      setFocusCode((n) => n + 1);
    } catch (e) {
      setFailure(e);
      setPhase((p) => (p === 'sending' ? 'ready' : p));
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const typed = code.replace(/\s/g, '');
    setFailure(null);
    if (!/^\d{6}$/.test(typed)) {
      setError(t('download.errorCode'));
      return setFocusCode((n) => n + 1);
    }
    setError(undefined);
    setPhase('downloading');
    try {
      const file = await downloadPackage(reference, token, typed);
      const name = file.filename ?? `personal-data-${reference}.zip`;
      saveFile(file.blob, name);
      setFilename(name);
      setPhase('done');
    } catch (e) {
      setPhase('sent');
      // The server answers every mismatch alike (wrong or expired code, spent link): say what the person can do.
      if (e instanceof ApiError && e.code === 'verification_failed') {
        setError(t('download.codeRejected'));
        setFocusCode((n) => n + 1);
      } else setFailure(e);
    }
  };

  if (phase === 'done') {
    return (
      <Alert kind="success" title={t('download.done')}>
        <p>{t('download.doneBody', { file: filename })}</p>
      </Alert>
    );
  }
  const codeSent = phase === 'sent' || phase === 'downloading';
  return (
    <div className="panel">
      <p>{t('download.lead', { reference })}</p>
      {!codeSent && (
        <button type="button" className="button" onClick={send} disabled={phase === 'sending'}>
          {t('download.sendCode')}
        </button>
      )}
      {codeSent && (
        <>
          <Alert kind="info">{t('download.codeSent')}</Alert>
          <form onSubmit={submit} noValidate aria-labelledby="download-code-heading">
            <h2 id="download-code-heading">{t('download.codeTitle')}</h2>
            <Field label={t('download.code')} hint={t('download.codeHint')} error={error}>
              {(p) => <input {...p} ref={codeInput} type="text" inputMode="numeric" autoComplete="one-time-code" maxLength={7} value={code} onChange={(e) => setCode(e.target.value)} />}
            </Field>
            <div className="actions">
              <button type="submit" className="button" disabled={phase === 'downloading'}>{t('download.submit')}</button>
              <button type="button" className="button secondary" onClick={send} disabled={phase === 'downloading'}>{t('download.sendAgain')}</button>
            </div>
          </form>
        </>
      )}
      {failure !== null && <ErrorMessage error={failure} />}
    </div>
  );
}
