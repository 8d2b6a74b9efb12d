import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../finding.ts';
import { RULE_CATALOGUE } from '../rule-catalogue.ts';
import { ALL_RULES } from '../rules/index.ts';
import { lintEdited, remove, set } from '../testing/fixture-edits.ts';
import { formatFindings } from './format-findings.ts';
import { toJsonReport } from './json-format.ts';
import { toSarif } from './sarif-format.ts';
import { formatText } from './text-format.ts';

const require = createRequire(import.meta.url);
const SARIF_SCHEMA = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));

/** Several findings of both severities, one of them accepted. */
function sampleFindings(): Finding[] {
  return lintEdited(
    set(['recipients', 1, 'transfer', 'mechanism'], 'privacy_shield'),
    set(['recipients', 0, 'dpa'], false),
    remove(['purposes', 3, 'consent']),
    set(['accepted'], [{ rule: 'PLG134', path: 'recipients[0]', reason: 'DPA is being signed; legal has the draft.' }]),
  ).findings.map((f) => ({ ...f, location: { ...f.location, file: 'examples/shop/pledge.yaml' } }));
}

describe('text format', () => {
  it('prints file:line:col, severity, code and message, then a summary', () => {
    const findings = sampleFindings();
    const text = formatText(findings);
    const shield = findings.find((f) => f.rule === 'PLG103')!;
    expect(text).toContain(`examples/shop/pledge.yaml:${shield.location.line}:${shield.location.column}  error  PLG103  Recipient "Mailchimp (Intuit Inc.)" relies on the EU-US Privacy Shield`);
    expect(text).toMatch(/accepted  PLG134 .*\(accepted: DPA is being signed; legal has the draft\.\)/);
    expect(text.trimEnd().split('\n').at(-1)).toBe('2 errors, 0 warnings, 1 accepted.');
  });

  it('says so when there is nothing to report', () => {
    expect(formatText([])).toBe('No problems found.\n');
  });
});

describe('json format', () => {
  it('has a stable shape of findings and a summary', () => {
    const report = toJsonReport(sampleFindings());
    expect(Object.keys(report)).toEqual(['findings', 'summary']);
    expect(report.summary).toEqual({ errors: 2, warnings: 0, accepted: 1, exitCode: 1 });
    expect(report.findings.find((f) => f.rule === 'PLG134')).toMatchObject({ severity: 'warning', path: 'recipients[0].dpa', accepted: { reason: expect.any(String) } });
    expect(JSON.parse(formatFindings(sampleFindings(), 'json'))).toEqual(report);
  });
});

describe('SARIF format', () => {
  // The SARIF schema's language pattern is not valid under the u flag, so ajv must compile patterns without it.
  // Both are CommonJS modules that also export themselves as `default`, which is what NodeNext types the import as.
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  ajvFormats.default(ajv);
  const validate = ajv.compile(SARIF_SCHEMA);

  it('is valid SARIF 2.1.0 for several findings including an accepted one', () => {
    const log = JSON.parse(formatFindings(sampleFindings(), 'sarif', { version: '1.2.3' }));
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
  });

  it('is checked by a validator that rejects a broken log', () => {
    const log = toSarif(sampleFindings()) as any;
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
  });

  it('is valid SARIF with no findings and for loader findings', () => {
    expect(validate(toSarif([]))).toBe(true);
    const schemaFinding: Finding = { rule: 'PLG001', severity: 'error', message: 'x', path: '(root)', location: { file: 'pledge.yaml', line: 1, column: 1 } };
    expect(validate(toSarif([schemaFinding]))).toBe(true);
  });

  it('lists every rule in tool.driver.rules, including PLG000 and PLG001', () => {
    const driver = (toSarif([]) as any).runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'pledge', informationUri: expect.stringMatching(/^https:/) });
    const ids = driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual(RULE_CATALOGUE.map((r) => r.code));
    for (const rule of ALL_RULES) expect(ids).toContain(rule.code);
    expect(ids).toEqual(expect.arrayContaining(['PLG000', 'PLG001']));
    const transfer = driver.rules.find((r: { id: string }) => r.id === 'PLG102');
    expect(transfer).toMatchObject({
      name: 'transfer-without-mechanism',
      shortDescription: { text: expect.any(String) },
      fullDescription: { text: expect.stringContaining('Art. 44') },
      help: { text: expect.any(String) },
      defaultConfiguration: { level: 'error' },
    });
  });

  it('reports results with rule index, level, message, relative location, and suppressions for accepted findings', () => {
    const sarif = toSarif(sampleFindings()) as any;
    const rules = sarif.runs[0].tool.driver.rules;
    for (const result of sarif.runs[0].results) {
      expect(rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('examples/shop/pledge.yaml');
      expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
      expect(result.locations[0].physicalLocation.region.startColumn).toBeGreaterThan(0);
    }
    const accepted = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'PLG134');
    expect(accepted).toMatchObject({ level: 'warning', suppressions: [{ kind: 'external', justification: 'DPA is being signed; legal has the draft.' }] });
    const shield = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'PLG103');
    expect(shield.suppressions).toBeUndefined();
    expect(shield.message.text).toContain('Privacy Shield');
  });
});
