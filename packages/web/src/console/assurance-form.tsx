import { useState, type FormEvent } from 'react';
import { changeAssurance, type AssuranceLevel } from '../api/console-api.ts';
import { Field } from '../components/field.tsx';
import { Alert, ErrorMessage } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/i18n.ts';

const ORDER = ['none', 'standard', 'step_up'];
const REASON_MIN = 10;

/**
 * Officers change the level a request type needs (server: POST /v1/admin/assurance). Only levels at or above the
 * type's floor are offered; a higher one applies at once, a lower one becomes a proposal for a different officer.
 */
export function AssuranceForm({ levels, onDone }: { levels: AssuranceLevel[]; onDone: () => void }) {
  const { t } = useI18n();
  const [type, setType] = useState(levels[0]?.type ?? '');
  const current = levels.find((l) => l.type === type);
  const offered = ORDER.slice(ORDER.indexOf(current?.minimum ?? 'none'));
  const [level, setLevel] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ level?: string; reason?: string }>({});
  const [result, setResult] = useState<'applied' | 'proposed' | { failure: unknown } | null>(null);
  const [busy, setBusy] = useState(false);
  const chosen = offered.includes(level) ? level : (current?.effective ?? 'standard');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    const found = {
      ...(chosen === current?.effective ? { level: t('verification.errorSame') } : {}),
      ...(reason.trim().length < REASON_MIN ? { reason: t('actions.errorReason') } : {}),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return document.getElementById(found.level ? 'f-assurance-level' : 'f-assurance-reason')?.focus();
    setBusy(true);
    try {
      const answer = await changeAssurance({ type, level: chosen, reason: reason.trim() });
      setResult(answer.applied ? 'applied' : 'proposed');
      setReason('');
      onDone();
    } catch (failure) {
      setResult({ failure });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="assurance-change">
      <h2 id="assurance-change">{t('verification.change')}</h2>
      <p>{t('verification.changeLead')}</p>
      <Field id="f-assurance-type" label={t('verification.type')}>
        {(p) => (
          <select {...p} value={type} onChange={(e) => (setType(e.target.value), setLevel(''), setErrors({}))}>
            {levels.map((l) => <option key={l.type} value={l.type}>{t(`right.${l.type}` as MessageKey)}</option>)}
          </select>
        )}
      </Field>
      <Field id="f-assurance-level" label={t('verification.level')} hint={current && t('verification.levelHint', { level: t(`assurance.${current.effective}` as MessageKey), minimum: t(`assurance.${current.minimum}` as MessageKey) })} error={errors.level}>
        {(p) => (
          <select {...p} value={chosen} onChange={(e) => setLevel(e.target.value)}>
            {offered.map((l) => <option key={l} value={l}>{t(`assurance.${l}` as MessageKey)}</option>)}
          </select>
        )}
      </Field>
      <Field id="f-assurance-reason" label={t('verification.evidence')} hint={t('verification.evidenceHint')} error={errors.reason}>
        {(p) => <textarea {...p} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <button type="submit" className="button" disabled={busy}>{t('verification.submit')}</button>
      {result === 'applied' && <Alert kind="success">{t('verification.applied')}</Alert>}
      {result === 'proposed' && <Alert kind="success">{t('verification.proposed')}</Alert>}
      {result !== null && typeof result === 'object' && <ErrorMessage error={result.failure} />}
    </form>
  );
}
