import { type Manifest, resolveCategory } from '@pledge/manifest';
import type { ManifestChange } from './change-types.ts';
import { addedItems, pairById, same, type DiffContext } from './diff-context.ts';

type Category = Manifest['categories'][number];

/** Purposes in the newer manifest (else the older one) that use a category. */
export const purposesUsing = (ctx: DiffContext, id: string): string[] =>
  (ctx.after.purposes.some((p) => p.categories.includes(id)) ? ctx.after : ctx.before).purposes.filter((p) => p.categories.includes(id)).map((p) => p.id);

// GDPR Art. 13(1)-(2) / 14(1)(d): new data, new sources and new groups of people are new information.
export function diffCategories(ctx: DiffContext): ManifestChange[] {
  const out: ManifestChange[] = [];
  for (const [id, before, after] of pairById(ctx.before.categories, ctx.after.categories, (c) => c.id)) {
    const label = ctx.categoryLabel(id);
    const purposes = purposesUsing(ctx, id);
    if (!before) {
      const special = resolveCategory(id, ctx.after);
      const reason = special?.special || special?.criminal ? 'A new special category of personal data (GDPR Art. 9/10).' : 'A new category of personal data.';
      out.push(ctx.change({ kind: 'added', area: 'category', id, after, material: true, reason, purposes, summary: { key: 'change.added.category', label } }));
    } else if (!after) {
      out.push(ctx.change({ kind: 'removed', area: 'category', id, before, material: false, reason: 'A category of personal data is no longer processed.', purposes: [], summary: { key: 'change.removed.category', label } }));
    } else {
      out.push(...categoryChanges(before, after, ctx, purposes));
    }
  }
  return out;
}

function categoryChanges(before: Category, after: Category, ctx: DiffContext, purposes: string[]): ManifestChange[] {
  const id = after.id;
  const label = ctx.categoryLabel(id);
  const base = { kind: 'changed' as const, area: 'category' as const, id, purposes };
  const out: ManifestChange[] = [];
  const sources = addedItems(before.sources, after.sources);
  if (sources.length > 0) {
    const value = ctx.l10n((t, lang) => ctx.list(lang, sources.map((s) => t[`source.${s}`])));
    out.push(ctx.change({ ...base, field: 'sources', before: before.sources, after: after.sources, material: true, reason: 'The data now also comes from a new source.', summary: { key: 'change.category.source', label, value } }));
  }
  const subjects = addedItems(before.subjects, after.subjects);
  if (subjects.length > 0) {
    out.push(ctx.change({ ...base, field: 'subjects', before: before.subjects, after: after.subjects, material: true, reason: 'The data is now also processed about more groups of people.', summary: { key: 'change.category.subjects', label, value: ctx.subjectList(subjects) } }));
  }
  const fewer = addedItems(after.sources, before.sources).length + addedItems(after.subjects, before.subjects).length;
  const wording = (c: Category) => [c.description, c.sourceDetails, c.optional];
  if (fewer > 0 || !same(wording(before), wording(after))) {
    out.push(ctx.change({ ...base, field: 'wording', material: false, reason: 'Only the description, the source details, or fewer sources or groups of people.', summary: { key: 'change.wording', label } }));
  }
  return out;
}
