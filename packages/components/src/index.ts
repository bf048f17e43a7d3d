export { GdMath } from './gd-math/gd-math.js';
