import { LANGUAGES, type Language, type Manifest } from '@pledge/manifest';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../messages/catalogue.ts';
import type { MessageKey } from '../messages/en.ts';
import { clone, loadMinimal } from '../test-support/examples.ts';
import { htmlText } from '../test-support/html-text.ts';
import { renderNotice } from './render-notice.ts';

// "Nothing invented": a statement appears only when the manifest declares what it says.
const render = (m: Manifest, lang: Language) => htmlText(renderNotice(m, { lang, format: 'html' }));
/** The longest fixed part of a message, between its placeholders. */
const stem = (key: MessageKey, lang: Language) =>
  CATALOGUES[lang][key].split(/\{\w+\}/).map((s) => s.trim()).sort((a, b) => b.length - a.length)[0]!;
const mutate = (change: (m: Manifest) => void): Manifest => {
  const m = clone(loadMinimal());
  change(m);
  return m;
};

describe.each(LANGUAGES)('nothing invented (%s)', (lang) => {
  const says = (m: Manifest, key: MessageKey) => render(m, lang).includes(stem(key, lang));

  it('says "we do not sell" only when the stance says so and nothing is sold', () => {
    expect(says(loadMinimal(), 'sale.none')).toBe(true);
    expect(render(loadMinimal(), lang)).toMatch(/do not sell|verkopen je persoonsgegevens niet|verkaufen Ihre personenbezogenen Daten nicht/);
    expect(says(mutate((m) => void (m.stances.sellsData = true)), 'sale.none')).toBe(false);
    expect(says(mutate((m) => void (m.recipients[1]!.sale = true)), 'sale.none')).toBe(false);
    expect(render(mutate((m) => void (m.stances.sellsData = true)), lang)).not.toMatch(/do not sell|verkopen je persoonsgegevens niet|verkaufen Ihre personenbezogenen Daten nicht/i);
  });

  it('shows the "Do Not Sell or Share" link only where the CCPA applies and data is sold or shared', () => {
    const link = CATALOGUES[lang]['sale.link'];
    expect(render(mutate((m) => void (m.stances.sellsData = true)), lang)).not.toContain(link);
    expect(render(mutate((m) => void (m.jurisdictions = ['gdpr', 'ccpa'])), lang)).not.toContain(link);
    const selling = mutate((m) => {
      m.jurisdictions = ['gdpr', 'ccpa'];
      m.recipients[1]!.share = true;
    });
    expect(render(selling, lang)).toContain(link);
    expect(says(selling, 'share.none')).toBe(false);
  });

  it('speaks of "sharing" for cross-context advertising only under the CCPA', () => {
    expect(says(loadMinimal(), 'share.none')).toBe(false);
    expect(says(mutate((m) => void (m.jurisdictions = ['gdpr', 'ccpa'])), 'share.none')).toBe(true);
  });

  it('has no DPO, representative or lead authority when none is declared', () => {
    const m = mutate((m) => {
      delete m.organisation.controllers[0]!.dpo;
      delete m.organisation.controllers[0]!.leadAuthority;
    });
    for (const key of ['who.dpo', 'who.representative.eu', 'who.leadAuthority'] as const) expect(says(m, key)).toBe(false);
    expect(says(loadMinimal(), 'who.dpo')).toBe(true);
  });

  it('has no transfer section when no data leaves the EEA', () => {
    const m = mutate((m) => {
      m.recipients[1]!.country = 'IE';
      delete m.recipients[1]!.transfer;
    });
    expect(renderNotice(m, { lang, format: 'html' })).not.toContain('id="transfers"');
    expect(render(m, lang)).not.toContain(CATALOGUES[lang]['section.transfers']);
    expect(renderNotice(loadMinimal(), { lang, format: 'html' })).toContain('id="transfers"');
  });

  it('states no minimum age for children when none is declared', () => {
    const m = mutate((m) => void (m.stances.children.minimumAge = {}));
    expect(says(m, 'children.age')).toBe(false);
    expect(says(m, 'children.onDiscovery.delete')).toBe(false);
    expect(render(loadMinimal(), lang)).toContain('16');
  });

  it('never contradicts the Do Not Track and GPC stances', () => {
    const honoured = mutate((m) => void (m.stances.doNotTrack = 'honoured'));
    expect(says(honoured, 'dnt.not_honoured')).toBe(false);
    expect(says(honoured, 'dnt.honoured')).toBe(true);
    expect(says(loadMinimal(), 'dnt.honoured')).toBe(false);
    const noGpc = mutate((m) => void (m.stances.globalPrivacyControl = { honoured: false, effect: [] }));
    expect(says(noGpc, 'gpc.honoured')).toBe(false);
    expect(says(noGpc, 'gpc.notHonoured')).toBe(true);
  });

  it('claims no breach procedure, data processing agreement or automated decisions that are not declared', () => {
    expect(says(mutate((m) => void (m.security.breachProcedure = false)), 'security.breach')).toBe(false);
    expect(says(mutate((m) => m.recipients.forEach((r) => delete r.dpa)), 'recipients.dpa')).toBe(false);
    expect(says(loadMinimal(), 'automated.used')).toBe(false);
    expect(says(mutate((m) => void (m.stances.automatedDecisionMaking = { used: true })), 'automated.none')).toBe(false);
  });

  it('leaves out sections the manifest gives nothing for', () => {
    const bare = mutate((m) => {
      m.cookies = [];
      m.purposes = m.purposes.filter((p) => !p.marketing);
      m.rights.complaintAuthorities = {};
      delete m.stances.prevailingLanguage;
    });
    const html = renderNotice(bare, { lang, format: 'html' });
    for (const id of ['cookies', 'marketing', 'complaints']) expect(html).not.toContain(`id="${id}"`);
    expect(says(bare, 'language.prevails')).toBe(false);
    expect(html).not.toContain('data-pledge-open');
  });
});
