import { defineCategory as c } from './define-category.ts';
import type { TaxonomyCategory } from './taxonomy-types.ts';

/** Who the person is and how to reach them: identity.*, contact.*, demographic.*, professional.* */
export const PERSON_CATEGORIES: readonly TaxonomyCategory[] = [
  // identity.*
  c('identity.name', { en: 'Name', nl: 'Naam', de: 'Name' }, {
    en: 'Your first and last name, and any initials or form of address you give us.',
    nl: 'Je voor- en achternaam, en eventuele voorletters of aanhef die je ons geeft.',
    de: 'Ihr Vor- und Nachname sowie gegebenenfalls Initialen oder Anrede, die Sie uns mitteilen.',
  }),
  c('identity.date_of_birth', { en: 'Date of birth', nl: 'Geboortedatum', de: 'Geburtsdatum' }, {
    en: 'The day, month and year you were born.',
    nl: 'De dag, maand en het jaar waarin je bent geboren.',
    de: 'Tag, Monat und Jahr Ihrer Geburt.',
  }),
  c('identity.age', { en: 'Age or age range', nl: 'Leeftijd of leeftijdscategorie', de: 'Alter oder Altersgruppe' }, {
    en: 'Your age, your age range, or your confirmation that you have reached a minimum age.',
    nl: 'Je leeftijd, je leeftijdscategorie of je bevestiging dat je een minimumleeftijd hebt bereikt.',
    de: 'Ihr Alter, Ihre Altersgruppe oder Ihre Bestätigung, dass Sie ein Mindestalter erreicht haben.',
  }),

  // contact.*
  c('contact.email', { en: 'E-mail address', nl: 'E-mailadres', de: 'E-Mail-Adresse' }, {
    en: 'The e-mail address you give us or use to sign in.',
    nl: 'Het e-mailadres dat je ons geeft of waarmee je inlogt.',
    de: 'Die E-Mail-Adresse, die Sie uns mitteilen oder mit der Sie sich anmelden.',
  }),
  c('contact.phone', { en: 'Telephone number', nl: 'Telefoonnummer', de: 'Telefonnummer' }, {
    en: 'Your landline or mobile telephone number.',
    nl: 'Je vaste of mobiele telefoonnummer.',
    de: 'Ihre Festnetz- oder Mobilfunknummer.',
  }),
  c('contact.postal_address', { en: 'Postal address', nl: 'Postadres', de: 'Postanschrift' }, {
    en: 'Your street and house number, postal code, city and country.',
    nl: 'Je straat en huisnummer, postcode, woonplaats en land.',
    de: 'Ihre Straße und Hausnummer, Postleitzahl, Ort und Land.',
  }),
  c('contact.social_media_handle', { en: 'Social media handle', nl: 'Naam op sociale media', de: 'Name in sozialen Medien' }, {
    en: 'The name or profile link under which you are known on a social network or messaging service.',
    nl: 'De naam of profiellink waaronder je bekend bent op een sociaal netwerk of berichtendienst.',
    de: 'Der Name oder Profillink, unter dem Sie in einem sozialen Netzwerk oder Messenger-Dienst bekannt sind.',
  }),

  // demographic.*
  c('demographic.gender', { en: 'Gender', nl: 'Geslacht', de: 'Geschlecht' }, {
    en: 'Your gender or the form of address you prefer.',
    nl: 'Je geslacht of de aanhef die je voorkeur heeft.',
    de: 'Ihr Geschlecht oder die von Ihnen gewünschte Anrede.',
  }),
  c('demographic.country', { en: 'Country of residence', nl: 'Woonland', de: 'Wohnsitzland' }, {
    en: 'The country where you live.',
    nl: 'Het land waar je woont.',
    de: 'Das Land, in dem Sie wohnen.',
  }),
  c('demographic.city_region', { en: 'City and region', nl: 'Plaats en regio', de: 'Ort und Region' }, {
    en: 'The city and the state, province or region where you live or work.',
    nl: 'De plaats en de provincie, staat of regio waar je woont of werkt.',
    de: 'Die Stadt sowie das Bundesland, den Bundesstaat oder die Region, in der Sie wohnen oder arbeiten.',
  }),
  // CCPA §1798.140(ae)(1)(D): citizenship or immigration status is sensitive personal information.
  c('demographic.citizenship', { en: 'Citizenship or immigration status', nl: 'Nationaliteit of verblijfsstatus', de: 'Staatsangehörigkeit oder Aufenthaltsstatus' }, {
    en: 'Your nationality or citizenship, and your immigration or residence status.',
    nl: 'Je nationaliteit en je verblijfs- of immigratiestatus.',
    de: 'Ihre Staatsangehörigkeit sowie Ihr Aufenthalts- oder Einwanderungsstatus.',
  }, { ccpaSensitive: true }),
  c('demographic.marital_status', { en: 'Marital status', nl: 'Burgerlijke staat', de: 'Familienstand' }, {
    en: 'Whether you are single, married or in a registered partnership.',
    nl: 'Of je alleenstaand of getrouwd bent of een geregistreerd partnerschap hebt.',
    de: 'Ob Sie ledig, verheiratet oder in einer eingetragenen Partnerschaft sind.',
  }),
  c('demographic.household', { en: 'Household composition', nl: 'Samenstelling van het huishouden', de: 'Haushaltszusammensetzung' }, {
    en: 'The number and ages of the people in your household.',
    nl: 'Het aantal en de leeftijden van de mensen in je huishouden.',
    de: 'Anzahl und Alter der Personen in Ihrem Haushalt.',
  }),

  // professional.*
  c('professional.job_title', { en: 'Job title', nl: 'Functietitel', de: 'Berufsbezeichnung' }, {
    en: 'Your job title or position.',
    nl: 'Je functie of functietitel.',
    de: 'Ihre Berufsbezeichnung oder Position.',
  }),
  c('professional.company', { en: 'Company or organisation', nl: 'Bedrijf of organisatie', de: 'Unternehmen oder Organisation' }, {
    en: 'The name of the company or organisation you work for or represent.',
    nl: 'De naam van het bedrijf of de organisatie waarvoor je werkt of die je vertegenwoordigt.',
    de: 'Der Name Ihres Arbeitgebers oder der Organisation, die Sie vertreten.',
  }),
  c('professional.industry', { en: 'Industry', nl: 'Branche', de: 'Branche' }, {
    en: 'The sector your organisation works in.',
    nl: 'De sector waarin je organisatie actief is.',
    de: 'Die Branche, in der Ihre Organisation tätig ist.',
  }),
  c('professional.employment_history', { en: 'Employment history', nl: 'Werkervaring', de: 'Beruflicher Werdegang' }, {
    en: 'Your current and previous employers, positions and work experience.',
    nl: 'Je huidige en eerdere werkgevers, functies en werkervaring.',
    de: 'Ihre derzeitigen und früheren Arbeitgeber, Positionen und Berufserfahrung.',
  }),
  c('professional.education_history', { en: 'Education', nl: 'Opleiding', de: 'Ausbildung' }, {
    en: 'The schools and courses you attended, and the degrees and diplomas you obtained.',
    nl: 'De scholen en opleidingen die je hebt gevolgd, en de diploma’s en graden die je hebt behaald.',
    de: 'Die Schulen und Ausbildungen, die Sie besucht haben, sowie Ihre Abschlüsse und Zeugnisse.',
  }),
  c('professional.skills', { en: 'Skills', nl: 'Vaardigheden', de: 'Fähigkeiten' }, {
    en: 'Your skills, languages and areas of expertise.',
    nl: 'Je vaardigheden, talenkennis en vakgebieden.',
    de: 'Ihre Fähigkeiten, Sprachkenntnisse und Fachgebiete.',
  }),
  c('professional.licence_number', { en: 'Certificate or licence number', nl: 'Certificaat- of vergunningsnummer', de: 'Zertifikats- oder Lizenznummer' }, {
    en: 'The number of a professional certificate, registration or licence you hold.',
    nl: 'Het nummer van een beroepscertificaat, beroepsregistratie of vergunning die je hebt.',
    de: 'Die Nummer eines Berufszertifikats, einer Berufsregistrierung oder einer Lizenz, die Sie besitzen.',
  }),
  c('professional.training_records', { en: 'Training and qualifications', nl: 'Trainingen en kwalificaties', de: 'Schulungen und Qualifikationen' }, {
    en: 'The training you followed with us, its results, and the qualifications it led to.',
    nl: 'De trainingen die je bij ons hebt gevolgd, de resultaten daarvan en de kwalificaties die je daarmee hebt behaald.',
    de: 'Die Schulungen, die Sie bei uns absolviert haben, deren Ergebnisse und die dadurch erworbenen Qualifikationen.',
  }),
];
