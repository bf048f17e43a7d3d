/**
 * How the data view marks class c: colour, the style-sheet class that applies it (a strict CSP
 * refuses style attributes) and the marker shape, so that colour is never the only cue.
 */
import { classStyle, type MarkerShape } from '../../internal/plot/index.js';

/** The colour of class c: the theme's class colours (distinct under colour-vision deficiencies). */
export function classColor(c: number): string {
  return classStyle(c).color;
}

/** The class that colours an element as class c, from a style sheet (never a style attribute). */
export function colorClass(c: number): string {
  return classStyle(c).className;
}

/** The marker of class c (regression points are circles): colour is never the only cue. */
export function classMarker(c: number): MarkerShape {
  return classStyle(c).marker;
}
