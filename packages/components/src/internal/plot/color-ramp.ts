/** An sRGB colour as three 0–255 channels. */
export type Rgb = [number, number, number];

/**
 * Maps t ∈ [0, 1] to a CSS colour (`rgb(r g b)`); `.rgb(t)` gives the channels for pixel work
 * such as heat maps. t outside [0, 1] is clamped; NaN maps to 0.
 */
export interface ColorRamp {
  (t: number): string;
  rgb(t: number): Rgb;
}

/** Names of the built-in ramps. */
export type ColorRampName = 'sequential' | 'diverging';

// Viridis (van der Walt & Smith): lightness rises monotonically, colour-blind safe, and both ends
// keep contrast with either a white or a near-black page.
const SEQUENTIAL: readonly Rgb[] = [
  [68, 1, 84],
  [72, 36, 117],
  [65, 68, 135],
  [53, 95, 141],
  [42, 120, 142],
  [33, 145, 140],
  [34, 168, 132],
  [68, 191, 112],
  [122, 209, 81],
  [189, 223, 38],
  [253, 231, 37],
];

// Moreland's cool–warm: blue to red through a mid grey (not white), so the centre still shows
// against a light page and does not glare on a dark one.
const DIVERGING: readonly Rgb[] = [
  [59, 76, 192],
  [141, 176, 254],
  [221, 221, 221],
  [244, 154, 123],
  [180, 4, 38],
];

/**
 * A perceptually ordered colour ramp: `sequential` (viridis-like, e.g. loss from low to high) or
 * `diverging` (blue → grey → red, e.g. a signed value around zero at t = 0.5). Stops are
 * interpolated linearly in sRGB; they are close enough that the ramp stays smooth.
 */
export function colorRamp(name: ColorRampName): ColorRamp {
  const stops = name === 'diverging' ? DIVERGING : SEQUENTIAL;
  const rgb = (t: number): Rgb => interpolate(stops, t);
  const ramp = (t: number): string => {
    const [r, g, b] = rgb(t);
    return `rgb(${r} ${g} ${b})`;
  };
  return Object.assign(ramp, { rgb });
}

function interpolate(stops: readonly Rgb[], t: number): Rgb {
  const clamped = Number.isNaN(t) ? 0 : Math.min(1, Math.max(0, t));
  const position = clamped * (stops.length - 1);
  const index = Math.min(stops.length - 2, Math.floor(position));
  const f = position - index;
  const a = stops[index]!;
  const b = stops[index + 1]!;
  return [
    Math.round(a[0] + (b[0] - a[0]) * f),
    Math.round(a[1] + (b[1] - a[1]) * f),
    Math.round(a[2] + (b[2] - a[2]) * f),
  ];
}

/**
 * Colours for classes in scatter plots: the Okabe–Ito palette, which colour-blind readers can
 * tell apart, without its yellow (unreadable on white).
 */
export const CATEGORICAL_COLORS: readonly string[] = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
];
