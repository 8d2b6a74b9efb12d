import { type Manifest, resolveCategory, SOURCES } from '@pledge/manifest';
import { list, paragraph, subsection } from '../model/blocks.ts';
import { text } from '../model/inline.ts';
import type { NoticeContext } from '../model/notice-context.ts';
import type { Block, Inline, Rich, Section } from '../model/notice-model.ts';
import { SECTION_IDS } from '../model/section-ids.ts';

type DeclaredCategory = Manifest['categories'][number];
type Source = (typeof SOURCES)[number];

// GDPR Art. 13(1) and Art. 14(1)(d), 14(2)(f): the categories of data, and where data not given by the person comes from.
export function buildDataSection(ctx: NoticeContext): Section {
  const { categories } = ctx.manifest;
  const blocks: Block[] = [paragraph(ctx.say('data.intro'))];
  for (const source of SOURCES) {
    const here = categories.filter((c) => c.sources.includes(source));
    if (here.length === 0) continue;
    blocks.push(
      subsection(`data-${source.replace('_', '-')}`, ctx.t[`source.${source}`], [
        paragraph(ctx.say(`data.source.${source}`)),
        list(here.map((c) => categoryItem(c, source, ctx))),
      ]),
    );
  }
  blocks.push(subjectsBlock(ctx), ...specialBlocks(ctx));
  return { id: SECTION_IDS.data, heading: ctx.t['section.data'], blocks };
}

function categoryItem(c: DeclaredCategory, source: Source, ctx: NoticeContext): Inline[] {
  const out: Inline[] = [{ ...ctx.category(c.id), strong: true }];
  const description = ctx.categoryDescription(c);
  if (description) out.push(text(': '), description);
  if (c.sourceDetails !== undefined && showsDetails(c, source)) {
    out.push(text(' '), ...ctx.say('data.from', { details: ctx.local(c.sourceDetails) ?? '' }));
  }
  out.push(text(' '), ...ctx.say('data.whose', { subjects: ctx.listRich(c.subjects.map((s) => [ctx.subject(s)])) }));
  if (c.optional) out.push(text(' '), ...ctx.say('data.optional'));
  return out;
}

/** Source details describe third-party or inferred data; otherwise they go with the category's first source. */
function showsDetails(c: DeclaredCategory, source: Source): boolean {
  const detailed: Source[] = c.sources.filter((s) => s === 'third_party' || s === 'inferred');
  return detailed.length > 0 ? detailed.includes(source) : c.sources[0] === source;
}

function subjectsBlock(ctx: NoticeContext): Block {
  const ids = new Set<string>();
  for (const c of ctx.manifest.categories) c.subjects.forEach((s) => ids.add(s));
  for (const p of ctx.manifest.purposes) p.subjects?.forEach((s) => ids.add(s));
  return subsection('data-subjects', ctx.t['data.subjects.heading'], [
    paragraph(ctx.say('data.subjects.intro')),
    list([...ids].map((s) => [ctx.subject(s)])),
  ]);
}

// GDPR Art. 9(1)-(2) and Art. 10; CCPA §1798.140(ae) for sensitive personal information.
function specialBlocks(ctx: NoticeContext): Block[] {
  const { manifest } = ctx;
  const resolved = manifest.categories.map((c) => resolveCategory(c.id, manifest)).filter((r) => r !== undefined);
  const special = resolved.filter((r) => r.special || r.criminal);
  const blocks: Block[] = [];
  if (special.length > 0) {
    const names = (list: typeof special): Rich => ctx.listRich(list.map((r) => [ctx.category(r.id)]));
    const art9 = special.filter((r) => r.special);
    const art10 = special.filter((r) => r.criminal);
    const conditions = manifest.purposes
      .filter((p) => p.specialCategoryCondition !== undefined && p.categories.some((id) => special.some((s) => s.id === id)))
      .map((p) => ctx.say('data.special.condition', { purpose: ctx.purposeName(p.id), condition: ctx.t[`art9.${p.specialCategoryCondition!}`] }));
    blocks.push(
      subsection('data-special', ctx.t['data.special.heading'], [
        ...(art9.length > 0 ? [paragraph(ctx.say('data.special.intro', { categories: names(art9) }))] : []),
        ...(art10.length > 0 ? [paragraph(ctx.say('data.criminal.intro', { categories: names(art10) }))] : []),
        ...conditions.map((c) => paragraph(c)),
      ]),
    );
  }
  const sensitive = resolved.filter((r) => r.ccpaSensitive);
  if (manifest.jurisdictions.includes('ccpa') && sensitive.length > 0) {
    blocks.push(paragraph(ctx.say('data.sensitive', { categories: ctx.listRich(sensitive.map((r) => [ctx.category(r.id)])) })));
  }
  return blocks;
}
