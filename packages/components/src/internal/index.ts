export * from './attributes.js';
export { GdElement, type ShownProblem } from './gd-element.js';
export * from './i18n/index.js';
export {
  type AttributeSchema,
  type AttributeSpec,
  attr,
  checkByParsing,
  defaultOf,
} from './schema.js';
export { type StyleProps, styleProps } from './style-props.js';
export { baseStyles, themeTokens } from './theme.js';
export { TrainingController, type TrainingControllerOptions } from './training-controller.js';
