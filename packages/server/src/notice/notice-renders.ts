import type { Language, Manifest } from '@pledge/manifest';
import { renderNotice, summariseChanges, type ManifestChange } from '@pledge/notice';
import type { ChangeSummaries, NoticeRenders } from './notice-types.ts';

/** "What changed" in every language the manifest declares, to store with the version. */
export function summariesFor(manifest: Manifest, changes: readonly ManifestChange[]): ChangeSummaries {
  return Object.fromEntries(manifest.notice.languages.map((lang) => [lang, summariseChanges(changes, lang)]));
}

/**
 * The notice of one version in every declared language and every format, rendered once at publication and then
 * served byte for byte: a later change to the wording or the renderer never rewrites what people were shown.
 */
export function renderVersion(
  manifest: Manifest,
  version: { number: number; effectiveDate: string },
  summaries: ChangeSummaries,
): NoticeRenders {
  const renders: NoticeRenders = {};
  for (const lang of manifest.notice.languages) {
    const options = { lang, version: { ...version, changes: summaries[lang] ?? [] } };
    renders[lang] = {
      html: renderNotice(manifest, { ...options, format: 'html' }),
      md: renderNotice(manifest, { ...options, format: 'md' }),
      json: JSON.stringify(renderNotice(manifest, { ...options, format: 'json' })),
    };
  }
  return renders;
}

/** The current manifest rendered live, for when nothing has been published yet (a draft, not a version). */
export function renderDraft(manifest: Manifest, lang: Language, format: 'html' | 'md' | 'json'): string {
  return format === 'json' ? JSON.stringify(renderNotice(manifest, { lang, format })) : renderNotice(manifest, { lang, format });
}
