import { describeError, isConnectorError, WebhookConnector } from '@pledge/connectors';
import type { Db } from '../db/database.ts';
import { NOTIFY_EVENT } from './fulfilment-plan.ts';
import { recordFailure, type RunContext } from './run-context.ts';
import { recordNotification, type Step } from './steps.repository.ts';

/**
 * GDPR Art. 19: every recipient is told about the erasure, rectification or restriction. Webhook systems get a signed
 * `notify` call; the others a recorded notification row (for the team's own letter or portal). The row and the
 * step's outcome commit together, so a resumed run never tells a recipient twice; only a crash between a webhook's
 * answer and that commit repeats the call, and receivers recognise it by `requestId` (the request's reference).
 * Returns the steps to retry.
 */
export async function runNotifySteps(ctx: RunContext, all: readonly Step[]): Promise<string[]> {
  const event = NOTIFY_EVENT[ctx.request.type];
  if (!event) return [];
  const retry: string[] = [];
  for (const step of all.filter((s) => s.kind === 'notify' && s.status !== 'done' && s.status !== 'waiting_manual')) {
    const recipient = step.recipient!;
    const connector = step.system ? ctx.connectors[step.system] : undefined;
    const channel = connector instanceof WebhookConnector ? 'webhook' : 'recorded';
    const done = { status: 'done' as const, result: { recipient, channel, event } };
    const write = async (tx: Db) => void (await recordNotification(tx, { requestId: ctx.request.id, recipient, event, channel }));
    if (!(connector instanceof WebhookConnector)) {
      ctx.writer.record(step, done, { write }); // a row, no effect outside Pledge: it goes with the run's next commit
      continue;
    }
    ctx.writer.intend(step);
    await ctx.writer.beforeEffect();
    try {
      await connector.notify({ kind: event, identities: ctx.identities.map((i) => ({ type: i.type, value: i.value })) }, { requestId: ctx.request.reference });
      ctx.writer.record(step, done, { urgent: true, write });
    } catch (error) {
      if (recordFailure(ctx, step, describeError(error), isConnectorError(error) && error.retryable, true) === 'retry') retry.push(step.key);
    }
  }
  return retry;
}

/** The answer to the person: per dataset what was done, and what was kept and why (GDPR Art. 12(1), 17(3)). */
export function composeAnswer(steps: readonly Step[]) {
  const datasets = steps
    .filter((s) => s.kind === 'erase' || s.kind === 'rectify' || s.kind === 'restrict')
    .map((s) => ({ system: s.system, dataset: s.dataset, status: s.status, resolvedBy: s.resolvedBy, ...(s.result ?? {}) }));
  const recipients = steps.filter((s) => s.kind === 'notify').map((s) => ({ recipient: s.recipient, status: s.status, ...(s.result ?? {}) }));
  const retained = datasets.filter((d) => Number((d as { retained?: unknown }).retained ?? 0) > 0);
  return { datasets, recipients, retained };
}

/**
 * The answer commits with the outcomes it reports (through the mail outbox, sent right after the commit): a crash
 * before the commit changes nothing, one after it delays the mail, never loses it.
 */
export function runAnswerStep(ctx: RunContext, all: readonly Step[], send: (answer: ReturnType<typeof composeAnswer>, tx: Db) => Promise<void>): void {
  const step = all.find((s) => s.kind === 'answer');
  if (!step || step.status === 'done') return;
  const answer = composeAnswer(all);
  ctx.writer.record(step, { status: 'done', result: JSON.parse(JSON.stringify(answer)) }, { write: (tx) => send(answer, tx) });
}
