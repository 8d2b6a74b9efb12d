import type { ConsentRate } from '../api/console-api.ts';

// Colour-blind-safe palette (Okabe–Ito), dark enough for 3:1 against white (WCAG 1.4.11).
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#7a6a00', '#56207a'];
const W = 720;
const H = 260;
const PAD = { left: 44, right: 12, top: 12, bottom: 30 };

/** Opt-in rate per category and day, drawn by hand in SVG (no chart library), with a table for screen readers. */
/** Every UTC day from `from` to `to`, so a quiet day is a gap on the axis rather than a missing tick. */
function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`) && days.length < 400; d = new Date(d.getTime() + 86_400_000)) days.push(d.toISOString().slice(0, 10));
  return days;
}

export function ConsentChart({ rates, from, to, title, labels }: { rates: ConsentRate[]; from: string; to: string; title: string; labels: Record<string, string> }) {
  const days = daysBetween(from, to);
  const categories = [...new Set(rates.map((r) => r.category))].sort();
  const x = (day: string) => PAD.left + (days.length <= 1 ? 0 : (days.indexOf(day) / (days.length - 1)) * (W - PAD.left - PAD.right));
  const y = (rate: number) => PAD.top + (1 - rate) * (H - PAD.top - PAD.bottom);
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="chart-title">
        <title id="chart-title">{title}</title>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(tick)} y2={y(tick)} stroke="#d5dae1" />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" fontSize="11" fill="#4d5560">{Math.round(tick * 100)}%</text>
          </g>
        ))}
        {days.length > 0 && [days[0]!, days[days.length - 1]!].map((d, i) => (
          <text key={d + i} x={x(d)} y={H - 8} textAnchor={i === 0 ? 'start' : 'end'} fontSize="11" fill="#4d5560">{d}</text>
        ))}
        {categories.map((category, i) => {
          const points = rates.filter((r) => r.category === category).sort((a, b) => a.day.localeCompare(b.day));
          const colour = COLOURS[i % COLOURS.length]!;
          return (
            <g key={category}>
              <polyline fill="none" stroke={colour} strokeWidth="2.5" points={points.map((p) => `${x(p.day)},${y(p.rate)}`).join(' ')} strokeDasharray={i % 2 === 1 ? '6 3' : undefined} />
              {points.map((p) => <circle key={p.day} cx={x(p.day)} cy={y(p.rate)} r="3" fill={colour} />)}
            </g>
          );
        })}
      </svg>
      <ul className="legend">
        {categories.map((c, i) => (
          <li key={c}><span className="swatch" style={{ background: COLOURS[i % COLOURS.length] }} aria-hidden="true" />{labels[c] ?? c}</li>
        ))}
      </ul>
    </figure>
  );
}
