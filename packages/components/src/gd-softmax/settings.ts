/** Attribute parsers of `<gd-softmax>`: logits (2 to 10 of them) and a 0-based target class. */
import { type Parsed, parseNumberList } from '../internal/attributes.js';

export const MIN_LOGITS = 2;
export const MAX_LOGITS = 10;

/** `"1, 2, 3"`: between 2 and 10 finite numbers. */
export function parseLogits(text: string): Parsed<number[]> {
  const parsed = parseNumberList(text);
  if (!parsed.ok) return parsed;
  const count = parsed.value.length;
  if (count < MIN_LOGITS || count > MAX_LOGITS)
    return { ok: false, problem: { code: 'logit-count', params: { min: MIN_LOGITS, max: MAX_LOGITS } } };
  return parsed;
}

/** `"2"`: a class number counted from 0, as deep-learning libraries count. */
export function parseClassIndex(text: string): Parsed<number> {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return { ok: false, problem: { code: 'not-class-index' } };
  return { ok: true, value: Number(trimmed) };
}
