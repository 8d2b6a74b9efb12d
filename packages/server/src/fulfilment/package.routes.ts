import { z } from 'zod';
import type { PledgeApp } from '../app-types.ts';
import type { PackageDownloads } from './package-downloads.ts';

/**
 * The person's download: the mailed link (single use, expiring) first sends a fresh code to the verified address;
 * the same link with that code returns the zip. Unknown references, wrong tokens and wrong codes all answer alike.
 */
export function registerPackageRoutes(app: PledgeApp, downloads: PackageDownloads): void {
  app.get('/v1/requests/:reference/package', {
    config: { access: 'public' },
    schema: {
      summary: 'Download an access package (first call: a code is mailed; second call with the code: the zip)',
      params: z.object({ reference: z.string().min(1).max(40) }),
      querystring: z.object({ token: z.string().min(1).max(200), code: z.string().regex(/^\d{6}$/).optional() }),
    },
    handler: async (request, reply) => {
      const { reference } = request.params;
      const { token, code } = request.query;
      reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
      if (code === undefined) {
        await downloads.sendCode(reference, token);
        return reply.code(202).send({ status: 'code_sent', message: 'If this link is valid, a code is on its way to the address the request was verified with.' });
      }
      const zip = await downloads.download(reference, token, code);
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="personal-data-${reference.replace(/[^A-Za-z0-9-]/g, '')}.zip"`)
        .send(zip);
    },
  });
}
