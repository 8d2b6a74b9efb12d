import type { NoticeModel } from '../model/notice-model.ts';

/**
 * The page's only stylesheet, inline (no external resources). Colours are CSS custom properties, so a site can
 * re-theme the notice; the organisation's branding sets the defaults. Tables scroll sideways on narrow screens.
 */
export function noticeStyles(branding: NoticeModel['branding']): string {
  // The schema only allows #rrggbb here, so these values cannot break out of the declaration.
  const primary = /^#[0-9a-fA-F]{6}$/.test(branding.primaryColor ?? '') ? branding.primaryColor : '#1d4ed8';
  const accent = /^#[0-9a-fA-F]{6}$/.test(branding.accentColor ?? '') ? branding.accentColor : primary;
  return `:root {
  --pledge-primary: ${primary};
  --pledge-accent: ${accent};
  --pledge-text: #1f2328;
  --pledge-muted: #57606a;
  --pledge-background: #ffffff;
  --pledge-surface: #f6f8fa;
  --pledge-border: #d0d7de;
  --pledge-font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --pledge-measure: 52rem;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--pledge-background); color: var(--pledge-text); font: 1rem/1.6 var(--pledge-font); }
.skip-link { position: absolute; left: -999px; top: 0; padding: .5rem 1rem; background: var(--pledge-primary); color: #fff; }
.skip-link:focus { left: 0; }
.notice { max-width: var(--pledge-measure); margin: 0 auto; padding: 1.5rem 1rem 4rem; }
.notice-header { border-bottom: 4px solid var(--pledge-primary); padding-bottom: 1rem; margin-bottom: 1.5rem; }
.notice-logo { display: block; max-height: 3rem; max-width: 12rem; margin-bottom: 1rem; }
h1 { font-size: clamp(1.6rem, 5vw, 2.2rem); line-height: 1.2; margin: 0 0 .25rem; }
h2 { font-size: 1.4rem; line-height: 1.3; margin: 2.5rem 0 .75rem; padding-top: .5rem; border-top: 1px solid var(--pledge-border); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
h2, h3, h4 { scroll-margin-top: 1rem; color: var(--pledge-text); }
.notice-organisation { margin: 0; font-weight: 600; color: var(--pledge-muted); }
.notice-meta { margin: .25rem 0 0; color: var(--pledge-muted); font-size: .95rem; }
a { color: var(--pledge-primary); text-decoration-thickness: from-font; text-underline-offset: .15em; overflow-wrap: anywhere; }
a:focus-visible, .table-wrap:focus-visible { outline: 3px solid var(--pledge-accent); outline-offset: 2px; }
.pledge-action { display: inline-block; padding: .35rem .8rem; border: 2px solid var(--pledge-primary); border-radius: .4rem; font-weight: 600; text-decoration: none; }
.pledge-action:hover { background: var(--pledge-primary); color: #fff; }
.toc { background: var(--pledge-surface); border: 1px solid var(--pledge-border); border-radius: .5rem; padding: .75rem 1.25rem; margin: 1.5rem 0; }
.toc h2 { border: 0; margin: 0 0 .5rem; padding: 0; font-size: 1.1rem; }
.toc ol { margin: 0; padding-left: 1.5rem; columns: 2 16rem; column-gap: 2rem; }
.toc li { break-inside: avoid; margin: .15rem 0; }
ul { padding-left: 1.5rem; }
li { margin: .3rem 0; }
.table-wrap {
  overflow-x: auto; margin: 1rem 0; border: 1px solid var(--pledge-border); border-radius: .5rem;
  /* Shadows at the edges while there is more to scroll to (the covers scroll with the content, the shadows do not). */
  background:
    linear-gradient(to right, var(--pledge-background) 30%, transparent) left / 2rem 100% no-repeat local,
    linear-gradient(to left, var(--pledge-background) 30%, transparent) right / 2rem 100% no-repeat local,
    radial-gradient(farthest-side at 0 50%, rgb(0 0 0 / 18%), transparent) left / .75rem 100% no-repeat scroll,
    radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 18%), transparent) right / .75rem 100% no-repeat scroll;
}
table { border-collapse: collapse; width: 100%; min-width: 40rem; font-size: .95rem; }
tbody th { min-width: 9rem; }
caption { caption-side: top; text-align: left; font-weight: 600; padding: .6rem .75rem; }
th, td { text-align: left; vertical-align: top; padding: .5rem .75rem; border-top: 1px solid var(--pledge-border); }
thead th { background: var(--pledge-surface); font-size: .85rem; text-transform: uppercase; letter-spacing: .03em; color: var(--pledge-muted); border-top: 0; }
tbody th { font-weight: 400; }
.back-to-top { margin-top: 3rem; font-size: .9rem; }
@media (max-width: 40rem) {
  .notice { padding: 1rem .85rem 3rem; }
  h2 { font-size: 1.25rem; }
  .toc ol { columns: 1; }
  table { min-width: 46rem; font-size: .9rem; }
  th, td { padding: .45rem .6rem; }
  caption { position: sticky; left: 0; }
}
@media print {
  :root { --pledge-text: #000; --pledge-muted: #333; }
  body { font-size: 10.5pt; }
  .notice { max-width: none; padding: 0; }
  .skip-link, .back-to-top, .toc { display: none; }
  .table-wrap { overflow: visible; border: 0; }
  table { min-width: 0; }
  tr, h2, h3 { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  a { color: inherit; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; }
  .pledge-action { border: 0; padding: 0; }
}`;
}
