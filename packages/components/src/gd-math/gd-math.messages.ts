import { defineMessages } from '../internal/i18n/index.js';

/** What `<gd-math>` says when a formula cannot be typeset, in the four built-in languages. */
const en = {
  problemTitle: 'This formula could not be typeset',
  'error.not-tex': 'The LaTeX in the "{attribute}" attribute could not be read: {message}',
  keptLastGood: 'The last formula that worked is still shown.',
};

/** The keys every language must translate: each language file `satisfies` this. */
export type GdMathMessages = Readonly<Record<keyof typeof en, string>>;

// English ships with the element; the other languages are fetched when a page first shows them.
defineMessages(
  'gd-math',
  { en },
  {
    tr: () => import('./gd-math.messages.tr.js'),
    pt: () => import('./gd-math.messages.pt.js'),
    ko: () => import('./gd-math.messages.ko.js'),
  },
);
