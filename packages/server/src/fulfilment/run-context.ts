import type { Connector, SubjectIdentity } from '@pledge/connectors';
import type { Manifest } from '@pledge/manifest';
import type { AuditService } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { JsonValue } from '../db/database-schema.ts';
import { inTransaction } from '../db/database.ts';
import type { RightsRequest } from '../rights/request-model.ts';
import { finishStep, markStepRunning, type Step, type StepOutcome } from './steps.repository.ts';

/** Everything one run of a request's steps needs; built per job attempt by fulfilment.service.ts. */
export interface RunContext {
  db: Db;
  audit: AuditService;
  manifest: Manifest;
  connectors: Readonly<Record<string, Connector>>;
  request: RightsRequest;
  identities: readonly SubjectIdentity[];
  packageKey: Buffer;
  hashSecret: string;
  /** The job's last allowed attempt: lasting failures become manual tasks instead of another retry. */
  lastAttempt: boolean;
  signal: AbortSignal;
}

/** A step that failed this run and will be tried again with the job's next attempt (exponential backoff). */
export class StepsToRetry extends Error {
  constructor(readonly keys: string[]) {
    super(`steps to retry: ${keys.join(', ')}`);
  }
}

export const stepKey = (system: string, dataset: string, kind: string) => `${kind}:${system}.${dataset}`;

export async function startStep(ctx: RunContext, step: Step): Promise<void> {
  // A lost lease means another worker has the job now: stop before the next side effect.
  if (ctx.signal.aborted) throw new Error('the job was taken over or the worker is stopping');
  await markStepRunning(ctx.db, step.id);
}

/** Records the outcome and, the first time only, its audit entry: one transaction, so a crash never splits them. */
export async function recordOutcome(ctx: RunContext, step: Step, outcome: StepOutcome): Promise<void> {
  await inTransaction(ctx.db, async (tx) => {
    const changed = await finishStep(tx, step.id, outcome);
    if (!changed || (outcome.status !== 'done' && outcome.status !== 'waiting_manual')) return;
    const details: { [key: string]: JsonValue } = { step: step.key, status: outcome.status, ...(outcome.result ? { result: outcome.result } : {}) };
    await ctx.audit.record({ actor: outcome.resolvedBy ?? 'system', action: `fulfilment.step_${outcome.status}`, target: ctx.request.reference, details }, tx);
  });
  // Later steps of the same run read these (the package reads the rows, the answer the counts).
  step.status = outcome.status;
  if (outcome.result !== undefined) step.result = outcome.result;
  if (outcome.sealed) step.sealed = outcome.sealed;
  if (outcome.error !== undefined) step.lastError = outcome.error;
}

/**
 * A failing connector: retried with the job's backoff while attempts are left and the error may pass;
 * otherwise a manual task for a person, with what went wrong (the error never holds personal data).
 */
export async function recordFailure(ctx: RunContext, step: Step, error: string, retryable: boolean): Promise<'retry' | 'manual'> {
  // Interrupted (shutdown or lost lease): the step is not a failure; the next run does it.
  if (ctx.signal.aborted) throw new Error('the job was taken over or the worker is stopping');
  if (retryable && !ctx.lastAttempt) {
    await recordOutcome(ctx, step, { status: 'failed', error });
    return 'retry';
  }
  const task = { title: `${step.kind} ${step.system ?? ''}${step.dataset ? `.${step.dataset}` : step.recipient ?? ''} by hand`, reason: error };
  await recordOutcome(ctx, step, { status: 'waiting_manual', error, result: { task } });
  return 'manual';
}

/** A connector whose methods can be replaced one by one; calls go to `real` with `this` intact (engines use #private fields). */
export function delegate(real: Connector): Connector {
  return {
    engine: real.engine,
    capabilities: real.capabilities,
    describe: () => real.describe(),
    findRows: (dataset, lookup, context) => real.findRows(dataset, lookup, context),
    eraseRows: (dataset, keys, plan, context) => real.eraseRows(dataset, keys, plan, context),
    rectifyRows: (dataset, keys, changes, context) => real.rectifyRows(dataset, keys, changes, context),
    restrictRows: (dataset, keys, restricted, context) => real.restrictRows(dataset, keys, restricted, context),
    close: () => real.close(),
  };
}
