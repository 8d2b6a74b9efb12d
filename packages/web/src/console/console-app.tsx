import { useEffect, useState } from 'react';
import { getSession, logout, type Session, type SessionUser } from '../api/console-api.ts';
import type { CenterConfig, Role } from '../api/types.ts';
import { Layout } from '../components/layout.tsx';
import { NotFound } from '../center/center-app.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/i18n.ts';
import { navigate } from '../router.tsx';
import { AccountPage } from './account-page.tsx';
import { ConsentPage } from './consent-page.tsx';
import { DataMapPage } from './data-map-page.tsx';
import { LoginPage } from './login-page.tsx';
import { NoticeAdminPage } from './notice-admin-page.tsx';
import { RecordsPage } from './records-page.tsx';
import { RequestDetailPage } from './request-detail-page.tsx';
import { RequestsPage } from './requests-page.tsx';
import { UsersPage } from './users-page.tsx';
import { VerificationPage } from './verification-page.tsx';
import { can } from './roles.ts';

/** Nobody reaches a console page without a session: the app asks first, the server refuses API calls anyway. */
export function ConsoleApp({ config, path }: { config: CenterConfig | null; path: string }) {
  const { t } = useI18n();
  const [session, setSession] = useState<Session | null>(null);
  useEffect(() => {
    getSession().then(setSession, () => setSession({ authenticated: false }));
  }, []);
  useEffect(() => {
    if (session && !session.authenticated && path !== '/admin/login') navigate(`/admin/login?next=${encodeURIComponent(path)}`, { replace: true });
    if (session?.authenticated && (path === '/admin' || path === '/admin/login')) navigate('/admin/requests', { replace: true });
  }, [session, path]);

  if (path === '/admin/login' || !session?.authenticated) {
    return (
      <Layout config={config} home="/admin" nav={[]} navLabel={t('console.nav.label')}>
        {session && !session.authenticated ? <LoginPage config={config} onLogin={setSession} /> : <p role="status" className="muted">{t('common.loading')}</p>}
      </Layout>
    );
  }
  const user = session.user;
  const nav = [
    { to: '/admin/requests', label: t('console.nav.requests') },
    { to: '/admin/consent', label: t('console.nav.consent') },
    { to: '/admin/data-map', label: t('console.nav.dataMap') },
    { to: '/admin/notice', label: t('console.nav.notice') },
    { to: '/admin/verification', label: t('console.nav.verification') },
    ...(can.readRecords(user.role) ? [{ to: '/admin/records', label: t('console.nav.records') }] : []),
    ...(can.manageUsers(user.role) ? [{ to: '/admin/users', label: t('console.nav.users') }] : []),
    { to: '/admin/account', label: t('console.nav.account') },
  ];
  const signOut = async () => {
    await logout().catch(() => undefined);
    setSession({ authenticated: false });
  };
  const tools = (
    <>
      <span className="user-chip">{user.email} · {t(`role.${user.role}` as MessageKey)}</span>
      <button type="button" className="button secondary" onClick={signOut}>{t('console.logout')}</button>
    </>
  );
  return (
    <Layout config={config} home="/admin/requests" nav={nav} navLabel={t('console.nav.label')} tools={tools}>
      <ConsolePage path={path} user={user} site={config?.organisation.name ?? 'Pledge'} refreshSession={() => getSession().then(setSession, () => undefined)} />
    </Layout>
  );
}

export interface PageProps {
  role: Role;
  site: string;
  /** The audit actor of the logged-in user (`user:<id>`), to tell their own proposals from others'. */
  actor: string;
}

function ConsolePage({ path, user, site, refreshSession }: { path: string; user: SessionUser; site: string; refreshSession: () => void }) {
  const props = { role: user.role, site, actor: `user:${user.id}` };
  if (path.startsWith('/admin/requests/')) return <RequestDetailPage {...props} id={decodeURIComponent(path.slice('/admin/requests/'.length))} />;
  switch (path) {
    case '/admin/requests':
      return <RequestsPage {...props} />;
    case '/admin/consent':
      return <ConsentPage {...props} />;
    case '/admin/data-map':
      return <DataMapPage {...props} />;
    case '/admin/notice':
      return <NoticeAdminPage {...props} />;
    case '/admin/records':
      return <RecordsPage {...props} />;
    case '/admin/account':
      return <AccountPage {...props} user={user} onChange={refreshSession} />;
    case '/admin/users':
      return <UsersPage {...props} />;
    case '/admin/verification':
      return <VerificationPage {...props} />;
    default:
      return <NotFound site={site} />;
  }
}
