import { getFulfilment, getRequest, type FulfilmentProgress, type RequestDetail } from '../api/console-api.ts';
import { useLoad, useTitle } from '../components/hooks.ts';
import { Badge, PageHeading, Show } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { enConsole } from '../i18n/en-console.ts';
import type { MessageKey } from '../i18n/i18n.ts';
import { Link } from '../router.tsx';
import type { PageProps } from './console-app.tsx';
import { AgentReview } from './agent-review.tsx';
import { urgencyOf } from './deadlines.ts';
import { IdentityCheck } from './identity-check.tsx';
import { PackageLink } from './package-link.tsx';
import { PendingApprovals } from './pending-approvals.tsx';
import { RequestActions, TaskResolver } from './request-actions.tsx';
import { can } from './roles.ts';

/** One request: who (identities and how they were verified; an agent's authorisation), what happened, fulfilment per dataset, and decisions. */
export function RequestDetailPage({ role, site, actor, id }: PageProps & { id: string }) {
  const { t } = useI18n();
  const [request, reload] = useLoad(() => getRequest(id), [id]);
  const reference = request.status === 'ok' ? request.data.reference : '';
  useTitle(reference || t('requests.title'), site);
  const [progress, reloadProgress] = useLoad(() => (reference ? getFulfilment(reference) : new Promise<FulfilmentProgress>(() => undefined)), [reference]);
  const refresh = () => (reload(), reloadProgress());
  return (
    <>
      <p><Link to="/admin/requests">← {t('requests.back')}</Link></p>
      <PageHeading>{t('request.detailTitle', { reference })}</PageHeading>
      <Show state={request}>
        {(r) => (
          <>
            <div className="grid-2">
              <Overview request={r} />
              <Identity request={r} />
            </div>
            <AgentReview request={r} role={role} addressVerified={addressVerified(r)} onDone={refresh} />
            <Timeline request={r} />
            <section className="panel" aria-labelledby="fulfilment">
              <h2 id="fulfilment">{t('request.fulfilment')}</h2>
              <Show state={progress}>{(p) => <Fulfilment progress={p} canResolve={can.decide(role)} reference={r.reference} onDone={refresh} />}</Show>
              {can.reply(role) && progress.status === 'ok' && progress.data.steps.some((s) => s.kind === 'package' && s.status === 'done') && <PackageLink reference={r.reference} onDone={refresh} />}
            </section>
            {can.reply(role) && ['received', 'identity_verification'].includes(r.state) && <IdentityCheck id={r.id} onDone={refresh} />}
            <PendingApprovals approvals={r.pendingApprovals} actors={r.actors} role={role} actor={actor} onDone={refresh} />
            {can.reply(role) && <RequestActions id={r.id} state={r.state} role={role} addressVerified={addressVerified(r)} onDone={refresh} />}
          </>
        )}
      </Show>
    </>
  );
}

/** As the server decides (rights/request-reply.service.ts): a proof other than knowledge answers covered the e-mail address. */
const addressVerified = (r: RequestDetail) => r.proofs.some((p) => p.method !== 'knowledge_questions' && p.identifiers.includes('email'));

function Overview({ request: r }: { request: RequestDetail }) {
  const { t, date } = useI18n();
  const urgency = urgencyOf(r);
  return (
    <section className="panel" aria-labelledby="overview">
      <h2 id="overview">{t('request.overview')}</h2>
      <dl className="facts">
        <dt>{t('requests.type')}</dt><dd>{t(`right.${r.type}` as MessageKey)}</dd>
        <dt>{t('request.jurisdiction')}</dt><dd>{t(`jurisdiction.${r.jurisdiction}` as MessageKey)}</dd>
        <dt>{t('requests.state')}</dt><dd>{t(`state.${r.state}` as MessageKey)}</dd>
        <dt>{t('requests.received')}</dt><dd>{date(r.receivedAt, true)}</dd>
        <dt>{t('requests.due')}</dt>
        <dd>
          {date(r.dueAt)} {r.extended && `(${t('status.extended')}) `}{urgency === 'overdue' && <Badge tone="red">{t('requests.overdue')}</Badge>}
          {urgency === 'due-soon' && <Badge tone="amber">{t('requests.dueSoon')}</Badge>}
        </dd>
        {r.extensionReason && (<><dt>{t('request.extensionReason')}</dt><dd>{r.extensionReason}</dd></>)}
        {r.details && (<><dt>{t('request.details')}</dt><dd>{r.details}</dd></>)}
        {r.corrections !== null && r.corrections.length > 0 && (
          <><dt>{t('request.corrections')}</dt><dd><ul>{r.corrections.map((c) => <li key={c.field}><span className="mono">{c.field}</span> → {c.value}</li>)}</ul></dd></>
        )}
      </dl>
    </section>
  );
}

function Identity({ request: r }: { request: RequestDetail }) {
  const { t, date } = useI18n();
  return (
    <section className="panel" aria-labelledby="identity">
      <h2 id="identity">{t('request.identity')}</h2>
      <dl className="facts">
        <dt>{t('form.email')}</dt><dd>{r.email}</dd>
        {r.name && (<><dt>{t('request.name')}</dt><dd>{r.name}</dd></>)}
        {r.accountId && (<><dt>{t('request.account')}</dt><dd className="mono">{r.accountId}</dd></>)}
        {r.phone && (<><dt>{t('request.phone')}</dt><dd>{r.phone}</dd></>)}
        <dt>{t('request.assurance')}</dt><dd>{t(`assurance.${r.assuranceRequired}` as MessageKey)}</dd>
        {r.agent && (<><dt>{t('request.agent')}</dt><dd>{r.agent.name} (<a href="#agent-review">{t('request.agentReview')}</a>)</dd></>)}
      </dl>
      <h3>{t('request.proofs')}</h3>
      {r.proofs.length > 0 ? (
        <ul>{r.proofs.map((p, i) => <li key={i}>{p.method.replace(/_/g, ' ')} — {p.identifiers.join(', ')} ({date(p.at, true)})</li>)}</ul>
      ) : (
        <p><Badge tone="amber">{t('request.notVerified')}</Badge></p>
      )}
    </section>
  );
}

/** A timeline event in staff's words; a kind newer than this build shows as itself, never hidden. */
function staffTimelineWords(t: (key: MessageKey, values?: Record<string, string | number>) => string, e: RequestDetail['events'][number]): string {
  const state = e.toState ? t(`state.${e.toState}` as MessageKey) : '';
  if (e.kind === 'state_changed') return t('timeline.state_changed', { state });
  const key = `timeline.${e.kind}`;
  const words = key in enConsole ? t(key as MessageKey) : t('timeline.other', { kind: e.kind.replace(/_/g, ' ') });
  return state ? `${words} → ${state}` : words;
}

function Timeline({ request: r }: { request: RequestDetail }) {
  const { t, date } = useI18n();
  return (
    <section className="panel" aria-labelledby="timeline">
      <h2 id="timeline">{t('status.timeline')}</h2>
      <ol className="timeline">
        {r.events.map((e, i) => (
          <li key={i}><strong>{date(e.at, true)}</strong> — {staffTimelineWords(t, e)} <span className="muted">({r.actors[e.actor] ?? e.actor})</span></li>
        ))}
      </ol>
    </section>
  );
}

function Fulfilment({ progress, canResolve, reference, onDone }: { progress: FulfilmentProgress; canResolve: boolean; reference: string; onDone: () => void }) {
  const { t } = useI18n();
  if (progress.steps.length === 0) return <p>{t('request.noSteps')}</p>;
  return (
    <div className="table-wrap" role="region" aria-labelledby="steps-caption" tabIndex={0}>
      <table>
        <caption id="steps-caption">{t('request.stepsCaption')}</caption>
        <thead><tr><th scope="col">{t('request.step')}</th><th scope="col">{t('request.dataset')}</th><th scope="col">{t('requests.state')}</th><th scope="col">{t('request.task')}</th></tr></thead>
        <tbody>
          {progress.steps.map((s) => (
            <tr key={s.key}>
              <th scope="row">{s.kind.replace(/_/g, ' ')}</th>
              <td className="mono">{[s.system, s.dataset].filter(Boolean).join('.') || '—'}</td>
              <td><Badge tone={s.status === 'done' ? 'green' : s.status === 'failed' ? 'red' : 'amber'}>{s.status.replace(/_/g, ' ')}</Badge></td>
              <td>{s.status === 'waiting' && canResolve ? <TaskResolver reference={reference} stepKey={s.key} onDone={onDone} /> : s.detail ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
