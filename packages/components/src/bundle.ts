// The single-file build for a blog post: importing it registers every element.
import './define/gd-loss-explorer.js';
import './define/gd-lr-slider.js';
import './define/gd-math.js';
import './define/gd-mri.js';
import './define/gd-playground.js';
import './define/gd-sigmoid-boundary.js';

export * from './index.js';
