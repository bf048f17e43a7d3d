import { defineMessages } from '../internal/i18n/index.js';

/**
 * Strings of the playground's prediction probe, data matrix and step-as-code panels, in the same
 * `gd-playground` namespace as the rest (merged into it), kept here beside the panels they belong to.
 */
defineMessages('gd-playground', {
  en: {
    'probe.heading': 'Predict',
    'probe.pick': 'Pick in the data view',
    'probe.unavailable': 'The prediction appears once the model has parameters.',
    'probe.class': 'Class: {klass} (σ(z) ≥ {threshold} gives class 1)',
    'matrix.heading': 'The data as a matrix',
    'matrix.shapes':
      'X is {n} × {m} (rows are examples, columns are features), w is {m} × 1, and X·w and y are {n} × 1.',
    'matrix.caption': 'Each row of X next to what the model gives for it and its target.',
    'matrix.row': 'Row',
    'matrix.inBatch': 'in this step’s batch',
    'matrix.batchNote': 'Marked rows (▸) are the current step’s batch.',
    'matrix.more': '{count} more rows are not written out.',
    'code.heading': 'Step {step} as code',
    'code.languageLabel': 'Language',
    'code.language.python': 'Python (NumPy)',
    'code.language.typescript': 'TypeScript (tfjs)',
    'code.loops': 'Element by element (loops)',
    'code.vectorised': 'Vectorised (matrices)',
    'code.copy': 'Copy',
    'code.copied': 'Copied',
    'code.prints':
      'Each program prints the batch loss before the step and the new weights: the table’s next row.',
    'code.otherOptimizer':
      'Each program computes this step’s gradient; the chosen optimizer then turns it into the update (see the update rule).',
    'code.softmax': 'The step as code is written for linear and logistic models.',
    'code.too-many-rows': 'This step’s batch has more than {max} rows, too many to write into a program.',
  },
  tr: {
    'probe.heading': 'Tahmin et',
    'probe.pick': 'Veri görünümünde seç',
    'probe.unavailable': 'Modelin parametreleri oluşunca tahmin burada görünür.',
    'probe.class': 'Sınıf: {klass} (σ(z) ≥ {threshold} ise sınıf 1)',
    'matrix.heading': 'Matris olarak veri',
    'matrix.shapes':
      'X {n} × {m} boyutunda (satırlar örnekler, sütunlar öznitelikler), w {m} × 1, X·w ve y ise {n} × 1.',
    'matrix.caption': 'X’in her satırı, modelin o satır için verdiği değer ve hedefiyle yan yana.',
    'matrix.row': 'Satır',
    'matrix.inBatch': 'bu adımın yığınında',
    'matrix.batchNote': 'İşaretli satırlar (▸) geçerli adımın yığınıdır.',
    'matrix.more': '{count} satır daha yazılmadı.',
    'code.heading': '{step}. adım kod olarak',
    'code.languageLabel': 'Dil',
    'code.language.python': 'Python (NumPy)',
    'code.language.typescript': 'TypeScript (tfjs)',
    'code.loops': 'Öğe öğe (döngülerle)',
    'code.vectorised': 'Vektörleştirilmiş (matrislerle)',
    'code.copy': 'Kopyala',
    'code.copied': 'Kopyalandı',
    'code.prints':
      'Her program adımdan önceki yığın kaybını ve yeni ağırlıkları yazdırır: tablonun sonraki satırı.',
    'code.otherOptimizer':
      'Her program bu adımın gradyanını hesaplar; seçilen optimizasyon yöntemi onu güncellemeye çevirir (güncelleme kuralına bakın).',
    'code.softmax': 'Kod olarak adım, doğrusal ve lojistik modeller için yazılır.',
    'code.too-many-rows':
      'Bu adımın yığınında {max} satırdan fazlası var; bir programa yazmak için çok fazla.',
  },
  pt: {
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
  },
  ko: {
    'probe.heading': '예측하기',
    'probe.pick': '데이터 보기에서 고르기',
    'probe.unavailable': '모델에 매개변수가 생기면 예측이 나타납니다.',
    'probe.class': '클래스: {klass} (σ(z) ≥ {threshold}이면 클래스 1)',
    'matrix.heading': '행렬로 본 데이터',
    'matrix.shapes': 'X는 {n} × {m}(행은 예제, 열은 특성), w는 {m} × 1, X·w와 y는 {n} × 1입니다.',
    'matrix.caption': 'X의 각 행과 그 행에 대한 모델의 값, 목표값을 나란히 보여 줍니다.',
    'matrix.row': '행',
    'matrix.inBatch': '이번 단계의 배치에 포함',
    'matrix.batchNote': '표시된 행(▸)이 현재 단계의 배치입니다.',
    'matrix.more': '나머지 {count}개 행은 적지 않았습니다.',
    'code.heading': '{step}단계를 코드로',
    'code.languageLabel': '언어',
    'code.language.python': 'Python (NumPy)',
    'code.language.typescript': 'TypeScript (tfjs)',
    'code.loops': '원소별 계산(반복문)',
    'code.vectorised': '벡터화(행렬)',
    'code.copy': '복사',
    'code.copied': '복사됨',
    'code.prints': '각 프로그램은 단계 전의 배치 손실과 새 가중치를 출력합니다. 표의 다음 행과 같습니다.',
    'code.otherOptimizer':
      '각 프로그램은 이 단계의 기울기를 계산하고, 선택한 옵티마이저가 이를 갱신으로 바꿉니다(갱신 규칙 참고).',
    'code.softmax': '코드로 보는 단계는 선형 모델과 로지스틱 모델에 제공됩니다.',
    'code.too-many-rows': '이번 단계의 배치는 {max}개 행을 넘어 프로그램에 적기에는 너무 깁니다.',
  },
});
