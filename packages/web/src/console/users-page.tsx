import { useState, type FormEvent } from 'react';
import { createUser, disableUser, listUsers, type ConsoleUser } from '../api/console-api.ts';
import type { Role } from '../api/types.ts';
import { ErrorSummary, Field } from '../components/field.tsx';
import { useLoad, useTitle } from '../components/hooks.ts';
import { Alert, Badge, ErrorMessage, PageHeading, Show } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/i18n.ts';
import type { PageProps } from './console-app.tsx';

const ROLES: Role[] = ['admin', 'privacy_officer', 'support_agent', 'auditor'];

/** Admins: who can log in to the console, with which role; create an account, deactivate one. Reads are audited. */
export function UsersPage({ site, actor }: PageProps) {
  const { t } = useI18n();
  useTitle(t('users.title'), site);
  const [users, reload] = useLoad(() => listUsers(), []);
  return (
    <>
      <PageHeading>{t('users.title')}</PageHeading>
      <section className="panel" aria-labelledby="users-list">
        <h2 id="users-list">{t('users.list')}</h2>
        <Show state={users}>{(data) => <UsersTable users={data.users} actor={actor} onDone={reload} />}</Show>
      </section>
      <CreateUserForm onDone={reload} />
    </>
  );
}

function UsersTable({ users, actor, onDone }: { users: ConsoleUser[]; actor: string; onDone: () => void }) {
  const { t, date } = useI18n();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const deactivate = async (id: string) => {
    setFailure(null);
    try {
      await disableUser(id);
      setConfirming(null);
      onDone();
    } catch (error) {
      setFailure(error);
    }
  };
  return (
    <>
      <div className="table-wrap" role="region" aria-labelledby="users-caption" tabIndex={0}>
        <table>
          <caption id="users-caption">{t('users.caption', { n: users.length })}</caption>
          <thead><tr><th scope="col">{t('form.email')}</th><th scope="col">{t('account.role')}</th><th scope="col">{t('totp.title')}</th><th scope="col">{t('users.createdAt')}</th><th scope="col">{t('requests.state')}</th><th scope="col"><span className="visually-hidden">{t('users.actions')}</span></th></tr></thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <th scope="row">{u.email}</th>
                <td>{t(`role.${u.role}` as MessageKey)}</td>
                <td>{u.totpEnabled ? t('totp.on') : t('totp.off')}</td>
                <td>{date(u.createdAt)}</td>
                <td>{u.disabledAt ? <Badge tone="grey">{t('users.disabled')}</Badge> : <Badge tone="green">{t('users.active')}</Badge>}</td>
                <td>
                  {!u.disabledAt && `user:${u.id}` !== actor && (confirming === u.id ? (
                    <span className="actions inline">
                      <button type="button" className="button danger" onClick={() => deactivate(u.id)}>{t('users.confirmDisable', { email: u.email })}</button>
                      <button type="button" className="button secondary" onClick={() => setConfirming(null)}>{t('users.cancel')}</button>
                    </span>
                  ) : (
                    <button type="button" className="button secondary" aria-label={t('users.disableLabel', { email: u.email })} onClick={() => setConfirming(u.id)}>{t('users.disable')}</button>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {failure !== null && <ErrorMessage error={failure} />}
    </>
  );
}

function CreateUserForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('support_agent');
  const [error, setError] = useState<string | undefined>();
  const [created, setCreated] = useState<{ email: string; password: string } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    setFailure(null);
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) return setError(t('users.errorEmail'));
    setError(undefined);
    try {
      const result = await createUser(email.trim(), role);
      setCreated({ email: result.user.email, password: result.password });
      setEmail('');
      onDone();
    } catch (e) {
      setFailure(e);
    }
  };
  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="users-create">
      <h2 id="users-create">{t('users.create')}</h2>
      <ErrorSummary title={t('form.errorSummary')} errors={error ? [{ fieldId: 'f-user-email', message: error }] : []} />
      <Field id="f-user-email" label={t('form.email')} error={error}>
        {(p) => <input {...p} type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />}
      </Field>
      <Field id="f-user-role" label={t('account.role')} hint={t('users.roleHint')}>
        {(p) => <select {...p} value={role} onChange={(e) => setRole(e.target.value as Role)}>{ROLES.map((r) => <option key={r} value={r}>{t(`role.${r}` as MessageKey)}</option>)}</select>}
      </Field>
      <button type="submit" className="button">{t('users.createButton')}</button>
      {created && (
        <Alert kind="success" title={t('users.created', { email: created.email })}>
          <p>{t('users.passwordOnce')} <code className="mono">{created.password}</code></p>
        </Alert>
      )}
      {failure !== null && <ErrorMessage error={failure} />}
    </form>
  );
}
