import { useState, type FormEvent } from 'react';
import { getRequestStatus } from '../api/center-api.ts';
import type { CenterConfig } from '../api/types.ts';
import { Field } from '../components/field.tsx';
import { useLoad, useTitle } from '../components/hooks.ts';
import { PageHeading, Show } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { useLocation } from '../router.tsx';
import { PackageStatus } from './package-status.tsx';
import { CodeForm, RequestStatusView } from './status-parts.tsx';

/** Reference and status token come in the fragment (from the form just submitted) or are typed in. */
export function StatusPage({ config }: { config: CenterConfig | null }) {
  const { t } = useI18n();
  useTitle(t('status.title'), config?.organisation.name ?? '');
  const { hash } = useLocation();
  const [key, setKey] = useState({ reference: hash.get('ref') ?? '', token: hash.get('token') ?? '' });
  const justMade = hash.get('new') === '1';
  return (
    <>
      <PageHeading>{t('status.title')}</PageHeading>
      {key.reference && key.token ? (
        <Status reference={key.reference} token={key.token} justMade={justMade} />
      ) : (
        <LookupForm onSubmit={setKey} />
      )}
    </>
  );
}

function Status({ reference, token, justMade }: { reference: string; token: string; justMade: boolean }) {
  const { t } = useI18n();
  const [status, reload] = useLoad(() => getRequestStatus(reference, token), [reference, token]);
  return (
    <>
      {justMade && (
        <div className="alert success" role="status">
          <strong>{t('status.received')}</strong>
          <p>{t('status.keep', { reference })}</p>
          <p className="mono">{t('status.keepToken')}: {token}</p>
        </div>
      )}
      <Show state={status}>
        {(s) => (
          <>
            <RequestStatusView status={s} />
            {s.state === 'identity_verification' || s.state === 'received' ? s.viaAgent ? <p>{t('status.agentConfirmByLink')}</p> : <CodeForm reference={reference} token={token} onVerified={reload} /> : null}
            {s.package && <PackageStatus reference={reference} pkg={s.package} />}
          </>
        )}
      </Show>
    </>
  );
}

function LookupForm({ onSubmit }: { onSubmit: (key: { reference: string; token: string }) => void }) {
  const { t } = useI18n();
  const [reference, setReference] = useState('');
  const [token, setToken] = useState('');
  const [errors, setErrors] = useState<{ reference?: string; token?: string }>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      ...(/^R-[0-9A-Z]{5}-[0-9A-Z]{5}$/i.test(reference.trim()) ? {} : { reference: t('status.errorReference') }),
      ...(token.trim().length >= 20 ? {} : { token: t('status.errorToken') }),
    };
    setErrors(found);
    if (Object.keys(found).length === 0) onSubmit({ reference: reference.trim().toUpperCase(), token: token.trim() });
  };
  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="lookup">
      <h2 id="lookup">{t('status.lookup')}</h2>
      <Field label={t('status.reference')} hint={t('status.referenceHint')} error={errors.reference}>
        {(p) => <input {...p} type="text" autoComplete="off" value={reference} onChange={(e) => setReference(e.target.value)} />}
      </Field>
      <Field label={t('status.token')} hint={t('status.tokenHint')} error={errors.token}>
        {(p) => <input {...p} type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} />}
      </Field>
      <button className="button" type="submit">{t('status.show')}</button>
    </form>
  );
}
