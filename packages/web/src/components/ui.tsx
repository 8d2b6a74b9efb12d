import { useEffect, useRef, type ReactNode } from 'react';
import { ApiError } from '../api/client.ts';
import { en } from '../i18n/en.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/i18n.ts';
import { consumeHeadingFocus } from '../router.tsx';
import type { Loaded } from './hooks.ts';

/** The page's one h1. It takes focus when the page changes, so screen readers announce the new page (WCAG 2.4.3). */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (consumeHeadingFocus()) ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} id="page-title">
      {children}
    </h1>
  );
}

export function Alert({ kind, title, children }: { kind: 'error' | 'info' | 'success' | 'warning'; title?: string; children?: ReactNode }) {
  // Errors interrupt (alert); the rest is announced politely (status).
  return (
    <div className={`alert ${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {title && <strong>{title}</strong>}
      {title && children ? <div>{children}</div> : children}
    </div>
  );
}

/** An API error in words: known codes are translated, anything else shows the server's own message. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (error instanceof ApiError) {
    if (error.status === 404 && error.code === 'not_found') return <Alert kind="warning" title={t('error.notAvailable')}>{t('error.notAvailableBody')}</Alert>;
    if (error.status === 401) return <Alert kind="error" title={t('error.signedOut')} />;
    if (error.status === 403) return <Alert kind="error" title={t('error.forbidden')} />;
    if (error.status === 429) return <Alert kind="error" title={t('error.tooMany')} />;
    if (error.status === 0) return <Alert kind="error" title={t('error.network')} />;
    // A code the catalogues word (`apiError.<code>`) is said in the reader's language; others in the server's words.
    const worded = `apiError.${error.code}`;
    if (worded in en) return <Alert kind="error" title={t(worded as MessageKey)} />;
    return <Alert kind="error" title={t('error.generic')}>{error.message}</Alert>;
  }
  return <Alert kind="error" title={t('error.generic')} />;
}

/** Renders a loaded value, a polite loading line, or the error. */
export function Show<T>({ state, children }: { state: Loaded<T>; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  if (state.status === 'loading') return <p role="status" className="muted">{t('common.loading')}</p>;
  if (state.status === 'error') return <ErrorMessage error={state.error} />;
  return <>{children(state.data)}</>;
}

export function Badge({ tone, children }: { tone: 'red' | 'amber' | 'green' | 'grey'; children: ReactNode }) {
  return <span className={`badge ${tone}`}>{children}</span>;
}
