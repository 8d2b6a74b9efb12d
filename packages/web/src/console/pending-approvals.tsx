import { useState } from 'react';
import { decideApproval, type Approval } from '../api/console-api.ts';
import type { Role } from '../api/types.ts';
import { Alert, ErrorMessage } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/i18n.ts';
import { Link } from '../router.tsx';
import { can } from './roles.ts';

/**
 * The two-person rule (server: rights/approvals.service.ts): a denial as manifestly unfounded or excessive is only
 * proposed, as is lowering a request type's assurance (verification-page.tsx); a different officer approves or
 * rejects it. The proposer sees the buttons too, and the server's refusal.
 */
export function PendingApprovals({ approvals, actors, role, actor, onDone }: { approvals: Approval[]; actors: Record<string, string>; role: Role; actor: string; onDone: () => void }) {
  const { t } = useI18n();
  if (approvals.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="approvals">
      <h2 id="approvals">{t('approvals.title')}</h2>
      <p>{t('approvals.lead')}</p>
      {approvals.map((a) => <ApprovalItem key={a.id} approval={a} proposer={actors[a.proposedBy] ?? a.proposedBy} mayDecide={can.decide(role)} mine={a.proposedBy === actor} onDone={onDone} />)}
    </section>
  );
}

/** One proposal; `linkRequest` adds a link to the request it belongs to (on pages other than that request's). */
export function ApprovalItem(props: { approval: Approval; proposer: string; mayDecide: boolean; mine: boolean; linkRequest?: boolean; onDone: () => void }) {
  const { approval: a, proposer, mayDecide, mine, onDone } = props;
  const { t, date } = useI18n();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const what = useProposalWords(a);
  const decide = async (decision: 'approved' | 'rejected') => {
    setBusy(true);
    setFailure(null);
    try {
      await decideApproval(a.id, decision);
      onDone();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  const headingId = `approval-${a.id}`;
  return (
    <article className="approval" aria-labelledby={headingId}>
      <h3 id={headingId}>{what}</h3>
      <dl className="facts">
        <dt>{t('approvals.proposedBy')}</dt>
        <dd><span className="mono">{proposer}</span>{mine && ` (${t('approvals.you')})`}</dd>
        <dt>{t('approvals.proposedAt')}</dt>
        <dd>{date(a.proposedAt, true)}</dd>
        <dt>{t('actions.evidence')}</dt>
        <dd className="pre-line">{a.evidence}</dd>
      </dl>
      {props.linkRequest && a.requestId && <p><Link to={`/admin/requests/${a.requestId}`}>{t('approvals.openRequest')}</Link></p>}
      {mayDecide && (
        <>
          {mine && <Alert kind="info">{t('approvals.mine')}</Alert>}
          <div className="actions" role="group" aria-labelledby={headingId}>
            <button type="button" className="button" disabled={busy} onClick={() => decide('approved')}>{t('approvals.approve')}</button>
            <button type="button" className="button secondary" disabled={busy} onClick={() => decide('rejected')}>{t('approvals.reject')}</button>
          </div>
        </>
      )}
      {failure !== null && <ErrorMessage error={failure} />}
    </article>
  );
}

/** What is proposed, in words: a denial with its reason, or a request type's assurance from one level to another. */
function useProposalWords(a: Approval): string {
  const { t } = useI18n();
  const { reason, type, from, to } = a.payload;
  if (a.kind === 'deny_request') return t('approvals.denial', { reason: typeof reason === 'string' ? t(`denial.${reason}` as MessageKey) : '' });
  if (typeof type !== 'string' || typeof from !== 'string' || typeof to !== 'string') return t('approvals.lowerAssurance');
  return t('approvals.lowerAssuranceOf', { type: t(`right.${type}` as MessageKey), from: t(`assurance.${from}` as MessageKey), to: t(`assurance.${to}` as MessageKey) });
}
