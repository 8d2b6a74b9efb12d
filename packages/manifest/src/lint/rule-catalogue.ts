import { SCHEMA_RULE, YAML_SYNTAX_RULE } from '../loader/load-manifest.ts';
import type { LintRule } from './rule.ts';
import { ALL_RULES } from './rules/index.ts';

/** What reporting tools need to know about a rule: everything but its check. */
export type RuleDescriptor = Omit<LintRule, 'check'>;

/** The loader's own findings (PLG000, PLG001): they are not lint rules but report like them. */
export const LOADER_RULES: readonly RuleDescriptor[] = [
  {
    code: YAML_SYNTAX_RULE,
    name: 'yaml-syntax',
    severity: 'error',
    summary: 'The manifest is not valid YAML.',
    help: 'Pledge cannot read the manifest until the YAML is valid. Fix the syntax error at the reported position (indentation, an unclosed bracket or quote, a duplicate key).',
  },
  {
    code: SCHEMA_RULE,
    name: 'schema',
    severity: 'error',
    summary: 'The manifest does not match the Pledge manifest schema.',
    help: 'A required field is missing, a field is unknown, or a value has the wrong type or is not one of the allowed values. Compare the reported field with docs/manifest.md or schema/pledge.schema.json.',
  },
];

/** Every rule Pledge can report, in code order: what `pledge check --format sarif` lists. */
export const RULE_CATALOGUE: readonly RuleDescriptor[] = [...LOADER_RULES, ...ALL_RULES];

export function findRule(code: string): RuleDescriptor | undefined {
  return RULE_CATALOGUE.find((r) => r.code === code);
}
