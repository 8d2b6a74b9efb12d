import type { Manifest } from '@pledge/manifest';
import type { ManifestChange } from './change-types.ts';
import { addedItems, same, type DiffContext } from './diff-context.ts';
import type { enChanges } from '../messages/en-changes.ts';

type Key = keyof typeof enChanges;

/** Parts of the manifest that change what the notice says without being a purpose, category, recipient or cookie. */
const OTHER: ReadonlyArray<{ id: string; pick: (m: Manifest) => unknown; key: Key; materialWhen?: (b: Manifest, a: Manifest) => boolean }> = [
  { id: 'stances.signals', pick: (m) => [m.stances.doNotTrack, m.stances.globalPrivacyControl], key: 'change.other.signals' },
  { id: 'stances.children', pick: (m) => m.stances.children, key: 'change.other.children' },
  // GDPR Art. 22: starting to make solely automated decisions is a new use.
  { id: 'stances.automatedDecisionMaking', pick: (m) => m.stances.automatedDecisionMaking, key: 'change.other.automated', materialWhen: (b, a) => !b.stances.automatedDecisionMaking.used && a.stances.automatedDecisionMaking.used },
  { id: 'stances.targetedAdvertising', pick: (m) => m.stances.targetedAdvertising, key: 'change.other.general', materialWhen: (b, a) => !b.stances.targetedAdvertising && a.stances.targetedAdvertising },
  { id: 'stances.deidentifiedData', pick: (m) => m.stances.deidentifiedData, key: 'change.other.general' },
  { id: 'security', pick: (m) => m.security, key: 'change.other.security' },
  { id: 'rights.procedure', pick: ({ rights: { offered, ...procedure } }) => procedure, key: 'change.other.procedure' },
  { id: 'notice', pick: (m) => [m.notice, m.stances.prevailingLanguage], key: 'change.other.notice' },
  { id: 'cookieSettings', pick: (m) => [m.cookieSettings.consentExpiry, m.cookieSettings.refusalExpiry, m.cookieSettings.webBeacons], key: 'change.other.cookieSettings' },
  { id: 'organisation', pick: (m) => [m.organisation.name, m.organisation.website, m.organisation.processorRole, m.customSubjects, m.customCategories], key: 'change.other.general' },
];

// CCPA §1798.120: starting to sell or share is material; stopping is reported.
export function diffStances(ctx: DiffContext): ManifestChange[] {
  const { before, after } = ctx;
  const out: ManifestChange[] = [];
  const none = ctx.l10n(() => '');
  for (const [area, field] of [['sale', 'sellsData'], ['share', 'sharesForAdvertising']] as const) {
    const was = before.stances[field];
    const now = after.stances[field];
    if (was === now) continue;
    out.push(ctx.change({ kind: now ? 'added' : 'removed', area, id: `stances.${field}`, before: was, after: now, material: now, reason: now ? `The company now declares that it ${area === 'sale' ? 'sells' : 'shares'} personal information.` : `The company no longer ${area === 'sale' ? 'sells' : 'shares'} personal information.`, purposes: after.purposes.filter((p) => p[area]).map((p) => p.id), summary: { key: now ? `change.${area}.started` : `change.${area}.stopped`, label: none } }));
  }
  const newRegimes = addedItems(before.jurisdictions, after.jurisdictions);
  if (newRegimes.length > 0) {
    const value = ctx.l10n((t, lang) => ctx.list(lang, newRegimes.map((j) => t[`jurisdiction.${j}`])));
    out.push(ctx.change({ kind: 'added', area: 'other', id: 'jurisdictions', before: before.jurisdictions, after: after.jurisdictions, material: false, reason: 'The notice now addresses another legal regime.', summary: { key: 'change.other.jurisdictions', label: none, value } }));
  } else if (!same(before.jurisdictions, after.jurisdictions)) {
    out.push(ctx.change({ kind: 'removed', area: 'other', id: 'jurisdictions', before: before.jurisdictions, after: after.jurisdictions, material: false, reason: 'The notice addresses fewer legal regimes.', summary: { key: 'change.other.general', label: none } }));
  }
  for (const part of OTHER) {
    if (same(part.pick(before), part.pick(after))) continue;
    const material = part.materialWhen?.(before, after) ?? false;
    out.push(ctx.change({ kind: 'changed', area: 'other', id: part.id, before: part.pick(before), after: part.pick(after), material, reason: material ? 'A new kind of processing is declared.' : 'A statement of the notice changed without a new use of data.', summary: { key: part.key, label: none } }));
  }
  return out;
}
