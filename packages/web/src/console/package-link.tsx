import { useState } from 'react';
import { resendPackageLink } from '../api/console-api.ts';
import { Alert, ErrorMessage } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

/** A person whose link was spent or lost gets a new one, to the verified address, until the package expires. */
export function PackageLink({ reference, onDone }: { reference: string; onDone: () => void }) {
  const { t, date } = useI18n();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: true; expiresAt: string } | { ok: false; error: unknown } | null>(null);
  const send = async () => {
    setBusy(true);
    try {
      const { expiresAt } = await resendPackageLink(reference);
      setResult({ ok: true, expiresAt });
      onDone();
    } catch (error) {
      setResult({ ok: false, error });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="package-link">
      <p>{t('packageLink.hint')}</p>
      <button type="button" className="button secondary" disabled={busy} onClick={send}>{t('packageLink.send')}</button>
      <div aria-live="polite">
        {result?.ok && <Alert kind="success">{t('packageLink.sent', { date: date(result.expiresAt) })}</Alert>}
        {result && !result.ok && <ErrorMessage error={result.error} />}
      </div>
    </div>
  );
}
