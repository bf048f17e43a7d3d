/**
 * The whole state of a `<gd-network>` in one string (the `state` attribute and the URL fragment
 * `#gd-network=…`): the settings as `attribute=value` pairs joined by `&`, the same texts the
 * attributes take, so a state string can be read and edited by hand:
 * `preset=xor&layers=4&activation=tanh&seed=1`. Only settings that differ from the defaults are
 * written. The learner's own points travel as `data=x1,x2,y;…`. Trained weights are not part of
 * the state (the seed reproduces the start; training is fast), as in TensorFlow Playground.
 */
import type { AttributeProblem, Parsed } from '../internal/attributes.js';
import type { AttributeSpec } from '../internal/schema.js';
import { rowsToCsv } from './data-text.js';
import { DEFAULTS, type NetworkSettings, networkSchema } from './settings.js';

type Spec = AttributeSpec<unknown>;
const specs = networkSchema as unknown as readonly Spec[];

/** The text an attribute takes for a setting's value. */
export function settingText(property: keyof NetworkSettings, value: unknown): string {
  if (value === undefined) return '';
  if (property === 'data') return rowsToCsv(value as NetworkSettings['data'] & object);
  if (property === 'layers') return (value as number[]).length === 0 ? 'none' : (value as number[]).join(',');
  if (property === 'batchSize') return value === 0 ? 'full' : String(value);
  if (Array.isArray(value)) return value.join(',');
  return String(value);
}

/** Settings plus the `standardize` switch (a boolean attribute, so not in the schema). */
export type StateSettings = Partial<NetworkSettings> & { standardize?: boolean };

/** Encodes the settings that differ from the defaults. */
export function encodeState(settings: Readonly<NetworkSettings>, standardize = false): string {
  const params = new URLSearchParams();
  if (standardize) params.set('standardize', '1');
  for (const spec of specs) {
    const property = spec.property as keyof NetworkSettings;
    const text = settingText(property, settings[property]);
    if (text !== settingText(property, DEFAULTS[property])) params.set(spec.attribute, text);
  }
  // Commas and semicolons stay readable: URLSearchParams escapes them, but a fragment allows them.
  return params.toString().replace(/%2C/g, ',').replace(/%3B/g, ';');
}

/** Decodes a state string into the settings it names (each checked by its attribute's parser). */
export function decodeState(text: string): Parsed<StateSettings> {
  const params = new URLSearchParams(text.trim().replace(/^#/, ''));
  const settings: Partial<Record<keyof NetworkSettings | 'standardize', unknown>> = {};
  for (const [key, value] of params) {
    if (key === 'standardize') {
      settings.standardize = value !== '0' && value !== 'false';
      continue;
    }
    const spec = specs.find((entry) => entry.attribute === key);
    if (!spec) return { ok: false, problem: { code: 'state-key', params: { key } } };
    const parsed = spec.parse(value);
    if (!parsed.ok) {
      const problem: AttributeProblem = {
        code: 'state-value',
        params: { key, reason: parsed.problem.code },
      };
      return { ok: false, problem };
    }
    settings[spec.property as keyof NetworkSettings] = parsed.value;
  }
  return { ok: true, value: settings as StateSettings };
}
