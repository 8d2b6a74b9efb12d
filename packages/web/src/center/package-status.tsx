import { useState, type FormEvent } from 'react';
import type { PersonRequestView } from '../api/types.ts';
import { Field } from '../components/field.tsx';
import { Alert } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { navigate } from '../router.tsx';
import { downloadPagePath, packageLinkToken } from './package-link.ts';

type PackageView = NonNullable<PersonRequestView['package']>;

/**
 * "Your data": where the access package stands (server: rights/package-state.repository.ts). Only while its link
 * works is there a field for it; a used, expired or locked link is said in words, with what to do next.
 */
export function PackageStatus({ reference, pkg }: { reference: string; pkg: PackageView }) {
  const { t, date } = useI18n();
  return (
    <section className="panel" aria-labelledby="package-heading">
      <h2 id="package-heading">{t('status.packageTitle')}</h2>
      {pkg.state === 'available' ? (
        <>
          <p>{t('status.packageLead')}</p>
          {pkg.expiresAt && <p>{t('status.packageUntil', { date: date(pkg.expiresAt) })}</p>}
          <PackageLinkForm reference={reference} />
        </>
      ) : pkg.state === 'downloaded' ? (
        <Alert kind="info" title={t('status.packageDownloaded', { date: pkg.downloadedAt ? date(pkg.downloadedAt) : '' })}>{t('status.packageAgain')}</Alert>
      ) : (
        <Alert kind="info" title={t(pkg.state === 'locked' ? 'status.packageLocked' : 'status.packageExpired')}>{t(pkg.state === 'locked' ? 'status.packageAgain' : 'status.packageExpiredNext')}</Alert>
      )}
    </section>
  );
}

/** The package link from the e-mail, pasted: it opens the download page, which asks for a code to unlock it. */
function PackageLinkForm({ reference }: { reference: string }) {
  const { t } = useI18n();
  const [link, setLink] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const token = packageLinkToken(link);
    if (token === null) return setError(t('status.errorPackageLink'));
    setError(undefined);
    navigate(downloadPagePath(reference, token));
  };
  return (
    <form onSubmit={submit} noValidate>
      <Field label={t('status.packageLink')} hint={t('status.packageLinkHint')} error={error}>
        {(p) => <input {...p} type="text" autoComplete="off" value={link} onChange={(e) => setLink(e.target.value)} />}
      </Field>
      <button className="button secondary" type="submit">{t('status.packageOpen')}</button>
    </form>
  );
}
