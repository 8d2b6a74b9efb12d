import type { z } from 'zod';
import type { Language } from '../schema/common.ts';
import type { BUILTIN_SUBJECTS, CustomSubject } from '../schema/data-map.ts';
import { toPartialTranslations } from './localized-text.ts';
import type { Translations } from './taxonomy-types.ts';

/** How a notice names each built-in group of data subjects. */
export const SUBJECT_LABELS: Readonly<Record<(typeof BUILTIN_SUBJECTS)[number], Translations>> = {
  visitor: { en: 'Website visitors', nl: 'Websitebezoekers', de: 'Besucher unserer Website' },
  customer: { en: 'Customers', nl: 'Klanten', de: 'Kunden' },
  prospect: { en: 'Prospective customers', nl: 'Potentiële klanten', de: 'Interessenten' },
  account_user: { en: 'Account holders', nl: 'Gebruikers met een account', de: 'Nutzer mit einem Konto' },
  newsletter_subscriber: { en: 'Newsletter subscribers', nl: 'Abonnees van onze nieuwsbrief', de: 'Abonnenten unseres Newsletters' },
  employee: { en: 'Employees', nl: 'Medewerkers', de: 'Beschäftigte' },
  job_applicant: { en: 'Job applicants', nl: 'Sollicitanten', de: 'Bewerberinnen und Bewerber' },
  supplier_contact: { en: 'Contacts at our suppliers', nl: 'Contactpersonen bij leveranciers', de: 'Ansprechpartner bei Lieferanten' },
  business_contact: { en: 'Business contacts', nl: 'Zakelijke contactpersonen', de: 'Geschäftskontakte' },
  end_user_of_customer: { en: 'Users of our customers’ accounts', nl: 'Eindgebruikers van onze klanten', de: 'Endnutzer unserer Kunden' },
  child: { en: 'Children', nl: 'Kinderen', de: 'Kinder' },
  invited_user: { en: 'People invited by other users', nl: 'Door andere gebruikers uitgenodigde personen', de: 'Von anderen Nutzern eingeladene Personen' },
  support_requester: { en: 'People who contact our support', nl: 'Mensen die contact opnemen met onze support', de: 'Personen, die sich an unseren Support wenden' },
};

/** The label of a built-in or custom subject, or undefined when the manifest does not know the id. */
export function resolveSubjectLabel(
  id: string,
  manifest?: { customSubjects?: ReadonlyArray<z.input<typeof CustomSubject>>; notice?: { defaultLanguage: Language } },
): Partial<Translations> | undefined {
  if (Object.hasOwn(SUBJECT_LABELS, id)) return { ...SUBJECT_LABELS[id as keyof typeof SUBJECT_LABELS] };
  const custom = manifest?.customSubjects?.find((s) => s.id === id);
  return custom ? toPartialTranslations(custom.label, manifest?.notice?.defaultLanguage ?? 'en') : undefined;
}
