import type { Language } from '../schema/common.ts';
import type { COOKIE_CATEGORIES } from '../schema/cookies.ts';

type Category = (typeof COOKIE_CATEGORIES)[number];

/** The banner's own words, per language. `{org}`, `{list}` and `{vendor}` are filled in by the compiler or the banner. */
export interface BannerCatalogue {
  title: string;
  /** First-layer text; `{list}` becomes the non-essential categories' short names ("statistics and advertising"). */
  body: string;
  bodyNecessaryOnly: string;
  acceptAll: string;
  rejectAll: string;
  settings: string;
  settingsTitle: string;
  settingsIntro: string;
  save: string;
  close: string;
  alwaysOn: string;
  cookies: string;
  vendors: string;
  floating: string;
  gpcNote: string;
  dntNote: string;
  /** Placeholder of a blocked embed; `{vendor}` is the vendor or provider name. */
  placeholder: string;
  load: string;
  privacyLink: string;
  testMode: string;
  consentCookie: string;
  session: string;
  and: string;
  units: Record<'year' | 'month' | 'week' | 'day', [one: string, many: string]>;
  categories: Record<Category, { name: string; short: string; description: string }>;
}

const en: BannerCatalogue = {
  title: 'Cookies and your privacy',
  body: '{org} uses cookies that the site needs to work. With your permission we also use cookies for {list}. You can change your choice at any time under “Privacy settings”.',
  bodyNecessaryOnly: '{org} only uses cookies that the site needs to work.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  settings: 'Settings',
  settingsTitle: 'Privacy settings',
  settingsIntro: 'Choose which cookies we may use. Switching a category off later deletes its cookies.',
  save: 'Save choices',
  close: 'Close',
  alwaysOn: 'Always on',
  cookies: 'Cookies',
  vendors: 'Partners',
  floating: 'Privacy settings',
  gpcNote: 'Your browser’s privacy signal (Global Privacy Control) was honoured.',
  dntNote: 'Your browser’s Do Not Track signal was honoured.',
  placeholder: 'This content is hosted by {vendor}. It is blocked until you allow it, because {vendor} sets cookies.',
  load: 'Load this content ({vendor} sets cookies)',
  privacyLink: 'Privacy statement',
  testMode: 'Test mode',
  consentCookie: 'Remembers your cookie choices',
  session: 'Session',
  and: 'and',
  units: { year: ['year', 'years'], month: ['month', 'months'], week: ['week', 'weeks'], day: ['day', 'days'] },
  categories: {
    strictly_necessary: {
      name: 'Strictly necessary',
      short: 'essential functions',
      description: 'Needed for the site to work, for example to keep you logged in and to remember this choice. They cannot be switched off.',
    },
    functional: { name: 'Functional', short: 'extra features', description: 'Remember your preferences and enable extra features, such as embedded videos.' },
    analytics: { name: 'Analytics', short: 'statistics', description: 'Help us understand how the site is used, so that we can improve it.' },
    advertising: { name: 'Advertising', short: 'advertising', description: 'Used to show you relevant ads and to measure them, on this site and elsewhere.' },
    social_media: { name: 'Social media', short: 'social media', description: 'Let you share content and see posts from social networks, which may follow you across sites.' },
  },
};

const nl: BannerCatalogue = {
  title: 'Cookies en je privacy',
  body: '{org} gebruikt cookies die nodig zijn om de site te laten werken. Met je toestemming gebruiken we ook cookies voor {list}. Je kunt je keuze altijd wijzigen via “Privacy-instellingen”.',
  bodyNecessaryOnly: '{org} gebruikt alleen cookies die nodig zijn om de site te laten werken.',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  settings: 'Instellingen',
  settingsTitle: 'Privacy-instellingen',
  settingsIntro: 'Kies welke cookies we mogen gebruiken. Zet je een categorie later uit, dan verwijderen we de cookies ervan.',
  save: 'Keuze opslaan',
  close: 'Sluiten',
  alwaysOn: 'Altijd aan',
  cookies: 'Cookies',
  vendors: 'Partners',
  floating: 'Privacy-instellingen',
  gpcNote: 'Het privacysignaal van je browser (Global Privacy Control) is gerespecteerd.',
  dntNote: 'Het Do Not Track-signaal van je browser is gerespecteerd.',
  placeholder: 'Deze inhoud komt van {vendor}. Hij is geblokkeerd tot je hem toestaat, omdat {vendor} cookies plaatst.',
  load: 'Deze inhoud laden ({vendor} plaatst cookies)',
  privacyLink: 'Privacyverklaring',
  testMode: 'Testmodus',
  consentCookie: 'Onthoudt je cookiekeuze',
  session: 'Sessie',
  and: 'en',
  units: { year: ['jaar', 'jaar'], month: ['maand', 'maanden'], week: ['week', 'weken'], day: ['dag', 'dagen'] },
  categories: {
    strictly_necessary: {
      name: 'Strikt noodzakelijk',
      short: 'basisfuncties',
      description: 'Nodig om de site te laten werken, bijvoorbeeld om je ingelogd te houden en deze keuze te onthouden. Deze kun je niet uitzetten.',
    },
    functional: { name: 'Functioneel', short: 'extra functies', description: 'Onthouden je voorkeuren en maken extra functies mogelijk, zoals ingesloten video’s.' },
    analytics: { name: 'Statistieken', short: 'statistieken', description: 'Helpen ons begrijpen hoe de site gebruikt wordt, zodat we hem kunnen verbeteren.' },
    advertising: { name: 'Advertenties', short: 'advertenties', description: 'Worden gebruikt om je relevante advertenties te tonen en die te meten, hier en op andere sites.' },
    social_media: { name: 'Sociale media', short: 'sociale media', description: 'Laten je inhoud delen en berichten van sociale netwerken zien, die je over sites heen kunnen volgen.' },
  },
};

const de: BannerCatalogue = {
  title: 'Cookies und Ihre Privatsphäre',
  body: '{org} verwendet Cookies, die für den Betrieb der Website nötig sind. Mit Ihrer Einwilligung verwenden wir auch Cookies für {list}. Sie können Ihre Auswahl jederzeit unter „Datenschutz-Einstellungen“ ändern.',
  bodyNecessaryOnly: '{org} verwendet nur Cookies, die für den Betrieb der Website nötig sind.',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  settings: 'Einstellungen',
  settingsTitle: 'Datenschutz-Einstellungen',
  settingsIntro: 'Wählen Sie, welche Cookies wir verwenden dürfen. Schalten Sie eine Kategorie später aus, löschen wir ihre Cookies.',
  save: 'Auswahl speichern',
  close: 'Schließen',
  alwaysOn: 'Immer aktiv',
  cookies: 'Cookies',
  vendors: 'Partner',
  floating: 'Datenschutz-Einstellungen',
  gpcNote: 'Das Datenschutzsignal Ihres Browsers (Global Privacy Control) wurde berücksichtigt.',
  dntNote: 'Das Do-Not-Track-Signal Ihres Browsers wurde berücksichtigt.',
  placeholder: 'Dieser Inhalt stammt von {vendor}. Er ist blockiert, bis Sie ihn erlauben, weil {vendor} Cookies setzt.',
  load: 'Diesen Inhalt laden ({vendor} setzt Cookies)',
  privacyLink: 'Datenschutzerklärung',
  testMode: 'Testmodus',
  consentCookie: 'Speichert Ihre Cookie-Auswahl',
  session: 'Sitzung',
  and: 'und',
  units: { year: ['Jahr', 'Jahre'], month: ['Monat', 'Monate'], week: ['Woche', 'Wochen'], day: ['Tag', 'Tage'] },
  categories: {
    strictly_necessary: {
      name: 'Unbedingt erforderlich',
      short: 'Grundfunktionen',
      description: 'Für den Betrieb der Website nötig, etwa um Sie angemeldet zu halten und diese Auswahl zu speichern. Sie können nicht ausgeschaltet werden.',
    },
    functional: { name: 'Funktional', short: 'Zusatzfunktionen', description: 'Speichern Ihre Einstellungen und ermöglichen Zusatzfunktionen wie eingebettete Videos.' },
    analytics: { name: 'Statistik', short: 'Statistik', description: 'Helfen uns zu verstehen, wie die Website genutzt wird, damit wir sie verbessern können.' },
    advertising: { name: 'Werbung', short: 'Werbung', description: 'Dienen dazu, Ihnen passende Werbung zu zeigen und sie zu messen, hier und auf anderen Websites.' },
    social_media: { name: 'Soziale Medien', short: 'soziale Medien', description: 'Ermöglichen das Teilen von Inhalten und zeigen Beiträge sozialer Netzwerke, die Sie websiteübergreifend verfolgen können.' },
  },
};

export const BANNER_CATALOGUES: Readonly<Record<Language, BannerCatalogue>> = { en, nl, de };
