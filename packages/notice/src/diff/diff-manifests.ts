import type { Manifest } from '@pledge/manifest';
import type { ManifestChange } from './change-types.ts';
import { diffCategories } from './diff-categories.ts';
import { createDiffContext } from './diff-context.ts';
import { diffControllers } from './diff-controllers.ts';
import { diffCookies } from './diff-cookies.ts';
import { diffPurposes } from './diff-purposes.ts';
import { diffRecipients } from './diff-recipients.ts';
import { diffRetention } from './diff-retention.ts';
import { diffRights } from './diff-rights.ts';
import { diffStances } from './diff-stances.ts';

/**
 * Every difference between two versions of a manifest that changes what the notice says, each classified as
 * material or not (the rules are in docs/notice.md). Systems (the data map behind the notice) are not compared.
 */
export function diffManifests(oldManifest: Manifest, newManifest: Manifest): ManifestChange[] {
  const ctx = createDiffContext(oldManifest, newManifest);
  return [
    ...diffControllers(ctx),
    ...diffCategories(ctx),
    ...diffPurposes(ctx),
    ...diffRecipients(ctx),
    ...diffRetention(ctx),
    ...diffRights(ctx),
    ...diffCookies(ctx),
    ...diffStances(ctx),
  ];
}
