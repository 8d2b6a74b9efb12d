import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { formatPath, type Finding } from '../lint/finding.ts';
import { ManifestSchema, type Manifest } from '../schema/manifest.ts';
import { createPositionIndex, type PositionIndex } from './yaml-positions.ts';

export const YAML_SYNTAX_RULE = 'PLG000';
export const SCHEMA_RULE = 'PLG001';

export type LoadResult =
  | { ok: true; manifest: Manifest; raw: unknown; positions: PositionIndex; file: string }
  | { ok: false; findings: Finding[]; positions?: PositionIndex; file: string };

/** Parses and validates manifest YAML. Never throws for bad input: every problem becomes a finding with a position. */
export function loadManifest(text: string, file = 'pledge.yaml'): LoadResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      file,
      findings: doc.errors.map((e) => {
        const { line, col } = lineCounter.linePos(e.pos[0]);
        return {
          rule: YAML_SYNTAX_RULE,
          severity: 'error' as const,
          message: `The file is not valid YAML: ${e.message.split('\n')[0]}`,
          path: '(root)',
          location: { file, line, column: col },
        };
      }),
    };
  }
  const positions = createPositionIndex(doc, lineCounter, file);
  const raw: unknown = doc.toJS({ maxAliasCount: 100 });
  const parsed = ManifestSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    return { ok: false, file, positions, findings: parsed.error.issues.map((issue) => schemaFinding(issue, positions)) };
  }
  return { ok: true, manifest: parsed.data, raw, positions, file };
}

function schemaFinding(issue: z.core.$ZodIssue, positions: PositionIndex): Finding {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const where = formatPath(path);
  return {
    rule: SCHEMA_RULE,
    severity: 'error',
    message: `${where}: ${describeIssue(issue)}`,
    path: where,
    location: positions.positionOf(path),
  };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling against docs/manifest.md)`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_type':
      return issue.input === undefined ? `is required (${issue.expected})` : `must be ${issue.expected}`;
    default:
      return issue.message;
  }
}
