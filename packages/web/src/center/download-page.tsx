import { useEffect, useState } from 'react';
import type { CenterConfig } from '../api/types.ts';
import { useTitle } from '../components/hooks.ts';
import { Alert, PageHeading } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { PackageDownload } from './package-download.tsx';

/**
 * The mailed package link `/privacy/download#ref=…&token=…`. The token sits in the fragment, so it never reaches a
 * server log; it is dropped from the address bar once read. Nothing is sent until the person asks for the code.
 */
export function DownloadPage({ config }: { config: CenterConfig | null }) {
  const { t } = useI18n();
  useTitle(t('download.title'), config?.organisation.name ?? '');
  const [{ reference, token }] = useState(() => {
    const hash = new URLSearchParams(window.location.hash.slice(1));
    return { reference: hash.get('ref') ?? '', token: hash.get('token') ?? '' };
  });
  useEffect(() => {
    if (token) window.history.replaceState(null, '', `/privacy/download#ref=${encodeURIComponent(reference)}`);
  }, [reference, token]);

  return (
    <>
      <PageHeading>{t('download.title')}</PageHeading>
      {reference && token ? (
        <PackageDownload reference={reference} token={token} />
      ) : (
        <Alert kind="error" title={t('download.invalid')}>{t('download.invalidBody')}</Alert>
      )}
    </>
  );
}
