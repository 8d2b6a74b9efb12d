import { describe, expect, it } from 'vitest';
import { clone, loadExamples, loadMinimal } from '../test-support/examples.ts';
import { renderNotice } from './render-notice.ts';

const examples = loadExamples();
const cases = examples.flatMap((e) => e.languages.map((lang) => [e.name, lang, e.manifest] as const));

describe('renderNotice', () => {
  it.each(cases)('renders %s in %s as HTML, Markdown and JSON', (_, lang, manifest) => {
    const html = renderNotice(manifest, { lang, format: 'html' });
    const md = renderNotice(manifest, { lang, format: 'md' });
    const json = renderNotice(manifest, { lang, format: 'json' });
    expect(html.startsWith('<!doctype html>\n<html lang="' + lang + '">')).toBe(true);
    expect(md.startsWith('# ')).toBe(true);
    expect(json.format).toBe('pledge-notice/1');
    expect(json.sections.map((s) => s.heading)).toEqual([...html.matchAll(/<h2 id="(?!toc)[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1]!.replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/&quot;/g, '"')));
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('builds an accessible, responsive, printable standalone page', () => {
    const html = renderNotice(loadMinimal(), { lang: 'en', format: 'html' });
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toMatch(/<nav class="toc"[^>]*>[\s\S]*<a href="#purposes">/);
    expect(html).toContain('<th scope="col">');
    expect(html).toContain('<th scope="row">');
    expect(html).toMatch(/<caption id="purposes-table-caption">/);
    expect(html).toContain('overflow-x: auto');
    expect(html).toContain('@media print');
    expect(html).toContain('<h1>');
    expect(html).toMatch(/<h3 id="data-provided">/);
  });

  it('loads nothing from elsewhere: no scripts, stylesheets, fonts or frames', () => {
    const html = renderNotice(loadMinimal(), { lang: 'en', format: 'html' });
    expect(html).not.toMatch(/<script|<link|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/<img/);
  });

  it('themes the page from the organisation branding', () => {
    const manifest = clone(loadMinimal());
    manifest.organisation.branding = { primaryColor: '#aa3300', logoUrl: 'https://shop.example.com/logo.svg' };
    const html = renderNotice(manifest, { lang: 'en', format: 'html' });
    expect(html).toContain('--pledge-primary: #aa3300;');
    expect(html).toContain('<img class="notice-logo" src="https://shop.example.com/logo.svg" alt="Logo of Acme Shop">');
  });

  it('escapes every manifest string in HTML and Markdown', () => {
    const manifest = clone(loadMinimal());
    manifest.organisation.name = 'Acme <script>alert(1)</script>';
    manifest.purposes[0]!.name = { en: '<script>alert("x")</script> & <b>orders</b>', nl: 'x' };
    manifest.cookies[0]!.purpose = { en: '<img src=x onerror=alert(1)>', nl: 'x' };
    manifest.recipients[0]!.privacyPolicyUrl = 'javascript:alert(1)';
    const html = renderNotice(manifest, { lang: 'en', format: 'html' });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;orders&lt;/b&gt;');
    const md = renderNotice(manifest, { lang: 'en', format: 'md' });
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('](javascript:');
  });

  it('marks text that falls back to the default language with its own lang attribute', () => {
    const manifest = clone(loadMinimal());
    manifest.purposes[0]!.name = 'Je bestellingen afhandelen'; // a plain string is in the default language (nl)
    const html = renderNotice(manifest, { lang: 'en', format: 'html' });
    expect(html).toContain('<strong><span lang="nl">Je bestellingen afhandelen</span></strong>');
    expect(html).toContain('Some parts of this notice have not been translated yet and are shown in Dutch.');
    expect(renderNotice(manifest, { lang: 'nl', format: 'html' })).not.toContain('lang="nl">Je bestellingen');
  });

  it('offers a button that reopens the consent banner and the cookie settings link', () => {
    const html = renderNotice(loadMinimal(), { lang: 'en', format: 'html', links: { cookieSettings: 'https://shop.example.com/cookies' } });
    expect(html).toMatch(/<a href="#" data-pledge-open role="button" class="pledge-action">Manage cookie settings<\/a>/);
    expect(html).toContain('<a href="https://shop.example.com/cookies">our cookie settings page</a>');
  });

  it('prints the version, its effective date and what changed', () => {
    const html = renderNotice(loadMinimal(), {
      lang: 'en',
      format: 'html',
      version: { number: 3, effectiveDate: '2026-03-01', changes: ['We now also use your data for a new purpose: Surveys.'] },
      links: { archive: 'https://shop.example.com/privacy/archive' },
    });
    expect(html).toContain('Version 3');
    expect(html).toContain('<time datetime="2026-03-01">1 March 2026</time>');
    expect(html).toContain('<li>We now also use your data for a new purpose: Surveys.</li>');
    expect(html).toContain('href="https://shop.example.com/privacy/archive"');
  });
});
