/** Finds a real value for a documented field path (`purposes[].lawfulBasis.<jurisdiction>.basis`) in example manifests. */
export function findExample(documents: readonly unknown[], fieldPath: string): unknown {
  const segments = fieldPath.replace(/\[\]/g, '.[]').split('.');
  for (const doc of documents) {
    const found = lookup(doc, segments);
    if (found !== undefined) return found;
  }
  return undefined;
}

function lookup(value: unknown, segments: readonly string[]): unknown {
  if (segments.length === 0) return value;
  const [head, ...rest] = segments as [string, ...string[]];
  if (head === '[]') {
    if (!Array.isArray(value)) return undefined;
    for (const item of value) {
      const found = lookup(item, rest);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  if (head.startsWith('<')) {
    for (const child of Object.values(record)) {
      const found = lookup(child, rest);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  return lookup(record[head], rest);
}
