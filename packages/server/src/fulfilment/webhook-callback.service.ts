import type { DatasetSpec, WebhookCallback } from '@pledge/connectors';
import type { Manifest } from '@pledge/manifest';
import type { AuditService } from '../audit/audit.service.ts';
import { open, seal, type Sealed } from '../crypto/sealed-box.ts';
import { inTransaction, type Db } from '../db/database.ts';
import type { JsonValue } from '../db/database-schema.ts';
import { PledgeError } from '../errors/pledge-error.ts';
import { insertJob } from '../jobs/jobs.repository.ts';
import type { RightsRequest } from '../rights/request-model.ts';
import { findRequestByReference } from '../rights/requests.repository.ts';
import type { CollectedRows } from './collect-steps.ts';
import { retentionReasons } from './erase-steps.ts';
import type { FulfilmentConfig } from './fulfilment-config.ts';
import { FULFILMENT_JOB } from './fulfilment.service.ts';
import { isWorkable, transitionRequest } from './request-transitions.ts';
import { acceptedRows, addCounts, erasureCounts, KIND_OF_ACTION, mergeRows, operationsOf, pendingIdsOf, progressJson, progressOf, updatedCount, type CallbackProgress } from './webhook-callback-results.ts';
import { lockSystemSteps, saveCallbackProgress, type WaitingStep } from './webhook-callback.repository.ts';

/** `settled`: the step is done and the request goes on; `waiting`: more answers are due; `manual`: a person must act. */
export type CallbackStatus = 'settled' | 'waiting' | 'manual' | 'already_settled' | 'ignored';

export interface WebhookCallbacks {
  /** The signing secret of a webhook system, or null when there is no such system (or its secret is not set). */
  secretOf(system: string): string | null;
  settle(system: string, callback: WebhookCallback): Promise<CallbackStatus>;
}

export interface WebhookCallbackDeps {
  db: Db;
  audit: AuditService;
  manifest: Manifest;
  config: FulfilmentConfig;
}

const unknownOperation = (callback: WebhookCallback) => new PledgeError('callback_operation_unknown', { details: { operationId: callback.operationId } });

/**
 * Settles the operation a step waits on when its webhook system calls back (a 202 earlier). Everything happens in one
 * transaction under the step's row lock: the step's outcome, the audit entry, and the request's continuation job,
 * so a callback is applied once (a repeat finds it settled and changes nothing) and never without what follows it.
 */
export function createWebhookCallbacks(deps: WebhookCallbackDeps): WebhookCallbacks {
  const { db, audit, manifest, config } = deps;
  const specOf = (system: string, dataset: string | null): DatasetSpec | undefined => manifest.systems.find((s) => s.id === system)?.datasets.find((d) => d.id === dataset);

  async function continueRequest(tx: Db, request: RightsRequest, step: WaitingStep): Promise<void> {
    const wasRunning = request.state === 'in_progress';
    await transitionRequest(tx, audit, manifest, request.id, 'in_progress', `webhook callback settled ${step.key}`, request);
    // While in progress a run may still be going; starting the next one after its lease keeps the two from overlapping.
    const runAt = new Date(Date.now() + (wasRunning ? config.jobLeaseMs : 0));
    await insertJob(tx, { kind: FULFILMENT_JOB, payload: { requestId: request.id }, idempotencyKey: `fulfilment:${request.id}:callback:${step.id}`, maxAttempts: config.jobMaxAttempts, runAt });
  }

  /** What the callback brings to the step: the new result (and rows, for access) and whether the step is done. */
  function apply(request: RightsRequest, step: WaitingStep, callback: WebhookCallback, progress: CallbackProgress): { done: boolean; result: { [key: string]: JsonValue }; sealed?: Sealed | null } {
    const spec = specOf(step.system, step.dataset);
    if (!spec) throw unknownOperation(callback); // the manifest no longer has the dataset
    const done = pendingIdsOf(step).every((id) => progress.settled.includes(id)) && progress.failed.length === 0;
    // While more answers are due the step keeps its task and pending ids; once done its result reads like a run's.
    const result = (final: { [key: string]: JsonValue }) => ({ ...(done ? final : (step.result ?? {})), callbacks: progressJson(progress) });
    if (callback.action === 'access') {
      const context = `${request.id}:${step.key}`; // as collect-steps.ts seals, so the package step opens it
      const known = step.sealed ? (JSON.parse(open(config.packageKey, step.sealed, context).toString('utf8')) as CollectedRows).rows : [];
      const rows = mergeRows(spec, known, acceptedRows(spec, callback.result));
      const sealed = seal(config.packageKey, Buffer.from(JSON.stringify({ rows, queried: [] } satisfies CollectedRows), 'utf8'), context);
      const categories = Object.fromEntries(spec.fields.map((f) => [f.name, f.category]));
      return { done, result: result({ rows: rows.length, categories }), sealed };
    }
    if (callback.action === 'erase') {
      progress.counts = addCounts(progress.counts, erasureCounts(callback.result));
      const retention = progress.counts.retained > 0 ? retentionReasons(manifest, spec, request.language) : [];
      return { done, result: result({ ...progress.counts, retention }), ...(done ? { sealed: null } : {}) };
    }
    progress.updated += updatedCount(callback.result);
    return { done, result: result({ updated: progress.updated }) };
  }

  return {
    secretOf(system) {
      const connection = manifest.systems.find((s) => s.id === system)?.connection;
      if (connection?.engine !== 'webhook' || !connection.secretEnv) return null;
      const secret = config.systemsEnv[connection.secretEnv];
      return secret && secret.trim() !== '' ? secret : null;
    },

    async settle(system, callback) {
      const actor = `webhook:${system}`;
      // The callback's audit entry and, when it settles the step, the request's transition: one audit INSERT.
      return inTransaction(db, (tx) =>
        audit.batch(tx, async () => {
          const request = await findRequestByReference(tx, callback.requestId);
          const steps = request ? await lockSystemSteps(tx, request.id, system) : [];
          const step = steps.find((s) => operationsOf(s).includes(callback.operationId));
          if (!request || !step) throw unknownOperation(callback);
          const record = (outcome: CallbackStatus, extra: { [key: string]: JsonValue } = {}) =>
            audit.record({ actor, action: 'fulfilment.callback', target: request.reference, details: { step: step.key, operationId: callback.operationId, action: callback.action, outcome, ...extra } }, tx);

          const progress = progressOf(step);
          const seen = progress.settled.includes(callback.operationId) || progress.failed.some((f) => f.operationId === callback.operationId);
          if (seen || step.status !== 'waiting_manual') return (await record('already_settled'), 'already_settled');
          // Withdrawn or denied meanwhile: fulfilment does nothing more for it.
          if (!isWorkable(request)) return (await record('ignored'), 'ignored');

          const expected = KIND_OF_ACTION[callback.action];
          // An access answer may come for any step (its lookups); any other action only for a step of that kind.
          if (step.kind !== expected && callback.action !== 'access') throw new PledgeError('callback_action_mismatch', { details: { operationId: callback.operationId, action: callback.action } });
          if ('error' in callback.result) {
            progress.failed.push({ operationId: callback.operationId, reason: callback.result.error });
            const task = { ...((step.result?.task as { [key: string]: JsonValue } | undefined) ?? {}), reason: callback.result.error };
            await saveCallbackProgress(tx, step.id, { done: false, result: { ...(step.result ?? {}), task, callbacks: progressJson(progress) }, lastError: callback.result.error });
            return (await record('manual'), 'manual');
          }
          if (step.kind !== expected) {
            // A lookup answered late during an erasure, rectification or restriction: Pledge does not act on rows it
            // learns this way; the person finishing the task does (docs/connectors.md, "Asynchronous answers").
            const rows = 'rows' in callback.result ? callback.result.rows.length : 0;
            progress.failed.push({ operationId: callback.operationId, reason: `${rows} row(s) found after the fact; ${step.kind} them by hand, then resolve this task` });
            await saveCallbackProgress(tx, step.id, { done: false, result: { ...(step.result ?? {}), callbacks: progressJson(progress) } });
            return (await record('manual', { rows }), 'manual');
          }

          progress.settled.push(callback.operationId);
          const outcome = apply(request, step, callback, progress);
          await saveCallbackProgress(tx, step.id, outcome);
          if (!outcome.done) return (await record('waiting'), 'waiting');
          await record('settled', { result: outcome.result });
          await continueRequest(tx, request, step);
          return 'settled';
        }),
      );
    },
  };
}
