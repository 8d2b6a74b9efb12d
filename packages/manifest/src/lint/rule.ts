import type { PositionIndex } from '../loader/yaml-positions.ts';
import type { Manifest } from '../schema/manifest.ts';
import type { ManifestPath, Severity } from './finding.ts';

export interface RuleContext {
  manifest: Manifest;
  positions: PositionIndex;
  /** Records a finding at `path` (an array path into the manifest, e.g. ['recipients', 2, 'transfer']). */
  report(path: ManifestPath, message: string): void;
}

/** A lint rule: a compliance mistake Pledge can see in a manifest. One file per rule, in `rules/`. */
export interface LintRule {
  /** Stable code, never reused: PLG100 and up (PLG000/PLG001 are YAML syntax and schema). */
  code: string;
  /** kebab-case name, e.g. `transfer-without-mechanism`. */
  name: string;
  severity: Severity;
  /** One sentence: what the rule catches. */
  summary: string;
  /** Why it matters and how to fix it, with the legal reference. */
  help: string;
  check(ctx: RuleContext): void;
}
