import type { MailCatalogue } from '../mail-content.ts';

const footer = (reference: string) => `\n\nReferentie: ${reference}\nDit bericht is automatisch verstuurd; antwoorden worden niet gelezen.`;

export const NL: MailCatalogue = {
  requestTypes: {
    access: 'inzage in je persoonsgegevens',
    know: 'weten welke persoonsgegevens we hebben',
    portability: 'een kopie van je gegevens om mee te nemen',
    rectification: 'correctie van je gegevens',
    erasure: 'verwijdering van je gegevens',
    restriction: 'beperking van de verwerking',
    objection: 'bezwaar tegen de verwerking',
    objection_direct_marketing: 'bezwaar tegen direct marketing',
    withdraw_consent: 'intrekking van je toestemming',
    opt_out_sale_share: 'geen verkoop of delen van je gegevens',
    limit_sensitive: 'beperking van het gebruik van gevoelige gegevens',
  },
  denialReasons: {
    unverifiable: 'we je identiteit niet konden vaststellen',
    manifestly_unfounded: 'het verzoek kennelijk ongegrond is',
    excessive: 'het verzoek buitensporig is, vooral omdat het eerdere verzoeken herhaalt',
    legal_exemption: 'een wettelijke uitzondering van toepassing is',
  },
  render: {
    verification: (c, l) => ({
      subject: `Bevestig je privacyverzoek ${c.reference}`,
      text:
        `Hallo,\n\nWe hebben een verzoek ontvangen (${l.requestTypes[c.requestType]}) met dit e-mailadres. Open deze link om te bevestigen dat jij het was:\n\n${c.link}\n` +
        (c.code ? `\nof vul deze code in: ${c.code} (${c.codeMinutes} minuten geldig).\n` : '') +
        '\nDe link werkt één keer. Heb je dit verzoek niet gedaan? Negeer deze e-mail dan: er gebeurt niets.' +
        footer(c.reference),
    }),
    agent_confirmation: (c, l) => ({
      subject: `Heb je een gemachtigde verzoek ${c.reference} laten doen?`,
      text:
        `Hallo,\n\nEen gemachtigde heeft namens jou gevraagd om ${l.requestTypes[c.requestType]}. Bevestig alleen als je daar toestemming voor hebt gegeven:\n\n${c.link}\n\n` +
        'Resultaten sturen we naar jou, nooit naar de gemachtigde. Heb je niemand gemachtigd? Negeer deze e-mail dan: er gebeurt niets.' +
        footer(c.reference),
    }),
    delivery_change: (c) => ({
      subject: `Bevestig een nieuw adres voor verzoek ${c.reference}`,
      text:
        `Hallo,\n\nIemand vroeg de resultaten van dit verzoek naar ${c.maskedAddress} te sturen in plaats van naar dit adres. Bevestig alleen als jij dat was:\n\n${c.link}\n\n` +
        'Was jij het niet? Negeer deze e-mail dan: de resultaten komen alleen naar dit adres.' +
        footer(c.reference),
    }),
    acknowledgement: (c, l) => ({
      subject: `We hebben je privacyverzoek ${c.reference} ontvangen`,
      text: `Hallo,\n\nWe hebben je verzoek ontvangen (${l.requestTypes[c.requestType]}). We antwoorden uiterlijk ${c.dueDate}.` + footer(c.reference),
    }),
    extension: (c) => ({
      subject: `Meer tijd nodig voor je privacyverzoek ${c.reference}`,
      text: `Hallo,\n\nWe hebben meer tijd nodig om je verzoek te beantwoorden. De nieuwe termijn is ${c.dueDate}.\n\nWaarom: ${c.reason}` + footer(c.reference),
    }),
    completion: (c, l) => ({
      subject: `Je privacyverzoek ${c.reference} is afgerond`,
      text: `Hallo,\n\nWe hebben je verzoek afgerond (${l.requestTypes[c.requestType]}).` + footer(c.reference),
    }),
    denial: (c, l) => ({
      subject: `We kunnen je privacyverzoek ${c.reference} niet uitvoeren`,
      text:
        `Hallo,\n\nWe kunnen je verzoek (${l.requestTypes[c.requestType]}) niet uitvoeren omdat ${l.denialReasons[c.reason]}.\n\n` +
        'Je kunt een klacht indienen bij een toezichthouder voor gegevensbescherming en naar de rechter stappen.' +
        footer(c.reference),
    }),
    staff_reply: (c) => ({
      subject: `Een bericht over je privacyverzoek ${c.reference}`,
      text: `Hallo,\n\n${c.message}\n\nReferentie: ${c.reference}\nAntwoorden op deze e-mail worden niet gelezen; wil je reageren, gebruik dan de contactgegevens in onze privacyverklaring.`,
    }),
    notice_change: (c) => ({
      subject: `Privacyverklaring versie ${c.version} verandert wezenlijk: laat het mensen per e-mail weten`,
      text:
        `Versie ${c.version} van de privacyverklaring, geldig vanaf ${c.effectiveDate}, verandert wat mensen is verteld op een manier die ertoe doet. ` +
        'De verklaring belooft hen dat per e-mail te laten weten (notice.changes.notifyBy): stuur dit nieuws naar de mensen van wie je een adres hebt.\n\n' +
        `Wat er verandert:\n${c.changes.map((line) => `- ${line}`).join('\n')}\n\nDe nieuwe versie: ${c.link}`,
    }),
    deadline_reminder: (c, l) => ({
      subject: `Privacyverzoeken vragen aandacht (${c.items.length})`,
      text:
        'Deze privacyverzoeken zijn te laat of bijna te laat:\n\n' +
        c.items.map((i) => `- ${i.reference}: ${l.requestTypes[i.requestType]}, uiterlijk ${i.dueDate}${i.overdue ? ' (TE LAAT)' : ''}`).join('\n') +
        '\n\nOpen de Pledge-beheeromgeving om ze af te handelen.',
    }),
  },
};
