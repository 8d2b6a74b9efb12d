import { useEffect, useState, type FormEvent } from 'react';
import { getBannerConfig, recordConsent } from '../api/center-api.ts';
import type { BannerConfig, CenterConfig } from '../api/types.ts';
import { Choice, ChoiceGroup } from '../components/field.tsx';
import { useLoad, useTitle } from '../components/hooks.ts';
import { Alert, ErrorMessage, PageHeading, Show } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { consentBody, newSubjectId, readStoredChoice, storeChoice } from './consent-choice.ts';
import { MarketingPreferences } from './marketing-preferences.tsx';

/** Cookie categories (from the banner config) and, where the manifest markets, the communication channels. */
export function PreferencesPage({ config }: { config: CenterConfig | null }) {
  const { t, lang } = useI18n();
  useTitle(t('center.preferences.title'), config?.organisation.name ?? '');
  const [banner] = useLoad(() => getBannerConfig(lang), [lang]);
  return (
    <>
      <PageHeading>{t('center.preferences.title')}</PageHeading>
      <p className="lead">{t('center.preferences.lead')}</p>
      <Show state={banner}>{(b) => <CookieChoices banner={b} />}</Show>
      {config && config.marketing.channels.length > 0 && <MarketingPreferences config={config} />}
    </>
  );
}

function CookieChoices({ banner }: { banner: BannerConfig }) {
  const { t } = useI18n();
  const [choices, setChoices] = useState<Record<string, boolean>>({});
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; receipt: string } | { kind: 'error'; error: unknown }>({ kind: 'idle' });
  useEffect(() => {
    const stored = readStoredChoice();
    setChoices(Object.fromEntries(banner.categories.map((c) => [c.id, c.required || stored?.categories[c.id] === true])));
  }, [banner]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setState({ kind: 'saving' });
    const subjectId = readStoredChoice()?.subjectId ?? newSubjectId();
    const { body, vendors } = consentBody(banner, subjectId, choices);
    try {
      const { receipt } = await recordConsent(body);
      storeChoice({ subjectId, categories: choices, receipt }, vendors, banner.consentExpiryDays);
      setState({ kind: 'saved', receipt });
    } catch (error) {
      setState({ kind: 'error', error });
    }
  };

  return (
    <form className="panel" onSubmit={save} aria-labelledby="cookie-heading" noValidate>
      <h2 id="cookie-heading">{t('center.preferences.cookies')}</h2>
      {banner.gpc.detected && banner.gpc.honoured && <Alert kind="info">{t('center.preferences.gpc')}</Alert>}
      <ChoiceGroup legend={t('center.preferences.categories')} hint={t('center.preferences.categoriesHint')}>
        {banner.categories.map((category) => (
          <Choice
            key={category.id}
            type="checkbox"
            name="category"
            value={category.id}
            checked={choices[category.id] === true}
            disabled={category.required}
            onChange={(checked) => setChoices((c) => ({ ...c, [category.id]: checked }))}
            label={category.required ? `${category.name} (${t('center.preferences.alwaysOn')})` : category.name}
            hint={category.description}
          />
        ))}
      </ChoiceGroup>
      <div className="actions">
        <button className="button" type="submit" disabled={state.kind === 'saving'}>
          {t('center.preferences.save')}
        </button>
      </div>
      {state.kind === 'saved' && (
        <Alert kind="success" title={t('center.preferences.saved')}>
          {t('center.preferences.receipt')} <span className="mono">{state.receipt}</span>
        </Alert>
      )}
      {state.kind === 'error' && <ErrorMessage error={state.error} />}
    </form>
  );
}
