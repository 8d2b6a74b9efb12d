import { randomUUID } from 'node:crypto';
import { samePerson } from '../auth/acting-person.ts';
import type { Db } from '../db/database.ts';
import type { JsonValue } from '../db/database-schema.ts';
import { PledgeError } from '../errors/pledge-error.ts';
import { findActorLabels } from './actor-labels.repository.ts';
import { decideApproval, insertApproval, listAssuranceOverrides, listPendingApprovals, lockApproval, lockAssuranceType, upsertAssuranceOverride, type Approval } from './approvals.repository.ts';
import { compareAssurance, defaultAssurance, minimumAssurance, type AssuranceLevel } from './assurance.ts';
import { fieldError } from './request-access.ts';
import { listLinks } from './request-events.repository.ts';
import type { RightsRequest } from './request-model.ts';
import { ABUSE_DENIALS, type DenialReason } from './request-state-machine.ts';
import { REQUEST_TYPES, type RequestType } from './request-types.ts';
import { lockRequestById } from './requests.repository.ts';
import { transact, type Outbox, type RightsContext } from './rights-context.ts';
import { transitionRequest } from './request-transitions.ts';

export interface AssuranceLevelInForce {
  type: RequestType;
  /** What the manifest asks. */
  default: AssuranceLevel;
  /** No approval goes below this. */
  minimum: AssuranceLevel;
  effective: AssuranceLevel;
  changedBy: string | null;
  changedAt: Date | null;
  approvedBy: string | null;
}

export type DenialOutcome = { denied: RightsRequest } | { pending: Approval };

/**
 * The two-person rule. Calling a request abusive (attack 13) and lowering the assurance a type needs
 * (attack 4) are proposed by one key and take effect only when a different key approves.
 */
export function createApprovalsService(ctx: RightsContext) {
  const deny = async (tx: Db, outbox: Outbox, request: RightsRequest, reason: DenialReason, actor: string, details: { [key: string]: JsonValue }) => {
    const denied = await transitionRequest(ctx, tx, request, 'denied', { actor, denialReason: reason, details });
    outbox.push({ to: denied.deliveryEmail, language: denied.language, requestId: denied.id, content: { template: 'denial', reference: denied.reference, requestType: denied.type, reason } });
    return denied;
  };
  const effectiveLevels = async (): Promise<AssuranceLevelInForce[]> => {
    const overrides = await listAssuranceOverrides(ctx.db);
    return REQUEST_TYPES.map((type) => {
      const override = overrides.find((o) => o.type === type);
      return {
        type, default: defaultAssurance(ctx.manifest, type), minimum: minimumAssurance(type), effective: override?.level ?? defaultAssurance(ctx.manifest, type),
        changedBy: override?.changedBy ?? null, changedAt: override?.changedAt ?? null, approvedBy: override?.approvedBy ?? null,
      };
    });
  };
  /** Who the staff actors are, for people reading the list (account e-mail, API key label). */
  const labelled = async <T>(value: T, actors: Array<string | null>) => ({ ...value, actors: await findActorLabels(ctx.db, actors.filter((a): a is string => a !== null)) });

  return {
    /** unverifiable and legal_exemption take effect at once; manifestly_unfounded and excessive need evidence and a second approver. */
    deny: async (id: string, input: { reason: DenialReason; evidence?: string | undefined }, actor: string): Promise<DenialOutcome> =>
      (
        await transact(ctx, async (tx, outbox): Promise<DenialOutcome> => {
          const request = await lockRequestById(tx, id);
          if (!request) throw new PledgeError('request_not_found', { message: 'No request with this id.', details: { id } });
          if (!ABUSE_DENIALS.has(input.reason)) return { denied: await deny(tx, outbox, request, input.reason, actor, {}) };
          if (!input.evidence) throw fieldError('body.evidence', 'required', `calling a request ${input.reason} needs recorded evidence (GDPR Art. 12(5): the burden is on the controller)`);
          if ((await listPendingApprovals(tx, id)).some((a) => a.kind === 'deny_request')) throw new PledgeError('second_approver_required', { message: 'A denial of this request is already waiting for approval.' });
          const repeats = (await listLinks(tx, id)).filter((l) => l.kind === 'repeat').map((l) => l.reference);
          const approval = { id: randomUUID(), kind: 'deny_request' as const, requestId: id, payload: { reason: input.reason, repeats }, evidence: input.evidence, proposedBy: actor, at: ctx.now() };
          await insertApproval(tx, approval);
          await ctx.audit.record({ actor, action: 'rights_approval.proposed', target: `rights_approval:${approval.id}`, details: { kind: approval.kind, request: id, reason: input.reason } }, tx);
          return { pending: { ...approval, proposedAt: approval.at, decidedBy: null, decidedAt: null, decision: null } };
        })
      ).value,

    /** Raising takes effect at once; lowering waits for a second approver and never goes below the type's floor. */
    changeAssurance: async (input: { type: RequestType; level: AssuranceLevel; reason: string }, actor: string): Promise<{ applied: boolean; approval?: Approval }> => {
      if (compareAssurance(input.level, minimumAssurance(input.type)) < 0) throw fieldError('body.level', 'below_minimum', `${input.type} needs at least ${minimumAssurance(input.type)}`);
      const current = (await effectiveLevels()).find((l) => l.type === input.type)!.effective;
      return (
        await transact(ctx, async (tx) => {
          await lockAssuranceType(tx, input.type);
          if (compareAssurance(input.level, current) >= 0) {
            await upsertAssuranceOverride(tx, { type: input.type, level: input.level, reason: input.reason, changedBy: actor, approvedBy: null, at: ctx.now() });
            await ctx.audit.record({ actor, action: 'rights_assurance.raised', target: `request_type:${input.type}`, details: { from: current, to: input.level } }, tx);
            return { applied: true };
          }
          if ((await listPendingApprovals(tx)).some((a) => a.kind === 'lower_assurance' && a.payload.type === input.type)) {
            throw new PledgeError('approval_already_pending', { message: `Lowering the assurance of ${input.type} is already waiting for a second approver: decide that first.`, details: { type: input.type } });
          }
          const approval = { id: randomUUID(), kind: 'lower_assurance' as const, requestId: null, payload: { type: input.type, from: current, to: input.level }, evidence: input.reason, proposedBy: actor, at: ctx.now() };
          await insertApproval(tx, approval);
          await ctx.audit.record({ actor, action: 'rights_approval.proposed', target: `rights_approval:${approval.id}`, details: { kind: approval.kind, ...approval.payload } }, tx);
          return { applied: false, approval: { ...approval, proposedAt: approval.at, decidedBy: null, decidedAt: null, decision: null } };
        })
      ).value;
    },

    levels: async () => {
      const levels = await effectiveLevels();
      return labelled({ levels }, levels.flatMap((l) => [l.changedBy, l.approvedBy]));
    },
    pending: async () => {
      const approvals = await listPendingApprovals(ctx.db);
      return labelled({ approvals }, approvals.map((a) => a.proposedBy));
    },

    decide: async (approvalId: string, decision: 'approved' | 'rejected', actor: string): Promise<Approval> =>
      (
        await transact(ctx, async (tx, outbox) => {
          const approval = await lockApproval(tx, approvalId);
          if (!approval || approval.decidedAt !== null) throw new PledgeError('approval_not_found', { details: { id: approvalId } });
          // Not the proposer, nor a key the proposer made (or that made the proposer's): auth/acting-person.ts.
          if (await samePerson(tx, approval.proposedBy, actor)) throw new PledgeError('second_approver_required', { details: { proposedBy: approval.proposedBy } });
          const at = ctx.now();
          await decideApproval(tx, approval.id, { decidedBy: actor, decision, at });
          await ctx.audit.record({ actor, action: `rights_approval.${decision}`, target: `rights_approval:${approval.id}`, details: { kind: approval.kind, proposedBy: approval.proposedBy } }, tx);
          if (decision === 'approved' && approval.kind === 'deny_request' && approval.requestId) {
            const request = await lockRequestById(tx, approval.requestId);
            if (!request) throw new PledgeError('request_not_found');
            const reason = approval.payload.reason as DenialReason;
            await deny(tx, outbox, request, reason, actor, { approval: approval.id, proposedBy: approval.proposedBy });
          }
          if (decision === 'approved' && approval.kind === 'lower_assurance') {
            const { type, to } = approval.payload as { type: RequestType; to: AssuranceLevel };
            await upsertAssuranceOverride(tx, { type, level: to, reason: approval.evidence, changedBy: approval.proposedBy, approvedBy: actor, at });
          }
          return { ...approval, decidedBy: actor, decidedAt: at, decision };
        })
      ).value,
  };
}

export type ApprovalsService = ReturnType<typeof createApprovalsService>;
