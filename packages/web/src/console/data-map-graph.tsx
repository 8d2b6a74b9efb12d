import type { MapEdge, MapNode } from './data-map-model.ts';

const COL_X = [10, 250, 490, 730];
const NODE_W = 210;
const NODE_H = 26;
const GAP = 8;
const COLOURS = ['#0072B2', '#5b4a00', '#00694a', '#8a2f6a'];

const shorten = (s: string, n = 30) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

/** The data map as a layered graph in SVG. The tables below carry the same facts for screen readers and search. */
export function DataMapGraph({ nodes, edges, title, headings }: { nodes: MapNode[]; edges: MapEdge[]; title: string; headings: string[] }) {
  // Columns without nodes (a manifest without systems has no datasets) are left out, the rest spread evenly.
  const present = [0, 1, 2, 3].filter((c) => nodes.some((n) => n.column === c));
  const rows = present.map((c) => nodes.filter((n) => n.column === c));
  const height = 40 + Math.max(1, ...rows.map((r) => r.length)) * (NODE_H + GAP);
  const pos = new Map<string, { x: number; y: number }>();
  rows.forEach((list, c) => {
    const offset = (height - 40 - list.length * (NODE_H + GAP)) / 2;
    list.forEach((n, i) => pos.set(n.id, { x: COL_X[c]!, y: 40 + offset + i * (NODE_H + GAP) }));
  });
  return (
    <figure className="graph">
      <svg viewBox={`0 0 ${(COL_X[present.length - 1] ?? 0) + NODE_W + 10} ${height}`} role="img" aria-labelledby="map-title">
        <title id="map-title">{title}</title>
        {present.map((column, c) => <text key={column} x={COL_X[c]! + 4} y={22} fontSize="14" fontWeight="600" fill="#1b1f24">{headings[column]}</text>)}
        {edges.map((e, i) => {
          const a = pos.get(e.from)!;
          const b = pos.get(e.to)!;
          const x1 = a.x + NODE_W;
          const y1 = a.y + NODE_H / 2;
          const y2 = b.y + NODE_H / 2;
          return <path key={i} d={`M${x1},${y1} C${x1 + 30},${y1} ${b.x - 30},${y2} ${b.x},${y2}`} fill="none" stroke="#9aa5b1" strokeOpacity="0.7" />;
        })}
        {nodes.map((n) => {
          const p = pos.get(n.id)!;
          return (
            <g key={n.id}>
              <rect x={p.x} y={p.y} width={NODE_W} height={NODE_H} rx="5" fill="#fff" stroke={COLOURS[n.column]} strokeWidth="1.5" />
              <text x={p.x + 8} y={p.y + 17} fontSize="12" fill="#1b1f24">{shorten(n.label)}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
