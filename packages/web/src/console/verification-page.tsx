import { getAssurance, listApprovals, type AssuranceLevel } from '../api/console-api.ts';
import { useLoad, useTitle } from '../components/hooks.ts';
import { PageHeading, Show } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/i18n.ts';
import { AssuranceForm } from './assurance-form.tsx';
import type { PageProps } from './console-app.tsx';
import { ApprovalItem } from './pending-approvals.tsx';
import { can } from './roles.ts';

/**
 * The identity assurance each request type needs (attack 4): every role reads it; officers raise a level at once or
 * propose a lower one with evidence, which a different officer approves or rejects below. Every proposal waiting for
 * a second approval is listed here, those about one request too.
 */
export function VerificationPage({ role, site, actor }: PageProps) {
  const { t } = useI18n();
  useTitle(t('verification.title'), site);
  const [levels, reloadLevels] = useLoad(getAssurance, []);
  const [pending, reloadPending] = useLoad(() => (can.readApprovals(role) ? listApprovals() : Promise.resolve(null)), [role]);
  const refresh = () => (reloadLevels(), reloadPending());
  return (
    <>
      <PageHeading>{t('verification.title')}</PageHeading>
      <p className="lead">{t('verification.lead')}</p>
      <Show state={levels}>
        {(l) => (
          <>
            <LevelsTable levels={l.levels} actors={l.actors} />
            {can.decide(role) && <AssuranceForm levels={l.levels} onDone={refresh} />}
          </>
        )}
      </Show>
      {can.readApprovals(role) && (
        <section className="panel" aria-labelledby="proposals">
          <h2 id="proposals">{t('verification.proposals')}</h2>
          <Show state={pending}>
            {(p) =>
              p && p.approvals.length > 0 ? (
                p.approvals.map((a) => <ApprovalItem key={a.id} approval={a} proposer={p.actors[a.proposedBy] ?? a.proposedBy} mayDecide={can.decide(role)} mine={a.proposedBy === actor} linkRequest onDone={refresh} />)
              ) : (
                <p>{t('verification.noProposals')}</p>
              )
            }
          </Show>
        </section>
      )}
    </>
  );
}

function LevelsTable({ levels, actors }: { levels: AssuranceLevel[]; actors: Record<string, string> }) {
  const { t, date } = useI18n();
  const who = (actor: string) => actors[actor] ?? actor;
  return (
    <section className="panel" aria-labelledby="levels">
      <h2 id="levels">{t('verification.levels')}</h2>
      <div className="table-wrap" role="region" aria-labelledby="levels-caption" tabIndex={0}>
        <table>
          <caption id="levels-caption">{t('verification.caption')}</caption>
          <thead>
            <tr><th scope="col">{t('verification.type')}</th><th scope="col">{t('verification.default')}</th><th scope="col">{t('verification.effective')}</th><th scope="col">{t('verification.changed')}</th></tr>
          </thead>
          <tbody>
            {levels.map((l) => (
              <tr key={l.type}>
                <th scope="row">{t(`right.${l.type}` as MessageKey)}</th>
                <td>{t(`assurance.${l.default}` as MessageKey)}</td>
                <td><strong>{t(`assurance.${l.effective}` as MessageKey)}</strong></td>
                <td>
                  {l.changedBy && l.changedAt ? t('verification.changedBy', { date: date(l.changedAt, true), who: who(l.changedBy) }) : t('verification.unchanged')}
                  {l.approvedBy && ` ${t('verification.approvedBy', { who: who(l.approvedBy) })}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
