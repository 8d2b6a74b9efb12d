import type { IdentityType } from '@pledge/connectors';
import { inTransaction, type Db } from '../db/database.ts';
import { PledgeError } from '../errors/pledge-error.ts';
import type { JobHandler } from '../jobs/job-worker.ts';
import { insertJob } from '../jobs/jobs.repository.ts';
import { findRequestById, findRequestByReference } from '../rights/requests.repository.ts';
import type { FulfilmentDeps } from './fulfilment-deps.ts';
import { FULFILLED_TYPES, isFulfilled, planSteps } from './fulfilment-plan.ts';
import { identitiesOf, runFulfilment } from './fulfilment-runner.ts';
import { transitionRequest } from './request-transitions.ts';
import { addIdentity, findRequestWithIdentities, findUnplannedRequests, finishStep, insertStepsWithJob, listNotifications, listSteps, type Step } from './steps.repository.ts';

export const FULFILMENT_JOB = 'fulfilment.run';

export interface FulfilmentService {
  /** Plans the steps and enqueues the first run, in the caller's transaction when given (approval and enqueue commit together). */
  start(requestId: string, tx?: Db): Promise<boolean>;
  /** Starts every in-progress request that has no steps yet; the worker calls it when idle, so no approval is missed. */
  pickUpApproved(): Promise<number>;
  handlers(): Record<string, JobHandler>;
  progress(reference: string): Promise<{ reference: string; state: string; steps: Array<Omit<Step, 'sealed' | 'requestId'>>; notifications: Array<{ recipient: string; event: string; channel: string; status: string; createdAt: Date }> }>;
  /** A person did a manual task: the step is done, and the request goes back to in_progress to finish the rest. */
  resolveTask(reference: string, stepKey: string, actor: string, note: string): Promise<void>;
  attachIdentity(reference: string, identity: { type: IdentityType; value: string }, actor: string): Promise<void>;
}

const notFound = () => new PledgeError('request_not_found');

export function createFulfilmentService(deps: FulfilmentDeps): FulfilmentService {
  const { db, audit } = deps;
  const job = (requestId: string, round: string) => ({ kind: FULFILMENT_JOB, payload: { requestId }, idempotencyKey: `fulfilment:${requestId}:${round}`, maxAttempts: deps.config.jobMaxAttempts });
  const enqueue = (tx: Db, requestId: string, round: string) => insertJob(tx, job(requestId, round));

  const start: FulfilmentService['start'] = (requestId, tx) =>
    inTransaction(tx ?? db, async (t) => {
      const found = await findRequestWithIdentities(t, requestId);
      if (!found || found.request.state !== 'in_progress' || !isFulfilled(found.request.type)) return false;
      const { request, attached } = found;
      const steps = planSteps(deps.manifest, request.type, [...new Set(identitiesOf(request, attached).map((i) => i.type))]);
      if ((await insertStepsWithJob(t, requestId, steps, job(requestId, 'start'))) === 0) return false;
      await audit.record({ actor: 'system', action: 'fulfilment.started', target: request.reference, details: { steps: steps.map((s) => s.key) } }, t);
      return true;
    });

  return {
    start,
    async pickUpApproved() {
      let started = 0;
      for (const id of await findUnplannedRequests(db, FULFILLED_TYPES)) if (await start(id)) started += 1;
      return started;
    },
    handlers: () => ({
      [FULFILMENT_JOB]: async (payload, job) => runFulfilment(deps, (payload as { requestId: string }).requestId, job),
    }),
    async progress(reference) {
      const request = await findRequestByReference(db, reference);
      if (!request) throw notFound();
      const steps = (await listSteps(db, request.id)).map(({ sealed: _sealed, requestId: _r, ...rest }) => rest);
      const notifications = (await listNotifications(db, request.id)).map((n) => ({ recipient: n.recipient, event: n.event, channel: n.channel, status: n.status, createdAt: n.created_at }));
      return { reference, state: request.state, steps, notifications };
    },
    async resolveTask(reference, stepKey, actor, note) {
      await inTransaction(db, (tx) =>
        audit.batch(tx, async () => {
          const request = await findRequestByReference(tx, reference);
          if (!request) throw notFound();
          const step = (await listSteps(tx, request.id)).find((s) => s.key === stepKey);
          if (!step || step.status !== 'waiting_manual') throw new PledgeError('fulfilment_step_not_waiting', { details: { step: stepKey } });
          await finishStep(tx, step.id, { status: 'done', resolvedBy: actor, result: { ...(step.result ?? {}), note } });
          await audit.record({ actor, action: 'fulfilment.task_resolved', target: reference, details: { step: stepKey } }, tx);
          await transitionRequest(tx, audit, deps.manifest, request.id, 'in_progress', `manual task ${stepKey} done`, request);
          await enqueue(tx, request.id, `resolved:${step.id}`);
        }),
      );
    },
    async attachIdentity(reference, identity, actor) {
      const request = await findRequestByReference(db, reference);
      if (!request) throw notFound();
      if (request.state !== 'verified' && request.state !== 'received' && request.state !== 'identity_verification') throw new PledgeError('request_transition_illegal', { message: 'Identifiers can only be attached before the request is approved.' });
      await inTransaction(db, async (tx) => {
        await addIdentity(tx, request.id, identity, actor);
        await audit.record({ actor, action: 'fulfilment.identity_attached', target: reference, details: { type: identity.type } }, tx);
      });
    },
  };
}
