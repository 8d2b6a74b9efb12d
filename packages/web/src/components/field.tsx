import { useId, type ReactNode } from 'react';

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/**
 * A labelled control with its hint and error, tied together: the label names it, aria-describedby reads the hint and
 * the error, aria-invalid marks it (WCAG 1.3.1, 3.3.1, 3.3.2). The error is words, never only a red border.
 */
export function Field({ id: given, label, hint, error, children }: { id?: string; label: string; hint?: string | undefined; error?: string | undefined; children: (props: ControlProps) => ReactNode }) {
  const generated = useId();
  const id = given ?? generated;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && <p className="hint" id={hintId}>{hint}</p>}
      {children({ id, ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(error ? { 'aria-invalid': true as const } : {}) })}
      {error && <p className="field-error" id={errorId}>{error}</p>}
    </div>
  );
}

/** Radio buttons or checkboxes under one legend. */
export function ChoiceGroup({ legend, hint, error, children }: { legend: string; hint?: string; error?: string | undefined; children: ReactNode }) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="field" aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      {hint && <p className="hint" id={`${id}-hint`}>{hint}</p>}
      {children}
      {error && <p className="field-error" id={`${id}-error`}>{error}</p>}
    </fieldset>
  );
}

export function Choice(props: { type: 'radio' | 'checkbox'; name: string; value: string; checked: boolean; onChange: (checked: boolean) => void; label: string; hint?: string; disabled?: boolean }) {
  const id = useId();
  return (
    <div className="choice">
      <input
        id={id}
        type={props.type}
        name={props.name}
        value={props.value}
        checked={props.checked}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.target.checked)}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
      />
      <div>
        <label htmlFor={id}>{props.label}</label>
        {props.hint && <p className="hint" id={`${id}-hint`}>{props.hint}</p>}
      </div>
    </div>
  );
}

/** Listed above a form after a failed submit, each linking to its field (GOV.UK pattern; WCAG 3.3.1). */
export function ErrorSummary({ title, errors }: { title: string; errors: Array<{ fieldId?: string; message: string }> }) {
  if (errors.length === 0) return null;
  return (
    <div className="alert error" role="alert" tabIndex={-1}>
      <strong>{title}</strong>
      <ul>
        {errors.map((e) => (
          <li key={e.message}>{e.fieldId ? <a href={`#${e.fieldId}`}>{e.message}</a> : e.message}</li>
        ))}
      </ul>
    </div>
  );
}
