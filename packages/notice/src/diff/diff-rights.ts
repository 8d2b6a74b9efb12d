import { JURISDICTIONS } from '@pledge/manifest';
import type { ManifestChange } from './change-types.ts';
import { addedItems, type DiffContext } from './diff-context.ts';

// Offering a right is never material for the person; a right no longer listed is reported (and linted), not material.
export function diffRights(ctx: DiffContext): ManifestChange[] {
  const out: ManifestChange[] = [];
  for (const j of JURISDICTIONS) {
    const before = ctx.before.rights.offered[j] ?? [];
    const after = ctx.after.rights.offered[j] ?? [];
    const value = ctx.l10n((t) => t[`jurisdiction.${j}`]);
    for (const right of addedItems(before, after)) {
      out.push(ctx.change({ kind: 'added', area: 'right', id: `${j}:${right}`, after: right, material: false, reason: 'A right is now offered.', summary: { key: 'change.added.right', label: ctx.l10n((t) => t[`right.${right}`]), value } }));
    }
    for (const right of addedItems(after, before)) {
      out.push(ctx.change({ kind: 'removed', area: 'right', id: `${j}:${right}`, before: right, material: false, reason: 'A right is no longer listed.', summary: { key: 'change.removed.right', label: ctx.l10n((t) => t[`right.${right}`]), value } }));
    }
  }
  return out;
}
