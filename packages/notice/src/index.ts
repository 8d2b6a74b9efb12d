// @pledge/notice: the privacy notice, its versions' differences, and the records of processing, from the manifest.
export { renderNotice } from './render/render-notice.ts';
export { renderHtml } from './render/render-html.ts';
export { renderMarkdown } from './render/render-markdown.ts';
export { buildNoticeModel } from './model/build-notice-model.ts';
export type * from './model/notice-model.ts';
export type { NoticeFormat, NoticeLinks, NoticeModelOptions, NoticeVersion, RenderNoticeOptions } from './model/notice-options.ts';
export { SECTION_IDS } from './model/section-ids.ts';
export { plainText } from './model/inline.ts';

export { diffManifests } from './diff/diff-manifests.ts';
export { affectedPurposes } from './diff/affected-purposes.ts';
export { summariseChanges } from './diff/summarise-changes.ts';
export type { ChangeArea, ChangeKind, ChangeSummary, L10n, ManifestChange } from './diff/change-types.ts';

export { recordsOfProcessing } from './records/records-of-processing.ts';
export { recordsToCsv, csvField } from './records/records-csv.ts';
export { recordsToHtml } from './records/records-html.ts';
export type { RecordsColumn, RecordsOfProcessing, RecordsRole } from './records/records-types.ts';

export { subprocessorList, type SubprocessorEntry } from './subprocessors/subprocessor-list.ts';

export { CATALOGUES, messagesFor } from './messages/catalogue.ts';
export type { MessageKey, Messages } from './messages/en.ts';
export { plainDuration } from './text/durations.ts';
