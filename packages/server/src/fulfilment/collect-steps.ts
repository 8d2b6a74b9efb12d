import { findSubjectRows, type Connector, type Key, type Row } from '@pledge/connectors';
import { open, seal } from '../crypto/sealed-box.ts';
import { delegate, recordFailure, stepKey, type RunContext } from './run-context.ts';
import type { Step } from './steps.repository.ts';

/** What a collect step keeps (encrypted) until the package is built: the rows and which lookups found them. */
export interface CollectedRows {
  rows: Row[];
  queried: string[];
}

const pair = (field: string, value: Key) => `${field}\u0000${String(value)}`;

export function openCollected(ctx: Pick<RunContext, 'packageKey' | 'request'>, step: Step): CollectedRows {
  return JSON.parse(open(ctx.packageKey, step.sealed!, `${ctx.request.id}:${step.key}`).toString('utf8')) as CollectedRows;
}

/**
 * Serves datasets whose step is done from what that step stored, so a resumed run asks the systems only for what
 * it does not know yet; anything else goes to the real connector. Lookups have no effect, so nothing is marked
 * running before them: a run that dies mid-way simply asks again.
 */
function resumingConnectors(ctx: RunContext, steps: Map<string, Step>): Record<string, Connector> {
  const cache = new Map<string, CollectedRows>();
  for (const step of steps.values()) if (step.status === 'done' && step.sealed) cache.set(step.key, openCollected(ctx, step));
  return Object.fromEntries(
    Object.entries(ctx.connectors).map(([system, real]) => {
      const wrapped = delegate(real);
      wrapped.findRows = async (dataset, lookup, context) => {
        const key = stepKey(system, dataset.id, 'collect');
        const known = cache.get(key);
        if (known && lookup.values.every((v) => known.queried.includes(pair(lookup.field, v)))) {
          const wanted = new Set(lookup.values.map(String));
          return known.rows.filter((row) => row[lookup.field] !== null && wanted.has(String(row[lookup.field])));
        }
        return real.findRows(dataset, lookup, context);
      };
      return [system, wrapped];
    }),
  );
}

/**
 * GDPR Art. 15 and 20: every dataset the request graph reaches, one step each; failures per dataset, the rest goes
 * on. Outcomes are buffered (step-writer.ts); returns the steps to retry.
 */
export async function runCollectSteps(ctx: RunContext, all: readonly Step[]): Promise<string[]> {
  const steps = new Map(all.filter((s) => s.kind === 'collect').map((s) => [s.key, s]));
  if ([...steps.values()].every((s) => s.status === 'done' || s.status === 'waiting_manual')) return [];
  const { states } = await findSubjectRows(ctx.manifest, resumingConnectors(ctx, steps), ctx.identities, { requestId: ctx.request.reference });
  const retry: string[] = [];
  for (const state of states.values()) {
    const step = steps.get(stepKey(state.node.system, state.node.dataset, 'collect'));
    if (!step || step.status === 'done' || step.status === 'waiting_manual') continue;
    if (state.failure) {
      if (recordFailure(ctx, step, state.failure.error, state.failure.retryable) === 'retry') retry.push(step.key);
      continue;
    }
    if (state.pending.length > 0) {
      const task = state.pending[0]!.task ?? { title: `Answer the access request in ${step.system}.${step.dataset}`, assignee: null, steps: [] };
      ctx.writer.record(step, { status: 'waiting_manual', result: { task: { ...task }, pendingIds: state.pending.map((p) => p.id) } });
      continue;
    }
    const collected: CollectedRows = { rows: [...state.rows.values()], queried: [...state.queried] };
    const sealed = seal(ctx.packageKey, Buffer.from(JSON.stringify(collected), 'utf8'), `${ctx.request.id}:${step.key}`);
    const categories = Object.fromEntries(state.node.spec.fields.map((f) => [f.name, f.category]));
    ctx.writer.record(step, { status: 'done', result: { rows: collected.rows.length, categories }, sealed });
  }
  return retry;
}
