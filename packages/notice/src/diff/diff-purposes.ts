import { JURISDICTIONS, type Manifest } from '@pledge/manifest';
import type { ManifestChange } from './change-types.ts';
import { addedItems, pairById, same, type DiffContext } from './diff-context.ts';

type Purpose = Manifest['purposes'][number];
const USES = ['marketing', 'profiling', 'automatedDecision', 'targetedAdvertising'] as const;

// A new purpose, a new lawful basis, more data or people, or a new special-category use needs fresh information
// (GDPR Art. 13(3)) and, for consent-based purposes, fresh consent (Art. 7; EDPB Guidelines 05/2020 §§ 99-102).
export function diffPurposes(ctx: DiffContext): ManifestChange[] {
  const out: ManifestChange[] = [];
  for (const [id, before, after] of pairById(ctx.before.purposes, ctx.after.purposes, (p) => p.id)) {
    const label = ctx.purposeLabel(id);
    if (!before) {
      out.push(ctx.change({ kind: 'added', area: 'purpose', id, after, material: true, reason: 'A new purpose.', purposes: [id], summary: { key: 'change.added.purpose', label } }));
    } else if (!after) {
      out.push(ctx.change({ kind: 'removed', area: 'purpose', id, before, material: false, reason: 'A purpose is no longer pursued.', purposes: [], summary: { key: 'change.removed.purpose', label } }));
    } else {
      out.push(...purposeChanges(before, after, ctx));
    }
  }
  return out;
}

function purposeChanges(before: Purpose, after: Purpose, ctx: DiffContext): ManifestChange[] {
  const id = after.id;
  const label = ctx.purposeLabel(id);
  const base = { area: 'purpose' as const, id, purposes: [id] };
  const out: ManifestChange[] = [];
  const bases = (p: Purpose) => JURISDICTIONS.map((j) => p.lawfulBasis[j]?.basis);
  if (!same(bases(before), bases(after))) {
    const now = JURISDICTIONS.flatMap((j) => (after.lawfulBasis[j] ? [after.lawfulBasis[j]!.basis] : []));
    const value = ctx.l10n((t, lang) => ctx.list(lang, [...new Set(now)].map((b) => t[`basis.${b}`])));
    out.push(ctx.change({ ...base, kind: 'changed', field: 'lawfulBasis', before: before.lawfulBasis, after: after.lawfulBasis, material: true, reason: 'The lawful basis changed.', summary: { key: 'change.purpose.basis', label, value } }));
  }
  const moreData = addedItems(before.categories, after.categories);
  const lessData = addedItems(after.categories, before.categories);
  if (moreData.length > 0) out.push(ctx.change({ ...base, kind: 'changed', field: 'categories', before: before.categories, after: after.categories, material: true, reason: 'The purpose uses more categories of data.', summary: { key: 'change.purpose.data', label, value: ctx.categoryList(moreData) } }));
  if (lessData.length > 0) out.push(ctx.change({ ...base, kind: 'changed', field: 'categories', before: before.categories, after: after.categories, material: false, reason: 'The purpose uses fewer categories of data.', summary: { key: 'change.purpose.dataRemoved', label, value: ctx.categoryList(lessData) } }));
  if (after.specialCategoryCondition && after.specialCategoryCondition !== before.specialCategoryCondition) {
    const condition = after.specialCategoryCondition;
    out.push(ctx.change({ ...base, kind: 'changed', field: 'specialCategoryCondition', before: before.specialCategoryCondition, after: condition, material: true, reason: 'A new use of special-category data (GDPR Art. 9(2)).', summary: { key: 'change.purpose.special', label, value: ctx.l10n((t) => t[`art9.${condition}`]) } }));
  }
  for (const use of USES) {
    if (before[use] === after[use]) continue;
    const value = ctx.l10n((t) => t[`changeUse.${use}`]);
    out.push(ctx.change({ ...base, kind: 'changed', field: use, before: before[use], after: after[use], material: after[use], reason: after[use] ? `The purpose now involves ${use}.` : `The purpose no longer involves ${use}.`, summary: { key: after[use] ? 'change.purpose.use' : 'change.purpose.useStopped', label, value } }));
  }
  for (const kind of ['sale', 'share'] as const) {
    if (before[kind] === after[kind]) continue;
    out.push(ctx.change({ ...base, area: kind, kind: after[kind] ? 'added' : 'removed', field: kind, before: before[kind], after: after[kind], material: after[kind], reason: after[kind] ? `Data used for this purpose is now ${kind === 'sale' ? 'sold' : 'shared for cross-context behavioural advertising'}.` : `Data used for this purpose is no longer ${kind === 'sale' ? 'sold' : 'shared'}.`, summary: { key: after[kind] ? 'change.purpose.use' : 'change.purpose.useStopped', label, value: ctx.l10n((t) => t[`changeUse.${kind}`]) } }));
  }
  const channels = addedItems(before.channels, after.channels);
  if (channels.length > 0) out.push(ctx.change({ ...base, kind: 'changed', field: 'channels', before: before.channels, after: after.channels, material: true, reason: 'A new marketing channel.', summary: { key: 'change.purpose.channels', label, value: ctx.l10n((t, lang) => ctx.list(lang, channels.map((c) => t[`channel.${c}`]))) } }));
  const subjects = addedItems(before.subjects ?? [], after.subjects ?? []);
  if (before.subjects && subjects.length > 0) out.push(ctx.change({ ...base, kind: 'changed', field: 'subjects', before: before.subjects, after: after.subjects, material: true, reason: 'The purpose now covers more groups of people.', summary: { key: 'change.purpose.subjects', label, value: ctx.subjectList(subjects) } }));
  const wording = (p: Purpose) => [p.name, p.description, JURISDICTIONS.map((j) => [p.lawfulBasis[j]?.balancing, p.lawfulBasis[j]?.legalReference]), p.consent];
  if (!same(wording(before), wording(after))) out.push(ctx.change({ ...base, kind: 'changed', field: 'wording', material: false, reason: 'Only the wording (name, description, balancing, reference or consent mechanics) changed.', summary: { key: 'change.wording', label } }));
  return out;
}
