import { describeError, findSubjectRows, isConnectorError, isPending, type Key, type Value } from '@pledge/connectors';
import { recordFailure, stepKey, type RunContext } from './run-context.ts';
import type { Step } from './steps.repository.ts';

/** `system.dataset.field` → the new value, for one dataset (GDPR Art. 16: only declared fields; the connector checks). */
function changesFor(ctx: RunContext, system: string, dataset: string): Record<string, Value> {
  const prefix = `${system}.${dataset}.`;
  return Object.fromEntries((ctx.request.corrections ?? []).filter((c) => c.field.startsWith(prefix)).map((c) => [c.field.slice(prefix.length), c.value]));
}

/**
 * Rectification (Art. 16) and restriction (Art. 18), one step per dataset the request graph reaches. Both are
 * idempotent at the connector (the same values, the same flag), so a step in flight during a crash is simply redone.
 * Each write is its own effect: marked running before, its outcome durable before the next. Returns the steps to retry.
 */
export async function runChangeSteps(ctx: RunContext, all: readonly Step[], kind: 'rectify' | 'restrict'): Promise<string[]> {
  const steps = new Map(all.filter((s) => s.kind === kind).map((s) => [s.key, s]));
  if ([...steps.values()].every((s) => s.status === 'done' || s.status === 'waiting_manual')) return [];
  const { states } = await findSubjectRows(ctx.manifest, ctx.connectors, ctx.identities, { requestId: ctx.request.reference });
  const retry: string[] = [];
  for (const state of states.values()) {
    const { system, dataset, spec } = state.node;
    const step = steps.get(stepKey(system, dataset, kind));
    if (!step || step.status === 'done' || step.status === 'waiting_manual') continue;
    if (state.failure) {
      if (recordFailure(ctx, step, state.failure.error, state.failure.retryable) === 'retry') retry.push(step.key);
      continue;
    }
    const keys = [...state.rows.values()].map((r) => r[spec.primaryKey]).filter((k): k is Key => typeof k === 'string' || typeof k === 'number');
    const changes = kind === 'rectify' ? changesFor(ctx, system, dataset) : {};
    if (keys.length === 0 || (kind === 'rectify' && Object.keys(changes).length === 0)) {
      ctx.writer.record(step, { status: 'done', result: { updated: 0, rows: keys.length } });
      continue;
    }
    ctx.writer.intend(step);
    await ctx.writer.beforeEffect();
    try {
      const connector = ctx.connectors[system]!;
      const context = { requestId: ctx.request.reference };
      const result = kind === 'rectify' ? await connector.rectifyRows(spec, keys, changes, context) : await connector.restrictRows(spec, keys, true, context);
      if (isPending(result)) ctx.writer.record(step, { status: 'waiting_manual', result: { task: { ...(result.task ?? { title: `Confirm the ${kind} in ${system}.${dataset}` }) }, pendingId: result.id } }, { urgent: true });
      else ctx.writer.record(step, { status: 'done', result: { updated: result.updated, rows: keys.length, ...(kind === 'rectify' ? { fields: Object.keys(changes) } : {}) } }, { urgent: true });
    } catch (error) {
      const retryable = isConnectorError(error) && error.retryable;
      if (recordFailure(ctx, step, describeError(error), retryable, true) === 'retry') retry.push(step.key);
    }
  }
  return retry;
}
