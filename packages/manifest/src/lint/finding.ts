/** One problem found in a manifest: a schema violation, a YAML syntax error, or a lint rule's finding. */
export type Severity = 'error' | 'warning';

export interface SourceLocation {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export interface Finding {
  /** Stable rule code, e.g. PLG012. */
  rule: string;
  severity: Severity;
  /** A sentence a privacy officer understands. */
  message: string;
  /** Manifest path of the offending node, e.g. `recipients[2].transfer.mechanism`. */
  path: string;
  location: SourceLocation;
  /** Set when the manifest's `accepted` list covers this finding. */
  accepted?: { reason: string };
}

export type ManifestPath = ReadonlyArray<string | number>;

/** `['recipients', 2, 'transfer']` → `recipients[2].transfer`. */
export function formatPath(path: ManifestPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out === '' ? '(root)' : out;
}
