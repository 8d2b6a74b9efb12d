import { durationToDays, type Manifest } from '@pledge/manifest';
import type { ManifestChange } from './change-types.ts';
import { pairById, same, type DiffContext } from './diff-context.ts';

type Cookie = Manifest['cookies'][number];
const days = (d: string): number => (d === 'session' ? 0 : durationToDays(d));
const key = (c: Cookie): string => c.name;

// ePrivacy Art. 5(3): a new non-essential cookie, a longer lifetime, another category or another party needs new
// consent; strictly necessary cookies need none, so adding one is reported but not material.
export function diffCookies(ctx: DiffContext): ManifestChange[] {
  const out: ManifestChange[] = [];
  for (const [id, before, after] of pairById(ctx.before.cookies, ctx.after.cookies, key)) {
    const label = ctx.l10n(() => id);
    if (!before) {
      const necessary = after!.category === 'strictly_necessary';
      out.push(ctx.change({ kind: 'added', area: 'cookie', id, after, material: !necessary, reason: necessary ? 'A new strictly necessary cookie (no consent needed).' : 'A new cookie that needs consent.', purposes: after!.purposes, summary: { key: 'change.added.cookie', label } }));
    } else if (!after) {
      out.push(ctx.change({ kind: 'removed', area: 'cookie', id, before, material: false, reason: 'A cookie is no longer used.', purposes: [], summary: { key: 'change.removed.cookie', label } }));
    } else if (!same(before, after)) {
      out.push(cookieChange(before, after, ctx));
    }
  }
  return out;
}

function cookieChange(before: Cookie, after: Cookie, ctx: DiffContext): ManifestChange {
  const label = ctx.l10n(() => after.name);
  const base = { kind: 'changed' as const, area: 'cookie' as const, id: after.name, before, after, purposes: after.purposes };
  if (days(after.duration) > days(before.duration)) {
    const value = ctx.duration(after.duration === 'session' ? undefined : after.duration, (t) => t['duration.session']);
    return ctx.change({ ...base, field: 'duration', material: true, reason: 'The cookie is kept longer.', summary: { key: 'change.cookie.longer', label, value } });
  }
  if (before.category !== after.category && after.category !== 'strictly_necessary') {
    return ctx.change({ ...base, field: 'category', material: true, reason: 'The cookie moved to a category that needs consent.', summary: { key: 'change.cookie.changed', label } });
  }
  if (before.provider !== after.provider || before.recipient !== after.recipient || (before.party === 'first' && after.party === 'third')) {
    return ctx.change({ ...base, field: 'party', material: true, reason: 'Another party now sets or reads the cookie.', summary: { key: 'change.cookie.changed', label } });
  }
  if (after.purposes.some((p) => !before.purposes.includes(p))) {
    return ctx.change({ ...base, field: 'purposes', material: true, reason: 'The cookie now serves more purposes.', summary: { key: 'change.cookie.changed', label } });
  }
  return ctx.change({ ...base, field: 'wording', material: false, reason: 'Only the wording, a shorter lifetime or technical details changed.', summary: { key: 'change.cookie.changed', label } });
}
