// Portuguese messages of `gd-normalization` (gd-normalization.messages.ts), fetched only when a widget shows Portuguese.
import type { GdNormalizationMessages } from './gd-normalization.messages.js';

export default {
  kindLegend: 'Normalização',
  'kind.batch': 'Batch norm',
  'kind.layer': 'Layer norm',
  'kind.instance': 'Instance norm',
  'kind.group': 'Group norm',
  'inline.batch': 'batch norm',
  'inline.layer': 'layer norm',
  groupsLabel: 'Grupos G',
  'axes.batch': 'Batch norm: uma média e uma variância por canal, calculadas sobre {axes}.',
  'axes.layer': 'Layer norm: uma média e uma variância por exemplo, calculadas sobre {axes}.',
  'axes.instance': 'Instance norm: uma média e uma variância por exemplo e canal, calculadas sobre {axes}.',
  'axes.group':
    'Group norm: os canais são divididos em {groups} grupos; uma média e uma variância por exemplo e grupo, calculadas sobre {axes} do grupo.',
  inputCaption: 'Entrada x ({shape}): células com a mesma letra e o mesmo contorno compartilham μ e σ²',
  inputSingle: 'Um lote de um único exemplo ({shape})',
  outputCaption: 'Saída y = γ x̂ + β',
  outputEval: 'Saída y no modo de avaliação (estatísticas acumuladas)',
  inputLabel: 'Tensor de entrada; as setas escolhem uma célula',
  outputLabel: 'Tensor normalizado',
  cellLabel: 'Exemplo {example}, canal {channel}, posição {position}:',
  cellLabelFc: 'Exemplo {example}, atributo {channel}:',
  groupWord: 'grupo',
  example: 'Exemplo',
  exampleShort: 'n = {n}',
  channelShort: 'c = {n}',
  featureShort: 'atributo {n}',
  statsCaption: 'Estatísticas de cada grupo',
  group: 'Grupo',
  covers: 'Células',
  count: 'Quantidade m',
  allExamples: 'todos os exemplos',
  exampleN: 'exemplo {n}',
  allChannels: 'todos os canais',
  channelN: 'canal {n}',
  featureN: 'atributo {n}',
  allFeatures: 'todos os atributos',
  channelsN: 'canais {n}',
  cellTitle: 'Selecionada: exemplo {example}, canal {channel}, posição {position} (grupo {group})',
  cellTitleFc: 'Selecionada: exemplo {example}, atributo {channel} (grupo {group})',
  usesRunning:
    'Modo de avaliação: a batch norm usa a média e a variância acumuladas deste canal, não as do lote.',
  affineLegend: 'Escala γ e deslocamento β por canal, e ε',
  channel: 'Canal',
  gammaOf: 'γ do canal {channel}',
  betaOf: 'β do canal {channel}',
  runningTitle: 'Treino e avaliação',
  convention:
    'Convenção do PyTorch: acumulada = (1 − momentum) · acumulada + momentum · lote, momentum = {momentum}; a média acumulada começa em 0 e a variância acumulada em 1. O lote é normalizado com a sua variância populacional (÷ m), mas a variância acumulada recebe a não enviesada (÷ (m − 1)).',
  modeLabel: 'Modo',
  'mode.train': 'Modo de treino',
  'mode.eval': 'Modo de avaliação',
  singleToggle: 'Lote de um exemplo',
  trainBatch: 'Modo de treino: a batch norm normaliza com as estatísticas do lote que recebe.',
  evalBatch:
    'Modo de avaliação: a batch norm normaliza com as estatísticas acumuladas, e a saída de um exemplo deixa de depender dos outros.',
  trainOther:
    'Este tipo calcula as estatísticas a partir de cada exemplo sozinho, por isso é igual nos dois modos.',
  evalOther:
    'Este tipo calcula as estatísticas a partir de cada exemplo sozinho: o modo de avaliação não muda nada.',
  nextBatch: 'Incorporar este lote e mostrar o próximo',
  resetRunning: 'Zerar estatísticas acumuladas',
  batchStatus: 'Lote {batch} em exibição; {updates} lotes incorporados às estatísticas acumuladas.',
  refusedSingle:
    'Não incorporado: com um só valor por canal, a variância não enviesada divide por m − 1 = 0. O PyTorch recusa treinar batch norm com um lote assim.',
  runningCaption: 'Estatísticas do lote e acumuladas por canal',
  batchMean: 'μ do lote',
  batchVar: 'σ² do lote (÷ m)',
  unbiasedVar: 'σ² · m/(m − 1)',
  runningMean: 'μ acumulada',
  runningVar: 'σ² acumulada',
  updateRule: 'Última atualização: m = {m}; acumulada = {keep} · antiga + {momentum} · lote.',
  singleExplain:
    'Com um só exemplo, a média da batch norm são os próprios valores desse exemplo: com um valor por canal, todo x̂ vale 0 e a saída é só β. A layer norm faz a média sobre os atributos do próprio exemplo, por isso dá o mesmo que num lote completo.',
  singleCaption: 'O primeiro exemplo normalizado sozinho pela batch norm e pela layer norm',
  comparisonTitle: 'Efeito no treino',
  comparisonHint:
    'A mesma MLP (2 → 16 → 16 → 1, ReLU), os mesmos pesos iniciais, as mesmas entradas mal escaladas (o segundo atributo fica perto de 10, o primeiro perto de 0) e os mesmos mini-lotes de 16, taxa de aprendizado {rate}: uma vez sem nada, outra com {normalization} depois de cada camada oculta. A perda é o MSE sobre os 128 exemplos, em escala logarítmica.',
  comparisonStatus: 'Passo {step} de {max}. Perda sem normalização: {plain}; com: {normalized}.',
  curvePlain: 'Sem normalização',
  'curve.batch': 'Com batch norm',
  'curve.layer': 'Com layer norm',
  'curve.batchEval': 'Com batch norm, em modo de avaliação (estatísticas acumuladas)',
  chartPoint: 'Passo {step}: perda {loss}',
  chartLabel: '{name}: perda {loss} no passo {step}',
  diverged: 'divergiu',
  plainDiverged:
    'Sem normalização, a perda deixou de ser um número finito no passo {step}: esta taxa de aprendizado é grande demais para entradas tão mal escaladas.',
  'error.bad-shape':
    'O atributo “{attribute}” precisa de quatro números inteiros N, C, H, W (como 4,3,2,2), mas recebeu “{value}”.',
  'error.too-many-cells':
    'O atributo “{attribute}” dá mais de {max} células, demais para desenhar: “{value}”.',
  'error.bad-row': 'A linha {row} do atributo “{attribute}” tem algo que não é número: “{value}”.',
  'error.ragged-rows':
    'A linha {row} do atributo “{attribute}” tem {count} valores, mas a linha 1 tem {width}: “{value}”.',
  'error.not-whole':
    'O atributo “{attribute}” precisa de um número inteiro de pelo menos 1, mas recebeu “{value}”.',
  'error.shape-mismatch':
    'O atributo “{attribute}” tem {rows} linhas de {width} valores, mas a forma {shape} pede {n} linhas de {perRow}.',
  'error.per-channel':
    'O atributo “{attribute}” tem {count} valores, mas há {channels} canais: um para cada.',
  'error.groups-not-dividing':
    'O atributo “{attribute}” vale {value}, que não divide os {channels} canais em grupos iguais.',
} satisfies GdNormalizationMessages;
