import type { SubjectIdentity } from '@pledge/connectors';
import type { IdentityType } from '@pledge/connectors';
import type { Db } from '../db/database.ts';
import type { JobContext } from '../jobs/job-worker.ts';
import type { RightsRequest } from '../rights/request-model.ts';
import { verifiedIdentifiers } from '../rights/request-model.ts';
import { findRequestById } from '../rights/requests.repository.ts';
import { runChangeSteps } from './change-steps.ts';
import { runCollectSteps } from './collect-steps.ts';
import { runEraseSteps } from './erase-steps.ts';
import type { FulfilmentDeps } from './fulfilment-deps.ts';
import { answerText } from './answer-text.ts';
import { runAnswerStep, runNotifySteps } from './notify-steps.ts';
import { runPackageStep } from './package-step.ts';
import { isWorkable, transitionRequest } from './request-transitions.ts';
import type { RunContext } from './run-context.ts';
import { closeConnectors, createSystemConnectors } from './system-connectors.ts';
import { listIdentities, listSteps, type Step } from './steps.repository.ts';

/** What fulfilment may search by: identifiers proofs established (rights/), plus those a person attached and checked. */
export async function subjectIdentities(db: Db, request: RightsRequest): Promise<SubjectIdentity[]> {
  const verified = Object.entries(verifiedIdentifiers(request)).map(([type, value]) => ({ type: type as IdentityType, value: type === 'email' ? value.trim().toLowerCase() : value }));
  const extra = (await listIdentities(db, request.id)).map((i) => ({ type: i.type as IdentityType, value: i.value }));
  return [...verified, ...extra];
}

const done = (steps: readonly Step[], kind: Step['kind']) => steps.filter((s) => s.kind === kind).every((s) => s.status === 'done');

/**
 * One job attempt for one request: runs every step not yet done, in order, then moves the request through the state
 * machine: completed when all steps are done, waiting_on_manual_tasks when what is left waits for a person.
 * A step that may pass later throws StepsToRetry, so the job comes back with exponential backoff.
 */
export async function runFulfilment(deps: FulfilmentDeps, requestId: string, job: Pick<JobContext, 'lastAttempt' | 'signal'>): Promise<void> {
  const request = await findRequestById(deps.db, requestId);
  if (!isWorkable(request)) return; // withdrawn or denied meanwhile: nothing more is done
  const connectors = deps.connectors ? deps.connectors.get() : (deps.createConnectors ?? createSystemConnectors)(deps.manifest, deps.config.systemsEnv);
  const ctx: RunContext = {
    db: deps.db,
    audit: deps.audit,
    manifest: deps.manifest,
    connectors,
    request,
    identities: await subjectIdentities(deps.db, request),
    packageKey: deps.config.packageKey,
    hashSecret: deps.config.erasureHashSecret,
    lastAttempt: job.lastAttempt,
    signal: job.signal,
  };
  try {
    const steps = await listSteps(deps.db, requestId);
    if (request.type === 'access' || request.type === 'know' || request.type === 'portability') {
      await runCollectSteps(ctx, steps);
      await runPackageStep(ctx, steps, { mail: deps.mail, publicUrl: deps.publicUrl, ttlDays: deps.config.packageTtlDays });
    } else {
      if (request.type === 'erasure') await runEraseSteps(ctx, steps);
      else await runChangeSteps(ctx, steps, request.type === 'rectification' ? 'rectify' : 'restrict');
      if (done(steps, 'erase') && done(steps, 'rectify') && done(steps, 'restrict')) {
        await runNotifySteps(ctx, steps);
        if (done(steps, 'notify')) await runAnswerStep(ctx, steps, (answer) => deps.mail.answer(request, answerText(answer)));
      }
    }
  } finally {
    if (!deps.connectors) await closeConnectors(connectors);
  }
  await settle(deps, request);
}

async function settle(deps: FulfilmentDeps, request: RightsRequest): Promise<void> {
  const steps = await listSteps(deps.db, request.id);
  if (steps.every((s) => s.status === 'done')) {
    await transitionRequest(deps.db, deps.audit, deps.manifest, request.id, 'completed', 'every fulfilment step is done');
  } else if (steps.some((s) => s.status === 'waiting_manual')) {
    await transitionRequest(deps.db, deps.audit, deps.manifest, request.id, 'waiting_on_manual_tasks', 'only steps for a person are left');
  }
}
