import { useState, type FormEvent } from 'react';
import { createRequest } from '../api/center-api.ts';
import type { CenterConfig } from '../api/types.ts';
import { Choice, ChoiceGroup, Field } from '../components/field.tsx';
import { Alert, ErrorMessage } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/i18n.ts';
import { navigate } from '../router.tsx';
import { EMAIL_PATTERN, marketingRoute } from './request-types.ts';

/**
 * Marketing by e-mail, SMS or phone is tied to a person, not to a browser: stopping it is an objection to direct
 * marketing (or a withdrawal of consent), sent as a request for the address on file and verified like any other.
 */
export function MarketingPreferences({ config }: { config: CenterConfig }) {
  const { t, lang } = useI18n();
  const route = marketingRoute(config);
  const [channels, setChannels] = useState<string[]>([]);
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<{ channels?: string; email?: string }>({});
  const [failure, setFailure] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = {
      ...(channels.length === 0 ? { channels: t('center.marketing.errorChannels') } : {}),
      ...(!EMAIL_PATTERN.test(email.trim()) ? { email: t('form.errorEmail') } : {}),
    };
    setErrors(next);
    if (Object.keys(next).length > 0 || !route) return;
    try {
      const details = `Stop marketing by: ${channels.join(', ')}`;
      const created = await createRequest({ type: route.type, jurisdiction: route.jurisdiction, email: email.trim(), details, language: lang });
      navigate(`/privacy/status#ref=${encodeURIComponent(created.reference)}&token=${encodeURIComponent(created.statusToken)}&new=1`);
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <form className="panel" onSubmit={submit} aria-labelledby="marketing-heading" noValidate>
      <h2 id="marketing-heading">{t('center.marketing.title')}</h2>
      <p>{t('center.marketing.lead')}</p>
      {!route ? (
        <Alert kind="info">{t('center.marketing.useChannels')}</Alert>
      ) : (
        <>
          <ChoiceGroup legend={t('center.marketing.channels')} error={errors.channels}>
            {config.marketing.channels.map((channel) => (
              <Choice
                key={channel}
                type="checkbox"
                name="channel"
                value={channel}
                checked={channels.includes(channel)}
                onChange={(on) => setChannels((c) => (on ? [...c, channel] : c.filter((x) => x !== channel)))}
                label={t(`marketing.${channel}` as MessageKey)}
              />
            ))}
          </ChoiceGroup>
          <Field label={t('form.email')} hint={t('center.marketing.emailHint')} error={errors.email}>
            {(p) => <input {...p} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
          </Field>
          <button className="button" type="submit">{t('center.marketing.submit')}</button>
          {failure !== null && <ErrorMessage error={failure} />}
        </>
      )}
    </form>
  );
}
