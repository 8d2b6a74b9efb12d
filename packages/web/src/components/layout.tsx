import type { ReactNode } from 'react';
import type { CenterConfig } from '../api/types.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { isUiLanguage, LANGUAGE_NAMES, UI_LANGUAGES } from '../i18n/i18n.ts';
import { Link, useLocation } from '../router.tsx';

export interface NavItem {
  to: string;
  label: string;
}

export function LanguageSwitcher() {
  const { lang, setLang, t } = useI18n();
  return (
    <label>
      <span className="visually-hidden">{t('common.language')}</span>
      <select value={lang} onChange={(e) => isUiLanguage(e.target.value) && setLang(e.target.value)} aria-label={t('common.language')}>
        {UI_LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Header (brand, navigation, language, extra tools), main landmark, footer. A skip link reaches main first. */
export function Layout({ config, home, nav, navLabel, tools, children }: { config: CenterConfig | null; home: string; nav: NavItem[]; navLabel: string; tools?: ReactNode; children: ReactNode }) {
  const { t } = useI18n();
  const { path } = useLocation();
  const org = config?.organisation;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="site-header">
        <div className="inner">
          <Link to={home} className="brand">
            {org?.logoUrl && <img src={org.logoUrl} alt="" />}
            <span>{org?.name ?? 'Pledge'}</span>
          </Link>
          {nav.length > 0 && (
            <nav className="site-nav" aria-label={navLabel}>
              <ul>
                {nav.map((item) => {
                  const current = item.to === home ? path === home : path === item.to || path.startsWith(item.to + '/');
                  return (
                    <li key={item.to}>
                      <Link to={item.to} aria-current={current ? 'page' : undefined}>
                        {item.label}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </nav>
          )}
          <div className="header-tools">
            {tools}
            <LanguageSwitcher />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('common.footer', { org: org?.name ?? '' })}</p>
      </footer>
    </>
  );
}
