import { defineCategory as c } from './define-category.ts';
import type { TaxonomyCategory } from './taxonomy-types.ts';

/** What people create, say and choose, and what is inferred about them: content.*, communication.*, media.*, preferences.*, inferred.* */
export const CONTENT_CATEGORIES: readonly TaxonomyCategory[] = [
  // content.*
  c('content.posts', { en: 'Posts and public contributions', nl: 'Berichten en openbare bijdragen', de: 'Beiträge und öffentliche Inhalte' }, {
    en: 'What you post on blogs, forums, wikis, social media pages or other public parts of our services.',
    nl: 'Wat je plaatst op blogs, fora, wiki’s, socialemediapagina’s of andere openbare delen van onze diensten.',
    de: 'Was Sie in Blogs, Foren, Wikis, auf Social-Media-Seiten oder in anderen öffentlichen Bereichen unserer Dienste veröffentlichen.',
  }),
  c('content.files', { en: 'Files and uploads', nl: 'Bestanden en uploads', de: 'Dateien und Uploads' }, {
    en: 'Documents, images and other files you upload, and the links you add.',
    nl: 'Documenten, afbeeldingen en andere bestanden die je uploadt, en de links die je toevoegt.',
    de: 'Dokumente, Bilder und andere Dateien, die Sie hochladen, sowie die Links, die Sie hinzufügen.',
  }),
  c('content.workspace', { en: 'Project and task content', nl: 'Inhoud van projecten en taken', de: 'Projekt- und Aufgabeninhalte' }, {
    en: 'The projects, tasks, cards and boards you create, with their names and descriptions and the names of the clients, contacts or users in them.',
    nl: 'De projecten, taken, kaarten en borden die je aanmaakt, met hun namen en beschrijvingen en de namen van de klanten, contactpersonen of gebruikers die erin staan.',
    de: 'Die Projekte, Aufgaben, Karten und Boards, die Sie anlegen, mit ihren Namen und Beschreibungen sowie den Namen der darin genannten Kunden, Kontaktpersonen oder Nutzer.',
  }),
  c('content.comments', { en: 'Comments and notes', nl: 'Opmerkingen en notities', de: 'Kommentare und Notizen' }, {
    en: 'The comments and notes you add to projects, tasks or other content.',
    nl: 'De opmerkingen en notities die je toevoegt aan projecten, taken of andere inhoud.',
    de: 'Die Kommentare und Notizen, die Sie zu Projekten, Aufgaben oder anderen Inhalten hinzufügen.',
  }),
  c('content.mentions', { en: 'Content about you added by others', nl: 'Inhoud over jou van anderen', de: 'Inhalte anderer über Sie' }, {
    en: 'Mentions of you and content about you that other users add, for example when they @mention you or upload something about you.',
    nl: 'Vermeldingen van jou en inhoud over jou die andere gebruikers toevoegen, bijvoorbeeld als ze je @vermelden of iets over je uploaden.',
    de: 'Erwähnungen Ihrer Person und Inhalte über Sie, die andere Nutzer hinzufügen, etwa wenn sie Sie mit @ erwähnen oder etwas über Sie hochladen.',
  }),
  c('content.feedback', { en: 'Feedback and survey answers', nl: 'Feedback en antwoorden op enquêtes', de: 'Feedback und Umfrageantworten' }, {
    en: 'Your opinions, ratings and answers to our surveys and research questions.',
    nl: 'Je meningen, beoordelingen en antwoorden op onze enquêtes en onderzoeksvragen.',
    de: 'Ihre Meinungen, Bewertungen und Antworten auf unsere Umfragen und Forschungsfragen.',
  }),
  c('content.testimonial', { en: 'Testimonials', nl: 'Klantverhalen', de: 'Kundenstimmen' }, {
    en: 'A statement or story about your experience with us that you agreed we may publish with your name.',
    nl: 'Een uitspraak of verhaal over je ervaring met ons, waarvan je hebt goedgevonden dat we die met je naam publiceren.',
    de: 'Eine Aussage oder Geschichte über Ihre Erfahrungen mit uns, deren Veröffentlichung unter Ihrem Namen Sie zugestimmt haben.',
  }),

  // communication.*
  c('communication.support', { en: 'Support requests', nl: 'Supportverzoeken', de: 'Supportanfragen' }, {
    en: 'Your questions and problem reports to our support team, with the screenshots, documents and other details you send, and our replies.',
    nl: 'Je vragen en probleemmeldingen aan ons supportteam, met de screenshots, documenten en andere informatie die je meestuurt, en onze antwoorden.',
    de: 'Ihre Fragen und Problemmeldungen an unser Support-Team mit den Screenshots, Dokumenten und sonstigen Angaben, die Sie mitsenden, sowie unsere Antworten.',
  }),
  c('communication.correspondence', { en: 'Correspondence with us', nl: 'Correspondentie met ons', de: 'Korrespondenz mit uns' }, {
    en: 'The e-mails, letters and messages you send us, and our replies.',
    nl: 'De e-mails, brieven en berichten die je ons stuurt, en onze antwoorden.',
    de: 'Die E-Mails, Briefe und Nachrichten, die Sie uns senden, und unsere Antworten.',
  }),
  c('communication.enquiries', { en: 'Form submissions', nl: 'Ingevulde formulieren', de: 'Formularangaben' }, {
    en: 'What you fill in on our web forms, such as a contact form, a demo request or feedback on our services.',
    nl: 'Wat je invult op formulieren op onze websites, zoals een contactformulier, een demo-aanvraag of feedback op onze diensten.',
    de: 'Was Sie in Formulare auf unseren Websites eintragen, etwa ein Kontaktformular, eine Demo-Anfrage oder Feedback zu unseren Diensten.',
  }),
  c('communication.phone_calls', { en: 'Phone calls', nl: 'Telefoongesprekken', de: 'Telefonate' }, {
    en: 'Notes of our phone calls with you and, if we tell you beforehand, recordings of them.',
    nl: 'Aantekeningen van onze telefoongesprekken met je en, als we je dat vooraf laten weten, opnames daarvan.',
    de: 'Notizen zu unseren Telefonaten mit Ihnen und, wenn wir Sie vorher darauf hinweisen, deren Aufzeichnungen.',
  }),
  // CCPA §1798.140(ae)(1)(E): contents of mail, e-mail and text messages, unless the business is the intended recipient.
  c('communication.private_messages', { en: 'Contents of private messages', nl: 'Inhoud van privéberichten', de: 'Inhalte privater Nachrichten' }, {
    en: 'The contents of e-mails, chats or text messages between you and other people that pass through our services, where we are not the intended recipient.',
    nl: 'De inhoud van e-mails, chats of sms-berichten tussen jou en anderen die via onze diensten lopen, als wij niet de bedoelde ontvanger zijn.',
    de: 'Die Inhalte von E-Mails, Chats oder Textnachrichten zwischen Ihnen und anderen, die über unsere Dienste laufen, wenn wir nicht der vorgesehene Empfänger sind.',
  }, { ccpaSensitive: true }),

  // media.* — a photo is not biometric data unless processed with specific technical means to identify (GDPR Recital 51).
  c('media.photo', { en: 'Photographs', nl: 'Foto’s', de: 'Fotos' }, {
    en: 'Photographs in which you can be recognised.',
    nl: 'Foto’s waarop je herkenbaar bent.',
    de: 'Fotos, auf denen Sie erkennbar sind.',
  }),
  c('media.profile_photo', { en: 'Profile photo', nl: 'Profielfoto', de: 'Profilbild' }, {
    en: 'The picture you add to your profile, which other users see next to your name.',
    nl: 'De afbeelding die je aan je profiel toevoegt en die andere gebruikers naast je naam zien.',
    de: 'Das Bild, das Sie Ihrem Profil hinzufügen und das andere Nutzer neben Ihrem Namen sehen.',
  }),
  c('media.video', { en: 'Video recordings', nl: 'Video-opnames', de: 'Videoaufnahmen' }, {
    en: 'Video recordings in which you can be seen or heard.',
    nl: 'Video-opnames waarop je te zien of te horen bent.',
    de: 'Videoaufnahmen, auf denen Sie zu sehen oder zu hören sind.',
  }),
  c('media.audio', { en: 'Audio recordings', nl: 'Geluidsopnames', de: 'Tonaufnahmen' }, {
    en: 'Recordings of your voice.',
    nl: 'Opnames van je stem.',
    de: 'Aufnahmen Ihrer Stimme.',
  }),

  // preferences.*
  c('preferences.settings', { en: 'Settings', nl: 'Instellingen', de: 'Einstellungen' }, {
    en: 'The settings and options you choose in our services, such as notifications and display.',
    nl: 'De instellingen en opties die je in onze diensten kiest, zoals meldingen en weergave.',
    de: 'Die Einstellungen und Optionen, die Sie in unseren Diensten wählen, etwa Benachrichtigungen und Darstellung.',
  }),
  c('preferences.language', { en: 'Language preference', nl: 'Taalvoorkeur', de: 'Spracheinstellung' }, {
    en: 'The language in which you want us to communicate with you.',
    nl: 'De taal waarin je wilt dat we met je communiceren.',
    de: 'Die Sprache, in der wir mit Ihnen kommunizieren sollen.',
  }),
  c('preferences.marketing', { en: 'Communication preferences', nl: 'Communicatievoorkeuren', de: 'Kommunikationseinstellungen' }, {
    en: 'Which marketing messages you want to receive and through which channels, and when you signed up or unsubscribed.',
    nl: 'Welke marketingberichten je wilt ontvangen en via welke kanalen, en wanneer je je hebt aan- of afgemeld.',
    de: 'Welche Werbenachrichten Sie über welche Kanäle erhalten möchten und wann Sie sich an- oder abgemeldet haben.',
  }),
  c('preferences.interests', { en: 'Stated interests', nl: 'Opgegeven interesses', de: 'Angegebene Interessen' }, {
    en: 'Topics, products and events you told us you are interested in.',
    nl: 'Onderwerpen, producten en evenementen waarvan je ons hebt laten weten dat je erin geïnteresseerd bent.',
    de: 'Themen, Produkte und Veranstaltungen, für die Sie sich nach eigener Angabe interessieren.',
  }),
  c('preferences.consent_choices', { en: 'Consent choices', nl: 'Toestemmingskeuzes', de: 'Einwilligungsentscheidungen' }, {
    en: 'The choices you made in our cookie banner or privacy settings, when you made them, and which version of the text you saw.',
    nl: 'De keuzes die je hebt gemaakt in onze cookiebanner of privacyinstellingen, wanneer je ze maakte en welke versie van de tekst je te zien kreeg.',
    de: 'Die Entscheidungen, die Sie in unserem Cookie-Banner oder in den Datenschutzeinstellungen getroffen haben, wann Sie sie getroffen haben und welche Textfassung Ihnen angezeigt wurde.',
  }),

  // inferred.*
  c('inferred.interests', { en: 'Inferred interests and preferences', nl: 'Afgeleide interesses en voorkeuren', de: 'Abgeleitete Interessen und Vorlieben' }, {
    en: 'Interests, preferences and other characteristics that we or our partners infer from how you use our websites and services.',
    nl: 'Interesses, voorkeuren en andere kenmerken die wij of onze partners afleiden uit hoe je onze websites en diensten gebruikt.',
    de: 'Interessen, Vorlieben und andere Merkmale, die wir oder unsere Partner daraus ableiten, wie Sie unsere Websites und Dienste nutzen.',
  }),
  c('inferred.affiliation', { en: 'Organisation affiliation', nl: 'Verbondenheid met een organisatie', de: 'Organisationszugehörigkeit' }, {
    en: 'The organisation or industry you are probably connected to, inferred from the domain of your e-mail address.',
    nl: 'De organisatie of branche waarbij je waarschijnlijk hoort, afgeleid uit het domein van je e-mailadres.',
    de: 'Die Organisation oder Branche, der Sie wahrscheinlich angehören, abgeleitet aus der Domain Ihrer E-Mail-Adresse.',
  }),
  c('inferred.engagement', { en: 'Interest in our services', nl: 'Betrokkenheid bij onze diensten', de: 'Interesse an unseren Diensten' }, {
    en: 'How interested you are in our services and advertising, as we measure it or as marketing and research partners report it to us.',
    nl: 'Hoe geïnteresseerd je bent in onze diensten en advertenties, zoals wij dat meten of zoals marketing- en onderzoekspartners het ons laten weten.',
    de: 'Wie sehr Sie sich für unsere Dienste und unsere Werbung interessieren, wie wir es messen oder Marketing- und Forschungspartner es uns mitteilen.',
  }),
  c('inferred.segments', { en: 'Marketing segments', nl: 'Marketingsegmenten', de: 'Marketingsegmente' }, {
    en: 'The customer groups or lead scores we assign you to for marketing.',
    nl: 'De klantgroepen of leadscores waarin we je voor marketing indelen.',
    de: 'Die Kundengruppen oder Lead-Bewertungen, denen wir Sie für Marketingzwecke zuordnen.',
  }),
  c('inferred.fraud_risk', { en: 'Fraud risk', nl: 'Frauderisico', de: 'Betrugsrisiko' }, {
    en: 'Our assessment of whether an account, payment or sign-in is likely to be fraudulent.',
    nl: 'Onze inschatting of een account, betaling of inlogpoging waarschijnlijk frauduleus is.',
    de: 'Unsere Einschätzung, ob ein Konto, eine Zahlung oder ein Anmeldeversuch wahrscheinlich betrügerisch ist.',
  }),
];
