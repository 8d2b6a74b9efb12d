import type { AuditService } from '../audit/audit.service.ts';
import type { Sealed } from '../crypto/sealed-box.ts';
import { inTransaction, type Db } from '../db/database.ts';
import type { JsonValue } from '../db/database-schema.ts';
import { writeSteps, type Step, type StepIntent, type StepOutcome } from './steps.repository.ts';

export interface OutcomeOptions {
  /** The outcome of an effect (a connector write, a webhook call): durable before the next effect starts. */
  urgent?: boolean;
  /** Written in the same transaction as the outcome (an Art. 19 notification row, the access package). */
  write?: (tx: Db) => Promise<void>;
}

/**
 * How a run writes its steps: few commits, never fewer than the guarantees need. Outcomes are buffered and written
 * together, with one audit entry listing them, in the latest transaction that keeps these rules:
 * - before an effect (a connector write, a webhook call, the answer mail), the steps it touches are marked running
 *   with what they are about to change (an intent), durably;
 * - an effect's outcome is durable before the next effect starts: the intent of the next effect and the outcomes of
 *   the last share that commit. A crash therefore repeats at most the one effect in flight (idempotent at the
 *   connector), and loses at most its counts;
 * - outcomes without an effect (rows found, a lookup that failed, nothing to erase) ride along with the next
 *   commit; if a crash loses them, the resumed run finds the same again.
 * The run's last commit also carries the request's transition and the job's completion (fulfilment-runner.ts).
 */
export interface StepWriter {
  /**
   * Notes that an effect on `step` is next, with what it will change. `required`: the note must be durable before
   * the effect (the effect leaves rows a resumed run may no longer find); otherwise it rides along with the next
   * commit, or is dropped if the step's outcome gets there first.
   */
  intend(step: Step, sealed?: Sealed, required?: boolean): void;
  /** Buffers an outcome and applies it to `step` at once, so later steps of the same run see it; replaces one buffered before. */
  record(step: Step, outcome: StepOutcome, options?: OutcomeOptions): void;
  /** Whether `step` has an outcome waiting to be written. */
  holds(step: Step): boolean;
  /** Call right before an effect: writes what must precede it, and stops if the job is no longer this worker's. */
  beforeEffect(): Promise<void>;
  /** Writes everything buffered, and `also`, in one durable transaction. */
  commit(also?: (tx: Db) => Promise<void>): Promise<void>;
}

interface Buffered extends OutcomeOptions {
  step: Step;
  outcome: StepOutcome;
}

interface Intent extends StepIntent {
  step: Step;
  required: boolean;
}

export function createStepWriter(deps: { db: Db; audit: AuditService; reference: string; signal: AbortSignal }): StepWriter {
  let intents: Intent[] = [];
  let outcomes: Buffered[] = [];
  let urgent = false;
  // Steps this run marked running: their attempt is counted there, not again with the outcome.
  const marked = new Set<string>();

  const commit: StepWriter['commit'] = async (also) => {
    if (intents.length === 0 && outcomes.length === 0 && !also) return;
    // An intent whose outcome is in the same commit says nothing more: the outcome counts the attempt.
    const ahead = intents.filter((i) => !outcomes.some((o) => o.step.id === i.step.id));
    // One audit INSERT for the commit: the steps it settled and, in the last commit, the request's transition.
    await inTransaction(deps.db, (tx) =>
      deps.audit.batch(tx, async () => {
        const changed = await writeSteps(tx, ahead, outcomes.map(({ step, outcome }) => ({ id: step.id, outcome, countAttempt: !marked.has(step.id) })));
        for (const i of ahead) marked.add(i.step.id);
        for (const o of outcomes) await o.write?.(tx);
        const settled = outcomes.filter((o) => changed.has(o.step.id) && (o.outcome.status === 'done' || o.outcome.status === 'waiting_manual'));
        if (settled.length > 0) {
          const steps: JsonValue[] = settled.map(({ step, outcome }) => ({ step: step.key, status: outcome.status, ...(outcome.result ? { result: outcome.result } : {}) }));
          await deps.audit.record({ actor: 'system', action: 'fulfilment.steps_settled', target: deps.reference, details: { steps } }, tx);
        }
        await also?.(tx);
      }),
    );
    intents = [];
    outcomes = [];
    urgent = false;
  };

  return {
    intend(step, sealed, required = true) {
      intents.push({ step, id: step.id, required, ...(sealed ? { sealed } : {}) });
    },
    record(step, outcome, options = {}) {
      outcomes = [...outcomes.filter((o) => o.step !== step), { step, outcome, ...options }];
      urgent ||= options.urgent === true;
      step.status = outcome.status;
      if (outcome.result !== undefined) step.result = outcome.result;
      if (outcome.sealed !== undefined) step.sealed = outcome.sealed;
      if (outcome.error !== undefined) step.lastError = outcome.error;
    },
    holds: (step) => outcomes.some((o) => o.step === step),
    async beforeEffect() {
      // A lost lease means another worker has the job now: stop before the next side effect.
      if (deps.signal.aborted) throw new Error('the job was taken over or the worker is stopping');
      // Required intents are durable before the effect: a resumed run must know which keys it may already have changed.
      if (urgent || intents.some((i) => i.required)) await commit();
    },
    commit,
  };
}
