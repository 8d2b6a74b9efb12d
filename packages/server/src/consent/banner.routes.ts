import type { Manifest } from '@pledge/manifest';
import { z } from 'zod';
import type { PledgeApp } from '../app-types.ts';
import type { Db } from '../db/database.ts';
import { PledgeError } from '../errors/pledge-error.ts';
import { createBannerAssets, type BannerFile } from './banner-assets.ts';
import { matchesEtag, requestedLanguage, serveBannerConfig } from './banner-config.ts';
import type { ConsentCatalogue } from './consent-catalogue.ts';
import { gpcHeaderOf } from './consent-request-data.ts';

/** Long enough to spare the server, short enough that a published notice reaches banners within minutes. */
const CONFIG_CACHE = 'public, max-age=300';
const SCRIPT_CACHE = 'public, max-age=86400, stale-while-revalidate=604800';
const VERSIONED_SCRIPT_CACHE = 'public, max-age=31536000, immutable';

const ConfigQuery = z.object({
  lang: z.string().max(35).optional().meta({ description: 'The page’s language (`nl`, `nl-NL`); else Accept-Language, else the notice’s default.' }),
  site: z.string().max(100).optional().meta({ description: 'The script’s data-site; the config is the same for every site.' }),
});
const AssetQuery = z.object({ v: z.string().max(64).optional().meta({ description: 'The file’s SHA-256: with it the URL is cached for a year.' }) });

export function registerBannerRoutes(app: PledgeApp, db: Db, manifest: Manifest, catalogue: ConsentCatalogue): void {
  app.get('/v1/banner/config', {
    config: { access: 'public' },
    schema: {
      summary: 'The banner configuration, compiled from the manifest and the latest published notice',
      description: 'Cacheable: ETag, `Vary: Sec-GPC, Accept-Language`. `gpc.detected` is true only for `Sec-GPC: 1` exactly.',
      querystring: ConfigQuery,
    },
    handler: async (request, reply) => {
      const served = await serveBannerConfig(db, manifest, catalogue, {
        lang: requestedLanguage(request.query.lang, request.headers['accept-language']),
        gpc: gpcHeaderOf(request.headers['sec-gpc']),
      });
      // Public, non-personal data the banner fetches from the sites' origins with credentials omitted.
      reply.header('access-control-allow-origin', '*').header('vary', 'Sec-GPC, Accept-Language').header('cache-control', CONFIG_CACHE).header('etag', served.etag);
      if (matchesEtag(request.headers['if-none-match'], served.etag)) return reply.code(304).send();
      return reply.type('application/json; charset=utf-8').send(served.json);
    },
  });

  const assets = createBannerAssets();
  for (const file of ['pledge.js', 'pledge.css'] as const satisfies readonly BannerFile[]) {
    app.get(`/${file}`, {
      config: { access: 'public' },
      schema: { summary: `The banner ${file === 'pledge.js' ? 'script' : 'stylesheet (fallback for browsers without constructable stylesheets)'}`, querystring: AssetQuery },
      handler: async (request, reply) => {
        const asset = await assets(file);
        if (!asset) throw new PledgeError('banner_not_built');
        const etag = `"${asset.sha256.slice(0, 32)}"`;
        reply
          .header('cache-control', request.query.v === asset.sha256 ? VERSIONED_SCRIPT_CACHE : SCRIPT_CACHE)
          .header('etag', etag)
          .header('access-control-allow-origin', '*');
        if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send();
        return reply.type(asset.contentType).send(asset.body);
      },
    });
  }

  app.get('/.well-known/gpc.json', {
    config: { access: 'public' },
    schema: {
      summary: 'Global Privacy Control support resource (GPC spec §3.5)',
      response: { 200: z.object({ gpc: z.boolean(), lastUpdate: z.iso.date() }) },
    },
    handler: async (_request, reply) => {
      reply.header('access-control-allow-origin', '*').header('cache-control', 'public, max-age=86400');
      // The stance comes from the manifest this server runs; its notice's effective date is when it last changed.
      return { gpc: manifest.stances.globalPrivacyControl.honoured, lastUpdate: manifest.notice.effectiveDate };
    },
  });
}
