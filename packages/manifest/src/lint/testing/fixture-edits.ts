// Test helpers: derive manifests from fixtures/minimal.yaml by editing its YAML document, so layout and comments stay.
import { readFileSync } from 'node:fs';
import { parseDocument, type Document } from 'yaml';
import { loadManifest } from '../../loader/load-manifest.ts';
import type { Finding } from '../finding.ts';
import { lintManifest } from '../lint-manifest.ts';

export const MINIMAL_YAML = readFileSync(new URL('../../fixtures/minimal.yaml', import.meta.url), 'utf8');

export type Path = ReadonlyArray<string | number>;
export type Edit = (doc: Document) => void;

export const set = (path: Path, value: unknown): Edit => (doc) => doc.setIn(path, doc.createNode(value));
export const remove = (path: Path): Edit => (doc) => void doc.deleteIn(path);
export const append = (path: Path, value: unknown): Edit => (doc) => doc.addIn(path, doc.createNode(value));
export const all = (...edits: Edit[]): Edit => (doc) => edits.forEach((e) => e(doc));

/** The YAML text of minimal.yaml after the edits. */
export function editMinimal(...edits: Edit[]): string {
  const doc = parseDocument(MINIMAL_YAML);
  edits.forEach((e) => e(doc));
  return doc.toString();
}

export interface Linted {
  text: string;
  findings: Finding[];
  /** The source line a finding points at. */
  lineOf(finding: Finding): string;
}

export function lintText(text: string, file = 'pledge.yaml'): Linted {
  const result = loadManifest(text, file);
  if (!result.ok) throw new Error(`test manifest does not load:\n${result.findings.map((f) => f.message).join('\n')}`);
  const lines = text.split('\n');
  return { text, findings: lintManifest(result), lineOf: (f) => lines[f.location.line - 1] ?? '' };
}

export const lintEdited = (...edits: Edit[]): Linted => lintText(editMinimal(...edits));

/** Declares a category the way minimal.yaml does, with a retention rule so PLG106 stays quiet. */
export const declareCategory = (id: string, extra: Record<string, unknown> = {}): Edit =>
  append(['categories'], { id, sources: ['provided'], subjects: ['customer'], retention: 'account', ...extra });

/** Adds CCPA to minimal.yaml in a way that raises no finding of its own. */
export const withCcpa: Edit = all(
  set(['jurisdictions'], ['gdpr', 'ccpa']),
  set(['rights', 'offered', 'ccpa'], ['know', 'delete', 'correct', 'non_discrimination', 'opt_out_sale_share', 'limit_sensitive']),
  set(['rights', 'authorisedAgents'], { allowed: true, proof: ['signed_permission'] }),
  set(['stances', 'children', 'minimumAge', 'ccpa'], 13),
);
