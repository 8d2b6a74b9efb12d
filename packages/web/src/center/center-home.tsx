import type { CenterConfig } from '../api/types.ts';
import { useTitle } from '../components/hooks.ts';
import { PageHeading } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/i18n.ts';
import { Link } from '../router.tsx';

const CARDS: Array<{ to: string; title: MessageKey; body: MessageKey; action: MessageKey }> = [
  { to: '/privacy/notice', title: 'center.home.noticeTitle', body: 'center.home.noticeBody', action: 'center.home.noticeAction' },
  { to: '/privacy/preferences', title: 'center.home.preferencesTitle', body: 'center.home.preferencesBody', action: 'center.home.preferencesAction' },
  { to: '/privacy/request', title: 'center.home.requestTitle', body: 'center.home.requestBody', action: 'center.home.requestAction' },
  { to: '/privacy/status', title: 'center.home.statusTitle', body: 'center.home.statusBody', action: 'center.home.statusAction' },
];

export function CenterHome({ config }: { config: CenterConfig | null }) {
  const { t } = useI18n();
  const org = config?.organisation.name ?? '';
  useTitle(t('center.home.title'), org);
  return (
    <>
      <PageHeading>{t('center.home.heading', { org })}</PageHeading>
      <p className="lead">{t('center.home.lead', { org })}</p>
      <ul className="cards">
        {CARDS.map((card) => (
          <li className="card" key={card.to}>
            <h2>{t(card.title)}</h2>
            <p>{t(card.body)}</p>
            <Link className="card-link" to={card.to}>
              {t(card.action)}
            </Link>
          </li>
        ))}
      </ul>
      {config && config.requestChannels.length > 0 && (
        <section aria-labelledby="other-ways">
          <h2 id="other-ways">{t('center.home.otherWays')}</h2>
          <ul>
            {config.requestChannels.map((c) => (
              <li key={`${c.type}:${c.value}`}>
                {t(`channel.${c.type}` as MessageKey)}: <span className="mono">{c.value}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
