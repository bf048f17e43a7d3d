// Portuguese messages of `gd-playground` (fidelity.messages.ts), fetched only when a widget shows Portuguese.
import type { FidelityMessages } from './fidelity.messages.js';

export default {
  'probe.heading': 'Prever',
  'probe.pick': 'Escolher na vista dos dados',
  'probe.unavailable': 'A previsão aparece quando o modelo tiver parâmetros.',
  'probe.class': 'Classe: {klass} (σ(z) ≥ {threshold} dá a classe 1)',
  'matrix.heading': 'Os dados como matriz',
  'matrix.shapes':
    'X é {n} × {m} (linhas são exemplos, colunas são atributos), w é {m} × 1, e X·w e y são {n} × 1.',
  'matrix.caption': 'Cada linha de X ao lado do que o modelo dá para ela e do seu alvo.',
  'matrix.row': 'Linha',
  'matrix.inBatch': 'no lote deste passo',
  'matrix.batchNote': 'As linhas marcadas (▸) formam o lote do passo atual.',
  'matrix.more': 'Mais {count} linhas não estão escritas.',
  'code.heading': 'Passo {step} em código',
  'code.languageLabel': 'Linguagem',
  'code.language.python': 'Python (NumPy)',
  'code.language.typescript': 'TypeScript (tfjs)',
  'code.loops': 'Elemento a elemento (laços)',
  'code.vectorised': 'Vetorizado (matrizes)',
  'code.copy': 'Copiar',
  'code.copied': 'Copiado',
  'code.prints':
    'Cada programa imprime a perda do lote antes do passo e os novos pesos: a próxima linha da tabela.',
  'code.otherOptimizer':
    'Cada programa calcula o gradiente deste passo; o otimizador escolhido o transforma na atualização (veja a regra de atualização).',
  'code.softmax': 'O passo em código é escrito para modelos lineares e logísticos.',
  'code.too-many-rows': 'O lote deste passo tem mais de {max} linhas, demais para escrever num programa.',
} satisfies FidelityMessages;
