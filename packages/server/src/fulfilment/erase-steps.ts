import { eraseSubjectData, isConnectorError, isPending, noCounts, type Connector, type DatasetSpec } from '@pledge/connectors';
import type { Manifest } from '@pledge/manifest';
import type { JsonValue } from '../db/database-schema.ts';
import { delegate, recordFailure, recordOutcome, startStep, stepKey, StepsToRetry, type RunContext } from './run-context.ts';
import type { Step } from './steps.repository.ts';

type Localized = string | Partial<Record<string, string | undefined>> | undefined;
const textIn = (text: Localized, lang: string): string | null =>
  text === undefined ? null : typeof text === 'string' ? text : (text[lang] ?? text.en ?? Object.values(text).find((v) => v !== undefined) ?? null);

/** GDPR Art. 17(3)(b): which fields are kept, under which retention rule, and the law behind it, in the person's language. */
export function retentionReasons(manifest: Manifest, dataset: DatasetSpec, lang: string): JsonValue[] {
  const byRule = new Map<string, string[]>();
  for (const field of dataset.fields.filter((f) => f.erasure === 'keep')) {
    const rule = field.retention ?? dataset.retention ?? '';
    byRule.set(rule, [...(byRule.get(rule) ?? []), field.name]);
  }
  return [...byRule].map(([rule, fields]) => ({ rule: rule || null, legalBasis: textIn(manifest.retention.find((r) => r.id === rule)?.legalBasis as Localized, lang), fields }));
}

const isSettled = (s: Step) => s.status === 'done' || s.status === 'waiting_manual';
const BLOCKED = 'Not erased yet';

/**
 * GDPR Art. 17: children first (the request graph's erasure order). A dataset's outcome is recorded the moment its
 * connector answers, so a crash after it never erases it twice; a resumed run skips it, and the connectors'
 * erasure converges for the one that was in flight. A parent waits while a child failed (its rows find the child's).
 */
export async function runEraseSteps(ctx: RunContext, all: readonly Step[]): Promise<void> {
  const steps = new Map(all.filter((s) => s.kind === 'erase').map((s) => [s.key, s]));
  if ([...steps.values()].every(isSettled)) return;
  const retryable = new Map<string, boolean>();
  const connectors: Record<string, Connector> = {};
  for (const [system, real] of Object.entries(ctx.connectors)) {
    const wrapped = delegate(real);
    wrapped.findRows = async (dataset, lookup, context) => {
      try {
        return await real.findRows(dataset, lookup, context);
      } catch (error) {
        retryable.set(stepKey(system, dataset.id, 'erase'), isConnectorError(error) && error.retryable);
        throw error;
      }
    };
    wrapped.eraseRows = async (dataset, keys, plan, context) => {
      const step = steps.get(stepKey(system, dataset.id, 'erase'));
      if (!step) return real.eraseRows(dataset, keys, plan, context);
      if (isSettled(step)) return noCounts();
      await startStep(ctx, step);
      try {
        const result = await real.eraseRows(dataset, keys, plan, context);
        if (isPending(result)) await recordOutcome(ctx, step, { status: 'waiting_manual', result: { task: { ...(result.task ?? { title: `Confirm the erasure in ${system}.${dataset.id}` }) }, pendingId: result.id } });
        else await recordOutcome(ctx, step, { status: 'done', result: { ...result, retention: result.retained > 0 ? retentionReasons(ctx.manifest, dataset, ctx.request.language) : [] } });
        return result;
      } catch (error) {
        retryable.set(step.key, isConnectorError(error) && error.retryable);
        throw error;
      }
    };
    connectors[system] = wrapped;
  }
  const report = await eraseSubjectData(ctx.manifest, connectors, ctx.identities, { hashSecret: ctx.hashSecret, requestId: ctx.request.reference });
  const retry: string[] = [];
  for (const d of report.datasets) {
    const step = steps.get(stepKey(d.system, d.dataset, 'erase'));
    if (!step || isSettled(step)) continue;
    const errors = d.errors.filter((e) => !e.startsWith(BLOCKED));
    if (errors.length > 0) {
      if ((await recordFailure(ctx, step, errors.join(' '), retryable.get(step.key) ?? false)) === 'retry') retry.push(step.key);
    } else if (d.errors.length > 0) {
      await recordOutcome(ctx, step, { status: 'pending', error: d.errors.join(' ') }); // waits for its children
    } else if (d.pending.length > 0) {
      await recordOutcome(ctx, step, { status: 'waiting_manual', result: { task: { title: `Erase the person's rows in ${d.system}.${d.dataset}` }, pendingIds: d.pending.map((p) => p.id) } });
    } else {
      await recordOutcome(ctx, step, { status: 'done', result: { ...noCounts(), retention: [] } }); // nothing (left) to erase
    }
  }
  if (retry.length > 0) throw new StepsToRetry(retry);
}
