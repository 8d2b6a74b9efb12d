import type { Language } from '@pledge/manifest';
import { summariseChanges, type ManifestChange } from '@pledge/notice';
import type { z } from 'zod';
import type { NoticeVersionRecord, NoticeVersionSummary } from './notice-types.ts';
import type { ChangeView, PublishedView, VersionSummaryView } from './notice-schemas.ts';

export function toSummaryView(v: NoticeVersionSummary, lang: Language): z.output<typeof VersionSummaryView> {
  const summaryLang = v.summaries[lang] ? lang : v.defaultLanguage;
  return {
    number: v.number,
    effectiveDate: v.effectiveDate,
    publishedAt: v.publishedAt.toISOString(),
    material: v.material,
    affectedPurposes: v.affectedPurposes,
    languages: v.languages,
    summary: v.summaries[summaryLang] ?? [],
    summaryLang,
  };
}

export function toChangeView(change: ManifestChange, lang: Language): z.output<typeof ChangeView> {
  const { summary, ...rest } = change;
  return { ...rest, purposes: [...rest.purposes], consentPurposes: [...rest.consentPurposes], summary: summariseChanges([change], lang)[0] ?? '' };
}

export function toPublishedView(v: NoticeVersionRecord): z.output<typeof PublishedView> {
  return {
    ...toSummaryView(v, v.defaultLanguage),
    manifestHash: v.manifestHash,
    publishedBy: v.publishedBy,
    changes: v.changes.map((c) => toChangeView(c, v.defaultLanguage)),
    notifications: v.material ? [...v.manifest.notice.changes.notifyBy] : [],
  };
}
