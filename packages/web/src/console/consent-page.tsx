import { useState, type FormEvent } from 'react';
import { consentProofUrl, getConsentHistory, getConsentStats, verifyConsentLedger, type ConsentRecord } from '../api/console-api.ts';
import { Field } from '../components/field.tsx';
import { useLoad, useTitle } from '../components/hooks.ts';
import { Badge, ErrorMessage, PageHeading, Show } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { PageProps } from './console-app.tsx';
import { ConsentChart } from './consent-chart.tsx';
import { can } from './roles.ts';
import { ChainBadge } from './chain-badge.tsx';

export function ConsentPage({ role, site }: PageProps) {
  const { t } = useI18n();
  useTitle(t('consent.title'), site);
  return (
    <>
      <PageHeading>{t('consent.title')}</PageHeading>
      {can.readLedger(role) && <LedgerOverview />}
      <SubjectLookup />
    </>
  );
}

function LedgerOverview() {
  const { t } = useI18n();
  const [stats] = useLoad(() => getConsentStats(), []);
  const [chain] = useLoad(verifyConsentLedger, []);
  return (
    <section className="panel" aria-labelledby="rates">
      <h2 id="rates">{t('consent.rates')}</h2>
      <Show state={chain}>{(c) => <ChainBadge status={c} />}</Show>
      <Show state={stats}>
        {(s) => (s.rates.length === 0 ? <p>{t('consent.noRecords', { from: s.from, to: s.to })}</p> : <ConsentChart rates={s.rates} from={s.from} to={s.to} title={t('consent.chartTitle', { from: s.from, to: s.to })} labels={{}} />)}
      </Show>
    </section>
  );
}

/** The history of one pseudonymous subject id (the banner's), read on the server with an audit entry. */
function SubjectLookup() {
  const { t, date } = useI18n();
  const [subject, setSubject] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [result, setResult] = useState<{ subject: string; records: ConsentRecord[] } | { failure: unknown } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const id = subject.trim().toLowerCase();
    if (!/^[0-9a-f]{32}$/.test(id)) return setError(t('consent.errorSubject'));
    setError(undefined);
    try {
      setResult({ subject: id, records: (await getConsentHistory(id)).records });
    } catch (failure) {
      setResult({ failure });
    }
  };
  return (
    <section className="panel" aria-labelledby="lookup">
      <h2 id="lookup">{t('consent.lookup')}</h2>
      <form onSubmit={submit} noValidate>
        <Field label={t('consent.subject')} hint={t('consent.subjectHint')} error={error}>
          {(p) => <input {...p} type="text" className="mono" value={subject} onChange={(e) => setSubject(e.target.value)} />}
        </Field>
        <button className="button" type="submit">{t('consent.find')}</button>
      </form>
      {result && 'failure' in result && <ErrorMessage error={result.failure} />}
      {result && 'records' in result && (
        <>
          <p role="status">{t('consent.found', { n: result.records.length })} {result.records.length > 0 && <a href={consentProofUrl(result.subject)} target="_blank" rel="noreferrer">{t('consent.proof')}</a>}</p>
          {result.records.length > 0 && (
            <div className="table-wrap" role="region" aria-labelledby="history-caption" tabIndex={0}>
              <table>
                <caption id="history-caption">{t('consent.history')}</caption>
                <thead><tr><th scope="col">{t('consent.when')}</th><th scope="col">{t('consent.method')}</th><th scope="col">{t('consent.choices')}</th><th scope="col">{t('consent.notice')}</th><th scope="col">{t('consent.receipt')}</th></tr></thead>
                <tbody>
                  {result.records.map((r) => (
                    <tr key={r.seq}>
                      <th scope="row">{date(r.recordedAt, true)}</th>
                      <td>{r.method}{r.gpc ? ' · GPC' : ''}</td>
                      <td>{Object.entries(r.choices).map(([c, on]) => <Badge key={c} tone={on ? 'green' : 'grey'}>{c}: {on ? t('consent.granted') : t('consent.refused')}</Badge>)}</td>
                      <td>{r.noticeVersion} ({r.language})</td>
                      <td className="mono">{r.receipt}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
