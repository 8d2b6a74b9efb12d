import type { LoadResult } from '../loader/load-manifest.ts';
import { applyAcceptances } from './accepted.ts';
import { formatPath, type Finding } from './finding.ts';
import type { LintRule, RuleContext } from './rule.ts';
import { ALL_RULES } from './rules/index.ts';
import { compareFindings } from './summary.ts';

/**
 * Runs every lint rule over a loaded manifest and marks the findings its `accepted` list covers.
 * A manifest that failed to load is returned as its YAML or schema findings: rules only see valid manifests.
 */
export function lintManifest(result: LoadResult, rules: readonly LintRule[] = ALL_RULES): Finding[] {
  if (!result.ok) return [...result.findings].sort(compareFindings);
  const { manifest, positions } = result;
  const findings: Finding[] = [];
  for (const rule of rules) {
    const ctx: RuleContext = {
      manifest,
      positions,
      report(path, message) {
        findings.push({ rule: rule.code, severity: rule.severity, message, path: formatPath(path), location: positions.positionOf(path) });
      },
    };
    rule.check(ctx);
  }
  return applyAcceptances(findings, manifest.accepted, positions).sort(compareFindings);
}
