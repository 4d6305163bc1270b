// Exports of the workbench: a result's figures and a comparison's as CSV
// (machine keys, units, values: language-neutral for spreadsheets), and the
// download of a text as a file.
import { FIGURE_ROWS } from './figureRows';
import type { ComparisonDocument, SimulationReport } from './types';

function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function rows(lines: (string | number | boolean | null | undefined)[][]): string {
  return lines.map((line) => line.map(cell).join(',')).join('\n') + '\n';
}

// key, unit, mean, half_width_95 for every figure of the table, then the targets.
export function figuresCsv(report: SimulationReport): string {
  const lines: (string | number | boolean | null | undefined)[][] = [
    ['building', report.building],
    ['runs', report.runs],
    ['seed', report.seed],
    [],
    ['figure', 'unit', 'mean', 'half_width_95'],
  ];
  for (const row of FIGURE_ROWS) {
    lines.push([row.key, row.unit, row.value(report), report.runs > 1 ? row.value(report.confidence_95) : '']);
  }
  if (report.targets) {
    lines.push([], ['target', 'limit', 'value', 'met']);
    for (const [key, t] of Object.entries(report.targets)) lines.push([key, t.target, t.value, t.met]);
  }
  return rows(lines);
}

// figure, unit, pinned (A), current (B), B - A, interval, significant.
export function comparisonCsv(c: ComparisonDocument, labelA: string, labelB: string): string {
  const lines: (string | number | boolean | null | undefined)[][] = [
    ['a', labelA],
    ['b', labelB],
    ['runs', c.runs],
    ['seed', c.seed],
    [],
    ['figure', 'unit', 'a', 'b', 'difference_b_minus_a', 'ci95_low', 'ci95_high', 'significant'],
  ];
  for (const [name, f] of Object.entries(c.figures)) {
    lines.push([name, f.unit, f.a, f.b, f.difference, f.ci95_low, f.ci95_high, f.significant]);
  }
  return rows(lines);
}

// Offers `text` for download as `filename`.
export function download(filename: string, text: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
