import { useState } from 'react';
import { getNotice, listNoticeVersions, noticePageUrl } from '../api/center-api.ts';
import type { CenterConfig } from '../api/types.ts';
import { useLoad, useTitle } from '../components/hooks.ts';
import { NoticeView } from '../components/notice-view.tsx';
import { Alert, PageHeading, Show } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

/** The notice in force, in the reader's language when it is published in it; and every earlier version. */
export function NoticePage({ config }: { config: CenterConfig | null }) {
  const { t, lang, date } = useI18n();
  useTitle(t('center.notice.title'), config?.organisation.name ?? '');
  const noticeLang = config && config.languages.includes(lang) ? lang : (config?.defaultLanguage ?? lang);
  const [version, setVersion] = useState<number | undefined>(undefined);
  const [notice] = useLoad(() => getNotice(noticeLang, version), [noticeLang, version]);
  const [versions] = useLoad(() => listNoticeVersions(noticeLang), [noticeLang]);

  return (
    <>
      <PageHeading>{t('center.notice.title')}</PageHeading>
      {config && !config.languages.includes(lang) && <Alert kind="info">{t('center.notice.otherLanguage')}</Alert>}
      <div className="grid-2">
        <section className="panel" aria-labelledby="archive">
          <h2 id="archive">{t('center.notice.archive')}</h2>
          <Show state={versions}>
            {({ versions: list }) =>
              list.length === 0 ? (
                <p>{t('center.notice.noVersions')}</p>
              ) : (
                <ul>
                  {list.map((v) => (
                    <li key={v.number}>
                      <button type="button" className="button secondary" aria-pressed={version === v.number} onClick={() => setVersion(v.number)}>
                        {t('center.notice.versionOf', { number: v.number, date: date(v.effectiveDate) })}
                      </button>
                      {v.material && <span className="muted"> · {t('center.notice.material')}</span>}
                    </li>
                  ))}
                </ul>
              )
            }
          </Show>
          {version !== undefined && (
            <button type="button" className="button" onClick={() => setVersion(undefined)}>
              {t('center.notice.showCurrent')}
            </button>
          )}
        </section>
        <section className="panel" aria-labelledby="formats">
          <h2 id="formats">{t('center.notice.otherFormats')}</h2>
          <p>
            <a href={noticePageUrl(noticeLang, version)}>{t('center.notice.printable')}</a>
          </p>
        </section>
      </div>
      <Show state={notice}>
        {(doc) => (
          <>
            {doc.status === 'draft' && <Alert kind="warning">{t('center.notice.draft')}</Alert>}
            {doc.changes.length > 0 && (
              <Alert kind="info" title={t('center.notice.whatChanged')}>
                <ul>{doc.changes.map((c) => <li key={c}>{c}</li>)}</ul>
              </Alert>
            )}
            <NoticeView notice={doc.notice} />
          </>
        )}
      </Show>
    </>
  );
}
