import type { Language } from '@pledge/manifest';
import type { MailCatalogue, MailContent, MailTemplate, RenderedMail } from './mail-content.ts';
import { DE } from './templates/de.ts';
import { EN } from './templates/en.ts';
import { NL } from './templates/nl.ts';

const CATALOGUES: Readonly<Record<Language, MailCatalogue>> = { en: EN, nl: NL, de: DE };

/** The subject and plain-text body of one mail in one language. Plain text only: no tracking pixels, no remote content. */
export function renderMail(content: MailContent, language: Language): RenderedMail {
  const catalogue = CATALOGUES[language];
  const render = catalogue.render[content.template] as (c: MailContent, l: MailCatalogue) => RenderedMail;
  return render(content, catalogue);
}

export type { MailTemplate };
