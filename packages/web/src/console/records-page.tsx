import { useState } from 'react';
import { getAudit, recordsUrl, verifyAudit } from '../api/console-api.ts';
import { useLoad, useTitle } from '../components/hooks.ts';
import { PageHeading, Show } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { ChainBadge } from './chain-badge.tsx';
import type { PageProps } from './console-app.tsx';

const PAGE = 50;

/** Art. 30 records to download, and the audit log with the verification of its hash chain. */
export function RecordsPage({ site }: PageProps) {
  const { t, lang, date } = useI18n();
  useTitle(t('records.title'), site);
  const [after, setAfter] = useState<number[]>([0]);
  const [page] = useLoad(() => getAudit(after[after.length - 1]!, PAGE), [after]);
  const [chain] = useLoad(verifyAudit, []);
  return (
    <>
      <PageHeading>{t('records.title')}</PageHeading>
      <section className="panel" aria-labelledby="art30">
        <h2 id="art30">{t('records.art30')}</h2>
        <p>{t('records.art30Lead')}</p>
        <ul>
          <li><a href={recordsUrl('controller', 'csv', lang)} download>{t('records.controllerCsv')}</a> · <a href={recordsUrl('controller', 'html', lang)} target="_blank" rel="noreferrer">{t('records.html')}</a></li>
          <li><a href={recordsUrl('processor', 'csv', lang)} download>{t('records.processorCsv')}</a> · <a href={recordsUrl('processor', 'html', lang)} target="_blank" rel="noreferrer">{t('records.html')}</a></li>
        </ul>
      </section>
      <section className="panel" aria-labelledby="audit">
        <h2 id="audit">{t('records.audit')}</h2>
        <Show state={chain}>{(c) => <ChainBadge status={c} />}</Show>
        <Show state={page}>
          {({ entries, next }) => (
            <>
              <div className="table-wrap" role="region" aria-labelledby="audit-caption" tabIndex={0}>
                <table>
                  <caption id="audit-caption">{t('records.auditCaption', { n: entries.length })}</caption>
                  <thead><tr><th scope="col">#</th><th scope="col">{t('records.when')}</th><th scope="col">{t('records.actor')}</th><th scope="col">{t('records.action')}</th><th scope="col">{t('records.target')}</th></tr></thead>
                  <tbody>
                    {entries.map((e) => (
                      <tr key={e.seq}><th scope="row">{e.seq}</th><td>{date(e.at, true)}</td><td className="mono">{e.actor}</td><td>{e.action}</td><td className="mono">{e.target ?? '—'}</td></tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <div className="actions">
                <button type="button" className="button secondary" disabled={after.length <= 1} onClick={() => setAfter(after.slice(0, -1))}>{t('records.previous')}</button>
                <button type="button" className="button secondary" disabled={next === null} onClick={() => next !== null && setAfter([...after, next])}>{t('records.next')}</button>
              </div>
            </>
          )}
        </Show>
      </section>
    </>
  );
}
