import { useState, type FormEvent } from 'react';
import { recordProof } from '../api/console-api.ts';
import { Choice, ChoiceGroup, Field } from '../components/field.tsx';
import { Alert, ErrorMessage } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/i18n.ts';

const METHODS = ['second_identifier', 'id_document_review', 'knowledge_questions'] as const;
const IDENTIFIERS = ['phone', 'account_id', 'postal_address', 'customer_number'] as const;

/**
 * Staff record a check they made (a call-back to the phone on file, a reviewed document). Requests that need step-up
 * assurance are verified only with such a second factor; knowledge questions are recorded but never count.
 */
export function IdentityCheck({ id, onDone }: { id: string; onDone: () => void }) {
  const { t } = useI18n();
  const [method, setMethod] = useState<(typeof METHODS)[number]>('second_identifier');
  const [identifiers, setIdentifiers] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [result, setResult] = useState<'ok' | { failure: unknown } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await recordProof(id, { method, identifiers, ...(note.trim() ? { note: note.trim() } : {}) });
      setResult('ok');
      onDone();
    } catch (failure) {
      setResult({ failure });
    }
  };
  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="identity-check">
      <h2 id="identity-check">{t('check.title')}</h2>
      <Field label={t('check.method')}>
        {(p) => <select {...p} value={method} onChange={(e) => setMethod(e.target.value as (typeof METHODS)[number])}>{METHODS.map((m) => <option key={m} value={m}>{t(`check.${m}` as MessageKey)}</option>)}</select>}
      </Field>
      <ChoiceGroup legend={t('check.identifiers')}>
        {IDENTIFIERS.map((i) => (
          <Choice key={i} type="checkbox" name="identifier" value={i} checked={identifiers.includes(i)} onChange={(on) => setIdentifiers((c) => (on ? [...c, i] : c.filter((x) => x !== i)))} label={t(`check.${i}` as MessageKey)} />
        ))}
      </ChoiceGroup>
      <Field label={t('check.note')}>{(p) => <input {...p} type="text" value={note} onChange={(e) => setNote(e.target.value)} />}</Field>
      <button type="submit" className="button secondary">{t('check.submit')}</button>
      {result === 'ok' && <Alert kind="success">{t('actions.done')}</Alert>}
      {result !== null && result !== 'ok' && <ErrorMessage error={result.failure} />}
    </form>
  );
}
