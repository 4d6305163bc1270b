// A trace's speed against time as a small SVG line: enough to see a car
// that does not stop, runs fast or slides; the tower page has the full charts.
import type { Trace } from './types';

const WIDTH = 480;
const HEIGHT = 160;
const PAD = 24;

export function tracePoints(trace: Trace): string {
  const pairs: [number, number][] = [];
  trace.time_s.forEach((t, i) => {
    const v = trace.velocity_mps[i];
    if (t !== null && v !== null && v !== undefined) pairs.push([t, v]);
  });
  if (pairs.length < 2) return '';
  const ts = pairs.map((p) => p[0]);
  const vs = pairs.map((p) => p[1]);
  const t0 = Math.min(...ts);
  const t1 = Math.max(...ts);
  const v0 = Math.min(0, ...vs);
  const v1 = Math.max(0, ...vs);
  const x = (t: number) => PAD + ((t - t0) / (t1 - t0 || 1)) * (WIDTH - 2 * PAD);
  const y = (v: number) => HEIGHT - PAD - ((v - v0) / (v1 - v0 || 1)) * (HEIGHT - 2 * PAD);
  return pairs.map(([t, v]) => `${x(t).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
}

export function TracePlot({ trace, title }: { trace: Trace; title: string }) {
  return (
    <figure className="training-trace">
      <svg role="img" aria-label={title} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT}>
        <rect x={0} y={0} width={WIDTH} height={HEIGHT} fill="none" stroke="#ccd" />
        <polyline points={tracePoints(trace)} fill="none" stroke="#1f5fa8" strokeWidth={1.5} />
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
