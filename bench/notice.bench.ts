// How long rendering the HTML notice takes for a large manifest (200 purposes, 500 cookies), against a naive single
// template literal that joins the same purpose and cookie rows into HTML without escaping, wording or structure.
// ratio = notice render time / naive join time (lower is better). A render must stay well under a second.
import { performance } from 'node:perf_hooks';
import { ManifestSchema, type Manifest } from '@pledge/manifest';
import { renderNotice } from '@pledge/notice';
import type { BenchResult } from './run.ts';

const CATEGORIES = ['contact.email', 'identity.name', 'device.ip_address', 'online.cookie_id', 'usage.pages_viewed'];

function largeManifest(): Manifest {
  const purposes = Array.from({ length: 200 }, (_, i) => ({
    id: `purpose-${i}`,
    name: { en: `Purpose number ${i}`, nl: `Doel nummer ${i}` },
    description: { en: `What we do with your data for purpose ${i}.`, nl: `Wat we voor doel ${i} met je gegevens doen.` },
    categories: CATEGORIES.slice(0, 1 + (i % CATEGORIES.length)),
    lawfulBasis: i % 2 === 0 ? { gdpr: { basis: 'consent' } } : { gdpr: { basis: 'legitimate_interest', balancing: { en: `Balancing ${i}.`, nl: `Afweging ${i}.` } } },
    ...(i % 2 === 0 ? { consent: { via: ['banner'], withdrawVia: ['banner'] } } : {}),
    retention: 'standard',
  }));
  const cookies = Array.from({ length: 500 }, (_, i) => ({
    name: `cookie_${i}`,
    provider: `Vendor ${i % 40}`,
    party: i % 3 === 0 ? 'first' : 'third',
    category: (['strictly_necessary', 'functional', 'analytics', 'advertising', 'social_media'] as const)[i % 5],
    duration: i % 4 === 0 ? 'session' : `P${1 + (i % 24)}M`,
    purpose: { en: `Cookie ${i} remembers something.`, nl: `Cookie ${i} onthoudt iets.` },
    purposes: [`purpose-${i % 200}`],
  }));
  return ManifestSchema.parse({
    version: 1,
    organisation: {
      name: 'Bench Shop',
      controllers: [{ id: 'bench', legalName: 'Bench Shop B.V.', address: { street: 'Damrak 1', city: 'Amsterdam', country: 'NL' }, contact: { email: 'privacy@bench.example' } }],
    },
    jurisdictions: ['gdpr'],
    categories: CATEGORIES.map((id) => ({ id, sources: ['provided'], subjects: ['customer'], retention: 'standard' })),
    purposes,
    retention: [{ id: 'standard', trigger: 'collection', period: 'P2Y' }],
    cookies,
    rights: { offered: { gdpr: ['access', 'erasure'] }, channels: [{ type: 'email', value: 'privacy@bench.example' }], verification: { methods: ['email_code'] } },
    stances: { children: { minimumAge: { gdpr: 16 } }, doNotTrack: 'not_honoured', globalPrivacyControl: { honoured: true }, sellsData: false, sharesForAdvertising: false },
    security: { measures: ['encryption_in_transit'] },
    notice: { languages: ['en', 'nl'], defaultLanguage: 'en', effectiveDate: '2026-01-01' },
  });
}

/** The naive baseline: one template literal over the same rows, no escaping, no wording, no sections. */
function naiveHtml(m: Manifest): string {
  return `<!doctype html><html><body><table>${m.purposes
    .map((p) => `<tr><td>${(p.name as { en: string }).en}</td><td>${p.categories.join(', ')}</td><td>${p.lawfulBasis.gdpr?.basis}</td></tr>`)
    .join('')}</table><table>${m.cookies.map((c) => `<tr><td>${c.name}</td><td>${c.provider}</td><td>${c.category}</td><td>${c.duration}</td><td>${(c.purpose as { en: string }).en}</td></tr>`).join('')}</table></body></html>`;
}

function timeMs(iterations: number, fn: () => void): number {
  for (let i = 0; i < 3; i++) fn(); // warm-up
  const start = performance.now();
  for (let i = 0; i < iterations; i++) fn();
  return (performance.now() - start) / iterations;
}

export async function run(): Promise<BenchResult> {
  const manifest = largeManifest();
  const value = timeMs(20, () => void renderNotice(manifest, { lang: 'en', format: 'html' }));
  const baseline = timeMs(200, () => void naiveHtml(manifest));
  const bytes = renderNotice(manifest, { lang: 'en', format: 'html' }).length;
  console.log(`notice: ${value.toFixed(2)} ms per HTML render (200 purposes, 500 cookies, ${bytes} bytes); naive join: ${baseline.toFixed(3)} ms`);
  if (value >= 1000) throw new Error(`rendering took ${value.toFixed(0)} ms, which is not well under a second`);
  return { metric: 'ms_per_render', value, baseline, ratio: value / baseline };
}
