import { useState, type FormEvent } from 'react';
import { decideRequest, resolveTask } from '../api/console-api.ts';
import type { Role } from '../api/types.ts';
import { Field } from '../components/field.tsx';
import { Alert, ErrorMessage } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/i18n.ts';
import { can } from './roles.ts';

type Action = 'approve' | 'complete' | 'deny' | 'extend' | 'reply';
const DENIALS = ['unverifiable', 'manifestly_unfounded', 'excessive', 'legal_exemption'];

/** Approve; deny with a reason; extend with a reason (GDPR Art. 12(3)); reply to the person. Each is audited on the server. */
export function RequestActions({ id, state, role, onDone }: { id: string; state: string; role: Role; onDone: () => void }) {
  const { t } = useI18n();
  const [action, setAction] = useState<Action | null>(null);
  const [text, setText] = useState('');
  const [denial, setDenial] = useState(DENIALS[0]!);
  const [error, setError] = useState<string | undefined>();
  const [result, setResult] = useState<{ ok: true } | { ok: false; error: unknown } | null>(null);
  const open = !['completed', 'denied', 'withdrawn'].includes(state);
  const decisions: Action[] = state === 'verified' ? ['approve', 'deny', 'extend'] : ['in_progress', 'waiting_on_manual_tasks'].includes(state) ? ['complete', 'deny', 'extend'] : ['deny', 'extend'];
  const actions: Action[] = open && can.decide(role) ? [...decisions, 'reply'] : ['reply'];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!action) return;
    const simple = action === 'approve' || action === 'complete';
    if (!simple && text.trim().length < (action === 'reply' ? 3 : 10)) return setError(t(action === 'reply' ? 'actions.errorMessage' : 'actions.errorReason'));
    setError(undefined);
    const body: Record<string, string> = simple ? {} : action === 'reply' ? { message: text.trim() } : action === 'deny' ? { reason: denial, evidence: text.trim() } : { reason: text.trim() };
    try {
      await decideRequest(id, action, body);
      setResult({ ok: true });
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
          <button key={a} type="button" className={a === 'deny' ? 'button danger' : 'button secondary'} aria-pressed={action === a} onClick={() => (setAction(a), setResult(null))}>
            {t(`actions.${a}` as MessageKey)}
          </button>
        ))}
      </div>
      {action && (
        <form onSubmit={submit} noValidate>
          {action === 'deny' && (
            <Field label={t('actions.denialReason')}>
              {(p) => <select {...p} value={denial} onChange={(e) => setDenial(e.target.value)}>{DENIALS.map((d) => <option key={d} value={d}>{t(`denial.${d}` as MessageKey)}</option>)}</select>}
            </Field>
          )}
          {action !== 'approve' && action !== 'complete' && (
            <Field label={t(action === 'reply' ? 'actions.message' : action === 'deny' ? 'actions.evidence' : 'actions.reason')} hint={t(`actions.${action}Hint` as MessageKey)} error={error}>
              {(p) => <textarea {...p} value={text} onChange={(e) => setText(e.target.value)} />}
            </Field>
          )}
          {(action === 'approve' || action === 'complete') && <p>{t(action === 'approve' ? 'actions.approveHint' : 'actions.completeHint')}</p>}
          <button type="submit" className="button">{t('actions.confirm')}</button>
        </form>
      )}
      {result?.ok && <Alert kind="success">{t('actions.done')}</Alert>}
      {result && !result.ok && <ErrorMessage error={result.error} />}
    </section>
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
