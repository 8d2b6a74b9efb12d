import type { CenterConfig } from '../api/types.ts';
import { Layout } from '../components/layout.tsx';
import { useTitle } from '../components/hooks.ts';
import { PageHeading } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { Link } from '../router.tsx';
import { CenterHome } from './center-home.tsx';
import { DownloadPage } from './download-page.tsx';
import { NoticePage } from './notice-page.tsx';
import { PreferencesPage } from './preferences-page.tsx';
import { RequestPage } from './request-page.tsx';
import { StatusPage } from './status-page.tsx';
import { VerifyPage } from './verify-page.tsx';

export function CenterApp({ config, path }: { config: CenterConfig | null; path: string }) {
  const { t } = useI18n();
  const nav = [
    { to: '/privacy', label: t('center.nav.home') },
    { to: '/privacy/notice', label: t('center.nav.notice') },
    { to: '/privacy/preferences', label: t('center.nav.preferences') },
    { to: '/privacy/request', label: t('center.nav.request') },
    { to: '/privacy/status', label: t('center.nav.status') },
  ];
  return (
    <Layout config={config} home="/privacy" nav={nav} navLabel={t('center.nav.label')}>
      <CenterPage config={config} path={path} />
    </Layout>
  );
}

function CenterPage({ config, path }: { config: CenterConfig | null; path: string }) {
  switch (path) {
    case '/privacy':
      return <CenterHome config={config} />;
    case '/privacy/notice':
      return <NoticePage config={config} />;
    case '/privacy/preferences':
      return <PreferencesPage config={config} />;
    case '/privacy/request':
      return <RequestPage config={config} />;
    case '/privacy/verify':
      return <VerifyPage config={config} />;
    case '/privacy/status':
      return <StatusPage config={config} />;
    case '/privacy/download':
      return <DownloadPage config={config} />;
    default:
      return <NotFound site={config?.organisation.name ?? 'Pledge'} />;
  }
}

export function NotFound({ site }: { site: string }) {
  const { t } = useI18n();
  useTitle(t('common.notFound'), site);
  return (
    <>
      <PageHeading>{t('common.notFound')}</PageHeading>
      <p>
        <Link to="/privacy">{t('center.nav.home')}</Link>
      </p>
    </>
  );
}
