// A small seeded PRNG so every DEMO_SEED gives the same data on every machine.
export type Rng = () => number;

export function hashString(text: string): number {
  let h = 2166136261 >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

/** mulberry32: fast, 32-bit state, good enough for demo data. */
export function createRng(seed: string | number): Rng {
  let a = typeof seed === 'number' ? seed >>> 0 : hashString(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));
export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
export const chance = (rng: Rng, p: number): boolean => rng() < p;

const HEX = '0123456789abcdef';
/** A v4-shaped UUID, joined once so V8 keeps one flat string (template concatenation would keep a rope per id). */
export function uuid(rng: Rng): string {
  const chars: string[] = [];
  for (let i = 0; i < 36; i++) {
    if (i === 8 || i === 13 || i === 18 || i === 23) chars.push('-');
    else if (i === 14) chars.push('4');
    else if (i === 19) chars.push(HEX[8 + Math.floor(rng() * 4)]!);
    else chars.push(HEX[Math.floor(rng() * 16)]!);
  }
  return chars.join('');
}

/** Flattens a concatenated string, so 200,000 stored values do not each keep a rope of pieces. */
export const flat = (text: string): string => (text.length > 64 ? text : [...text].join(''));

/** Exponential gap with the given mean, for realistic bursts and lulls. */
export const expGap = (rng: Rng, mean: number): number => -Math.log(1 - rng()) * mean;
