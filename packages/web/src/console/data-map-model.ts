import type { LocalizedText } from '../api/types.ts';

/** The part of the manifest the data map reads (see docs/manifest.md). */
export interface MapManifest {
  categories: Array<{ id: string; subjects: string[] }>;
  purposes: Array<{ id: string; name: LocalizedText; categories: string[] }>;
  recipients: Array<{ id: string; name: string; type: string; country: string; purposes: string[]; categories: string[] }>;
  systems: Array<{ id: string; name: string; location?: string; datasets: Array<{ id: string; table: string; fields: Array<{ name: string; category: string; erasure: string }> }> }>;
}

export interface MapNode { id: string; label: string; column: number }
export interface MapEdge { from: string; to: string }

export function textIn(text: LocalizedText, lang: string): string {
  return typeof text === 'string' ? text : (text[lang] ?? Object.values(text)[0] ?? '');
}

/** Four columns: datasets → categories → purposes → recipients, and the edges the manifest declares between them. */
export function buildDataMap(m: MapManifest, lang: string): { nodes: MapNode[]; edges: MapEdge[] } {
  const nodes: MapNode[] = [];
  const edges: MapEdge[] = [];
  const used = new Set<string>();
  for (const system of m.systems) {
    for (const ds of system.datasets) {
      nodes.push({ id: `d:${system.id}.${ds.id}`, label: `${system.name} · ${ds.table}`, column: 0 });
      for (const c of new Set(ds.fields.map((f) => f.category))) {
        edges.push({ from: `d:${system.id}.${ds.id}`, to: `c:${c}` });
        used.add(c);
      }
    }
  }
  for (const c of m.categories) nodes.push({ id: `c:${c.id}`, label: c.id, column: 1 });
  for (const p of m.purposes) {
    nodes.push({ id: `p:${p.id}`, label: textIn(p.name, lang), column: 2 });
    for (const c of p.categories) edges.push({ from: `c:${c}`, to: `p:${p.id}` });
  }
  for (const r of m.recipients) {
    nodes.push({ id: `r:${r.id}`, label: `${r.name} (${r.country})`, column: 3 });
    for (const p of r.purposes) edges.push({ from: `p:${p}`, to: `r:${r.id}` });
  }
  const ids = new Set(nodes.map((n) => n.id));
  return { nodes, edges: edges.filter((e) => ids.has(e.from) && ids.has(e.to)) };
}
