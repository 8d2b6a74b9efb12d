import type { ManifestChange } from './change-types.ts';
import { pairById, same, type DiffContext } from './diff-context.ts';

// GDPR Art. 13(1)(a): a new controller is a new party deciding about the data; new contact details are not material.
export function diffControllers(ctx: DiffContext): ManifestChange[] {
  const out: ManifestChange[] = [];
  const pairs = pairById(ctx.before.organisation.controllers, ctx.after.organisation.controllers, (c) => c.id);
  for (const [id, before, after] of pairs) {
    const label = ctx.l10n(() => (after ?? before)!.legalName);
    if (!before) {
      out.push(ctx.change({ kind: 'added', area: 'controller', id, after, material: true, reason: 'A new controller.', purposes: ctx.after.purposes.map((p) => p.id), summary: { key: 'change.added.controller', label } }));
    } else if (!after) {
      out.push(ctx.change({ kind: 'removed', area: 'controller', id, before, material: false, reason: 'A controller was removed.', summary: { key: 'change.removed.controller', label } }));
    } else if (!same(before, after)) {
      out.push(ctx.change({ kind: 'changed', area: 'controller', id, field: 'details', before, after, material: false, reason: 'The controller’s name, contacts, DPO, representatives or authority changed.', summary: { key: 'change.controller.changed', label } }));
    }
  }
  return out;
}
