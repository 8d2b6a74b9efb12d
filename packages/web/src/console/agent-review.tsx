import { useState } from 'react';
import { agentAuthorisationUrl, decideAgentAuthorisation, type RequestDetail } from '../api/console-api.ts';
import type { Role } from '../api/types.ts';
import { Field } from '../components/field.tsx';
import { Alert, Badge, ErrorMessage } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/i18n.ts';
import { can } from './roles.ts';

type Decision = 'approved' | 'rejected';
const REASON_MIN = 10;

/**
 * An authorised agent's request (server: rights/agent.service.ts). Software never accepts the signed authorisation
 * (attack 3): a person opens it (the read is audited) and decides with a reason, and the copy is deleted then. Even
 * accepted, nothing happens until the person confirms through their own address; results go to them (attack 7).
 */
export function AgentReview({ request: r, role, addressVerified, onDone }: { request: RequestDetail; role: Role; addressVerified: boolean; onDone: () => void }) {
  const { t, date } = useI18n();
  const [justDecided, setJustDecided] = useState(false);
  if (!r.agent || !r.agentStatus) return null;
  const decision = r.events.findLast((e) => e.kind === 'agent_approved' || e.kind === 'agent_rejected');
  const status = r.agentStatus;
  const tone = status === 'approved' ? 'green' : status === 'rejected' ? 'grey' : 'amber';
  const confirmation: MessageKey =
    status === 'rejected' ? 'agent.confirmationNone' : status !== 'approved' ? 'agent.confirmationNotAsked' : addressVerified ? 'agent.confirmationDone' : 'agent.confirmationWaiting';
  return (
    <section className="panel" aria-labelledby="agent-review">
      <h2 id="agent-review">{t('request.agent')}</h2>
      <dl className="facts">
        <dt>{t('request.name')}</dt><dd>{r.agent.name}</dd>
        <dt>{t('form.email')}</dt><dd>{r.agent.email}</dd>
        {r.agent.organisation && (<><dt>{t('agent.organisation')}</dt><dd>{r.agent.organisation}</dd></>)}
        <dt>{t('agent.status')}</dt><dd><Badge tone={tone}>{t(`agent.status.${status}`)}</Badge></dd>
        <dt>{t('agent.confirmation')}</dt><dd>{t(confirmation)}</dd>
        <dt>{t('agent.document')}</dt>
        <dd>
          {r.agentDocument ? (
            <>
              <a href={agentAuthorisationUrl(r.id)} download>
                {t('agent.documentOpen', { type: (r.agentDocument.contentType.split('/')[1] ?? '').toUpperCase(), size: Math.max(1, Math.round(r.agentDocument.sizeBytes / 1024)), date: date(r.agentDocument.uploadedAt, true) })}
              </a>
              <p className="hint">{t('agent.documentAudited')}</p>
            </>
          ) : decision ? (
            t('agent.documentDeleted', { date: date(decision.at, true) })
          ) : (
            t('agent.documentNone')
          )}
        </dd>
        {decision && (
          <>
            <dt>{t('agent.decision')}</dt>
            <dd>{t('agent.decidedBy', { decision: t(`agent.status.${status}`), who: r.actors[decision.actor] ?? decision.actor, date: date(decision.at, true) })}</dd>
            {typeof decision.details.reason === 'string' && (<><dt>{t('agent.reason')}</dt><dd className="pre-line">{decision.details.reason}</dd></>)}
          </>
        )}
      </dl>
      {status === 'awaiting_review' && r.agentDocument && can.reviewAgents(role) && <AgentDecisionForm id={r.id} onDone={() => (setJustDecided(true), onDone())} />}
      {justDecided && decision && <Alert kind="success">{t('agent.decided')}</Alert>}
    </section>
  );
}

function AgentDecisionForm({ id, onDone }: { id: string; onDone: () => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const problem = reason.trim().length < REASON_MIN ? t('agent.errorReason') : undefined;
  const decide = async (decision: Decision) => {
    setTried(true);
    setFailure(null);
    if (problem) return document.getElementById('f-agent-reason')?.focus();
    setBusy(true);
    try {
      await decideAgentAuthorisation(id, decision, reason.trim());
      onDone();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate aria-labelledby="agent-decide">
      <h3 id="agent-decide">{t('agent.decide')}</h3>
      <p>{t('agent.decideLead')}</p>
      <Field id="f-agent-reason" label={t('agent.reason')} hint={t('agent.reasonHint')} error={tried ? problem : undefined}>
        {(p) => <textarea {...p} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <div className="actions">
        <button type="button" className="button" disabled={busy} onClick={() => decide('approved')}>{t('agent.accept')}</button>
        <button type="button" className="button danger" disabled={busy} onClick={() => decide('rejected')}>{t('agent.reject')}</button>
      </div>
      {failure !== null && <ErrorMessage error={failure} />}
    </form>
  );
}
