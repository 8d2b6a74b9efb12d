import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { formatDate, initialLanguage, rememberLanguage, translate, type MessageKey, type UiLanguage } from './i18n.ts';

export interface I18n {
  lang: UiLanguage;
  setLang(lang: UiLanguage): void;
  t(key: MessageKey, values?: Record<string, string | number>): string;
  date(iso: string, withTime?: boolean): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<UiLanguage>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: UiLanguage) => {
    rememberLanguage(next);
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({ lang, setLang, t: (key, values) => translate(lang, key, values), date: (iso, withTime) => formatDate(lang, iso, withTime) }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
