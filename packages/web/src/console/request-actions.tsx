import { useState, type FormEvent } from 'react';
import { decideRequest, replyToPerson, resolveTask } from '../api/console-api.ts';
import type { Role } from '../api/types.ts';
import { Field } from '../components/field.tsx';
import { Alert, ErrorMessage } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/i18n.ts';
import { can } from './roles.ts';

type Action = 'approve' | 'complete' | 'deny' | 'extend' | 'reply';
type Decision = Exclude<Action, 'reply'>;
const DENIALS = ['unverifiable', 'manifestly_unfounded', 'excessive', 'legal_exemption'];

/** Approve; deny with a reason; extend with a reason (GDPR Art. 12(3)); reply to the person. Each is audited on the server. */
export function RequestActions({ id, state, role, addressVerified, onDone }: { id: string; state: string; role: Role; addressVerified: boolean; onDone: () => void }) {
  const { t } = useI18n();
  const [action, setAction] = useState<Action | null>(null);
  const [text, setText] = useState('');
  const [denial, setDenial] = useState(DENIALS[0]!);
  const [error, setError] = useState<string | undefined>();
  const [result, setResult] = useState<{ ok: true; proposed: boolean } | { ok: false; error: unknown } | null>(null);
  const open = !['completed', 'denied', 'withdrawn'].includes(state);
  const decisions: Decision[] = state === 'verified' ? ['approve', 'deny', 'extend'] : ['in_progress', 'waiting_on_manual_tasks'].includes(state) ? ['complete', 'deny', 'extend'] : ['deny', 'extend'];
  const actions: Action[] = [...(open && can.decide(role) ? decisions : []), ...(can.reply(role) ? (['reply'] as const) : [])];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!action || action === 'reply') return;
    const simple = action === 'approve' || action === 'complete';
    if (!simple && text.trim().length < 10) return setError(t('actions.errorReason'));
    setError(undefined);
    const body: Record<string, string> = simple ? {} : action === 'deny' ? { reason: denial, evidence: text.trim() } : { reason: text.trim() };
    try {
      const answer = await decideRequest(id, action, body);
      // A denial as manifestly unfounded or excessive is only proposed (202 with the approval): it waits for a second officer.
      setResult({ ok: true, proposed: typeof answer === 'object' && answer !== null && 'approval' in answer });
      setAction(null);
      setText('');
      onDone();
    } catch (e) {
      setResult({ ok: false, error: e });
    }
  };

  return (
    <section className="panel" aria-labelledby="actions">
      <h2 id="actions">{t('actions.title')}</h2>
      <div className="actions" role="group" aria-label={t('actions.title')}>
        {actions.map((a) => (
          <button key={a} type="button" className={a === 'deny' ? 'button danger' : 'button secondary'} aria-pressed={action === a} onClick={() => (setAction(a), setResult(null), setError(undefined))}>
            {t(`actions.${a}` as MessageKey)}
          </button>
        ))}
      </div>
      {action === 'reply' && <ReplyForm id={id} addressVerified={addressVerified} onDone={onDone} />}
      {action && action !== 'reply' && (
        <form onSubmit={submit} noValidate>
          {action === 'deny' && (
            <Field label={t('actions.denialReason')}>
              {(p) => <select {...p} value={denial} onChange={(e) => setDenial(e.target.value)}>{DENIALS.map((d) => <option key={d} value={d}>{t(`denial.${d}` as MessageKey)}</option>)}</select>}
            </Field>
          )}
          {action !== 'approve' && action !== 'complete' && (
            <Field label={t(action === 'deny' ? 'actions.evidence' : 'actions.reason')} hint={t(`actions.${action}Hint` as MessageKey)} error={error}>
              {(p) => <textarea {...p} value={text} onChange={(e) => setText(e.target.value)} />}
            </Field>
          )}
          {(action === 'approve' || action === 'complete') && <p>{t(action === 'approve' ? 'actions.approveHint' : 'actions.completeHint')}</p>}
          <button type="submit" className="button">{t('actions.confirm')}</button>
        </form>
      )}
      {result?.ok && <Alert kind="success">{t(result.proposed ? 'actions.proposed' : 'actions.done')}</Alert>}
      {result && !result.ok && <ErrorMessage error={result.error} />}
    </section>
  );
}

/** Limits of POST /v1/admin/requests/:id/reply, checked here first so the error stands next to the field. */
export const REPLY_MIN = 3;
export const REPLY_MAX = 5000;

function ReplyForm({ id, addressVerified, onDone }: { id: string; addressVerified: boolean; onDone: () => void }) {
  const { t } = useI18n();
  const [message, setMessage] = useState('');
  const [tried, setTried] = useState(false);
  const [outcome, setOutcome] = useState<{ mail: string } | { failure: unknown } | null>(null);
  const [busy, setBusy] = useState(false);
  const length = message.trim().length;
  const problem = length < REPLY_MIN ? t('actions.errorMessage') : length > REPLY_MAX ? t('reply.errorTooLong', { max: REPLY_MAX }) : undefined;

  if (!addressVerified) return <Alert kind="info">{t('reply.unverified')}</Alert>;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setOutcome(null);
    if (problem) return;
    setBusy(true);
    try {
      setOutcome(await replyToPerson(id, message.trim()));
      setMessage('');
      setTried(false);
      onDone();
    } catch (failure) {
      setOutcome({ failure });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Field id="f-reply-message" label={t('actions.message')} hint={`${t('actions.replyHint')} ${t('reply.count', { n: length, max: REPLY_MAX })}`} error={tried ? problem : undefined}>
        {(p) => <textarea {...p} rows={6} value={message} onChange={(e) => setMessage(e.target.value)} />}
      </Field>
      <button type="submit" className="button" disabled={busy}>{t('reply.send')}</button>
      {outcome && 'mail' in outcome && (outcome.mail === 'sent' ? <Alert kind="success">{t('reply.sent')}</Alert> : outcome.mail === 'retrying' ? <Alert kind="info">{t('reply.retrying')}</Alert> : <Alert kind="warning">{t('reply.notSent', { status: outcome.mail })}</Alert>)}
      {outcome && 'failure' in outcome && <ErrorMessage error={outcome.failure} />}
    </form>
  );
}

export function TaskResolver({ reference, stepKey, onDone }: { reference: string; stepKey: string; onDone: () => void }) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (note.trim().length === 0) return;
    try {
      await resolveTask(reference, stepKey, note.trim());
      onDone();
    } catch (e) {
      setFailure(e);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Field label={t('actions.taskNote')}>{(p) => <input {...p} type="text" value={note} onChange={(e) => setNote(e.target.value)} />}</Field>
      <button type="submit" className="button secondary">{t('actions.taskDone')}</button>
      {failure !== null && <ErrorMessage error={failure} />}
    </form>
  );
}
