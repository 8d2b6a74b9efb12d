import { useEffect, useState } from 'react';
import { verifyWithLink } from '../api/center-api.ts';
import type { CenterConfig } from '../api/types.ts';
import { useTitle } from '../components/hooks.ts';
import { Alert, ErrorMessage, PageHeading } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { Link, useLocation } from '../router.tsx';

/**
 * The mailed link `/privacy/verify#ref=…&token=…`. The token sits in the fragment, so it never reaches a server log;
 * it is posted once, on a button press (mail scanners that follow links do not press buttons).
 */
export function VerifyPage({ config }: { config: CenterConfig | null }) {
  const { t } = useI18n();
  useTitle(t('verify.title'), config?.organisation.name ?? '');
  const { hash } = useLocation();
  const reference = hash.get('ref') ?? '';
  const token = hash.get('token') ?? '';
  const [state, setState] = useState<{ kind: 'ready' } | { kind: 'busy' } | { kind: 'done'; message: string } | { kind: 'error'; error: unknown }>({ kind: 'ready' });
  useEffect(() => {
    // Drop the token from the address bar and history once read.
    if (token) window.history.replaceState(null, '', `/privacy/verify#ref=${encodeURIComponent(reference)}`);
  }, [reference, token]);
  const [kept] = useState(token);

  const confirm = async () => {
    setState({ kind: 'busy' });
    try {
      const answer = await verifyWithLink(reference, kept);
      setState({ kind: 'done', message: answer.message });
    } catch (error) {
      setState({ kind: 'error', error });
    }
  };

  return (
    <>
      <PageHeading>{t('verify.title')}</PageHeading>
      {!reference || !kept ? (
        <Alert kind="error" title={t('verify.invalid')}>{t('verify.invalidBody')}</Alert>
      ) : (
        <div className="panel">
          <p>{t('verify.lead', { reference })}</p>
          {state.kind !== 'done' && (
            <button type="button" className="button" onClick={confirm} disabled={state.kind === 'busy'}>
              {t('verify.confirm')}
            </button>
          )}
          {state.kind === 'done' && (
            <Alert kind="success" title={t('verify.done')}>
              {state.message} <Link to="/privacy/status">{t('verify.toStatus')}</Link>
            </Alert>
          )}
          {state.kind === 'error' && <ErrorMessage error={state.error} />}
        </div>
      )}
    </>
  );
}
