import { eraseSubjectData, type DatasetErasureReport, type DatasetSpec, type Key } from '@pledge/connectors';
import type { Manifest } from '@pledge/manifest';
import { open, seal } from '../crypto/sealed-box.ts';
import type { JsonValue } from '../db/database-schema.ts';
import { recordFailure, type RunContext } from './run-context.ts';
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

const sealKeys = (ctx: RunContext, step: Step, keys: readonly Key[]) => seal(ctx.packageKey, Buffer.from(JSON.stringify({ keys }), 'utf8'), `${ctx.request.id}:${step.key}`);
/**
 * The keys an interrupted run sealed. Sealed under another process's key (PLEDGE_PACKAGE_KEY unset, so each process
 * has its own), they cannot be opened: the lookups alone find the rows then, as they would without the note.
 */
function openKeys(ctx: RunContext, step: Step): Key[] {
  try {
    return (JSON.parse(open(ctx.packageKey, step.sealed!, `${ctx.request.id}:${step.key}`).toString('utf8')) as { keys: Key[] }).keys;
  } catch {
    return [];
  }
}

/**
 * GDPR Art. 17: children first, one transaction per system where the connector allows (erasure-batches.ts). Before a
 * batch writes, its steps are marked running with the keys it is about to erase (sealed); its outcomes are durable
 * before the next batch starts. A crash therefore repeats at most one batch, with the same keys even if the batch
 * had already cut the links that found them, and the connectors' erasure converges. A parent waits while a child is
 * not erased (its rows are how the child's are found). Returns the steps to retry.
 */
export async function runEraseSteps(ctx: RunContext, all: readonly Step[]): Promise<string[]> {
  const steps = new Map(all.filter((s) => s.kind === 'erase').map((s) => [`${s.system}.${s.dataset}`, s]));
  if ([...steps.values()].every(isSettled)) return [];
  const settled = new Map<string, 'done' | 'waiting'>();
  const knownKeys = new Map<string, Key[]>();
  for (const [id, step] of steps) {
    if (step.status === 'done') settled.set(id, 'done');
    else if (step.status === 'waiting_manual') settled.set(id, 'waiting');
    else if (step.sealed) knownKeys.set(id, openKeys(ctx, step));
  }
  const retry: string[] = [];
  const handled = new Set<Step>();
  const settle = (d: DatasetErasureReport, urgent: boolean) => {
    const step = steps.get(`${d.system}.${d.dataset}`);
    if (!step || isSettled(step) || handled.has(step)) return;
    handled.add(step);
    const errors = d.errors.filter((e) => !e.startsWith(BLOCKED));
    if (errors.length > 0) {
      if (recordFailure(ctx, step, errors.join(' '), d.retryable, urgent) === 'retry') retry.push(step.key);
    } else if (d.errors.length > 0) {
      ctx.writer.record(step, { status: 'pending', error: d.errors.join(' ') }, { urgent }); // waits for its children
    } else if (d.pending.length > 0) {
      ctx.writer.record(step, { status: 'waiting_manual', result: { task: { title: `Erase the person's rows in ${d.system}.${d.dataset}` }, pendingIds: d.pending.map((p) => p.id) } }, { urgent });
    } else {
      const counts = { erased: d.erased, nulled: d.nulled, hashed: d.hashed, redacted: d.redacted, retained: d.retained };
      const spec = ctx.manifest.systems.find((s) => s.id === d.system)!.datasets.find((x) => x.id === d.dataset)!;
      const retention = d.retained > 0 ? retentionReasons(ctx.manifest, spec, ctx.request.language) : [];
      ctx.writer.record(step, { status: 'done', result: { ...counts, retention }, sealed: null }, { urgent }); // the keys go with the rows
    }
  };
  const report = await eraseSubjectData(ctx.manifest, ctx.connectors, ctx.identities, {
    hashSecret: ctx.hashSecret,
    requestId: ctx.request.reference,
    settled,
    knownKeys,
    beforeBatch: async (targets) => {
      // Rows a batch deletes are gone afterwards, found or not: only datasets whose rows stay (nulled, redacted,
      // hashed, kept) need their keys on record before it, since a lookup may no longer reach them.
      for (const { ref, keys, deletesRows } of targets) {
        const step = steps.get(`${ref.system}.${ref.dataset}`);
        if (step) ctx.writer.intend(step, sealKeys(ctx, step, keys), !deletesRows);
      }
      await ctx.writer.beforeEffect();
    },
    afterBatch: async (reports) => reports.forEach((d) => settle(d, true)),
  });
  // The rest: datasets with nothing (left) to erase, lookups that failed, parents that wait.
  for (const d of report.datasets) settle(d, false);
  return retry;
}
