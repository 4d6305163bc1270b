// Colours of chart series: distinct on white, cycled for many cars.
export const PALETTE = [
  '#1d4e89',
  '#d1495b',
  '#2a9d8f',
  '#e9a23b',
  '#6a4c93',
  '#3a86ff',
  '#8d6346',
  '#ef476f',
  '#118ab2',
  '#5c946e',
] as const;

export function colour(index: number): string {
  return PALETTE[index % PALETTE.length] ?? '#1d4e89';
}
