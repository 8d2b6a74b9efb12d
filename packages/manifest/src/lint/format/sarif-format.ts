import type { Finding, Severity } from '../finding.ts';
import { RULE_CATALOGUE, type RuleDescriptor } from '../rule-catalogue.ts';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const PLEDGE_INFORMATION_URI = 'https://github.com/pledge-privacy/pledge';

export interface SarifOptions {
  /** The Pledge version, reported as tool.driver.version. */
  version?: string;
}

const level = (s: Severity): 'error' | 'warning' => s;

function ruleDescriptor(rule: RuleDescriptor): Record<string, unknown> {
  return {
    id: rule.code,
    name: rule.name,
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.help },
    help: { text: rule.help },
    defaultConfiguration: { level: level(rule.severity) },
  };
}

/** A SARIF 2.1.0 log (OASIS standard) for code-scanning tools such as GitHub code scanning. */
export function toSarif(findings: readonly Finding[], options: SarifOptions = {}): Record<string, unknown> {
  const index = new Map(RULE_CATALOGUE.map((r, i) => [r.code, i]));
  const results = findings.map((f) => ({
    ruleId: f.rule,
    ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
    level: level(f.severity),
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(f.location.file) },
          region: { startLine: Math.max(1, f.location.line), startColumn: Math.max(1, f.location.column) },
        },
        logicalLocations: [{ fullyQualifiedName: f.path, kind: 'member' }],
      },
    ],
    ...(f.accepted ? { suppressions: [{ kind: 'external', justification: f.accepted.reason }] } : {}),
  }));
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'pledge',
            informationUri: PLEDGE_INFORMATION_URI,
            version: options.version ?? '0.1.0',
            rules: RULE_CATALOGUE.map(ruleDescriptor),
          },
        },
        columnKind: 'unicodeCodePoints',
        results,
      },
    ],
  };
}

/** SARIF wants URI references: forward slashes, percent-encoded, relative to the working directory. */
function toUri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

export function formatSarif(findings: readonly Finding[], options: SarifOptions = {}): string {
  return `${JSON.stringify(toSarif(findings, options), null, 2)}\n`;
}
