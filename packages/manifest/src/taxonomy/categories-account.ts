import { defineCategory as c } from './define-category.ts';
import type { TaxonomyCategory } from './taxonomy-types.ts';

/** Accounts, money and official numbers: account.*, payment.*, financial.*, government_id.* */
export const ACCOUNT_CATEGORIES: readonly TaxonomyCategory[] = [
  // account.*
  c('account.user_id', { en: 'Account identifier', nl: 'Accountnummer', de: 'Kontokennung' }, {
    en: 'The number or code that identifies your account in our systems.',
    nl: 'Het nummer of de code waarmee je account in onze systemen wordt aangeduid.',
    de: 'Die Nummer oder Kennung, mit der Ihr Konto in unseren Systemen bezeichnet wird.',
  }),
  c('account.username', { en: 'Username or alias', nl: 'Gebruikersnaam of alias', de: 'Benutzername oder Alias' }, {
    en: 'The name you chose to sign in with or to appear under in our services.',
    nl: 'De naam die je hebt gekozen om mee in te loggen of waaronder je in onze diensten verschijnt.',
    de: 'Der Name, den Sie für die Anmeldung oder als Anzeigenamen in unseren Diensten gewählt haben.',
  }),
  // CCPA §1798.140(ae)(1)(B): an account log-in with the password or credentials that give access.
  c('account.password', { en: 'Password and login credentials', nl: 'Wachtwoord en inloggegevens', de: 'Passwort und Zugangsdaten' }, {
    en: 'Your password, security questions or other credentials that, with your login name, give access to your account.',
    nl: 'Je wachtwoord, beveiligingsvragen of andere gegevens die samen met je inlognaam toegang geven tot je account.',
    de: 'Ihr Passwort, Ihre Sicherheitsfragen oder andere Zugangsdaten, die zusammen mit Ihrem Benutzernamen Zugriff auf Ihr Konto geben.',
  }, { ccpaSensitive: true }),
  c('account.profile', { en: 'Profile information', nl: 'Profielgegevens', de: 'Profilangaben' }, {
    en: 'What you add to your profile, such as a short biography, which other users of our services can see.',
    nl: 'Wat je aan je profiel toevoegt, zoals een korte beschrijving, en wat andere gebruikers van onze diensten kunnen zien.',
    de: 'Was Sie Ihrem Profil hinzufügen, etwa eine kurze Beschreibung, und was andere Nutzer unserer Dienste sehen können.',
  }),
  c('account.social_login', { en: 'Social login data', nl: 'Gegevens van inloggen via een ander account', de: 'Daten aus der Anmeldung über ein anderes Konto' }, {
    en: 'The name, e-mail address and profile identifier we receive from a provider such as Google, Microsoft or LinkedIn when you sign in with that account, as far as your settings with that provider allow.',
    nl: 'De naam, het e-mailadres en de profiel-ID die we van een aanbieder zoals Google, Microsoft of LinkedIn ontvangen als je met dat account inlogt, voor zover je instellingen bij die aanbieder dat toestaan.',
    de: 'Name, E-Mail-Adresse und Profilkennung, die wir von einem Anbieter wie Google, Microsoft oder LinkedIn erhalten, wenn Sie sich mit diesem Konto anmelden, soweit Ihre Einstellungen bei diesem Anbieter dies zulassen.',
  }),
  c('account.membership', { en: 'Team and organisation membership', nl: 'Lidmaatschap van teams en organisaties', de: 'Team- und Organisationszugehörigkeit' }, {
    en: 'The teams, boards, workspaces and organisations you belong to, and your role in them.',
    nl: 'De teams, borden, werkruimtes en organisaties waarvan je lid bent, en je rol daarin.',
    de: 'Die Teams, Boards, Arbeitsbereiche und Organisationen, denen Sie angehören, und Ihre Rolle darin.',
  }),
  c('account.subscription', { en: 'Subscription details', nl: 'Abonnementsgegevens', de: 'Abonnementdaten' }, {
    en: 'Your plan, when it started and ends, and any renewals and cancellations.',
    nl: 'Je abonnement, wanneer het is ingegaan en afloopt, en eventuele verlengingen en opzeggingen.',
    de: 'Ihr Tarif, wann er begonnen hat und endet, sowie Verlängerungen und Kündigungen.',
  }),
  c('account.invitation', { en: 'Invitations', nl: 'Uitnodigingen', de: 'Einladungen' }, {
    en: 'That another user invited you to our services or to a team, the e-mail address they gave for you, and when.',
    nl: 'Dat een andere gebruiker je heeft uitgenodigd voor onze diensten of voor een team, het e-mailadres dat die gebruiker van je opgaf, en wanneer.',
    de: 'Dass ein anderer Nutzer Sie zu unseren Diensten oder zu einem Team eingeladen hat, die dabei angegebene E-Mail-Adresse und der Zeitpunkt.',
  }),

  // payment.*
  // CCPA §1798.140(ae)(1)(B): a card number in combination with the code that allows access is sensitive.
  c('payment.card', { en: 'Payment card details', nl: 'Betaalkaartgegevens', de: 'Zahlungskartendaten' }, {
    en: 'Your credit or debit card number together with its expiry date and security code.',
    nl: 'Het nummer van je creditcard of betaalpas, samen met de vervaldatum en de beveiligingscode.',
    de: 'Die Nummer Ihrer Kredit- oder Debitkarte zusammen mit Ablaufdatum und Prüfnummer.',
  }, { ccpaSensitive: true }),
  c('payment.card_token', { en: 'Card reference', nl: 'Kaartreferentie', de: 'Kartenreferenz' }, {
    en: 'The card brand, the last four digits and the token our payment provider gives us instead of the full card number.',
    nl: 'Het kaartmerk, de laatste vier cijfers en het token dat onze betaaldienstverlener ons geeft in plaats van het volledige kaartnummer.',
    de: 'Die Kartenmarke, die letzten vier Ziffern und das Token, das uns unser Zahlungsdienstleister anstelle der vollständigen Kartennummer übermittelt.',
  }),
  c('payment.iban', { en: 'Bank account number (IBAN)', nl: 'Bankrekeningnummer (IBAN)', de: 'Bankverbindung (IBAN)' }, {
    en: 'Your IBAN and the name of the account holder.',
    nl: 'Je IBAN en de naam van de rekeninghouder.',
    de: 'Ihre IBAN und der Name des Kontoinhabers.',
  }),
  c('payment.direct_debit_mandate', { en: 'Direct debit mandate', nl: 'Machtiging voor automatische incasso', de: 'SEPA-Lastschriftmandat' }, {
    en: 'The SEPA mandate you gave us to collect payments from your account, with its reference and date.',
    nl: 'De SEPA-machtiging die je ons hebt gegeven om betalingen van je rekening af te schrijven, met het kenmerk en de datum.',
    de: 'Das SEPA-Lastschriftmandat, mit dem Sie uns zum Einzug von Ihrem Konto ermächtigt haben, mit Mandatsreferenz und Datum.',
  }),
  c('payment.billing_details', { en: 'Billing details', nl: 'Factuurgegevens', de: 'Rechnungsdaten' }, {
    en: 'The billing name and address, VAT number and billing contact person.',
    nl: 'De naam en het adres voor facturen, het btw-nummer en de contactpersoon voor facturering.',
    de: 'Rechnungsname und -anschrift, Umsatzsteuer-Identifikationsnummer und Ansprechpartner für die Rechnungsstellung.',
  }),
  c('payment.transaction', { en: 'Transaction details', nl: 'Transactiegegevens', de: 'Transaktionsdaten' }, {
    en: 'What you bought, and the amount, date, currency, payment method and status of each payment.',
    nl: 'Wat je hebt gekocht, en het bedrag, de datum, de valuta, de betaalmethode en de status van elke betaling.',
    de: 'Was Sie gekauft haben, sowie Betrag, Datum, Währung, Zahlungsart und Status jeder Zahlung.',
  }),

  // financial.*
  c('financial.invoice', { en: 'Invoices', nl: 'Facturen', de: 'Rechnungen' }, {
    en: 'The invoices we send you and the records of what you paid.',
    nl: 'De facturen die we je sturen en de gegevens over wat je hebt betaald.',
    de: 'Die Rechnungen, die wir Ihnen stellen, und die Aufzeichnungen über Ihre Zahlungen.',
  }),
  // CCPA §1798.140(ae)(1)(B): a financial account number with the credentials that allow access.
  c('financial.account_credentials', { en: 'Financial account access details', nl: 'Toegangsgegevens van een financiële rekening', de: 'Zugangsdaten zu Finanzkonten' }, {
    en: 'A bank or other financial account number together with the password, PIN or other code that gives access to it.',
    nl: 'Een bank- of ander financieel rekeningnummer, samen met het wachtwoord, de pincode of een andere code die er toegang toe geeft.',
    de: 'Eine Bank- oder andere Finanzkontonummer zusammen mit dem Passwort, der PIN oder einem anderen Code, der Zugriff darauf gibt.',
  }, { ccpaSensitive: true }),
  c('financial.creditworthiness', { en: 'Creditworthiness', nl: 'Kredietwaardigheid', de: 'Kreditwürdigkeit' }, {
    en: 'Information about your ability to pay, such as a credit score or the outcome of a credit check.',
    nl: 'Informatie over je betaalvermogen, zoals een kredietscore of de uitkomst van een kredietcontrole.',
    de: 'Angaben zu Ihrer Zahlungsfähigkeit, etwa ein Bonitätswert oder das Ergebnis einer Bonitätsprüfung.',
  }),
  c('financial.debt_collection', { en: 'Arrears and debt collection', nl: 'Betalingsachterstanden en incasso', de: 'Zahlungsrückstände und Inkasso' }, {
    en: 'Unpaid amounts, reminders, and the steps taken to collect them.',
    nl: 'Openstaande bedragen, herinneringen en de stappen die zijn gezet om ze te innen.',
    de: 'Offene Beträge, Mahnungen und die zur Einziehung unternommenen Schritte.',
  }),
  c('financial.income', { en: 'Income', nl: 'Inkomen', de: 'Einkommen' }, {
    en: 'Your salary or other income.',
    nl: 'Je salaris of ander inkomen.',
    de: 'Ihr Gehalt oder sonstiges Einkommen.',
  }),

  // government_id.* — CCPA §1798.140(ae)(1)(A): social security, driver's licence, state ID card and passport numbers.
  c('government_id.national_id', { en: 'National identification or social security number', nl: 'Burgerservicenummer of ander nationaal identificatienummer', de: 'Sozialversicherungs- oder nationale Identifikationsnummer' }, {
    en: 'A number the state gives you to identify you, such as a Dutch citizen service number (BSN) or a US Social Security number.',
    nl: 'Een nummer dat de overheid je geeft om je te identificeren, zoals je burgerservicenummer (BSN) of een Amerikaans socialezekerheidsnummer.',
    de: 'Eine staatlich vergebene Nummer zu Ihrer Identifizierung, etwa die Sozialversicherungsnummer oder die US-amerikanische Social Security Number.',
  }, { ccpaSensitive: true }),
  c('government_id.passport', { en: 'Passport number', nl: 'Paspoortnummer', de: 'Reisepassnummer' }, {
    en: 'The number of your passport.',
    nl: 'Het nummer van je paspoort.',
    de: 'Die Nummer Ihres Reisepasses.',
  }, { ccpaSensitive: true }),
  c('government_id.drivers_licence', { en: 'Driving licence number', nl: 'Rijbewijsnummer', de: 'Führerscheinnummer' }, {
    en: 'The number of your driving licence.',
    nl: 'Het nummer van je rijbewijs.',
    de: 'Die Nummer Ihres Führerscheins.',
  }, { ccpaSensitive: true }),
  c('government_id.identity_card', { en: 'Identity card number', nl: 'Nummer van je identiteitskaart', de: 'Ausweisnummer' }, {
    en: 'The number of your national or state identity card.',
    nl: 'Het nummer van je identiteitskaart.',
    de: 'Die Nummer Ihres Personalausweises oder eines anderen staatlichen Ausweises.',
  }, { ccpaSensitive: true }),
  c('government_id.tax_number', { en: 'Tax identification number', nl: 'Fiscaal identificatienummer', de: 'Steuer-Identifikationsnummer' }, {
    en: 'Your personal tax identification number.',
    nl: 'Je persoonlijke fiscale identificatienummer.',
    de: 'Ihre persönliche Steuer-Identifikationsnummer.',
  }),
  // A copy shows the document number, so it is sensitive like the number itself (CCPA §1798.140(ae)(1)(A)).
  c('government_id.document_copy', { en: 'Copy of an identity document', nl: 'Kopie van een identiteitsbewijs', de: 'Kopie eines Ausweisdokuments' }, {
    en: 'A photo or scan of your passport, identity card or driving licence, including the photograph and document number on it.',
    nl: 'Een foto of scan van je paspoort, identiteitskaart of rijbewijs, met de pasfoto en het documentnummer.',
    de: 'Ein Foto oder Scan Ihres Reisepasses, Personalausweises oder Führerscheins einschließlich Lichtbild und Dokumentennummer.',
  }, { ccpaSensitive: true }),
];
