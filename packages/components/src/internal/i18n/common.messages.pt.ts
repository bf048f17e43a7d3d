// Portuguese messages every widget shares (common.messages.ts), fetched only when a widget shows Portuguese.
import type { CommonMessages } from './common.messages.js';

export default {
  play: 'Reproduzir',
  pause: 'Pausar',
  step: 'Passo',
  stepBack: 'Voltar um passo',
  reset: 'Reiniciar',
  train: 'Treinar',
  loss: 'Perda',
  stepNumber: 'Passo',
  problemTitle: 'Este componente não pôde usar uma configuração',
  keptLastGood: 'Mostrando o último estado válido.',
  'error.not-a-number': 'O atributo “{attribute}” precisa de um número, mas recebeu “{value}”.',
  'error.not-finite': 'O atributo “{attribute}” precisa de um número finito, mas recebeu “{value}”.',
  'error.not-positive': 'O atributo “{attribute}” precisa ser maior que 0, mas recebeu “{value}”.',
  'error.out-of-range': 'O atributo “{attribute}” precisa estar entre {min} e {max}, mas recebeu “{value}”.',
  'error.not-a-list':
    'O atributo “{attribute}” precisa de números separados por vírgulas, mas recebeu “{value}”.',
  'error.empty': 'O atributo “{attribute}” está vazio: é preciso pelo menos um valor.',
  'error.length-mismatch':
    'O atributo “{attribute}” tem {actual} valores, mas “{other}” tem {expected}: as quantidades devem ser iguais.',
  'error.not-probability':
    'O valor {row} de “{attribute}” é {value}: a entropia cruzada binária precisa de probabilidades entre 0 e 1.',
  'error.not-binary':
    'O valor {row} de “{attribute}” é {value}: a entropia cruzada binária precisa de valores reais 0 ou 1.',
  'error.needs-two-classes':
    'O atributo “{attribute}” é “{value}”: a regressão logística precisa de alvos 0 ou 1 (duas classes), e estes dados não têm duas classes.',
  'error.unknown-option': 'O atributo “{attribute}” não reconhece “{value}”. Opções: {options}.',
  'error.no-target': 'Nenhum elemento com id “{value}” foi encontrado para o atributo “{attribute}”.',
  'error.not-json': 'O atributo “{attribute}” precisa de JSON, mas “{value}” não pôde ser lido como JSON.',
} satisfies CommonMessages;
