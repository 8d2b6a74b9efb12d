import { describe, expect, it } from 'vitest';
import { loadManifest } from '../loader/load-manifest.ts';
import { lintManifest } from './lint-manifest.ts';
import { all, editMinimal, lintEdited, lintText, MINIMAL_YAML, remove, set, withCcpa } from './testing/fixture-edits.ts';

describe('lintManifest', () => {
  it('finds nothing in minimal.yaml', () => {
    expect(lintText(MINIMAL_YAML).findings).toEqual([]);
  });

  it('finds nothing when minimal.yaml also declares CCPA correctly', () => {
    expect(lintEdited(withCcpa).findings).toEqual([]);
  });

  it('returns the loader findings for a manifest that does not load', () => {
    const result = loadManifest('version: 1\norganisation: [unclosed\n', 'bad.yaml');
    const findings = lintManifest(result);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.rule === 'PLG000')).toBe(true);
  });

  it('points findings at the exact line and column of the offending node', () => {
    const text = editMinimal(set(['recipients', 1, 'transfer', 'mechanism'], 'privacy_shield'), set(['notice', 'defaultLanguage'], 'de'));
    const { findings } = lintText(text, 'pledge.yaml');
    const lines = text.split('\n');
    const shield = findings.find((f) => f.rule === 'PLG103');
    const mechanismLine = lines.findIndex((l) => l.includes('mechanism: privacy_shield')) + 1;
    expect(shield?.location).toEqual({ file: 'pledge.yaml', line: mechanismLine, column: lines[mechanismLine - 1]!.indexOf('mechanism') + 1 });
    const language = findings.find((f) => f.rule === 'PLG131');
    const languageLine = lines.findIndex((l) => l.includes('defaultLanguage: de')) + 1;
    expect(language?.location).toEqual({ file: 'pledge.yaml', line: languageLine, column: 3 });
  });

  it('points a finding about a list item at the item itself', () => {
    const text = editMinimal(set(['recipients', 0, 'purposes'], ['orders', 'shipping']));
    const { findings } = lintText(text);
    const hit = findings.find((f) => f.rule === 'PLG118');
    const lines = text.split('\n');
    const line = lines[hit!.location.line - 1]!;
    expect(line.slice(hit!.location.column - 1)).toMatch(/^shipping/);
  });

  it('sorts findings by position in the file', () => {
    const { findings } = lintEdited(
      set(['notice', 'defaultLanguage'], 'de'),
      set(['organisation', 'name'], 'TODO'),
      remove(['recipients', 1, 'transfer']),
    );
    const positions = findings.map((f) => f.location.line * 1000 + f.location.column);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(findings[0]?.rule).toBe('PLG115');
  });

  it('never throws on a manifest with every optional list empty', () => {
    const text = editMinimal(
      all(
        set(['retention'], []),
        set(['recipients'], []),
        set(['cookies'], []),
        set(['systems'], []),
        set(['customCategories'], []),
        set(['customSubjects'], []),
        set(['accepted'], []),
        remove(['cookieSettings']),
        set(['rights', 'complaintAuthorities'], {}),
        set(['rights', 'deadlines'], {}),
        set(['stances', 'children', 'minimumAge'], {}),
        ...[0, 1, 2, 3, 4].map((i) => remove(['purposes', i, 'retention'])),
        ...[0, 1, 2, 3, 4].map((i) => remove(['categories', i, 'retention'])),
      ),
    );
    const { findings } = lintText(text);
    expect(findings.filter((f) => f.rule === 'PLG106')).toHaveLength(5);
  });

  it('never throws when every jurisdiction is declared and most optional facts are missing', () => {
    const text = editMinimal(
      set(['jurisdictions'], ['gdpr', 'uk_gdpr', 'ccpa', 'lgpd']),
      set(['rights', 'offered'], { ccpa: ['know'] }),
      set(['stances', 'sellsData'], true),
      set(['stances', 'globalPrivacyControl'], { honoured: false }),
      set(['organisation', 'controllers', 0, 'jurisdictions'], ['gdpr', 'ccpa']),
      set(['purposes', 0, 'lawfulBasis'], {}),
    );
    expect(() => lintText(text)).not.toThrow();
    expect(lintText(text).findings.length).toBeGreaterThan(5);
  });
});
