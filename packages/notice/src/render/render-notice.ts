import type { Manifest } from '@pledge/manifest';
import { buildNoticeModel } from '../model/build-notice-model.ts';
import type { NoticeModel } from '../model/notice-model.ts';
import type { RenderNoticeOptions } from '../model/notice-options.ts';
import { renderHtml } from './render-html.ts';
import { renderMarkdown } from './render-markdown.ts';

/**
 * The privacy notice in one language and format. `json` gives the structured document (the same model the HTML and
 * Markdown are made from), for the privacy center and API clients.
 */
export function renderNotice(manifest: Manifest, options: RenderNoticeOptions & { format: 'json' }): NoticeModel;
export function renderNotice(manifest: Manifest, options: RenderNoticeOptions & { format: 'html' | 'md' }): string;
export function renderNotice(manifest: Manifest, options: RenderNoticeOptions): string | NoticeModel;
export function renderNotice(manifest: Manifest, options: RenderNoticeOptions): string | NoticeModel {
  const model = buildNoticeModel(manifest, options.lang, options);
  switch (options.format) {
    case 'html':
      return renderHtml(model);
    case 'md':
      return renderMarkdown(model);
    case 'json':
      return structuredClone(model);
  }
}
