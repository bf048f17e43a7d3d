// Portuguese messages of `gd-math` (gd-math.messages.ts), fetched only when a widget shows Portuguese.
import type { GdMathMessages } from './gd-math.messages.js';

export default {
  problemTitle: 'Não foi possível compor esta fórmula',
  'error.not-tex': 'Não foi possível ler o LaTeX do atributo "{attribute}": {message}',
  keptLastGood: 'A última fórmula que funcionou continua à vista.',
} satisfies GdMathMessages;
