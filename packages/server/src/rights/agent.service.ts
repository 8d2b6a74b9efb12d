import { PledgeError } from '../errors/pledge-error.ts';
import { deleteAgentDocument, findAgentDocument, putAgentDocument } from './agent-documents.repository.ts';
import { detectDocumentType, openDocument, sealDocument } from './agent-document-crypto.ts';
import { findRequestForPerson } from './request-access.ts';
import { insertEvent } from './request-events.repository.ts';
import type { RightsRequest } from './request-model.ts';
import { findRequestById, lockRequestById, updateRequest } from './requests.repository.ts';
import { transact, type RightsContext } from './rights-context.ts';
import { transitionRequest } from './request-transitions.ts';
import { issueIdentityChallenge } from './verification-challenges.ts';

/**
 * Authorised agents (CCPA §1798.135(c), 11 CCR §7063; GDPR recital 63 by analogy). The signed
 * authorisation is never accepted by software: a person reviews it (attack 3), the copy is deleted
 * once they decide, and even then the person must confirm directly before anything happens (attack 7).
 */
export function createAgentService(ctx: RightsContext) {
  const key = () => {
    if (!ctx.config.uploadKey) throw new PledgeError('uploads_not_configured');
    return ctx.config.uploadKey;
  };
  const lockAgentRequest = async (tx: Parameters<typeof lockRequestById>[0], id: string): Promise<RightsRequest> => {
    const request = await lockRequestById(tx, id);
    if (!request) throw new PledgeError('request_not_found', { details: { id } });
    return request;
  };

  return {
    upload: async (reference: string, statusToken: string, content: Buffer): Promise<void> => {
      const encryptionKey = key();
      const request = await findRequestForPerson(ctx.db, reference, statusToken);
      const contentType = detectDocumentType(content);
      if (!contentType) throw new PledgeError('upload_type_not_allowed');
      await transact(ctx, async (tx) => {
        const locked = await lockAgentRequest(tx, request.id);
        const open = locked.agentStatus === 'awaiting_document' || locked.agentStatus === 'awaiting_review';
        if (!locked.agent || !open || locked.state !== 'received') throw new PledgeError('request_transition_illegal', { message: 'This request is not waiting for an authorisation document.' });
        const at = ctx.now();
        await putAgentDocument(tx, { requestId: locked.id, contentType, sizeBytes: content.length, ...sealDocument(encryptionKey, locked.id, content), uploadedAt: at });
        await updateRequest(tx, locked.id, { agentStatus: 'awaiting_review' });
        await insertEvent(tx, { requestId: locked.id, at, kind: 'agent_document_received', actor: 'agent', visibleToPerson: true });
        await ctx.audit.record({ actor: 'agent', action: 'rights_agent_document.uploaded', target: `rights_request:${locked.id}`, details: { contentType, sizeBytes: content.length } }, tx);
      });
    },

    /** The decrypted document for the reviewer; reading it is audited. Once decided it is gone: 410, not 404. */
    read: async (id: string, actor: string): Promise<{ contentType: string; content: Buffer }> => {
      const stored = await findAgentDocument(ctx.db, id);
      if (!stored) {
        const request = await findRequestById(ctx.db, id);
        if (request?.agentStatus === 'approved' || request?.agentStatus === 'rejected') throw new PledgeError('agent_document_deleted', { details: { id, decision: request.agentStatus } });
        throw new PledgeError('agent_document_not_found', { details: { id } });
      }
      const content = openDocument(key(), id, stored);
      await ctx.audit.record({ actor, action: 'rights_agent_document.read', target: `rights_request:${id}` });
      return { contentType: stored.contentType, content };
    },

    /**
     * Accepting asks the person to confirm through their own address; rejecting denies the request as unverifiable.
     * The reviewer's reason stays on the internal side of the timeline; the audit entry records its length only, as
     * it may name people (the audit log can never be rewritten).
     */
    decide: async (id: string, input: { decision: 'approved' | 'rejected'; reason: string }, actor: string): Promise<RightsRequest> =>
      (
        await transact(ctx, async (tx, outbox) => {
          const locked = await lockAgentRequest(tx, id);
          if (locked.agentStatus !== 'awaiting_review') throw new PledgeError('agent_document_not_found', { message: 'No authorisation document is waiting for review.', details: { id } });
          const { decision, reason } = input;
          const deleted = await deleteAgentDocument(tx, id);
          const at = ctx.now();
          await updateRequest(tx, id, { agentStatus: decision });
          await insertEvent(tx, { requestId: id, at, kind: decision === 'approved' ? 'agent_approved' : 'agent_rejected', actor, visibleToPerson: true, details: { reason, documentDeleted: deleted } });
          await ctx.audit.record({ actor, action: `rights_agent_document.${decision}`, target: `rights_request:${id}`, details: { documentDeleted: deleted, reasonCharacters: reason.length } }, tx);
          const reviewed = { ...locked, agentStatus: decision };
          if (decision === 'rejected') {
            const denied = await transitionRequest(ctx, tx, reviewed, 'denied', { actor, denialReason: 'unverifiable', details: { agent: 'authorisation rejected' } });
            outbox.push({ to: denied.email, language: denied.language, requestId: id, content: { template: 'denial', reference: denied.reference, requestType: denied.type, reason: 'unverifiable' } });
            return denied;
          }
          await issueIdentityChallenge(ctx, tx, outbox, reviewed);
          return transitionRequest(ctx, tx, reviewed, 'identity_verification', { actor });
        })
      ).value,
  };
}

export type AgentService = ReturnType<typeof createAgentService>;
