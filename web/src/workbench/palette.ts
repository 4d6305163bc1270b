// Colours of chart series. Twelve that stay apart on white and for the
// common colour-vision deficiencies: the Okabe-Ito set without its yellow
// (Okabe & Ito, "Color Universal Design", 2008) and five of Paul Tol's
// "muted" scheme (Tol, "Colour Schemes", SRON/EPS/TN/09-002, 2021). From the
// thirteenth series on, colours repeat with a dash pattern, so even a group
// of 24 cars has no two lines alike.
export const PALETTE = [
  '#0072b2', // blue
  '#d55e00', // vermilion
  '#009e73', // bluish green
  '#cc79a7', // reddish purple
  '#e69f00', // orange
  '#56b4e9', // sky blue
  '#000000', // black
  '#882255', // wine
  '#44aa99', // teal
  '#999933', // olive
  '#332288', // indigo
  '#aa4499', // purple
] as const;

const DASHES: number[][] = [[], [8, 4], [2, 3], [10, 3, 2, 3]];

export function colour(index: number): string {
  return PALETTE[index % PALETTE.length] ?? '#0072b2';
}

// The dash pattern of series `index` ([] for a solid line).
export function dash(index: number): number[] {
  return DASHES[Math.floor(index / PALETTE.length) % DASHES.length] ?? [];
}
