// Every text/background pair of colour variables in styles.css must pass WCAG AA (4.5:1) in both themes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const css = readFileSync(resolve(__dirname, 'styles.css'), 'utf8');

function vars(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}
const blockAfter = (selector: string) => {
  const start = css.indexOf(selector);
  return css.slice(start, css.indexOf('}', start));
};
const light = vars(blockAfter(':root {'));
const dark = { ...light, ...vars(blockAfter(":root[data-theme='dark'] {")) };
const osDark = { ...light, ...vars(blockAfter(":root:not([data-theme='light']) {")) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const TEXT = ['fg', 'fg-muted', 'accent', 'ok', 'bad', 'warn', 'info'];
const SURFACES = ['bg', 'bg-subtle', 'bg-hover', 'neutral-bg', 'ok-bg', 'bad-bg', 'warn-bg', 'info-bg', 'add-bg', 'del-bg'];
const PAIRS = [...TEXT.flatMap((t) => SURFACES.map((s) => [t, s] as const)), ['accent-fg', 'accent'] as const];

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme', (_name, theme) => {
  it.each(PAIRS)('--%s on --%s passes AA', (text, surface) => {
    expect(theme[text], text).toMatch(/^#/);
    expect(contrast(theme[text]!, theme[surface]!)).toBeGreaterThanOrEqual(4.5);
  });

  it('has a focus ring visible against the page (3:1)', () => {
    expect(contrast(theme.focus!, theme.bg!)).toBeGreaterThanOrEqual(3);
  });
});

it('the OS dark theme and the chosen dark theme use the same colours', () => {
  expect(osDark).toEqual(dark);
});

it('knows that black on white passes and grey on white does not', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
  expect(contrast('#aaaaaa', '#ffffff')).toBeLessThan(4.5);
});
