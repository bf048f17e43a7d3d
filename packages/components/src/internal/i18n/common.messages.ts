/**
 * Messages every widget shares (namespace `common`). The catalogue seeds itself from this object,
 * so no bundler can drop them as an unused side effect: controls, and the explanations of bad attribute values.
 * `{attribute}` is the attribute's name as written in HTML; `{value}` what was given.
 */
export const COMMON_MESSAGES = {
  en: {
    play: 'Play',
    pause: 'Pause',
    step: 'Step',
    stepBack: 'Step back',
    reset: 'Reset',
    train: 'Train',
    loss: 'Loss',
    stepNumber: 'Step',
    problemTitle: 'This widget could not use a setting',
    keptLastGood: 'Showing the last valid state.',
    'error.not-a-number': 'The “{attribute}” attribute needs a number, but got “{value}”.',
    'error.not-finite': 'The “{attribute}” attribute must be a finite number, but got “{value}”.',
    'error.not-positive': 'The “{attribute}” attribute must be greater than 0, but got “{value}”.',
    'error.out-of-range': 'The “{attribute}” attribute must be between {min} and {max}, but got “{value}”.',
    'error.not-a-list': 'The “{attribute}” attribute needs numbers separated by commas, but got “{value}”.',
    'error.empty': 'The “{attribute}” attribute is empty: at least one value is needed.',
    'error.length-mismatch':
      'The “{attribute}” attribute has {actual} values, but “{other}” has {expected}: they must match.',
    'error.not-probability':
      'Value {row} of “{attribute}” is {value}: binary cross-entropy needs probabilities between 0 and 1.',
    'error.not-binary':
      'Value {row} of “{attribute}” is {value}: binary cross-entropy needs truths of 0 or 1.',
    'error.needs-two-classes':
      'The “{attribute}” attribute is “{value}”: logistic regression needs targets of 0 or 1 (two classes), and these data are not two classes.',
    'error.unknown-option': 'The “{attribute}” attribute does not know “{value}”. Choose from: {options}.',
    'error.no-target': 'No element with id “{value}” was found for the “{attribute}” attribute.',
    'error.not-json': 'The “{attribute}” attribute needs JSON, but “{value}” could not be read as JSON.',
  },
  tr: {
    play: 'Oynat',
    pause: 'Duraklat',
    step: 'Adım',
    stepBack: 'Bir adım geri',
    reset: 'Sıfırla',
    train: 'Eğit',
    loss: 'Kayıp',
    stepNumber: 'Adım',
    problemTitle: 'Bu bileşen bir ayarı kullanamadı',
    keptLastGood: 'Son geçerli durum gösteriliyor.',
    'error.not-a-number': '“{attribute}” özniteliği bir sayı bekliyor, ancak “{value}” verildi.',
    'error.not-finite': '“{attribute}” özniteliği sonlu bir sayı olmalı, ancak “{value}” verildi.',
    'error.not-positive': '“{attribute}” özniteliği 0’dan büyük olmalı, ancak “{value}” verildi.',
    'error.out-of-range':
      '“{attribute}” özniteliği {min} ile {max} arasında olmalı, ancak “{value}” verildi.',
    'error.not-a-list':
      '“{attribute}” özniteliği virgülle ayrılmış sayılar bekliyor, ancak “{value}” verildi.',
    'error.empty': '“{attribute}” özniteliği boş: en az bir değer gerekli.',
    'error.length-mismatch':
      '“{attribute}” özniteliğinde {actual} değer var, “{other}” özniteliğinde ise {expected}: sayıları eşit olmalı.',
    'error.not-probability':
      '“{attribute}” özniteliğinin {row}. değeri {value}: ikili çapraz entropi 0 ile 1 arasında olasılıklar ister.',
    'error.not-binary':
      '“{attribute}” özniteliğinin {row}. değeri {value}: ikili çapraz entropi için gerçek değerler 0 ya da 1 olmalı.',
    'error.needs-two-classes':
      '“{attribute}” özniteliği “{value}”: lojistik regresyon 0 ya da 1 hedefleri (iki sınıf) ister, bu veri ise iki sınıftan oluşmuyor.',
    'error.unknown-option': '“{attribute}” özniteliği “{value}” değerini tanımıyor. Seçenekler: {options}.',
    'error.no-target': '“{attribute}” özniteliği için “{value}” kimliğine sahip bir öğe bulunamadı.',
    'error.not-json': '“{attribute}” özniteliği JSON bekliyor, ancak “{value}” JSON olarak okunamadı.',
  },
  pt: {
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
    'error.out-of-range':
      'O atributo “{attribute}” precisa estar entre {min} e {max}, mas recebeu “{value}”.',
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
  },
  ko: {
    play: '재생',
    pause: '일시 정지',
    step: '한 단계',
    stepBack: '한 단계 뒤로',
    reset: '초기화',
    train: '학습',
    loss: '손실',
    stepNumber: '단계',
    problemTitle: '이 위젯이 설정 하나를 사용할 수 없습니다',
    keptLastGood: '마지막으로 유효했던 상태를 보여 줍니다.',
    'error.not-a-number': '“{attribute}” 속성에는 숫자가 필요하지만 “{value}” 값이 주어졌습니다.',
    'error.not-finite': '“{attribute}” 속성은 유한한 숫자여야 하지만 “{value}” 값이 주어졌습니다.',
    'error.not-positive': '“{attribute}” 속성은 0보다 커야 하지만 “{value}” 값이 주어졌습니다.',
    'error.out-of-range': '“{attribute}” 속성은 {min}에서 {max} 사이여야 하지만 “{value}” 값이 주어졌습니다.',
    'error.not-a-list': '“{attribute}” 속성에는 쉼표로 구분한 숫자가 필요하지만 “{value}” 값이 주어졌습니다.',
    'error.empty': '“{attribute}” 속성이 비어 있습니다. 값이 하나 이상 필요합니다.',
    'error.length-mismatch':
      '“{attribute}” 속성의 값은 {actual}개이고 “{other}” 속성의 값은 {expected}개입니다. 개수가 같아야 합니다.',
    'error.not-probability':
      '“{attribute}” 속성의 {row}번째 값이 {value}입니다. 이진 교차 엔트로피에는 0과 1 사이의 확률이 필요합니다.',
    'error.not-binary':
      '“{attribute}” 속성의 {row}번째 값이 {value}입니다. 이진 교차 엔트로피의 실제값은 0 또는 1이어야 합니다.',
    'error.needs-two-classes':
      '“{attribute}” 속성이 “{value}”입니다. 로지스틱 회귀에는 0 또는 1인 타깃(두 클래스)이 필요한데, 이 데이터는 두 클래스가 아닙니다.',
    'error.unknown-option': '“{attribute}” 속성은 “{value}” 값을 알지 못합니다. 선택지: {options}.',
    'error.no-target': '“{attribute}” 속성에 지정한 id “{value}”를 가진 요소를 찾을 수 없습니다.',
    'error.not-json': '“{attribute}” 속성에는 JSON이 필요하지만 “{value}” 값을 JSON으로 읽을 수 없습니다.',
  },
};
