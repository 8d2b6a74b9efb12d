import type { Manifest } from '@pledge/manifest';
import { planTraversal, type IdentityType } from '@pledge/connectors';
import type { RequestType } from '../rights/request-types.ts';

export type StepKind = 'collect' | 'package' | 'erase' | 'rectify' | 'restrict' | 'notify' | 'answer';
export type StepStatus = 'pending' | 'running' | 'done' | 'failed' | 'waiting_manual';

export interface PlannedStep {
  key: string;
  kind: StepKind;
  system: string | null;
  dataset: string | null;
  recipient: string | null;
}

/** The request types fulfilment runs; the others (objection, opt-outs, …) are handled in rights/. */
export const FULFILLED_TYPES: readonly RequestType[] = ['access', 'know', 'portability', 'erasure', 'rectification', 'restriction'];
export const isFulfilled = (type: RequestType): boolean => FULFILLED_TYPES.includes(type);

export type NotifyEvent = 'erasure' | 'rectification' | 'restriction';
export const NOTIFY_EVENT: Partial<Record<RequestType, NotifyEvent>> = { erasure: 'erasure', rectification: 'rectification', restriction: 'restriction' };

/**
 * GDPR Art. 19: everyone the data was disclosed to. Webhook systems are told through their endpoint (as the
 * recipient that runs them, `system.recipient`, or as themselves); every other declared recipient gets a recorded
 * notification row, for the team's own letter or portal.
 */
export function notifyTargets(manifest: Manifest): Array<{ recipient: string; viaSystem: string | null }> {
  const webhooks = manifest.systems.filter((s) => s.connection.engine === 'webhook').map((s) => ({ recipient: s.recipient ?? s.id, viaSystem: s.id }));
  const covered = new Set(webhooks.map((w) => w.recipient));
  return [...webhooks, ...manifest.recipients.filter((r) => !covered.has(r.id)).map((r) => ({ recipient: r.id, viaSystem: null }))];
}

const datasetStep = (kind: StepKind, ref: { system: string; dataset: string }): PlannedStep => ({
  key: `${kind}:${ref.system}.${ref.dataset}`,
  kind,
  system: ref.system,
  dataset: ref.dataset,
  recipient: null,
});

/**
 * The steps of a request, in the order they run: one per dataset the request graph reaches (erasure children
 * first, so foreign keys hold), then the recipients, then the answer. Only the kinds in FULFILLED_TYPES have steps.
 */
export function planSteps(manifest: Manifest, type: RequestType, identityTypes: readonly IdentityType[]): PlannedStep[] {
  const traversal = planTraversal(manifest, identityTypes);
  const notify = () => notifyTargets(manifest).map((t): PlannedStep => ({ key: `notify:${t.recipient}`, kind: 'notify', system: t.viaSystem, dataset: null, recipient: t.recipient }));
  const answer: PlannedStep = { key: 'answer', kind: 'answer', system: null, dataset: null, recipient: null };
  switch (type) {
    case 'access':
    case 'know':
    case 'portability':
      return [...traversal.steps.map((s) => datasetStep('collect', s)), { key: 'package', kind: 'package', system: null, dataset: null, recipient: null }];
    case 'erasure':
      return [...traversal.erasureOrder.map((s) => datasetStep('erase', s)), ...notify(), answer];
    case 'rectification':
      return [...traversal.steps.map((s) => datasetStep('rectify', s)), ...notify(), answer];
    case 'restriction':
      return [...traversal.steps.map((s) => datasetStep('restrict', s)), ...notify(), answer];
    default:
      return [];
  }
}
