import type { MailCatalogue } from '../mail-content.ts';

const footer = (reference: string) => `\n\nReference: ${reference}\nThis message was sent automatically; replies are not read.`;

export const EN: MailCatalogue = {
  requestTypes: {
    access: 'access to your personal data',
    know: 'to know what personal information we hold',
    portability: 'a copy of your data to take elsewhere',
    rectification: 'correction of your data',
    erasure: 'erasure of your data',
    restriction: 'restriction of processing',
    objection: 'objection to processing',
    objection_direct_marketing: 'objection to direct marketing',
    withdraw_consent: 'withdrawal of consent',
    opt_out_sale_share: 'opt-out of sale or sharing',
    limit_sensitive: 'limiting the use of sensitive information',
  },
  denialReasons: {
    unverifiable: 'we could not verify your identity',
    manifestly_unfounded: 'the request is manifestly unfounded',
    excessive: 'the request is excessive, in particular because it repeats earlier requests',
    legal_exemption: 'a legal exemption applies',
  },
  render: {
    verification: (c, l) => ({
      subject: `Confirm your privacy request ${c.reference}`,
      text:
        `Hello,\n\nWe received a request (${l.requestTypes[c.requestType]}) giving this e-mail address. To confirm it was you, open this link:\n\n${c.link}\n` +
        (c.code ? `\nor enter this code: ${c.code} (valid for ${c.codeMinutes} minutes).\n` : '') +
        `\nThe link works once. If you did not make this request, ignore this e-mail: nothing will happen.` +
        footer(c.reference),
    }),
    agent_confirmation: (c, l) => ({
      subject: `Did you ask an agent to make request ${c.reference}?`,
      text:
        `Hello,\n\nAn authorised agent asked on your behalf for ${l.requestTypes[c.requestType]}. Confirm only if you gave them permission:\n\n${c.link}\n\n` +
        'Any results will be sent to you, never to the agent. If you did not authorise anyone, ignore this e-mail: nothing will happen.' +
        footer(c.reference),
    }),
    delivery_change: (c) => ({
      subject: `Confirm a new address for request ${c.reference}`,
      text:
        `Hello,\n\nSomeone asked to send the results of this request to ${c.maskedAddress} instead of this address. Confirm only if it was you:\n\n${c.link}\n\n` +
        'If it was not you, ignore this e-mail: the results will come to this address only.' +
        footer(c.reference),
    }),
    acknowledgement: (c, l) => ({
      subject: `We received your privacy request ${c.reference}`,
      text: `Hello,\n\nWe received your request (${l.requestTypes[c.requestType]}). We will answer by ${c.dueDate}.` + footer(c.reference),
    }),
    extension: (c) => ({
      subject: `More time needed for your privacy request ${c.reference}`,
      text: `Hello,\n\nWe need more time to answer your request. The new deadline is ${c.dueDate}.\n\nWhy: ${c.reason}` + footer(c.reference),
    }),
    completion: (c, l) => ({
      subject: `Your privacy request ${c.reference} is complete`,
      text: `Hello,\n\nWe have completed your request (${l.requestTypes[c.requestType]}).` + footer(c.reference),
    }),
    denial: (c, l) => ({
      subject: `We cannot carry out your privacy request ${c.reference}`,
      text:
        `Hello,\n\nWe cannot carry out your request (${l.requestTypes[c.requestType]}) because ${l.denialReasons[c.reason]}.\n\n` +
        'You may complain to a data protection supervisory authority and seek a judicial remedy.' +
        footer(c.reference),
    }),
    staff_reply: (c) => ({
      subject: `A message about your privacy request ${c.reference}`,
      text: `Hello,\n\n${c.message}\n\nReference: ${c.reference}\nReplies to this e-mail are not read; to answer, use the contact details in our privacy notice.`,
    }),
    notice_change: (c) => ({
      subject: `Privacy notice version ${c.version} changes materially: tell people by e-mail`,
      text:
        `Version ${c.version} of the privacy notice, in effect from ${c.effectiveDate}, changes what people were told in a way that matters. ` +
        'The notice promises to tell them by e-mail (notice.changes.notifyBy): send this news to the people you hold addresses for.\n\n' +
        `What changed:\n${c.changes.map((line) => `- ${line}`).join('\n')}\n\nThe new version: ${c.link}`,
    }),
    deadline_reminder: (c, l) => ({
      subject: `Rights requests need attention (${c.items.length})`,
      text:
        'These rights requests are overdue or due soon:\n\n' +
        c.items.map((i) => `- ${i.reference}: ${l.requestTypes[i.requestType]}, due ${i.dueDate}${i.overdue ? ' (OVERDUE)' : ''}`).join('\n') +
        '\n\nOpen the Pledge admin console to act on them.',
    }),
  },
};
