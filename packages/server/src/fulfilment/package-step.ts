import { createHash } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { generateToken, sha256Hex } from '../rights/request-secrets.ts';
import { buildAccessPackage } from './access-package.ts';
import { openCollected } from './collect-steps.ts';
import type { FulfilmentMail } from './fulfilment-mail.ts';
import { storePackageWithLink } from './packages.repository.ts';
import type { RunContext } from './run-context.ts';
import { seal } from '../crypto/sealed-box.ts';
import { dropStepData, type Step } from './steps.repository.ts';

export interface PackageOptions {
  mail: FulfilmentMail;
  publicUrl: string;
  ttlDays: number;
}

/** The privacy center's download page; the token sits in the fragment, so it never reaches a server log. */
export const downloadLink = (publicUrl: string, reference: string, token: string) => `${publicUrl}/privacy/download#ref=${encodeURIComponent(reference)}&token=${token}`;

/**
 * Builds the zip once every dataset is collected, stores it encrypted (AES-256-GCM, bound to the request), and mails
 * a single-use link to the verified delivery address. The collected rows are dropped once the package holds them.
 *
 * One commit for the whole request: the package, the link's token and the link's mail (through the mail outbox, sent
 * right after the commit) go with the run's other outcomes, the transition and the job's end. A crash after the
 * commit delays the mail (the outbox drainer sends it), never loses it; a crash before it changes nothing.
 */
export async function runPackageStep(ctx: RunContext, all: readonly Step[], options: PackageOptions): Promise<void> {
  const step = all.find((s) => s.kind === 'package');
  if (!step || step.status === 'done') return;
  const collected = all.filter((s) => s.kind === 'collect');
  if (collected.some((s) => s.status !== 'done')) return; // waiting for a dataset (or a person)
  const generatedAt = new Date();
  const datasets = collected.map((s) => ({
    system: s.system!,
    dataset: s.dataset!,
    categories: (s.result?.categories ?? {}) as Record<string, string>,
    // A step a person resolved by hand has no stored rows: its data went to the person outside Pledge.
    rows: s.sealed ? openCollected(ctx, s).rows : [],
  }));
  const zip = await buildAccessPackage({ manifest: ctx.manifest, reference: ctx.request.reference, requestType: ctx.request.type, language: ctx.request.language, generatedAt, datasets });
  const expiresAt = new Date(generatedAt.getTime() + options.ttlDays * 86_400_000);
  const token = generateToken();
  // The rows collected in this run are not stored at all (the package holds them); rows stored by an earlier run go now.
  const storedBefore = collected.some((s) => s.sealed && !ctx.writer.holds(s));
  for (const s of collected) if (ctx.writer.holds(s)) ctx.writer.record(s, { status: 'done', result: s.result, sealed: null });
  const sealedZip = seal(ctx.packageKey, zip, ctx.request.id);
  const write = async (tx: Db) => {
    await storePackageWithLink(tx, { requestId: ctx.request.id, ...sealedZip, sizeBytes: zip.length, sha256: createHash('sha256').update(zip).digest('hex'), expiresAt }, sha256Hex(token));
    if (storedBefore) await dropStepData(tx, ctx.request.id);
    await options.mail.packageReady(ctx.request, downloadLink(options.publicUrl, ctx.request.reference, token), expiresAt, tx);
  };
  const result = { datasets: datasets.length, rows: datasets.reduce((n, d) => n + d.rows.length, 0), bytes: zip.length, expiresAt: expiresAt.toISOString() };
  ctx.writer.record(step, { status: 'done', result }, { write });
}
