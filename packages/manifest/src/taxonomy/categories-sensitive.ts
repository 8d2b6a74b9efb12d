import { defineCategory as c } from './define-category.ts';
import type { TaxonomyCategory } from './taxonomy-types.ts';

/**
 * Data the law protects most: special.* (GDPR Art. 9(1)), criminal.* (GDPR Art. 10) and sensitive.* (sensitive
 * under CCPA §1798.140(ae) only). The Dutch and German labels follow the official AVG and DSGVO wording of Art. 9(1).
 */
export const SENSITIVE_CATEGORIES: readonly TaxonomyCategory[] = [
  // special.* — GDPR Art. 9(1), in the order the article lists them.
  // CCPA §1798.140(ae)(1)(D) also lists racial or ethnic origin, religious or philosophical beliefs and union membership,
  // (F) genetic data, (2)(A) biometrics for identification, (2)(B) health and (2)(C) sex life or sexual orientation;
  // political opinions are not sensitive under the CCPA.
  c('special.racial_ethnic_origin', { en: 'Racial or ethnic origin', nl: 'Ras of etnische afkomst', de: 'Rassische oder ethnische Herkunft' }, {
    en: 'Information that reveals your racial or ethnic origin.',
    nl: 'Gegevens waaruit je ras of etnische afkomst blijkt.',
    de: 'Daten, aus denen Ihre rassische oder ethnische Herkunft hervorgeht.',
  }, { special: true, ccpaSensitive: true }),
  c('special.political_opinions', { en: 'Political opinions', nl: 'Politieke opvattingen', de: 'Politische Meinungen' }, {
    en: 'Information that reveals your political opinions, such as party membership or support for a political cause.',
    nl: 'Gegevens waaruit je politieke opvattingen blijken, zoals lidmaatschap van een partij of steun voor een politieke zaak.',
    de: 'Daten, aus denen Ihre politischen Meinungen hervorgehen, etwa eine Parteimitgliedschaft oder die Unterstützung eines politischen Anliegens.',
  }, { special: true }),
  c('special.religious_beliefs', { en: 'Religious or philosophical beliefs', nl: 'Religieuze of levensbeschouwelijke overtuigingen', de: 'Religiöse oder weltanschauliche Überzeugungen' }, {
    en: 'Information that reveals your religion or your philosophical beliefs.',
    nl: 'Gegevens waaruit je godsdienst of levensbeschouwing blijkt.',
    de: 'Daten, aus denen Ihre Religion oder Weltanschauung hervorgeht.',
  }, { special: true, ccpaSensitive: true }),
  c('special.trade_union_membership', { en: 'Trade union membership', nl: 'Lidmaatschap van een vakbond', de: 'Gewerkschaftszugehörigkeit' }, {
    en: 'Information that reveals whether you are a member of a trade union.',
    nl: 'Gegevens waaruit blijkt of je lid bent van een vakbond.',
    de: 'Daten, aus denen hervorgeht, ob Sie Mitglied einer Gewerkschaft sind.',
  }, { special: true, ccpaSensitive: true }),
  c('special.genetic', { en: 'Genetic data', nl: 'Genetische gegevens', de: 'Genetische Daten' }, {
    en: 'Information about your inherited or acquired genetic characteristics, for example from a DNA test.',
    nl: 'Gegevens over je erfelijke of verworven genetische kenmerken, bijvoorbeeld uit een DNA-test.',
    de: 'Daten über Ihre ererbten oder erworbenen genetischen Eigenschaften, etwa aus einem DNA-Test.',
  }, { special: true, ccpaSensitive: true }),
  c('special.biometric', { en: 'Biometric data for identification', nl: 'Biometrische gegevens voor identificatie', de: 'Biometrische Daten zur Identifizierung' }, {
    en: 'Fingerprints, facial features, voiceprints or other physical characteristics processed to identify you uniquely.',
    nl: 'Vingerafdrukken, gezichtskenmerken, stemkenmerken of andere lichaamskenmerken die worden verwerkt om je uniek te identificeren.',
    de: 'Fingerabdrücke, Gesichtsmerkmale, Stimmprofile oder andere körperliche Merkmale, die verarbeitet werden, um Sie eindeutig zu identifizieren.',
  }, { special: true, ccpaSensitive: true }),
  c('special.health', { en: 'Health data', nl: 'Gezondheidsgegevens', de: 'Gesundheitsdaten' }, {
    en: 'Information about your physical or mental health, including the care you receive, disabilities and dietary needs.',
    nl: 'Gegevens over je lichamelijke of geestelijke gezondheid, waaronder de zorg die je krijgt, beperkingen en dieetwensen.',
    de: 'Daten über Ihre körperliche oder geistige Gesundheit, einschließlich der Behandlungen, die Sie erhalten, Behinderungen und besonderer Ernährungsbedürfnisse.',
  }, { special: true, ccpaSensitive: true }),
  c('special.sex_life', { en: 'Sex life', nl: 'Seksueel gedrag', de: 'Sexualleben' }, {
    en: 'Information about your sex life.',
    nl: 'Gegevens over je seksuele gedrag.',
    de: 'Daten zu Ihrem Sexualleben.',
  }, { special: true, ccpaSensitive: true }),
  c('special.sexual_orientation', { en: 'Sexual orientation', nl: 'Seksuele gerichtheid', de: 'Sexuelle Orientierung' }, {
    en: 'Information about your sexual orientation.',
    nl: 'Gegevens over je seksuele gerichtheid.',
    de: 'Daten zu Ihrer sexuellen Orientierung.',
  }, { special: true, ccpaSensitive: true }),

  // criminal.* — GDPR Art. 10: criminal convictions and offences or related security measures.
  c('criminal.convictions', { en: 'Criminal convictions', nl: 'Strafrechtelijke veroordelingen', de: 'Strafrechtliche Verurteilungen' }, {
    en: 'Information about criminal convictions, sentences and related security measures.',
    nl: 'Gegevens over strafrechtelijke veroordelingen, straffen en daarmee verband houdende veiligheidsmaatregelen.',
    de: 'Daten über strafrechtliche Verurteilungen, Strafen und damit zusammenhängende Sicherungsmaßregeln.',
  }, { criminal: true }),
  c('criminal.offences', { en: 'Criminal offences', nl: 'Strafbare feiten', de: 'Straftaten' }, {
    en: 'Information about offences you are suspected or accused of, including reports to the police.',
    nl: 'Gegevens over strafbare feiten waarvan je wordt verdacht of beschuldigd, waaronder aangiftes bij de politie.',
    de: 'Daten über Straftaten, derer Sie verdächtigt oder beschuldigt werden, einschließlich Strafanzeigen.',
  }, { criminal: true }),
  c('criminal.record_check', { en: 'Criminal record check', nl: 'Verklaring Omtrent het Gedrag (VOG)', de: 'Führungszeugnis' }, {
    en: 'A certificate of conduct or an extract from the criminal record, such as a Dutch VOG or a German Führungszeugnis.',
    nl: 'Een Verklaring Omtrent het Gedrag (VOG) of een ander uittreksel uit het strafregister.',
    de: 'Ein Führungszeugnis oder eine andere Auskunft aus dem Strafregister.',
  }, { criminal: true }),

  // sensitive.* — CCPA §1798.140(ae)(1)(G), added by SB 1223 (2024): neural data. Not an Art. 9 category by itself,
  // though it will often be health data too; declare special.health as well where it is.
  c('sensitive.neural_data', { en: 'Neural data', nl: 'Neurale gegevens', de: 'Neuronale Daten' }, {
    en: 'Information generated by measuring the activity of your nervous system, for example with a brain–computer interface or a neurotechnology headset.',
    nl: 'Gegevens die ontstaan door het meten van de activiteit van je zenuwstelsel, bijvoorbeeld met een brein-computerinterface of een neurotechnologische headset.',
    de: 'Daten, die durch Messung der Aktivität Ihres Nervensystems entstehen, etwa mit einer Gehirn-Computer-Schnittstelle oder einem Neurotechnologie-Headset.',
  }, { ccpaSensitive: true }),
];
