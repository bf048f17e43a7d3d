// Markup that makes each element show something real on a test page (bytes bench, literal check):
// any tag not listed is used bare. The tags are read from src/define/, so a new element joins
// every such page by itself.
import { readdirSync } from 'node:fs';

/** @type {Record<string, string>} */
export const ELEMENT_MARKUP = {
  'gd-loss-explorer':
    '<gd-loss-explorer truth="10,20,30" predicted="12,18,30" losses="mse,mae"></gd-loss-explorer>',
  'gd-lr-slider': '<gd-lr-slider learning-rate="0.1" start="5"></gd-lr-slider>',
  'gd-sigmoid-boundary':
    '<gd-sigmoid-boundary weights="2.8,-4.5" bias="0.4" probe="1,1.5"></gd-sigmoid-boundary>',
  'gd-math': '<gd-math tex="w \\leftarrow w - \\alpha g"></gd-math>',
  'gd-playground': '<gd-playground preset="house-prices"></gd-playground>',
  'gd-network': '<gd-network preset="xor" layers="4"></gd-network>',
};

/** Every element tag the package defines (one `src/define/<tag>.ts` each), sorted. */
export function elementTags() {
  return readdirSync(new URL('../src/define/', import.meta.url))
    .filter((file) => /^gd-.*\.ts$/.test(file))
    .map((file) => file.slice(0, -3))
    .sort();
}
