import { countryName, type Manifest } from '@pledge/manifest';
import type { ManifestChange } from './change-types.ts';
import { addedItems, pairById, same, type DiffContext } from './diff-context.ts';

type Recipient = Manifest['recipients'][number];
const countries = (r: Recipient): string[] => [...new Set([r.country, ...r.additionalCountries])];

// GDPR Art. 13(1)(e)-(f): a new recipient, a new destination country or a new transfer safeguard is material;
// CCPA §1798.120: a recipient that now buys or receives data for cross-context advertising is a new sale or share.
export function diffRecipients(ctx: DiffContext): ManifestChange[] {
  const out: ManifestChange[] = [];
  for (const [id, before, after] of pairById(ctx.before.recipients, ctx.after.recipients, (r) => r.id)) {
    const label = ctx.l10n(() => (after ?? before)!.name);
    if (!before) {
      out.push(ctx.change({ kind: 'added', area: 'recipient', id, after, material: true, reason: 'A new recipient of personal data.', purposes: after!.purposes, summary: { key: 'change.added.recipient', label } }));
    } else if (!after) {
      out.push(ctx.change({ kind: 'removed', area: 'recipient', id, before, material: false, reason: 'A recipient no longer receives personal data.', purposes: [], summary: { key: 'change.removed.recipient', label } }));
    } else {
      out.push(...transferChanges(before, after, ctx), ...recipientChanges(before, after, ctx));
    }
  }
  return out;
}

function transferChanges(before: Recipient, after: Recipient, ctx: DiffContext): ManifestChange[] {
  const label = ctx.l10n(() => after.name);
  const base = { area: 'transfer' as const, id: after.id, purposes: after.purposes };
  const where = (codes: string[]) => ctx.l10n((_, lang) => ctx.list(lang, codes.map((c) => countryName(c, lang))));
  const out: ManifestChange[] = [];
  const added = addedItems(countries(before), countries(after));
  const removed = addedItems(countries(after), countries(before));
  if (added.length > 0) out.push(ctx.change({ ...base, kind: 'added', field: 'country', before: countries(before), after: countries(after), material: true, reason: 'Data now goes to a new country.', summary: { key: 'change.added.transfer', label, value: where(added) } }));
  if (removed.length > 0) out.push(ctx.change({ ...base, kind: 'removed', field: 'country', before: countries(before), after: countries(after), material: false, reason: 'Data no longer goes to a country.', summary: { key: 'change.removed.transfer', label, value: where(removed) } }));
  const mechanism = after.transfer?.mechanism;
  if (before.transfer?.mechanism !== mechanism) {
    const value = ctx.l10n((t) => (mechanism ? t[`mechanism.${mechanism}`] : t['transfers.noSafeguard']));
    out.push(ctx.change({ ...base, kind: 'changed', field: 'mechanism', before: before.transfer?.mechanism, after: mechanism, material: true, reason: 'The transfer relies on a different safeguard.', summary: { key: 'change.transfer.mechanism', label, value } }));
  }
  return out;
}

function recipientChanges(before: Recipient, after: Recipient, ctx: DiffContext): ManifestChange[] {
  const label = ctx.l10n(() => after.name);
  const base = { kind: 'changed' as const, area: 'recipient' as const, id: after.id, purposes: after.purposes };
  const out: ManifestChange[] = [];
  for (const kind of ['sale', 'share'] as const) {
    if (before[kind] === after[kind]) continue;
    const started = after[kind];
    out.push(ctx.change({ ...base, area: kind, kind: started ? 'added' : 'removed', field: kind, before: before[kind], after: after[kind], material: started, reason: started ? `Data given to this recipient is now ${kind === 'sale' ? 'sold' : 'shared for cross-context behavioural advertising'}.` : `Data given to this recipient is no longer ${kind === 'sale' ? 'sold' : 'shared'}.`, summary: { key: started ? `change.${kind}.started` : `change.${kind}.stopped`, label } }));
  }
  if (before.type !== after.type) {
    out.push(ctx.change({ ...base, field: 'type', before: before.type, after: after.type, material: true, reason: 'The recipient receives data in a different role.', summary: { key: 'change.recipient.role', label, value: ctx.l10n((t) => t[`recipientRole.${after.type}`]) } }));
  }
  const more = addedItems(before.categories, after.categories).length + addedItems(before.purposes, after.purposes).length;
  if (more > 0) out.push(ctx.change({ ...base, field: 'scope', before: { categories: before.categories, purposes: before.purposes }, after: { categories: after.categories, purposes: after.purposes }, material: true, reason: 'The recipient receives more data or receives it for more purposes.', summary: { key: 'change.recipient.changed', label } }));
  const fewer = addedItems(after.categories, before.categories).length + addedItems(after.purposes, before.purposes).length;
  const wording = (r: Recipient) => [r.name, r.service, r.privacyPolicyUrl, r.dpa, r.transfer?.note, r.transfer?.copyAvailable];
  if (fewer > 0 || !same(wording(before), wording(after))) out.push(ctx.change({ ...base, field: 'wording', material: false, reason: 'Only the wording, the agreement details, or less data shared.', summary: { key: 'change.wording', label } }));
  return out;
}
