import type { Language, Manifest } from '@pledge/manifest';
import { createNoticeContext, type NoticeContext } from '../model/notice-context.ts';
import type { MessageKey } from '../messages/en.ts';
import {
  basisText, controllerText, dpoText, joinCells, purposeSubjects, recipientsText, representativesText, retentionText, securityText, transfersText,
} from './records-cells.ts';
import type { RecordsOfProcessing, RecordsRole } from './records-types.ts';

const CONTROLLER_COLUMNS = ['activity', 'controller', 'jointControllers', 'representative', 'dpo', 'purpose', 'lawfulBasis', 'subjects', 'categories', 'recipients', 'transfers', 'retention', 'security'] as const;
const PROCESSOR_COLUMNS = ['processor', 'dpo', 'representative', 'controllers', 'processing', 'subProcessors', 'transfers', 'security'] as const;

/**
 * The record of processing activities a controller (GDPR Art. 30(1)) or processor (Art. 30(2)) must keep, built from
 * the manifest: one row per purpose for the controller; for the processor, one row per purpose that processes the
 * data of customers' end users (or one row from `processorRole` when the manifest names none).
 */
export function recordsOfProcessing(manifest: Manifest, role: RecordsRole, lang: Language = manifest.notice.defaultLanguage): RecordsOfProcessing {
  const ctx = createNoticeContext(manifest, lang);
  const keys = role === 'controller' ? CONTROLLER_COLUMNS : PROCESSOR_COLUMNS;
  return {
    role,
    lang,
    title: ctx.t[`records.title.${role}`],
    organisation: manifest.organisation.name,
    columns: keys.map((key) => ({ key, label: ctx.t[`records.col.${key}` as MessageKey] })),
    rows: role === 'controller' ? controllerRows(ctx) : processorRows(ctx),
  };
}

function controllerRows(ctx: NoticeContext): Array<Record<string, string>> {
  const { manifest } = ctx;
  const controllers = joinCells(manifest.organisation.controllers.map((c) => controllerText(c, ctx)), ctx);
  return manifest.purposes.map((p) => {
    const description = ctx.local(p.description);
    const joint = manifest.recipients.filter((r) => r.type === 'joint_controller' && r.purposes.includes(p.id));
    return {
      activity: ctx.purposeName(p.id).text,
      controller: controllers,
      jointControllers: joinCells(joint.map((r) => r.name), ctx),
      representative: representativesText(ctx),
      dpo: dpoText(ctx),
      purpose: description ? `${ctx.purposeName(p.id).text}: ${description.text}` : ctx.purposeName(p.id).text,
      lawfulBasis: basisText(p, ctx),
      subjects: joinCells(purposeSubjects(p, manifest).map((s) => ctx.subject(s).text), ctx),
      categories: joinCells(p.categories.map((c) => ctx.category(c).text), ctx),
      recipients: recipientsText(p, ctx),
      transfers: transfersText(manifest.recipients.filter((r) => r.purposes.includes(p.id)).map((r) => r.id), ctx),
      retention: retentionText(p, ctx),
      security: securityText(ctx),
    };
  });
}

// GDPR Art. 30(2)(a)-(d): processor and controllers, categories of processing, transfers, security.
function processorRows(ctx: NoticeContext): Array<Record<string, string>> {
  const { manifest } = ctx;
  const role = manifest.organisation.processorRole;
  if (!role?.actsAsProcessor) return [];
  const subProcessors = manifest.recipients.filter((r) => r.type === 'sub_processor' || r.type === 'processor');
  const common = {
    processor: joinCells(manifest.organisation.controllers.map((c) => controllerText(c, ctx)), ctx),
    dpo: dpoText(ctx),
    representative: representativesText(ctx),
    controllers: ctx.local(role.redirectRequestsTo)?.text ?? ctx.t['records.customers'],
    security: securityText(ctx),
  };
  const onBehalf = manifest.purposes.filter((p) => purposeSubjects(p, manifest).includes('end_user_of_customer'));
  if (onBehalf.length === 0) {
    const ids = subProcessors.map((r) => r.id);
    return [{ ...common, processing: ctx.local(role.description)?.text ?? ctx.t['records.none'], subProcessors: joinCells(subProcessors.map((r) => r.name), ctx), transfers: transfersText(ids, ctx) }];
  }
  return onBehalf.map((p) => {
    const used = subProcessors.filter((r) => r.purposes.includes(p.id));
    const description = ctx.local(p.description);
    return {
      ...common,
      processing: description ? `${ctx.purposeName(p.id).text}: ${description.text}` : ctx.purposeName(p.id).text,
      subProcessors: joinCells(used.map((r) => `${r.name} (${ctx.country(r.country)})`), ctx),
      transfers: transfersText(used.map((r) => r.id), ctx),
    };
  });
}
