import { durationToDays, type Manifest } from '@pledge/manifest';
import type { L10n, ManifestChange } from './change-types.ts';
import { pairById, same, type DiffContext } from './diff-context.ts';
import { purposesUsing } from './diff-categories.ts';

type Rule = Manifest['retention'][number];

/** Days a rule keeps data; no rule or no period means "until the trigger", which may never come: indefinite. */
const length = (rule: Rule | undefined): number => (rule?.period ? durationToDays(rule.period) : Number.POSITIVE_INFINITY);

// GDPR Art. 5(1)(e) and 13(2)(a): keeping data longer than announced is material; shorter retention is not.
export function diffRetention(ctx: DiffContext): ManifestChange[] {
  return [...ruleChanges(ctx), ...assignmentChanges(ctx, 'category'), ...assignmentChanges(ctx, 'purpose')];
}

function ruleChanges(ctx: DiffContext): ManifestChange[] {
  const out: ManifestChange[] = [];
  for (const [id, before, after] of pairById(ctx.before.retention, ctx.after.retention, (r) => r.id)) {
    const label = ruleLabel(ctx, id);
    const purposes = purposesOfRule(ctx, id);
    if (!before) {
      out.push(ctx.change({ kind: 'added', area: 'retention', id, after, material: false, reason: 'A new retention rule; the data it applies to is reported with that data.', purposes, summary: { key: 'change.added.retention', label, value: wording(ctx, after) } }));
    } else if (!after) {
      out.push(ctx.change({ kind: 'removed', area: 'retention', id, before, material: false, reason: 'A retention rule was removed.', purposes: [], summary: { key: 'change.removed.retention', label, value: wording(ctx, before) } }));
    } else if (!same(before, after)) {
      out.push(compare(ctx, { area: 'retention', id, field: 'period', label, purposes }, before, after));
    }
  }
  return out;
}

/** A category or purpose that now points to another rule (or none). */
function assignmentChanges(ctx: DiffContext, area: 'category' | 'purpose'): ManifestChange[] {
  const list = (m: Manifest) => (area === 'category' ? m.categories : m.purposes);
  const out: ManifestChange[] = [];
  for (const [id, before, after] of pairById<{ id: string; retention?: string }>(list(ctx.before), list(ctx.after), (x) => x.id)) {
    if (!before || !after || before.retention === after.retention) continue;
    const oldRule = ctx.before.retention.find((r) => r.id === before.retention);
    const newRule = ctx.after.retention.find((r) => r.id === after.retention);
    const label = area === 'category' ? ctx.categoryLabel(id) : ctx.purposeLabel(id);
    const purposes = area === 'category' ? purposesUsing(ctx, id) : [id];
    out.push(compare(ctx, { area: 'retention', id: `${area}:${id}`, field: 'rule', label, purposes }, oldRule, newRule));
  }
  return out;
}

interface Target {
  area: 'retention';
  id: string;
  field: string;
  label: L10n;
  purposes: string[];
}

function compare(ctx: DiffContext, target: Target, before: Rule | undefined, after: Rule | undefined): ManifestChange {
  const { label, ...rest } = target;
  const value = wording(ctx, after);
  const delta = length(after) - length(before);
  const base = { ...rest, kind: 'changed' as const, before, after };
  // Infinity - Infinity is NaN: both open-ended, so neither is longer; the trigger decides below.
  if (delta > 0) {
    return ctx.change({ ...base, material: true, reason: after?.period ? 'Data is kept longer.' : 'Data is now kept without an end date (indefinitely), which is longer.', summary: { key: 'change.retention.longer', label, value } });
  }
  if (delta < 0) return ctx.change({ ...base, material: false, reason: 'Data is kept for a shorter time.', summary: { key: 'change.retention.shorter', label, value } });
  if (before?.trigger !== after?.trigger) {
    return ctx.change({ ...base, material: true, reason: 'The period now runs from a different moment, which may keep data longer.', summary: { key: 'change.retention.changed', label, value } });
  }
  return ctx.change({ ...base, material: false, reason: 'Only the wording, the end action or the legal reference of the rule changed.', summary: { key: 'change.retention.changed', label, value } });
}

/** The rule in plain words in every language ("7 years after the invoice date"). */
function wording(ctx: DiffContext, rule: Rule | undefined): L10n {
  if (!rule) return ctx.l10n((t) => t['until.collection']);
  const period = ctx.duration(rule.period, () => '');
  return ctx.l10n((t, lang) => (rule.period ? t[`after.${rule.trigger}`].replace('{period}', period[lang]) : t[`until.${rule.trigger}`]));
}

function ruleLabel(ctx: DiffContext, id: string): L10n {
  const m = ctx.after.retention.some((r) => r.id === id) ? ctx.after : ctx.before;
  const categories = m.categories.filter((c) => c.retention === id).map((c) => c.id);
  if (categories.length > 0) return ctx.categoryList(categories);
  const purposes = m.purposes.filter((p) => p.retention === id).map((p) => ctx.purposeLabel(p.id));
  return purposes.length > 0 ? ctx.l10n((_, lang) => ctx.list(lang, purposes.map((p) => p[lang]))) : ctx.l10n(() => id);
}

function purposesOfRule(ctx: DiffContext, id: string): string[] {
  const categories = ctx.after.categories.filter((c) => c.retention === id).map((c) => c.id);
  return ctx.after.purposes.filter((p) => p.retention === id || p.categories.some((c) => categories.includes(c))).map((p) => p.id);
}
