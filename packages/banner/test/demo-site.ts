// A tiny shop served by node:http on 127.0.0.1 for the browser tests and the bench: the built banner, its config
// compiled from the minimal fixture manifest, a fake analytics script, a fake ad pixel injected by a "tag manager",
// and an embedded video, all under a strict CSP. Choices are recorded by the real Pledge server (ledger-server.ts) on
// another port, so every record crosses origins (CORS preflight included) into the real consent ledger.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse, stringify } from 'yaml';
import { compileBannerConfig } from '../../manifest/src/compile/banner-config.ts';
import { loadManifest } from '../../manifest/src/loader/load-manifest.ts';
import type { Manifest } from '../../manifest/src/schema/manifest.ts';
import { startLedgerServer, type LedgerServer } from './ledger-server.ts';

export const CSP = "script-src 'self'; style-src 'self'";
const FIXTURE = new URL('../../manifest/src/fixtures/minimal.yaml', import.meta.url);
const AXE = new URL('../../../node_modules/axe-core/axe.min.js', import.meta.url);

export interface DemoSite {
  origin: string;
  /** Every request path (with query) in arrival order. */
  requests: string[];
  /** Bodies the ledger accepted from POST /v1/consents, in order. */
  consents: Record<string, unknown>[];
  /** The ledger's receipt for each of them. */
  receipts: string[];
  /** The Pledge server whose ledger records the choices. */
  ledger: LedgerServer;
  cspReports: unknown[];
  close(): Promise<void>;
}

/** Page options, passed as query parameters: `/?variant=full&lang=nl`. */
export interface PageOptions {
  variant?: 'full' | 'minimal';
  lang?: string;
  /** `0`: the same page without the banner (the bench's baseline). */
  banner?: '0';
  test?: '1';
  twice?: '1';
  /** `1`: config says the notice changed materially now (renewBefore). */
  renew?: '1';
  /** `missing`: the config URL answers 404. */
  config?: 'missing';
  /** `1`: the config is inlined in the page as JSON instead of fetched. */
  inline?: '1';
  /** `1`: the config comes from the Pledge server (GET /v1/banner/config) instead of this site's variants. */
  server?: '1';
}

/** The minimal fixture plus an ad pixel, a video embed and a storage key: the "full" variant. */
function fullManifest(origin: string): Manifest {
  const raw = parse(readFileSync(FIXTURE, 'utf8')) as Record<string, any>;
  raw.notice.languages = ['en', 'nl', 'de'];
  raw.notice.url = `${origin}/privacy`;
  raw.stances.globalPrivacyControl = { honoured: true, effect: ['opt_out_sale', 'opt_out_share'] };
  raw.cookieSettings.origins = [origin]; // the ledger takes records from this site only (CORS)
  raw.recipients.push(
    {
      id: 'meta', name: 'Meta Platforms Ireland', type: 'joint_controller', country: 'IE', categories: ['online.cookie_id'], purposes: ['analytics'],
      service: { en: 'Measures our ads on Facebook and Instagram', nl: 'Meet onze advertenties op Facebook en Instagram', de: 'Misst unsere Werbung auf Facebook und Instagram' },
    },
    {
      id: 'youtube', name: 'YouTube', type: 'independent_controller', country: 'IE', categories: ['online.cookie_id'], purposes: ['analytics'],
      service: { en: 'Plays our product videos', nl: 'Speelt onze productvideo’s af', de: 'Spielt unsere Produktvideos ab' },
    },
  );
  raw.cookies[1].setBy = [`${origin}/js/analytics.js`];
  raw.cookies.push(
    {
      name: 'matomo_*', kind: 'local_storage', provider: 'Matomo (self-hosted)', party: 'first', category: 'analytics', duration: 'P13M',
      purpose: { en: 'Remembers the visit count', nl: 'Onthoudt het aantal bezoeken', de: 'Speichert die Zahl der Besuche' },
    },
    {
      name: '_fbp', provider: 'Meta Pixel', recipient: 'meta', party: 'first', category: 'advertising', duration: 'P3M', setBy: [`${origin}/js/ads.js`],
      purpose: { en: 'Tells Meta which ads led you here', nl: 'Vertelt Meta via welke advertentie je hier kwam', de: 'Teilt Meta mit, welche Anzeige Sie hergeführt hat' },
    },
    {
      name: 'VISITOR_INFO1_LIVE', provider: 'YouTube', recipient: 'youtube', party: 'third', category: 'advertising', duration: 'P6M', setBy: [`${origin}/embed/`],
      purpose: { en: 'Estimates your bandwidth and tracks views', nl: 'Schat je bandbreedte en telt weergaven', de: 'Schätzt Ihre Bandbreite und zählt Aufrufe' },
    },
  );
  const result = loadManifest(stringify(raw));
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.manifest;
}

function minimalManifest(): Manifest {
  const result = loadManifest(readFileSync(FIXTURE, 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.manifest;
}

const SCRIPTS: Record<string, string> = {
  '/js/analytics.js': `(function () {
  document.cookie = '_pk_id.1.1fff=' + Math.random().toString(36).slice(2) + '; path=/; max-age=33955200';
  try { localStorage.setItem('matomo_visits', '1'); } catch (e) {}
  (window.__ran = window.__ran || []).push('analytics');
  (window.dataLayer = window.dataLayer || []).push({ event: 'analytics_loaded' });
  fetch('/collect/analytics?page=' + encodeURIComponent(location.pathname), { keepalive: true });
})();`,
  '/js/ads.js': `(function () {
  var from = document.currentScript ? new URL(document.currentScript.src).search : '';
  document.cookie = '_fbp=fb.1.' + Date.now() + '; path=/; max-age=7776000';
  (window.__ran = window.__ran || []).push('ads' + from);
  (window.dataLayer = window.dataLayer || []).push({ event: 'ads_loaded' });
  fetch('/collect/ads' + from, { keepalive: true });
})();`,
  // A tag manager that is itself allowed: it adds the ad pixel while the page loads and once more after Pledge is ready.
  '/js/tag-manager.js': `(function () {
  function add(when) {
    var s = document.createElement('script');
    s.type = 'text/javascript';
    s.src = '/js/ads.js?' + when;
    document.head.appendChild(s);
  }
  add('early');
  var ready = function () { window.Pledge.on('ready', function () { add('late'); }); };
  if (window.Pledge) ready();
})();`,
};

const DEMO_CSS = `*{box-sizing:border-box}body{margin:0;font:16px/1.6 Georgia,"DejaVu Serif",serif;color:#222;background:#faf8f5}
header{display:flex;align-items:center;justify-content:space-between;padding:18px 40px;background:#2f2a24;color:#fff}
header a{color:#fff;margin-left:20px;font:15px system-ui,sans-serif}.logo{font:700 22px system-ui,sans-serif;letter-spacing:.02em;white-space:nowrap}
main{max-width:960px;margin:0 auto;padding:32px 40px}h1{font-size:34px;margin:0 0 8px}.lead{font-size:19px;color:#555}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:20px;margin:28px 0}
.card{background:#fff;border-radius:10px;padding:18px;box-shadow:0 1px 4px rgba(0,0,0,.08)}.card b{display:block;font:600 16px system-ui,sans-serif}
.img{height:110px;border-radius:8px;margin-bottom:12px;background:linear-gradient(135deg,#e9d8c4,#c9a27e)}
iframe{display:block;border:0;max-width:100%}footer{padding:24px 40px;color:#666;font:14px system-ui,sans-serif}
footer a{color:#444}
@media(max-width:600px){header{padding:14px 20px}header a{margin-left:14px;font-size:14px}.logo{font-size:18px}main{padding:24px 20px}h1{font-size:28px}footer{padding:20px}}`;

function page(q: URLSearchParams, inlineConfig: () => string, ledger: string): string {
  const variant = q.get('variant') === 'minimal' ? 'minimal' : 'full';
  const lang = q.get('lang') || 'en';
  const langAttr = lang === 'none' ? '' : ` lang="${lang}"`;
  const config = new URLSearchParams({ variant });
  for (const k of ['renew', 'config']) if (q.get(k)) config.set(k, q.get(k)!);
  const inline = q.get('inline') === '1';
  const configRef = inline ? '#pledge-config' : q.get('server') ? `${ledger}/v1/banner/config` : `/v1/banner/config?${config}`;
  const pledge = `${inline ? `<script type="application/json" id="pledge-config">${inlineConfig().replaceAll('<', '\\u003c')}</script>\n` : ''}<script src="/pledge.js" data-site="acme-shop" data-config="${configRef}" data-endpoint="${ledger}/v1/consents"${q.get('test') ? ' data-test-mode' : ''}></script>`;
  const nl = lang === 'nl';
  return `<!doctype html>
<html${langAttr}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Acme Shop</title>
${q.get('banner') === '0' ? '' : pledge}${q.get('twice') ? pledge : ''}
<link rel="stylesheet" href="/demo.css">
<script type="text/plain" data-pledge-category="analytics" src="/js/analytics.js"></script>
${variant === 'full' ? '<script src="/js/tag-manager.js"></script>' : ''}
</head>
<body>
<header><span class="logo">Acme Shop</span><nav aria-label="Main"><a href="/page2?${q}">${nl ? 'Volgende pagina' : 'Next page'}</a><a href="#" data-pledge-open>${nl ? 'Cookie-instellingen' : 'Cookie settings'}</a></nav></header>
<main>
<h1>${nl ? 'Handgemaakte keramiek' : 'Handmade ceramics'}</h1>
<p class="lead">${nl ? 'Bekers, kommen en borden, gedraaid in Amsterdam.' : 'Mugs, bowls and plates, thrown in Amsterdam.'}</p>
<div class="grid">${['Mug', 'Bowl', 'Plate', 'Vase'].map((p) => `<div class="card"><div class="img"></div><b>${p}</b>€ 24</div>`).join('')}</div>
${variant === 'full' ? '<iframe data-pledge-src="/embed/video" data-pledge-category="advertising" data-pledge-vendor="youtube" width="560" height="315" title="Product video"></iframe>' : ''}
</main>
<footer><a href="/privacy">${nl ? 'Privacyverklaring' : 'Privacy statement'}</a></footer>
</body>
</html>`;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => resolve(body));
  });
}

export async function startDemoSite(bannerJs: string, bannerCss = ''): Promise<DemoSite> {
  const requests: string[] = [];
  const cspReports: unknown[] = [];
  let full: Manifest | undefined;
  let ledger: LedgerServer | undefined;
  const minimal = minimalManifest();
  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
    res.end(body);
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname + url.search);
    const q = url.searchParams;
    const js = 'text/javascript; charset=utf-8';
    switch (url.pathname) {
      case '/':
      case '/page2':
        return send(res, 200, 'text/html; charset=utf-8', page(q, () => JSON.stringify(compileBannerConfig((full ??= fullManifest(origin)), { lang: q.get('lang') ?? 'en' })), ledger!.origin), { 'content-security-policy': `${CSP}; report-uri /csp-report` });
      case '/pledge.js':
        return send(res, 200, js, bannerJs);
      case '/pledge.css':
        return send(res, 200, 'text/css', bannerCss);
      case '/demo.css':
        return send(res, 200, 'text/css', DEMO_CSS);
      case '/test/axe.min.js':
        return send(res, 200, js, readFileSync(AXE));
      case '/v1/banner/config': {
        if (q.get('config') === 'missing') return send(res, 404, 'application/json', '{}');
        const manifest = q.get('variant') === 'minimal' ? minimal : (full ??= fullManifest(origin));
        const config = compileBannerConfig(manifest, {
          lang: q.get('lang') ?? undefined,
          gpc: req.headers['sec-gpc'] === '1', // GPC spec: only the exact value "1"
          noticeVersion: '2026-01-01',
          ...(q.get('renew') ? { renewBefore: new Date(Date.now() + 60_000).toISOString() } : {}),
        });
        return send(res, 200, 'application/json', JSON.stringify(config), { vary: 'Sec-GPC' });
      }
      case '/csp-report':
        cspReports.push(await readBody(req));
        return send(res, 204, 'text/plain', '');
      case '/embed/video':
        return send(res, 200, 'text/html; charset=utf-8', '<!doctype html><title>Video</title><body style="margin:0;background:#111;color:#fff;display:grid;place-items:center;height:100vh;font:20px sans-serif">▶ Product video</body>', {
          'set-cookie': 'VISITOR_INFO1_LIVE=demo; Path=/; Max-Age=15552000; SameSite=Lax',
        });
      case '/collect/analytics':
      case '/collect/ads':
      case '/privacy':
        return send(res, 200, 'text/plain', 'ok');
      default:
        if (SCRIPTS[url.pathname]) return send(res, 200, js, SCRIPTS[url.pathname]!);
        return send(res, 404, 'text/plain', 'not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  ledger = await startLedgerServer((full ??= fullManifest(origin)));
  return {
    origin,
    requests,
    consents: ledger.consents,
    receipts: ledger.receipts,
    ledger,
    cspReports,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await ledger!.close();
    },
  };
}
