import type { SubjectIdentity } from '@pledge/connectors';
import type { IdentityType } from '@pledge/connectors';
import type { Db } from '../db/database.ts';
import type { JobContext } from '../jobs/job-worker.ts';
import type { RightsRequest } from '../rights/request-model.ts';
import { verifiedIdentifiers } from '../rights/request-model.ts';
import { runChangeSteps } from './change-steps.ts';
import { runCollectSteps } from './collect-steps.ts';
import { runEraseSteps } from './erase-steps.ts';
import type { FulfilmentDeps } from './fulfilment-deps.ts';
import { answerText } from './answer-text.ts';
import { runAnswerStep, runNotifySteps } from './notify-steps.ts';
import { runPackageStep } from './package-step.ts';
import { isWorkable, transitionRequest } from './request-transitions.ts';
import { StepsToRetry, type RunContext } from './run-context.ts';
import { createStepWriter } from './step-writer.ts';
import { closeConnectors, createSystemConnectors } from './system-connectors.ts';
import { findRequestWithIdentities, listSteps, type Step } from './steps.repository.ts';

/** What fulfilment may search by: identifiers proofs established (rights/), plus those a person attached and checked. */
export function identitiesOf(request: RightsRequest, attached: ReadonlyArray<{ type: string; value: string }>): SubjectIdentity[] {
  const verified = Object.entries(verifiedIdentifiers(request)).map(([type, value]) => ({ type: type as IdentityType, value: type === 'email' ? value.trim().toLowerCase() : value }));
  return [...verified, ...attached.map((i) => ({ type: i.type as IdentityType, value: i.value }))];
}

const done = (steps: readonly Step[], kind: Step['kind']) => steps.filter((s) => s.kind === kind).every((s) => s.status === 'done');

/** What a job attempt needs of the worker: `complete` lets the run end the job in its own last commit. */
export type RunJob = Pick<JobContext, 'lastAttempt' | 'signal'> & Partial<Pick<JobContext, 'complete'>>;

/**
 * One job attempt for one request: runs every step not yet done, in order, then moves the request through the state
 * machine: completed when all steps are done, waiting_on_manual_tasks when what is left waits for a person. The
 * run's last commit holds its remaining outcomes, that transition and the job's completion together.
 * A step that may pass later throws StepsToRetry, so the job comes back with exponential backoff.
 */
export async function runFulfilment(deps: FulfilmentDeps, requestId: string, job: RunJob): Promise<void> {
  // Two independent reads, at once (the pool has the connections).
  const [found, steps] = await Promise.all([findRequestWithIdentities(deps.db, requestId), listSteps(deps.db, requestId)]);
  const request = found?.request;
  if (!isWorkable(request)) return; // withdrawn or denied meanwhile: nothing more is done
  const identities = identitiesOf(request, found!.attached);
  const connectors = deps.connectors ? deps.connectors.get() : (deps.createConnectors ?? createSystemConnectors)(deps.manifest, deps.config.systemsEnv);
  const ctx: RunContext = {
    db: deps.db,
    audit: deps.audit,
    manifest: deps.manifest,
    connectors,
    request,
    identities,
    packageKey: deps.config.packageKey,
    hashSecret: deps.config.erasureHashSecret,
    lastAttempt: job.lastAttempt,
    signal: job.signal,
    writer: createStepWriter({ db: deps.db, audit: deps.audit, reference: request.reference, signal: job.signal }),
  };
  const retry: string[] = [];
  try {
    if (request.type === 'access' || request.type === 'know' || request.type === 'portability') {
      retry.push(...(await runCollectSteps(ctx, steps)));
      await runPackageStep(ctx, steps, { mail: deps.mail, publicUrl: deps.publicUrl, ttlDays: deps.config.packageTtlDays });
    } else {
      if (request.type === 'erasure') retry.push(...(await runEraseSteps(ctx, steps)));
      else retry.push(...(await runChangeSteps(ctx, steps, request.type === 'rectification' ? 'rectify' : 'restrict')));
      if (done(steps, 'erase') && done(steps, 'rectify') && done(steps, 'restrict')) {
        retry.push(...(await runNotifySteps(ctx, steps)));
        if (done(steps, 'notify')) runAnswerStep(ctx, steps, (answer, tx) => deps.mail.answer(request, answerText(answer), tx));
      }
    }
  } finally {
    if (!deps.connectors) await closeConnectors(connectors);
  }
  if (retry.length > 0) {
    await ctx.writer.commit();
    throw new StepsToRetry(retry);
  }
  await ctx.writer.commit(async (tx) => {
    await settle(tx, deps, request, steps);
    await job.complete?.(tx);
  });
  // The link or the answer was written to the mail outbox in that commit; it goes now (or with the outbox drainer).
  await deps.mail.flush?.();
}

async function settle(tx: Db, deps: FulfilmentDeps, request: RightsRequest, steps: readonly Step[]): Promise<void> {
  if (steps.every((s) => s.status === 'done')) {
    await transitionRequest(tx, deps.audit, deps.manifest, request.id, 'completed', 'every fulfilment step is done', request);
  } else if (steps.some((s) => s.status === 'waiting_manual')) {
    await transitionRequest(tx, deps.audit, deps.manifest, request.id, 'waiting_on_manual_tasks', 'only steps for a person are left', request);
  }
}
