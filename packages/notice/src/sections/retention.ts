import type { Manifest } from '@pledge/manifest';
import { paragraph, present, table } from '../model/blocks.ts';
import { text } from '../model/inline.ts';
import type { NoticeContext } from '../model/notice-context.ts';
import type { Cell, Rich, Section } from '../model/notice-model.ts';
import { SECTION_IDS } from '../model/section-ids.ts';
import { retentionAction, retentionPeriod } from './retention-wording.ts';

type RetentionRule = Manifest['retention'][number];

// GDPR Art. 13(2)(a): the period for which data is stored, or the criteria that determine it.
export function buildRetentionSection(ctx: NoticeContext): Section | undefined {
  const { manifest, t } = ctx;
  if (manifest.retention.length === 0) return undefined;
  const rule = (id: string | undefined) => manifest.retention.find((r) => r.id === id);
  const rows: Cell[][] = [];

  // One row per rule, naming every category it applies to, in the order the rules are declared.
  for (const r of manifest.retention) {
    const categories = manifest.categories.filter((c) => c.retention === r.id);
    if (categories.length > 0) rows.push([[ctx.listRich(categories.map((c) => [ctx.category(c.id)]))], [retentionPeriod(r, ctx)], retentionAction(r, ctx)]);
  }
  // Categories without a rule of their own follow the rules of the purposes that use them, one line per purpose.
  for (const category of manifest.categories.filter((c) => !rule(c.retention))) {
    const byPurpose = manifest.purposes.filter((p) => p.categories.includes(category.id) && rule(p.retention));
    if (byPurpose.length === 0) continue;
    rows.push([
      [[ctx.category(category.id)]],
      byPurpose.map((p) => ctx.say('retention.forPurpose', { purpose: ctx.purposeName(p.id), period: retentionPeriod(rule(p.retention)!, ctx) })),
      retentionAction(rule(byPurpose[0]!.retention)!, ctx),
    ]);
  }
  const shown = new Set([...manifest.categories.map((c) => c.retention), ...manifest.purposes.filter((p) => manifest.categories.some((c) => !rule(c.retention) && p.categories.includes(c.id))).map((p) => p.retention)]);
  for (const r of manifest.retention.filter((r) => !shown.has(r.id))) rows.push([otherLabel(r, ctx), [retentionPeriod(r, ctx)], retentionAction(r, ctx)]);

  return {
    id: SECTION_IDS.retention,
    heading: t['section.retention'],
    blocks: present(
      paragraph(ctx.say('retention.intro')),
      table('retention-table', t['retention.caption'], [t['retention.col.data'], t['retention.col.period'], t['retention.col.after']], rows),
      manifest.retention.some((r) => r.legalHold) && paragraph(ctx.say('retention.legalHold')),
    ),
  };
}

/** A rule no category uses directly is named after the purposes or the records (datasets) that use it. */
function otherLabel(rule: RetentionRule, ctx: NoticeContext): Rich[] {
  const purposes = ctx.manifest.purposes.filter((p) => p.retention === rule.id);
  if (purposes.length > 0) return [ctx.listRich(purposes.map((p) => [ctx.purposeName(p.id)]))];
  const datasets = ctx.manifest.systems.flatMap((s) => s.datasets).filter((d) => d.retention === rule.id || d.fields.some((f) => f.retention === rule.id));
  const names = datasets.map((d) => ctx.local(d.description) ?? text(d.table));
  return [names.length > 0 ? ctx.listRich(names.map((n) => [n])) : [text(rule.id)]];
}
