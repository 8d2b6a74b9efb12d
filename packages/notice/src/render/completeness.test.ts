import { countryName, JURISDICTIONS, type Language, type Manifest, resolveCategory, resolveSubjectLabel } from '@pledge/manifest';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../messages/catalogue.ts';
import { htmlText } from '../test-support/html-text.ts';
import { loadExamples } from '../test-support/examples.ts';
import { plainDuration } from '../text/durations.ts';
import { pickText, type AnyLocalized } from '../text/localize.ts';
import { renderNotice } from './render-notice.ts';

// "Nothing hidden": every element the manifest declares shows up in the notice a person reads.
const cases = loadExamples().flatMap((e) => e.languages.map((lang) => [e.name, lang, e.manifest] as const));

function expectedTexts(m: Manifest, lang: Language): Array<[string, string]> {
  const t = CATALOGUES[lang];
  const pick = (v: AnyLocalized | undefined) => pickText(v, lang, m.notice.defaultLanguage)?.text;
  const list = (parts: string[]) => new Intl.ListFormat(lang === 'en' ? 'en-GB' : lang).format(parts);
  const out: Array<[string, string | undefined]> = [];
  for (const c of m.organisation.controllers) {
    out.push(['controller', c.legalName], ['controller street', c.address.street], ['controller city', c.address.city]);
    for (const contact of [c.contact, c.dpo, ...c.representatives.map((r) => r.contact)]) out.push(['contact e-mail', contact?.email], ['contact phone', contact?.phone]);
    out.push(...c.representatives.map((r): [string, string] => ['representative', r.name]), ['lead authority', c.leadAuthority?.name]);
  }
  for (const c of m.categories) {
    out.push(['category label', pick(resolveCategory(c.id, m)?.label)], ['source details', pick(c.sourceDetails)]);
    out.push(...c.subjects.map((s): [string, string | undefined] => ['subject', pick(resolveSubjectLabel(s, m))]));
  }
  for (const p of m.purposes) out.push(['purpose', pick(p.name)], ['purpose description', pick(p.description)]);
  for (const r of m.recipients) out.push(['recipient', r.name], ...[r.country, ...r.additionalCountries].map((c): [string, string] => ['recipient country', countryName(c, lang)]));
  for (const c of m.cookies) out.push(['cookie', c.name], ['cookie provider', c.provider], ['cookie purpose', pick(c.purpose)]);
  for (const r of m.retention) {
    const generated = r.period
      ? t[`after.${r.trigger}`].replace('{period}', plainDuration(r.period, t, list))
      : t[`until.${r.trigger}`];
    out.push(['retention', pick(r.description) ?? generated], ['retention law', pick(r.legalBasis)]);
  }
  for (const j of JURISDICTIONS) {
    for (const right of m.rights.offered[j] ?? []) out.push(['right', t[`right.${right}`]]);
    out.push(['complaint authority', m.rights.complaintAuthorities[j]?.name]);
  }
  for (const channel of m.rights.channels) out.push(['request channel', channel.value]);
  for (const measure of m.security.measures) out.push(['security measure', t[`measure.${measure}`]]);
  return out.filter((e): e is [string, string] => e[1] !== undefined);
}

describe('completeness: nothing the manifest declares is hidden', () => {
  it.each(cases)('%s (%s) names every declared element', (_, lang, manifest) => {
    const text = htmlText(renderNotice(manifest, { lang, format: 'html' })).toLowerCase();
    const markdown = renderNotice(manifest, { lang, format: 'md' });
    const missing = expectedTexts(manifest, lang).filter(([, value]) => !text.includes(value.replace(/\s+/g, ' ').toLowerCase()));
    expect(missing).toEqual([]);
    expect(markdown.length).toBeGreaterThan(1000);
  });
});
