/**
 * The network preset of `<gd-backprop>` (`preset="network"`): its module view and its numbers
 * (module report, gradient check, training steps). A chunk of its own, with core's module maths,
 * loaded only when a widget shows that preset (lazy-parts.ts): the default scalar graph never needs it.
 */
export { moduleAfterKey, renderModuleView, renderNetworkCheck, renderTraining } from './module-view.js';
export { NetworkState } from './network-state.js';
