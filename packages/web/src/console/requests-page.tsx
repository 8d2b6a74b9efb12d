import { useMemo, useState } from 'react';
import { listRequests, type RequestSummary } from '../api/console-api.ts';
import { Field } from '../components/field.tsx';
import { useLoad, useTitle } from '../components/hooks.ts';
import { Badge, PageHeading, Show } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/i18n.ts';
import { Link } from '../router.tsx';
import type { PageProps } from './console-app.tsx';
import { byDeadline, urgencyOf } from './deadlines.ts';

const STATES = ['received', 'identity_verification', 'verified', 'in_progress', 'waiting_on_manual_tasks', 'completed', 'denied', 'withdrawn'];

/** The queue, most urgent first: overdue rows red, due within a week amber, each also said in words. */
export function RequestsPage({ site }: PageProps) {
  const { t, date } = useI18n();
  useTitle(t('requests.title'), site);
  const [state] = useLoad(listRequests, []);
  const [filter, setFilter] = useState({ state: 'open', type: '', search: '' });

  return (
    <>
      <PageHeading>{t('requests.title')}</PageHeading>
      <Show state={state}>
        {({ requests }) => <Queue requests={requests} filter={filter} setFilter={setFilter} t={t} date={date} />}
      </Show>
    </>
  );
}

function Queue({ requests, filter, setFilter, t, date }: { requests: RequestSummary[]; filter: { state: string; type: string; search: string }; setFilter: (f: { state: string; type: string; search: string }) => void; t: ReturnType<typeof useI18n>['t']; date: ReturnType<typeof useI18n>['date'] }) {
  const types = useMemo(() => [...new Set(requests.map((r) => r.type))].sort(), [requests]);
  const shown = requests
    .filter((r) => (filter.state === 'open' ? urgencyOf(r) !== 'closed' : !filter.state || r.state === filter.state))
    .filter((r) => !filter.type || r.type === filter.type)
    .filter((r) => !filter.search || r.reference.toLowerCase().includes(filter.search.trim().toLowerCase()))
    .sort(byDeadline);
  const counts = { overdue: requests.filter((r) => urgencyOf(r) === 'overdue').length, soon: requests.filter((r) => urgencyOf(r) === 'due-soon').length };
  return (
    <>
      <p className="lead" role="status">{t('requests.summary', { overdue: counts.overdue, soon: counts.soon, total: requests.length })}</p>
      <div className="filters" role="search" aria-label={t('requests.filters')}>
        <Field label={t('requests.filterState')}>
          {(p) => (
            <select {...p} value={filter.state} onChange={(e) => setFilter({ ...filter, state: e.target.value })}>
              <option value="open">{t('requests.allOpen')}</option>
              <option value="">{t('requests.all')}</option>
              {STATES.map((s) => <option key={s} value={s}>{t(`state.${s}` as MessageKey)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('requests.filterType')}>
          {(p) => (
            <select {...p} value={filter.type} onChange={(e) => setFilter({ ...filter, type: e.target.value })}>
              <option value="">{t('requests.all')}</option>
              {types.map((type) => <option key={type} value={type}>{t(`right.${type}` as MessageKey)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('requests.search')}>
          {(p) => <input {...p} type="search" value={filter.search} onChange={(e) => setFilter({ ...filter, search: e.target.value })} />}
        </Field>
      </div>
      <div className="table-wrap" role="region" aria-labelledby="queue-caption" tabIndex={0}>
        <table>
          <caption id="queue-caption">{t('requests.caption', { n: shown.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('requests.reference')}</th>
              <th scope="col">{t('requests.type')}</th>
              <th scope="col">{t('requests.state')}</th>
              <th scope="col">{t('requests.received')}</th>
              <th scope="col">{t('requests.due')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 && (
              <tr><td colSpan={5}>{t('requests.none')}</td></tr>
            )}
            {shown.map((r) => {
              const urgency = urgencyOf(r);
              return (
                <tr key={r.reference} className={urgency === 'overdue' ? 'overdue' : urgency === 'due-soon' ? 'due-soon' : undefined}>
                  <th scope="row"><Link to={`/admin/requests/${encodeURIComponent(r.id)}`} className="mono">{r.reference}</Link></th>
                  <td>{t(`right.${r.type}` as MessageKey)} <span className="muted">({t(`jurisdiction.${r.jurisdiction}` as MessageKey)})</span></td>
                  <td>{t(`state.${r.state}` as MessageKey)}</td>
                  <td>{date(r.receivedAt)}</td>
                  <td>
                    {date(r.dueAt)}{' '}
                    {urgency === 'overdue' && <Badge tone="red">{t('requests.overdue')}</Badge>}
                    {urgency === 'due-soon' && <Badge tone="amber">{t('requests.dueSoon')}</Badge>}
                    {r.extended && <span className="muted"> · {t('status.extended')}</span>}
                    {r.byAgent && <span className="muted"> · {t('requests.agent')}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
