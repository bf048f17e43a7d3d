// Shared plotting pieces for the widgets: scales, canvas set-up, SVG axes, canvas marks
// (scatter, lines, heat maps, contours), colour ramps and accessible draggable points.
export { type AxesOptions, axesStyles, type Margin, type PlotArea, plotArea, renderAxes } from './axes.js';
export { sizeCanvas } from './canvas.js';
export { layeredChartStyles } from './chart-styles.js';
export {
  type ClassStyle,
  classColorStyles,
  classStyle,
  MARKER_SHAPES,
  type MarkerShape,
  markerPath,
  markerPolygon,
  THEMED_CLASSES,
  traceMarker,
} from './classes.js';
export { CATEGORICAL_COLORS, type ColorRamp, type ColorRampName, colorRamp, type Rgb } from './color-ramp.js';
export { type ContourOptions, drawContours } from './contours.js';
export {
  type DraggablePoint,
  type DraggablePointsOptions,
  draggablePointStyles,
  type MovePhase,
  renderDraggablePoints,
} from './draggable-points.js';
export {
  drawPolyline,
  drawScatter,
  type PolylineOptions,
  type ScatterOptions,
  type ScatterPoint,
} from './draw.js';
export { type GridPlacement, sampleToData } from './grid.js';
export { drawHeatmap, type HeatmapOptions } from './heatmap.js';
export {
  formatTick,
  linearScale,
  logScale,
  paddedDomain,
  type Scale,
  type Tick,
  ticks,
} from './scales.js';
