import type { MailCatalogue } from '../mail-content.ts';

const footer = (reference: string) => `\n\nAktenzeichen: ${reference}\nDiese Nachricht wurde automatisch versandt; Antworten werden nicht gelesen.`;

export const DE: MailCatalogue = {
  requestTypes: {
    access: 'Auskunft über Ihre personenbezogenen Daten',
    know: 'Auskunft, welche personenbezogenen Informationen wir haben',
    portability: 'eine Kopie Ihrer Daten zur Mitnahme',
    rectification: 'Berichtigung Ihrer Daten',
    erasure: 'Löschung Ihrer Daten',
    restriction: 'Einschränkung der Verarbeitung',
    objection: 'Widerspruch gegen die Verarbeitung',
    objection_direct_marketing: 'Widerspruch gegen Direktwerbung',
    withdraw_consent: 'Widerruf Ihrer Einwilligung',
    opt_out_sale_share: 'Widerspruch gegen Verkauf oder Weitergabe',
    limit_sensitive: 'Einschränkung der Nutzung sensibler Daten',
  },
  denialReasons: {
    unverifiable: 'wir Ihre Identität nicht feststellen konnten',
    manifestly_unfounded: 'der Antrag offenkundig unbegründet ist',
    excessive: 'der Antrag exzessiv ist, insbesondere weil er frühere Anträge wiederholt',
    legal_exemption: 'eine gesetzliche Ausnahme gilt',
  },
  render: {
    verification: (c, l) => ({
      subject: `Bestätigen Sie Ihren Datenschutzantrag ${c.reference}`,
      text:
        `Guten Tag,\n\nwir haben einen Antrag (${l.requestTypes[c.requestType]}) mit dieser E-Mail-Adresse erhalten. Öffnen Sie diesen Link, um zu bestätigen, dass er von Ihnen stammt:\n\n${c.link}\n` +
        (c.code ? `\noder geben Sie diesen Code ein: ${c.code} (${c.codeMinutes} Minuten gültig).\n` : '') +
        '\nDer Link funktioniert einmal. Wenn Sie diesen Antrag nicht gestellt haben, ignorieren Sie diese E-Mail: Es passiert nichts.' +
        footer(c.reference),
    }),
    agent_confirmation: (c, l) => ({
      subject: `Haben Sie einen Bevollmächtigten mit Antrag ${c.reference} beauftragt?`,
      text:
        `Guten Tag,\n\nein Bevollmächtigter hat in Ihrem Namen ${l.requestTypes[c.requestType]} beantragt. Bestätigen Sie nur, wenn Sie ihn dazu ermächtigt haben:\n\n${c.link}\n\n` +
        'Ergebnisse senden wir an Sie, nie an den Bevollmächtigten. Haben Sie niemanden bevollmächtigt, ignorieren Sie diese E-Mail: Es passiert nichts.' +
        footer(c.reference),
    }),
    delivery_change: (c) => ({
      subject: `Bestätigen Sie eine neue Adresse für Antrag ${c.reference}`,
      text:
        `Guten Tag,\n\njemand hat gebeten, die Ergebnisse dieses Antrags an ${c.maskedAddress} statt an diese Adresse zu senden. Bestätigen Sie nur, wenn Sie das waren:\n\n${c.link}\n\n` +
        'Waren Sie es nicht, ignorieren Sie diese E-Mail: Die Ergebnisse kommen nur an diese Adresse.' +
        footer(c.reference),
    }),
    acknowledgement: (c, l) => ({
      subject: `Wir haben Ihren Datenschutzantrag ${c.reference} erhalten`,
      text: `Guten Tag,\n\nwir haben Ihren Antrag erhalten (${l.requestTypes[c.requestType]}). Wir antworten bis spätestens ${c.dueDate}.` + footer(c.reference),
    }),
    extension: (c) => ({
      subject: `Mehr Zeit für Ihren Datenschutzantrag ${c.reference} nötig`,
      text: `Guten Tag,\n\nwir benötigen mehr Zeit für die Beantwortung Ihres Antrags. Die neue Frist ist der ${c.dueDate}.\n\nGrund: ${c.reason}` + footer(c.reference),
    }),
    completion: (c, l) => ({
      subject: `Ihr Datenschutzantrag ${c.reference} ist erledigt`,
      text: `Guten Tag,\n\nwir haben Ihren Antrag erledigt (${l.requestTypes[c.requestType]}).` + footer(c.reference),
    }),
    denial: (c, l) => ({
      subject: `Wir können Ihren Datenschutzantrag ${c.reference} nicht ausführen`,
      text:
        `Guten Tag,\n\nwir können Ihren Antrag (${l.requestTypes[c.requestType]}) nicht ausführen, weil ${l.denialReasons[c.reason]}.\n\n` +
        'Sie können sich bei einer Datenschutz-Aufsichtsbehörde beschweren und einen gerichtlichen Rechtsbehelf einlegen.' +
        footer(c.reference),
    }),
    staff_reply: (c) => ({
      subject: `Eine Nachricht zu Ihrem Datenschutzantrag ${c.reference}`,
      text: `Guten Tag,\n\n${c.message}\n\nAktenzeichen: ${c.reference}\nAntworten auf diese E-Mail werden nicht gelesen; bitte nutzen Sie für eine Antwort die Kontaktangaben in unserer Datenschutzerklärung.`,
    }),
    notice_change: (c) => ({
      subject: `Datenschutzerklärung Version ${c.version} ändert sich wesentlich: informieren Sie per E-Mail`,
      text:
        `Version ${c.version} der Datenschutzerklärung, gültig ab ${c.effectiveDate}, ändert wesentlich, was den Menschen mitgeteilt wurde. ` +
        'Die Erklärung verspricht, sie per E-Mail zu informieren (notice.changes.notifyBy): senden Sie diese Nachricht an die Menschen, deren Adressen Sie haben.\n\n' +
        `Was sich ändert:\n${c.changes.map((line) => `- ${line}`).join('\n')}\n\nDie neue Version: ${c.link}`,
    }),
    deadline_reminder: (c, l) => ({
      subject: `Datenschutzanträge erfordern Aufmerksamkeit (${c.items.length})`,
      text:
        'Diese Datenschutzanträge sind überfällig oder bald fällig:\n\n' +
        c.items.map((i) => `- ${i.reference}: ${l.requestTypes[i.requestType]}, fällig ${i.dueDate}${i.overdue ? ' (ÜBERFÄLLIG)' : ''}`).join('\n') +
        '\n\nÖffnen Sie die Pledge-Verwaltung, um sie zu bearbeiten.',
    }),
  },
};
