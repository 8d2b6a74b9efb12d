import type { Connector, SubjectIdentity } from '@pledge/connectors';
import type { Manifest } from '@pledge/manifest';
import type { AuditService } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { RightsRequest } from '../rights/request-model.ts';
import type { StepWriter } from './step-writer.ts';
import type { Step } from './steps.repository.ts';

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
  /** Where the run's intents and outcomes go (step-writer.ts). */
  writer: StepWriter;
}

/** A step that failed this run and will be tried again with the job's next attempt (exponential backoff). */
export class StepsToRetry extends Error {
  constructor(readonly keys: string[]) {
    super(`steps to retry: ${keys.join(', ')}`);
  }
}

export const stepKey = (system: string, dataset: string, kind: string) => `${kind}:${system}.${dataset}`;

/**
 * A failing connector: retried with the job's backoff while attempts are left and the error may pass;
 * otherwise a manual task for a person, with what went wrong (the error never holds personal data).
 */
export function recordFailure(ctx: RunContext, step: Step, error: string, retryable: boolean, urgent = false): 'retry' | 'manual' {
  // Interrupted (shutdown or lost lease): the step is not a failure; the next run does it.
  if (ctx.signal.aborted) throw new Error('the job was taken over or the worker is stopping');
  if (retryable && !ctx.lastAttempt) {
    ctx.writer.record(step, { status: 'failed', error }, { urgent });
    return 'retry';
  }
  const task = { title: `${step.kind} ${step.system ?? ''}${step.dataset ? `.${step.dataset}` : step.recipient ?? ''} by hand`, reason: error };
  ctx.writer.record(step, { status: 'waiting_manual', error, result: { task } }, { urgent });
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
    ...(real.eraseMany ? { eraseMany: (targets, context) => real.eraseMany!(targets, context) } : {}),
    rectifyRows: (dataset, keys, changes, context) => real.rectifyRows(dataset, keys, changes, context),
    restrictRows: (dataset, keys, restricted, context) => real.restrictRows(dataset, keys, restricted, context),
    close: () => real.close(),
  };
}
