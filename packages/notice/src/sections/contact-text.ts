import type { Manifest } from '@pledge/manifest';
import { joinRich, link, text } from '../model/inline.ts';
import type { NoticeContext } from '../model/notice-context.ts';
import type { Inline, Rich } from '../model/notice-model.ts';

type Controller = Manifest['organisation']['controllers'][number];
type Contact = Controller['contact'];
type Address = Controller['address'];
type RequestChannel = Manifest['rights']['channels'][number];

/** "Keizersgracht 1, 1015 CJ Amsterdam, Netherlands" */
export function addressText(address: Address, ctx: NoticeContext): string {
  const city = [address.postalCode, address.city, address.region].filter(Boolean).join(' ');
  return [address.street, city, ctx.country(address.country)].join(', ');
}

/** Every way of reaching a contact, in the order name, e-mail, phone, address, web form. */
export function contactRich(contact: Contact, ctx: NoticeContext): Inline[] {
  const parts: Rich[] = [];
  if (contact.name) parts.push([text(contact.name)]);
  if (contact.email) parts.push([link(`mailto:${contact.email}`, contact.email)]);
  if (contact.phone) parts.push([link(`tel:${contact.phone.replace(/[^+\d]/g, '')}`, contact.phone)]);
  if (contact.address) parts.push([text(addressText(contact.address, ctx))]);
  if (contact.url) parts.push([link(contact.url, contact.url)]);
  return joinRich(parts, ', ');
}

/** "E-mail: privacy@example.com", with a link where the value is an address or a URL. */
export function channelRich(channel: RequestChannel, ctx: NoticeContext): Inline[] {
  const label = text(`${ctx.t[`requestChannel.${channel.type}`]}: `);
  return [label, valueRich(channel.value)];
}

function valueRich(value: string): Inline {
  if (/^https?:\/\//.test(value)) return link(value, value);
  if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) return link(`mailto:${value}`, value);
  return text(value);
}

/** The first way people can write to the company, for "contact us" sentences. */
export function primaryContact(ctx: NoticeContext): Inline[] {
  const controller = ctx.manifest.organisation.controllers[0];
  return controller ? contactRich({ ...controller.contact, name: undefined }, ctx) : [];
}
