import { describe, expect, it } from 'vitest';

import { colour, dash, PALETTE } from './palette';

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

// Relative luminance and contrast (WCAG 2.1, 1.4.11 non-text contrast).
function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('chart colours', () => {
  it('has twelve colours, each apart from the others and visible on white', () => {
    expect(PALETTE.length).toBe(12);
    for (let i = 0; i < PALETTE.length; i += 1) {
      // At least 2:1 against white, so a thin line stays visible.
      expect((1.05 / (luminance(PALETTE[i]!) + 0.05))).toBeGreaterThanOrEqual(2);
      for (let j = 0; j < i; j += 1) {
        const [a, b] = [rgb(PALETTE[i]!), rgb(PALETTE[j]!)];
        const distance = Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
        expect(distance, `${PALETTE[i]} vs ${PALETTE[j]}`).toBeGreaterThan(60);
      }
    }
  });

  it('gives 24 cars 24 different strokes (colour, then dash)', () => {
    const strokes = new Set(Array.from({ length: 24 }, (_, i) => `${colour(i)} ${dash(i).join('-')}`));
    expect(strokes.size).toBe(24);
    expect(dash(0)).toEqual([]);
    expect(dash(12)).not.toEqual([]);
  });
});
