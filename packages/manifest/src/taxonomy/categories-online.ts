import { defineCategory as c } from './define-category.ts';
import type { TaxonomyCategory } from './taxonomy-types.ts';

/** What devices and browsers reveal, and how services are used: device.*, online.*, usage.*, location.* */
export const ONLINE_CATEGORIES: readonly TaxonomyCategory[] = [
  // device.*
  c('device.ip_address', { en: 'IP address', nl: 'IP-adres', de: 'IP-Adresse' }, {
    en: 'The Internet Protocol address your device uses to connect to the internet.',
    nl: 'Het internetprotocoladres waarmee je apparaat verbinding maakt met internet.',
    de: 'Die Internetprotokoll-Adresse, über die Ihr Gerät mit dem Internet verbunden ist.',
  }),
  c('device.mac_address', { en: 'MAC address', nl: 'MAC-adres', de: 'MAC-Adresse' }, {
    en: 'The hardware address of your device’s network adapter.',
    nl: 'Het hardwareadres van de netwerkadapter van je apparaat.',
    de: 'Die Hardwareadresse des Netzwerkadapters Ihres Geräts.',
  }),
  c('device.device_id', { en: 'Device identifiers', nl: 'Apparaat-ID’s', de: 'Gerätekennungen' }, {
    en: 'Identifiers of your computer, phone or tablet, such as a serial number or an app installation ID.',
    nl: 'Kenmerken van je computer, telefoon of tablet, zoals een serienummer of de installatie-ID van een app.',
    de: 'Kennungen Ihres Computers, Telefons oder Tablets, etwa eine Seriennummer oder die Installationskennung einer App.',
  }),
  c('device.advertising_id', { en: 'Mobile advertising ID', nl: 'Mobiele advertentie-ID', de: 'Mobile Werbe-ID' }, {
    en: 'The advertising identifier your phone’s operating system provides (Apple IDFA, Google advertising ID).',
    nl: 'De advertentie-ID die het besturingssysteem van je telefoon beschikbaar stelt (Apple IDFA, Google-advertentie-ID).',
    de: 'Die Werbe-ID, die das Betriebssystem Ihres Telefons bereitstellt (Apple IDFA, Google-Werbe-ID).',
  }),
  c('device.browser', { en: 'Browser type and settings', nl: 'Browsertype en -instellingen', de: 'Browsertyp und -einstellungen' }, {
    en: 'The type, version and language of your browser and other software, and their settings, as your device sends them.',
    nl: 'Het type, de versie en de taal van je browser en andere software, en de instellingen daarvan, zoals je apparaat die meestuurt.',
    de: 'Typ, Version und Sprache Ihres Browsers und anderer Software sowie deren Einstellungen, wie Ihr Gerät sie übermittelt.',
  }),
  c('device.operating_system', { en: 'Operating system', nl: 'Besturingssysteem', de: 'Betriebssystem' }, {
    en: 'The operating system of your device and its version.',
    nl: 'Het besturingssysteem van je apparaat en de versie daarvan.',
    de: 'Das Betriebssystem Ihres Geräts und dessen Version.',
  }),
  c('device.type', { en: 'Device type', nl: 'Type apparaat', de: 'Gerätetyp' }, {
    en: 'Whether you use a computer, phone or tablet, and its make, model and screen size.',
    nl: 'Of je een computer, telefoon of tablet gebruikt, en het merk, het model en de schermgrootte.',
    de: 'Ob Sie einen Computer, ein Telefon oder ein Tablet nutzen, sowie Hersteller, Modell und Bildschirmgröße.',
  }),
  c('device.connection', { en: 'Connection information', nl: 'Verbindingsgegevens', de: 'Verbindungsdaten' }, {
    en: 'The type of network connection (such as Wi-Fi or mobile), your internet provider and your connection settings.',
    nl: 'Het type netwerkverbinding (zoals wifi of mobiel), je internetprovider en je verbindingsinstellingen.',
    de: 'Die Art der Netzwerkverbindung (etwa WLAN oder Mobilfunk), Ihr Internetanbieter und Ihre Verbindungseinstellungen.',
  }),
  c('device.crash_data', { en: 'Crash and diagnostic data', nl: 'Crash- en diagnosegegevens', de: 'Absturz- und Diagnosedaten' }, {
    en: 'Reports an app or website sends when it crashes or misbehaves, with the state of the device at that moment.',
    nl: 'Rapporten die een app of website verstuurt als die vastloopt of niet goed werkt, met de toestand van het apparaat op dat moment.',
    de: 'Berichte, die eine App oder Website bei einem Absturz oder Fehler sendet, mit dem Zustand des Geräts in diesem Moment.',
  }),

  // online.*
  c('online.cookie_id', { en: 'Cookie identifiers', nl: 'Cookie-ID’s', de: 'Cookie-Kennungen' }, {
    en: 'The unique codes stored in cookies and similar technologies (such as local storage) that recognise your browser on later visits.',
    nl: 'De unieke codes in cookies en vergelijkbare technieken (zoals local storage) waarmee je browser bij een later bezoek wordt herkend.',
    de: 'Die eindeutigen Codes in Cookies und ähnlichen Technologien (etwa Local Storage), mit denen Ihr Browser bei späteren Besuchen wiedererkannt wird.',
  }),
  c('online.session_id', { en: 'Session identifier', nl: 'Sessie-ID', de: 'Sitzungskennung' }, {
    en: 'A temporary code that keeps you signed in and links the pages of a single visit.',
    nl: 'Een tijdelijke code die je ingelogd houdt en de pagina’s van één bezoek aan elkaar koppelt.',
    de: 'Ein vorübergehender Code, der Sie angemeldet hält und die Seiten eines Besuchs miteinander verknüpft.',
  }),
  c('online.referrer', { en: 'Referring and exit pages', nl: 'Verwijzende en vervolgpagina’s', de: 'Verweisende und Ausstiegsseiten' }, {
    en: 'The address of the web page that led you to us, and of the page you went to next.',
    nl: 'Het adres van de webpagina die je naar ons verwees, en van de pagina waar je daarna naartoe ging.',
    de: 'Die Adresse der Webseite, über die Sie zu uns gekommen sind, und der Seite, die Sie danach aufgerufen haben.',
  }),
  c('online.cross_site_activity', { en: 'Activity on other websites', nl: 'Activiteit op andere websites', de: 'Aktivitäten auf anderen Websites' }, {
    en: 'Your browsing on other websites and apps over time, as recorded by advertising and analytics partners.',
    nl: 'Je surfgedrag op andere websites en apps door de tijd heen, zoals vastgelegd door advertentie- en analysepartners.',
    de: 'Ihr Surfverhalten auf anderen Websites und in anderen Apps im Zeitverlauf, wie Werbe- und Analysepartner es erfassen.',
  }),

  // usage.*
  c('usage.pages_viewed', { en: 'Pages viewed', nl: 'Bekeken pagina’s', de: 'Aufgerufene Seiten' }, {
    en: 'The pages and screens you view on our websites and in our apps.',
    nl: 'De pagina’s en schermen die je op onze websites en in onze apps bekijkt.',
    de: 'Die Seiten und Bildschirme, die Sie auf unseren Websites und in unseren Apps aufrufen.',
  }),
  c('usage.clicks', { en: 'Clicks and interactions', nl: 'Klikken en interacties', de: 'Klicks und Interaktionen' }, {
    en: 'The links, buttons and items you click or tap, and how far you scroll.',
    nl: 'De links, knoppen en onderdelen waarop je klikt of tikt, en hoe ver je scrolt.',
    de: 'Die Links, Schaltflächen und Elemente, die Sie anklicken oder antippen, und wie weit Sie scrollen.',
  }),
  c('usage.search_terms', { en: 'Search terms', nl: 'Zoektermen', de: 'Suchbegriffe' }, {
    en: 'The words you search for on our websites and in our services.',
    nl: 'De woorden waarop je zoekt op onze websites en in onze diensten.',
    de: 'Die Begriffe, nach denen Sie auf unseren Websites und in unseren Diensten suchen.',
  }),
  c('usage.access_times', { en: 'Access times', nl: 'Tijdstippen van bezoek', de: 'Zugriffszeiten' }, {
    en: 'The date and time of your visits and of each request your browser makes.',
    nl: 'De datum en het tijdstip van je bezoeken en van elk verzoek dat je browser doet.',
    de: 'Datum und Uhrzeit Ihrer Besuche und jeder Anfrage, die Ihr Browser stellt.',
  }),
  c('usage.time_on_page', { en: 'Time spent', nl: 'Bestede tijd', de: 'Verweildauer' }, {
    en: 'How long you stay on a page or use a feature.',
    nl: 'Hoe lang je op een pagina blijft of een functie gebruikt.',
    de: 'Wie lange Sie auf einer Seite bleiben oder eine Funktion nutzen.',
  }),
  c('usage.features_used', { en: 'Features used', nl: 'Gebruikte functies', de: 'Genutzte Funktionen' }, {
    en: 'Which features of our services you use, and how often.',
    nl: 'Welke functies van onze diensten je gebruikt, en hoe vaak.',
    de: 'Welche Funktionen unserer Dienste Sie nutzen und wie oft.',
  }),
  c('usage.collaboration', { en: 'Collaboration activity', nl: 'Samenwerkingsactiviteit', de: 'Zusammenarbeit im Dienst' }, {
    en: 'The people and teams you work with in our services and how you interact with them, such as whom you communicate with most.',
    nl: 'De mensen en teams met wie je in onze diensten samenwerkt en hoe je met hen omgaat, zoals met wie je het meest communiceert.',
    de: 'Die Personen und Teams, mit denen Sie in unseren Diensten zusammenarbeiten, und wie Sie mit ihnen interagieren, etwa mit wem Sie am häufigsten kommunizieren.',
  }),
  c('usage.file_metadata', { en: 'Attachment details', nl: 'Gegevens over bijlagen', de: 'Angaben zu Anhängen' }, {
    en: 'The type, size and file name of attachments you upload.',
    nl: 'Het type, de grootte en de bestandsnaam van bijlagen die je uploadt.',
    de: 'Typ, Größe und Dateiname der Anhänge, die Sie hochladen.',
  }),
  c('usage.email_engagement', { en: 'E-mail opens and clicks', nl: 'Openen van en klikken in e-mails', de: 'Öffnungen und Klicks in E-Mails' }, {
    en: 'Whether and when you open our e-mails, click links in them or forward them, measured with web beacons and tracked links.',
    nl: 'Of en wanneer je onze e-mails opent, op links erin klikt of ze doorstuurt, gemeten met webbakens en gevolgde links.',
    de: 'Ob und wann Sie unsere E-Mails öffnen, Links darin anklicken oder sie weiterleiten, gemessen mit Zählpixeln und nachverfolgten Links.',
  }),
  c('usage.ad_interactions', { en: 'Advertising interactions', nl: 'Interactie met advertenties', de: 'Interaktionen mit Werbung' }, {
    en: 'Which of our advertisements you saw or clicked, and where.',
    nl: 'Welke van onze advertenties je hebt gezien of aangeklikt, en waar.',
    de: 'Welche unserer Anzeigen Sie gesehen oder angeklickt haben und wo.',
  }),
  c('usage.event_participation', { en: 'Event registration and attendance', nl: 'Aanmelding voor en deelname aan evenementen', de: 'Anmeldung und Teilnahme an Veranstaltungen' }, {
    en: 'The events and webinars you registered for or attended.',
    nl: 'De evenementen en webinars waarvoor je je hebt aangemeld of die je hebt bijgewoond.',
    de: 'Die Veranstaltungen und Webinare, für die Sie sich angemeldet oder an denen Sie teilgenommen haben.',
  }),
  c('usage.access_logs', { en: 'Access and security logs', nl: 'Toegangs- en beveiligingslogs', de: 'Zugriffs- und Sicherheitsprotokolle' }, {
    en: 'Records of sign-ins, failed login attempts and actions in our systems.',
    nl: 'Registraties van inlogpogingen, mislukte aanmeldingen en handelingen in onze systemen.',
    de: 'Aufzeichnungen über Anmeldungen, fehlgeschlagene Anmeldeversuche und Aktionen in unseren Systemen.',
  }),

  // location.*
  // CCPA §1798.140(w): "precise geolocation" locates a person within a circle of 1,850 feet (about 564 m) radius;
  // it is sensitive under §1798.140(ae)(1)(C).
  c('location.precise', { en: 'Precise location', nl: 'Precieze locatie', de: 'Genauer Standort' }, {
    en: 'Your location from your device’s GPS or similar technology, accurate to about 560 metres (1,850 feet) or better.',
    nl: 'Je locatie, bepaald met gps of vergelijkbare technieken van je apparaat, tot op ongeveer 560 meter nauwkeurig of preciezer.',
    de: 'Ihr Standort, ermittelt über GPS oder ähnliche Technik Ihres Geräts, auf etwa 560 Meter genau oder genauer.',
  }, { ccpaSensitive: true }),
  c('location.approximate', { en: 'Approximate location', nl: 'Globale locatie', de: 'Ungefährer Standort' }, {
    en: 'Your city, region or country, derived from your IP address or your country setting.',
    nl: 'Je plaats, regio of land, afgeleid uit je IP-adres of je landinstelling.',
    de: 'Ihre Stadt, Region oder Ihr Land, abgeleitet aus Ihrer IP-Adresse oder Ihrer Ländereinstellung.',
  }),
  c('location.time_zone', { en: 'Time zone', nl: 'Tijdzone', de: 'Zeitzone' }, {
    en: 'The time zone your device is set to.',
    nl: 'De tijdzone die op je apparaat is ingesteld.',
    de: 'Die auf Ihrem Gerät eingestellte Zeitzone.',
  }),
];
