import { isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node } from 'yaml';
import type { ManifestPath, SourceLocation } from '../lint/finding.ts';

/** Maps manifest paths to the line and column of the YAML node that wrote them. */
export interface PositionIndex {
  /** The position of the deepest node that exists along `path` (a missing key points at its parent). */
  positionOf(path: ManifestPath): SourceLocation;
}

export function createPositionIndex(doc: Document, lineCounter: LineCounter, file: string): PositionIndex {
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  return {
    positionOf(path) {
      let node: unknown = doc.contents;
      // Point at the key of a mapping entry rather than its value: that is where an editor puts the cursor.
      let best: number = (node as Node | null)?.range?.[0] ?? 0;
      for (const part of path) {
        if (isMap(node)) {
          const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(part));
          if (!pair) break;
          const key = pair.key as Node;
          best = key.range?.[0] ?? best;
          node = pair.value;
        } else if (isSeq(node) && typeof part === 'number') {
          const item = node.items[part] as Node | undefined;
          if (!item) break;
          best = item.range?.[0] ?? best;
          node = item;
        } else {
          break;
        }
      }
      return at(best);
    },
  };
}
