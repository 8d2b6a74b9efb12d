import { createHash } from 'node:crypto';
import { inTransaction } from '../db/database.ts';
import { generateToken, sha256Hex } from '../rights/request-secrets.ts';
import { buildAccessPackage } from './access-package.ts';
import { openCollected } from './collect-steps.ts';
import type { FulfilmentMail } from './fulfilment-mail.ts';
import { insertDownload, insertPackage } from './packages.repository.ts';
import { recordOutcome, startStep, type RunContext } from './run-context.ts';
import { seal } from '../crypto/sealed-box.ts';
import { dropStepData, type Step } from './steps.repository.ts';

export interface PackageOptions {
  mail: FulfilmentMail;
  publicUrl: string;
  ttlDays: number;
}

export const downloadLink = (publicUrl: string, reference: string, token: string) => `${publicUrl}/v1/requests/${encodeURIComponent(reference)}/package?token=${token}`;

/**
 * Builds the zip once every dataset is collected, stores it encrypted (AES-256-GCM, bound to the request), and mails
 * a single-use link to the verified delivery address. The collected rows are dropped once the package holds them.
 */
export async function runPackageStep(ctx: RunContext, all: readonly Step[], options: PackageOptions): Promise<void> {
  const step = all.find((s) => s.kind === 'package');
  if (!step || step.status === 'done') return;
  const collected = all.filter((s) => s.kind === 'collect');
  if (collected.some((s) => s.status !== 'done')) return; // waiting for a dataset (or a person)
  await startStep(ctx, step);
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
  await inTransaction(ctx.db, async (tx) => {
    await insertPackage(tx, { requestId: ctx.request.id, ...seal(ctx.packageKey, zip, ctx.request.id), sizeBytes: zip.length, sha256: createHash('sha256').update(zip).digest('hex'), expiresAt });
    await insertDownload(tx, { requestId: ctx.request.id, tokenHash: sha256Hex(token), expiresAt });
  });
  // Sent before the step is done: a crash in between sends a new link (replacing this one), never none.
  await options.mail.packageReady(ctx.request, downloadLink(options.publicUrl, ctx.request.reference, token), expiresAt);
  await inTransaction(ctx.db, async (tx) => {
    await recordOutcome({ ...ctx, db: tx }, step, { status: 'done', result: { datasets: datasets.length, rows: datasets.reduce((n, d) => n + d.rows.length, 0), bytes: zip.length, expiresAt: expiresAt.toISOString() } });
    await dropStepData(tx, ctx.request.id);
  });
}
