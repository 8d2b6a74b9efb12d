import { COOKIE_CATEGORIES, type Manifest } from '@pledge/manifest';
import { paragraph, present, table } from '../model/blocks.ts';
import { link, text } from '../model/inline.ts';
import type { NoticeContext } from '../model/notice-context.ts';
import type { Cell, Rich, Section } from '../model/notice-model.ts';
import { SECTION_IDS } from '../model/section-ids.ts';

type Cookie = Manifest['cookies'][number];

// ePrivacy Directive Art. 5(3): clear information about what is stored on the device, and consent for all but the
// strictly necessary; GDPR Art. 7(3): the choice can be withdrawn as easily as it was given.
export function buildCookiesSection(ctx: NoticeContext): Section | undefined {
  const { cookies, cookieSettings } = ctx.manifest;
  if (cookies.length === 0) return undefined;
  const { t } = ctx;
  const used = COOKIE_CATEGORIES.filter((c) => cookies.some((k) => k.category === c));
  const needsConsent = used.some((c) => c !== 'strictly_necessary');
  const columns = [t['cookies.col.name'], t['cookies.col.provider'], t['cookies.col.category'], t['cookies.col.duration'], t['cookies.col.purpose']];
  return {
    id: SECTION_IDS.cookies,
    heading: t['section.cookies'],
    blocks: present(
      paragraph(ctx.say('cookies.intro')),
      ...used.map((c) => paragraph(ctx.say(`cookies.category.${c}`))),
      needsConsent && paragraph(ctx.say('cookies.consent', { button: link('#', t['cookies.manage'], { action: 'open-consent' }) })),
      ctx.links.cookieSettings !== undefined &&
        paragraph(ctx.say('cookies.settingsPage', { link: link(ctx.links.cookieSettings, t['cookies.settingsPageLink']) })),
      needsConsent &&
        paragraph(ctx.say('cookies.expiry', { consent: ctx.duration(cookieSettings.consentExpiry), refusal: ctx.duration(cookieSettings.refusalExpiry) })),
      cookieSettings.webBeacons && paragraph(ctx.say('cookies.beacons')),
      paragraph(ctx.say('cookies.browser')),
      table('cookies-table', t['cookies.caption'], columns, sortCookies(cookies).map((c) => cookieRow(c, ctx))),
    ),
  };
}

const sortCookies = (cookies: readonly Cookie[]): Cookie[] =>
  [...cookies].sort((a, b) => COOKIE_CATEGORIES.indexOf(a.category) - COOKIE_CATEGORIES.indexOf(b.category));

function cookieRow(c: Cookie, ctx: NoticeContext): Cell[] {
  const { t } = ctx;
  const name: Rich[] = [[text(c.name, { strong: true })]];
  if (c.kind !== 'cookie') name.push([text(`(${t[`cookieKind.${c.kind}`]})`)]);
  if (c.domain !== undefined) name.push([text(c.domain + (c.path ?? ''))]);
  const provider: Rich[] = [[text(c.provider)], [text(`(${c.party === 'first' ? t['cookies.firstParty'] : t['cookies.thirdParty']})`)]];
  const purpose = ctx.local(c.purpose);
  return [name, provider, [[text(t[`cookieCategory.${c.category}`])]], [[text(capitalise(ctx.duration(c.duration)))]], purpose ? [[purpose]] : []];
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
