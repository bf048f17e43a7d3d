// Portuguese messages of `gd-softmax` (gd-softmax.messages.ts), fetched only when a widget shows Portuguese.
import type { GdSoftmaxMessages } from './gd-softmax.messages.js';

export default {
  logitsChart:
    'Logits z: arraste uma barra, ou foque-a e use as setas (N e P passam de uma barra para outra)',
  probabilitiesChart: 'Probabilidades p = softmax(z / T)',
  logitHandle: 'Logit da classe {i}',
  classLabel: 'classe {i}',
  targetMark: 'alvo',
  temperature: 'Temperatura T',
  temperatureValue: 'T = {value}',
  tableCaption: 'Softmax, log-softmax e o gradiente da entropia cruzada',
  colClass: 'Classe',
  colLogit: 'Logit z',
  colProbability: 'p',
  colLogProbability: 'log p',
  colTruth: 'y',
  colGradient: '∂L/∂z',
  crossEntropy: 'Entropia cruzada para a classe {target}: L = −log p{target} = {value}',
  gradientNote: 'O gradiente em relação aos logits é (p − y) / T; com T = 1, apenas p − y.',
  noTarget:
    'Indique uma classe alvo (o atributo target, contado a partir de 0) para ver a entropia cruzada e o seu gradiente.',
  stabilityTitle: 'Duas maneiras de calcular',
  naiveTitle: 'Ingênua, em float32: exponenciar e depois dividir',
  stableTitle: 'Estável: subtrair o máximo primeiro (log-sum-exp)',
  colExp: 'e^(z/T)',
  colShiftedExp: 'e^(z/T − m)',
  sum: 'Soma',
  maxLabel: 'm = máx z/T = {value}',
  logSumExp: 'log-sum-exp = {value}',
  overflow: 'Em float32, e^x vira ∞ quando x passa de cerca de 88,7, e ∞ / ∞ é NaN: a forma ingênua falha.',
  noOverflow: 'Nada transborda com estes logits: as duas formas concordam.',
  stableNote:
    'Depois do deslocamento nenhum expoente passa de 0, então nada transborda, e o resultado é o mesmo.',
  jacobianCaption: 'Jacobiana ∂p/∂z = (diag(p) − p pᵀ) / T, {n} × {n}',
  summary: 'Probabilidades {values}.',
  'error.logit-count': 'O atributo “{attribute}” precisa de {min} a {max} logits, mas recebeu “{value}”.',
  'error.not-class-index':
    'O atributo “{attribute}” precisa de um número de classe contado a partir de 0 (0, 1, 2, …), mas recebeu “{value}”.',
  'error.target-too-large':
    'O atributo “{attribute}” é {value}, mas há {count} classes, numeradas de 0 a {max}.',
} satisfies GdSoftmaxMessages;
