import { useState, type FormEvent } from 'react';
import { getDiff, listVersions, publishNotice } from '../api/console-api.ts';
import type { NoticeDiff, VersionSummary } from '../api/types.ts';
import { Field } from '../components/field.tsx';
import { useLoad, useTitle } from '../components/hooks.ts';
import { Alert, Badge, ErrorMessage, PageHeading, Show } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { PageProps } from './console-app.tsx';
import { can } from './roles.ts';

/** Published versions, the difference between any two with its materiality, and publishing the manifest in force. */
export function NoticeAdminPage({ role, site }: PageProps) {
  const { t, lang, date } = useI18n();
  useTitle(t('noticeAdmin.title'), site);
  const [versions, reload] = useLoad(() => listVersions(lang), [lang]);
  return (
    <>
      <PageHeading>{t('noticeAdmin.title')}</PageHeading>
      {can.publishNotice(role) && <Publish onPublished={reload} />}
      <Show state={versions}>
        {({ versions: list }) => (
          <>
            <section className="panel" aria-labelledby="versions">
              <h2 id="versions">{t('noticeAdmin.versions')}</h2>
              {list.length === 0 ? <p>{t('center.notice.noVersions')}</p> : (
                <div className="table-wrap" role="region" aria-labelledby="versions-caption" tabIndex={0}>
                  <table>
                    <caption id="versions-caption" className="visually-hidden">{t('noticeAdmin.versions')} ({list.length})</caption>
                    <thead><tr><th scope="col">{t('noticeAdmin.version')}</th><th scope="col">{t('noticeAdmin.effective')}</th><th scope="col">{t('noticeAdmin.published')}</th><th scope="col">{t('noticeAdmin.changes')}</th></tr></thead>
                    <tbody>
                      {list.map((v) => (
                        <tr key={v.number}>
                          <th scope="row"><a href={`/notice/versions/${v.number}?lang=${lang}`}>{v.number}</a></th>
                          <td>{date(v.effectiveDate)}</td>
                          <td>{date(v.publishedAt, true)}</td>
                          <td>{v.material && <Badge tone="amber">{t('center.notice.material')}</Badge>} {v.summary.slice(0, 3).join(' ')}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
            {list.length >= 2 && <DiffPicker versions={list} />}
          </>
        )}
      </Show>
    </>
  );
}

function Publish({ onPublished }: { onPublished: () => void }) {
  const { t } = useI18n();
  const [effectiveDate, setEffectiveDate] = useState('');
  const [result, setResult] = useState<{ ok: number } | { failure: unknown } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      setResult({ ok: (await publishNotice(effectiveDate || undefined)).number });
      onPublished();
    } catch (failure) {
      setResult({ failure });
    }
  };
  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="publish">
      <h2 id="publish">{t('noticeAdmin.publish')}</h2>
      <p>{t('noticeAdmin.publishLead')}</p>
      <Field label={t('noticeAdmin.effectiveOptional')} hint={t('noticeAdmin.effectiveHint')}>
        {(p) => <input {...p} type="date" value={effectiveDate} onChange={(e) => setEffectiveDate(e.target.value)} />}
      </Field>
      <button className="button" type="submit">{t('noticeAdmin.publishButton')}</button>
      {result && 'ok' in result && <Alert kind="success">{t('noticeAdmin.publishedAs', { n: result.ok })}</Alert>}
      {result && 'failure' in result && <ErrorMessage error={result.failure} />}
    </form>
  );
}

function DiffPicker({ versions }: { versions: VersionSummary[] }) {
  const { t, lang } = useI18n();
  const [from, setFrom] = useState(versions[1]!.number);
  const [to, setTo] = useState(versions[0]!.number);
  const [diff] = useLoad<NoticeDiff | null>(() => (from === to ? Promise.resolve(null) : getDiff(Math.min(from, to), Math.max(from, to), lang)), [from, to, lang]);
  const options = versions.map((v) => <option key={v.number} value={v.number}>{v.number}</option>);
  return (
    <section className="panel" aria-labelledby="diff">
      <h2 id="diff">{t('noticeAdmin.diff')}</h2>
      <div className="filters">
        <Field label={t('noticeAdmin.from')}>{(p) => <select {...p} value={from} onChange={(e) => setFrom(Number(e.target.value))}>{options}</select>}</Field>
        <Field label={t('noticeAdmin.to')}>{(p) => <select {...p} value={to} onChange={(e) => setTo(Number(e.target.value))}>{options}</select>}</Field>
      </div>
      <Show state={diff}>
        {(d) => !d ? <p>{t('noticeAdmin.same')}</p> : (
          <>
            <p role="status">{d.material ? <Badge tone="amber">{t('center.notice.material')}</Badge> : <Badge tone="green">{t('noticeAdmin.notMaterial')}</Badge>} {t('noticeAdmin.changeCount', { n: d.changes.length })}</p>
            <ul>{d.changes.map((c, i) => <li key={i}>{c.material && <Badge tone="amber">{t('center.notice.material')}</Badge>} {c.summary} <span className="muted">({c.reason})</span></li>)}</ul>
          </>
        )}
      </Show>
    </section>
  );
}
